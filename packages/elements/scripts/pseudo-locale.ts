// Writes the pseudo-locale en-XA from the English sources: every letter accented and each
// string 40 % longer, so a glance at Storybook shows an untranslated string (plain ASCII) or
// a control too narrow for a longer language. Run by `pnpm … run localize`, after extract.
import { readFileSync, writeFileSync } from 'node:fs';
import { pseudo } from './pseudo.js';

const file = new URL('../xliff/en-XA.xlf', import.meta.url);

const xliff = readFileSync(file, 'utf8')
  .replace(/\n {2}<target[^>]*>[\s\S]*?<\/target>/g, '')
  .replace(
    /( {2}<source>([\s\S]*?)<\/source>)/g,
    (_, line: string, source: string) => `${line}\n  <target>${pseudo(source)}</target>`,
  )
  .replace(/<header>[\s\S]*?<\/header>\n/, '')
  .replace(
    '<body>',
    '<header><note from="tandem-review">pseudo-locale, written by scripts/pseudo-locale.ts</note></header>\n<body>',
  );
writeFileSync(file, xliff);
console.log('wrote the pseudo-locale en-XA');
