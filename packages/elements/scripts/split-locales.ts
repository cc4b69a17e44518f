// @lit/localize writes one module per language with every widget's strings. Split each into
// one module per widget, so a page loads only the strings of the widgets it has (each widget
// names its part: TandemElement.translationPart), and write the table of loaders that
// base/localization.ts imports them through. Run by `pnpm … run localize`.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { partOf, translationParts } from '../src/base/translation-parts.js';

const dir = fileURLToPath(new URL('../src/generated/locales/', import.meta.url));
const config = JSON.parse(readFileSync(new URL('../lit-localize.json', import.meta.url), 'utf8')) as {
  targetLocales: string[];
};

for (const locale of config.targetLocales) {
  const source = readFileSync(`${dir}${locale}.ts`, 'utf8');
  const start = source.indexOf('export const templates = {');
  const end = source.lastIndexOf('};');
  const header = source.slice(0, start);
  // One entry per line: `'id': `…`,` or `'id': str`…`,`.
  const entries = source
    .slice(start + 'export const templates = {'.length, end)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  for (const part of translationParts) {
    const mine = entries.filter((line) => {
      const id = /^'([^']+)'/.exec(line)?.[1];
      if (!id) throw new Error(`${locale}: cannot read the line ${line.slice(0, 60)}`);
      return partOf(id) === part;
    });
    writeFileSync(`${dir}${locale}.${part}.ts`, `${header}export const templates = {\n${mine.join('\n')}\n};\n`);
  }
  rmSync(`${dir}${locale}.ts`);
}

const loaders = config.targetLocales
  .map((locale) => {
    const parts = translationParts.map((part) => `    '${part}': () => import('./locales/${locale}.${part}.js'),`);
    return `  '${locale}': {\n${parts.join('\n')}\n  },`;
  })
  .join('\n');
writeFileSync(
  fileURLToPath(new URL('../src/generated/locale-loaders.ts', import.meta.url)),
  `// Do not modify this file by hand! Written by scripts/split-locales.ts.
import type { TranslationPart } from '../base/translation-parts.js';
import type { targetLocales } from './locale-codes.js';

type Loader = () => Promise<{ templates: Record<string, unknown> }>;

/** Each language's strings, one chunk per widget, fetched only by a page in that language with that widget. */
export const loaders: Record<(typeof targetLocales)[number], Record<TranslationPart, Loader>> = {
${loaders}
};
`,
);
console.log(`split ${config.targetLocales.length} locales into ${translationParts.join(', ')}`);
