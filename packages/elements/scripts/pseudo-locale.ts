// Writes the pseudo-locale en-XA from the English sources: every letter accented and each
// string 40 % longer, so a glance at Storybook shows an untranslated string (plain ASCII) or
// a control too narrow for a longer language. Run by `pnpm … run localize`, after extract.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../xliff/en-XA.xlf', import.meta.url);
const accents: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, i) => [
    letter,
    [...'áƀçđéƒĝĥíĵķĺɱñóþǫŕšţúṽŵẋýžÅƁÇĐÉƑĜĤÍĴĶĹṀÑÓÞǪŔŠŢÚṼŴẊÝŽ'][i] ?? letter,
  ]),
);

/** Accents the text between placeholders, entities and {tokens} (calendar.ts), then pads it to 140 % of its length. */
export function pseudo(source: string): string {
  const pieces = source.split(/(<x [^>]*\/>|&[a-z]+;|&#\d+;|\{\w+\})/);
  const text = pieces.map((piece, i) => (i % 2 ? piece : [...piece].map((c) => accents[c] ?? c).join(''))).join('');
  const visible = pieces.filter((_, i) => i % 2 === 0).join('').length;
  const padding = Math.ceil(visible * 0.4);
  return `${text}${padding > 0 ? ` ${'·ẋ'.repeat(padding).slice(0, padding - 1)}` : ''}`;
}

const xliff = readFileSync(file, 'utf8')
  .replace(/\n  <target[^>]*>[\s\S]*?<\/target>/g, '')
  .replace(
    /(  <source>([\s\S]*?)<\/source>)/g,
    (_, line: string, source: string) => `${line}\n  <target>${pseudo(source)}</target>`,
  )
  .replace(/<header>[\s\S]*?<\/header>\n/, '')
  .replace(
    '<body>',
    '<header><note from="tandem-review">pseudo-locale, written by scripts/pseudo-locale.ts</note></header>\n<body>',
  );
writeFileSync(file, xliff);
console.log('wrote the pseudo-locale en-XA');
