// Intl formatters are slow to build (tens of microseconds to milliseconds each, more the
// first time a locale's data loads) and widgets render often: build each one once.

function memo<A extends unknown[], R>(make: (...args: A) => R): (...args: A) => R {
  const cache = new Map<string, R>();
  return (...args) => {
    const key = JSON.stringify(args);
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = make(...args)));
    return value;
  };
}

export const dateTimeFormat = memo(
  (locale: string | undefined, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options),
);
export const numberFormat = memo(
  (locale: string, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options),
);
export const relativeTimeFormat = memo(
  (locale: string, options: Intl.RelativeTimeFormatOptions) => new Intl.RelativeTimeFormat(locale, options),
);
export const listFormat = memo(
  (locale: string, options: Intl.ListFormatOptions) => new Intl.ListFormat(locale, options),
);
export const languageNames = memo((locale: string) => new Intl.DisplayNames([locale], { type: 'language' }));

/** The viewer's own time zone. */
export const viewerTimeZone = (): string => dateTimeFormat(undefined, {}).resolvedOptions().timeZone;

/** "Spanish", "inglés", in the viewer's language; the tag itself where Intl does not know it. */
export function languageName(tag: string, locale: string): string {
  try {
    return languageNames(locale).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** `es-MX` → `es`. */
export const baseLanguage = (tag: string): string => tag.toLowerCase().split(/[-_]/)[0] ?? tag;
