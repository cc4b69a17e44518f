// The pseudo-locale's transformation, shared by scripts/pseudo-locale.ts and the tests that
// find a control by its pseudo-locale name.
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
