// @lit/localize writes one module per language with every widget's strings. Split each into
// one module per widget, so a page loads only the strings of the widgets it has (each widget
// names its part: TandemElement.translationPart). Run by `pnpm … run localize`.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { partOf, translationParts } from '../src/base/translation-parts.js';

const dir = fileURLToPath(new URL('../src/generated/locales/', import.meta.url));

for (const locale of ['es', 'ar']) {
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
  console.log(`split ${locale} into ${translationParts.join(', ')}`);
}
