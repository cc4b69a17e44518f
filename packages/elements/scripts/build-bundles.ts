// Single-file ES module bundles for script tags: every widget (`tandem.js`, served by the
// server at /cdn/tandem.js) and each widget's entry on its own (what the size budget measures).
import { copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'vite';
import { minifyTemplates } from './minify-templates.js';

// Vite wraps every dynamic import in a helper that preloads the chunk's CSS and imports (0.9 kB
// gzipped, even with `modulePreload: false`: vitejs/vite#18551). We ship no CSS files and a lazy
// chunk's imports are loaded already, so the helper only needs to call the import.
const PRELOAD_HELPER = '\0vite/preload-helper.js';
const plainDynamicImports: Plugin = {
  name: 'tandem-plain-dynamic-imports',
  enforce: 'pre',
  resolveId: (id) => (id === PRELOAD_HELPER ? id : null),
  load: (id) => (id === PRELOAD_HELPER ? 'export const __vitePreload = (load) => load();' : null),
};

const root = fileURLToPath(new URL('..', import.meta.url));
const bundles = [
  // One file for a script tag, and beside it each language's strings per widget, which it
  // fetches only for a page in that language (inlined, 33 languages would weigh 200 kB).
  { name: 'tandem', entry: 'src/cdn.ts', outDir: 'dist/cdn', split: true, publicModule: true },
  // One widget as an npm user's bundler makes it: the entry (lit, the client, the contract) and
  // one chunk per translation, which a page fetches only in that language.
  { name: 'goal-tracker', entry: 'src/goal-tracker/define.ts', outDir: 'dist/size/goal-tracker', split: true },
  { name: 'message-panel', entry: 'src/message-panel/define.ts', outDir: 'dist/size/message-panel', split: true },
  {
    name: 'availability-picker',
    entry: 'src/availability-picker/define.ts',
    outDir: 'dist/size/availability-picker',
    split: true,
  },
  {
    name: 'notification-settings',
    entry: 'src/notification-settings/define.ts',
    outDir: 'dist/size/notification-settings',
    split: true,
  },
];

for (const { name, entry, outDir, split, publicModule = false } of bundles) {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: [plainDynamicImports, minifyTemplates()],
    resolve: { conditions: ['tandem-source'] },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      // Not lib mode: its ES output keeps whitespace, and a page gets what an app's production
      // build makes, fully minified.
      minify: true,
      sourcemap: true,
      modulePreload: false,
      rolldownOptions: {
        input: entry,
        // /cdn/tandem.js is imported by pages (`setLocale`, `directionOf`): exactly its own exports.
        // A widget's entry is what an app's bundler makes of it, where the code the lazy chunks
        // share stays in the entry (one file fewer to fetch and gzip) and is exported to them.
        preserveEntrySignatures: publicModule ? 'strict' : 'allow-extension',
        output: {
          codeSplitting: split,
          entryFileNames: `${name}.js`,
          // What the entry imports statically (lit-localize, and lit once a lazy chunk shares it)
          // is `static-*`, so the budget counts all a page loads up front, however it is split.
          chunkFileNames: (chunk) => (chunk.isDynamicEntry ? '[name]-[hash].js' : 'static-[name]-[hash].js'),
        },
      },
    },
  });
  console.log(`built ${outDir}/${name}.js`);
}

// The push service worker, beside the CDN bundle: a site served by the Tandem server itself
// registers /cdn/push-worker.js (a service worker must come from the page's own origin).
copyFileSync(`${root}push-worker.js`, `${root}dist/cdn/push-worker.js`);
