// Do not modify this file by hand!
// Re-generate this file by running lit-localize.

/**
 * The locale code that templates in this source code are written in.
 */
export const sourceLocale = `en`;

/**
 * The other locale codes that this application is localized into. Sorted
 * lexicographically.
 */
export const targetLocales = [
  `am`,
  `ar`,
  `bn`,
  `en-XA`,
  `es`,
  `fa`,
  `fr`,
  `hi`,
  `hmn`,
  `ht`,
  `ja`,
  `km`,
  `ko`,
  `ku`,
  `lo`,
  `my`,
  `ne`,
  `pa`,
  `pl`,
  `prs`,
  `ps`,
  `pt`,
  `ro`,
  `ru`,
  `so`,
  `sw`,
  `ti`,
  `tl`,
  `tr`,
  `uk`,
  `ur`,
  `vi`,
  `zh-Hans`,
  `zh-Hant`,
] as const;

/**
 * All valid project locale codes. Sorted lexicographically.
 */
export const allLocales = [
  `am`,
  `ar`,
  `bn`,
  `en`,
  `en-XA`,
  `es`,
  `fa`,
  `fr`,
  `hi`,
  `hmn`,
  `ht`,
  `ja`,
  `km`,
  `ko`,
  `ku`,
  `lo`,
  `my`,
  `ne`,
  `pa`,
  `pl`,
  `prs`,
  `ps`,
  `pt`,
  `ro`,
  `ru`,
  `so`,
  `sw`,
  `ti`,
  `tl`,
  `tr`,
  `uk`,
  `ur`,
  `vi`,
  `zh-Hans`,
  `zh-Hant`,
] as const;
