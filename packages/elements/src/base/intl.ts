// Intl formatters are slow to build (tens of microseconds to milliseconds each, more the
// first time a locale's data loads) and widgets render often: build each one once.
import type * as CalendarModule from './calendar.js';

function memo<A extends unknown[], R>(make: (...args: A) => R): (...args: A) => R {
  const cache = new Map<string, R>();
  return (...args) => {
    const key = JSON.stringify(args);
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = make(...args)));
    return value;
  };
}

/**
 * Whether the browser's Intl has no data for a language: Chromium's ICU (Debian's, Chrome on
 * phones) has none for km, lo, my, ti, so, ps, ku, ne, ht, hmn (it formats in en-US), and only
 * root placeholders for pa ("M02 1", "+120 d"). Unsupported, or a placeholder in a probe. Aliases
 * count as data (tl → fil, prs → fa-AF).
 */
export const lacksIntl = memo((locale: string): boolean => {
  try {
    if (!Intl.DateTimeFormat.supportedLocalesOf([locale]).length) return true;
    const probe =
      new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 1, 1)) +
      new Intl.RelativeTimeFormat(locale).format(120, 'day');
    return /M0|\+120 d/.test(probe);
  } catch {
    return true;
  }
});

type Calendar = typeof CalendarModule;
let calendar: Calendar | undefined;
/** base/localization.ts hands over base/calendar.ts once loaded for such a language. */
export const useCalendar = (module: Calendar): void => {
  calendar = module;
};

/**
 * Intl's formatter, or where it lacks the language one that formats with the calendar words of
 * the current locale (Intl's English until they have loaded). Same `format()` either way.
 */
function formatter<F extends { format: (...args: never[]) => string }>(
  locale: string | undefined,
  intl: F,
  own: (calendar: Calendar, ...args: Parameters<F['format']>) => string,
): Pick<F, 'format'> {
  if (!locale || !lacksIntl(locale)) return intl;
  const format = (...args: Parameters<F['format']>): string =>
    calendar ? own(calendar, ...args) : (intl.format as (...args: Parameters<F['format']>) => string)(...args);
  return { format } as Pick<F, 'format'>;
}

export const dateTimeFormat = memo((locale: string | undefined, options: Intl.DateTimeFormatOptions) =>
  formatter(locale, new Intl.DateTimeFormat(locale, options), (c, date) => c.formatDate(date ?? Date.now(), options)),
);
export const numberFormat = memo((locale: string, options: Intl.NumberFormatOptions) => {
  const intl = new Intl.NumberFormat(locale, options);
  // Digits are fine from Intl in any language; only "30 min" has words.
  return options.unit === 'minute'
    ? formatter(locale, intl, (c, value) => c.formatMinutes(Number(value)))
    : (intl as Pick<Intl.NumberFormat, 'format'>);
});
export const relativeTimeFormat = memo((locale: string, options: Intl.RelativeTimeFormatOptions) => {
  const intl = new Intl.RelativeTimeFormat(locale, options);
  return formatter(locale, intl, (c, value, unit) =>
    /^days?$/.test(unit) ? c.formatDays(value) : intl.format(value, unit),
  );
});
export const listFormat = memo((locale: string, options: Intl.ListFormatOptions) => {
  const intl = new Intl.ListFormat(locale, options);
  return (options.type ?? 'conjunction') === 'conjunction'
    ? formatter(locale, intl, (c, list) => c.formatList(list))
    : (intl as Pick<Intl.ListFormat, 'format'>);
});
export const languageNames = memo((locale: string) => new Intl.DisplayNames([locale], { type: 'language' }));

let zone: string | undefined;
/** The viewer's own time zone. */
export const viewerTimeZone = (): string => (zone ??= new Intl.DateTimeFormat().resolvedOptions().timeZone);

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
