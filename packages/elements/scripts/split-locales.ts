// @lit/localize writes one module per language with every widget's strings. Split each into
// one module per widget, so a page loads only the strings of the widgets it has (each widget
// names its part: TandemElement.translationPart), and write each widget's table of
// loaders (generated/strings/<widget>.ts), which the widget hands to base/localization.ts. Run by `pnpm … run localize`.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

// One table per widget: a bundle with one widget holds the loaders of its own strings only.
mkdirSync(fileURLToPath(new URL('../src/generated/strings/', import.meta.url)), { recursive: true });
for (const part of translationParts) {
  const loaders = config.targetLocales.map(
    (locale) => `    '${locale}': () => import('../locales/${locale}.${part}.js'),`,
  );
  writeFileSync(
    fileURLToPath(new URL(`../src/generated/strings/${part}.ts`, import.meta.url)),
    `// Do not modify this file by hand! Written by scripts/split-locales.ts.
import type { WidgetStrings } from '../../base/translation-parts.js';

/** The ${part}'s strings in each language, fetched only by a page in that language with that widget. */
export const strings: WidgetStrings = {
  part: '${part}',
  loaders: {
${loaders.join('\n')}
  },
};
`,
  );
}
console.log(`split ${config.targetLocales.length} locales into ${translationParts.join(', ')}`);
