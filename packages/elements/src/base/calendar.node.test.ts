// The calendar fallback (base/calendar.ts) with its real translations (generated/locales/
// <locale>.calendar.ts), checked against Node's full ICU, which has the CLDR data Chromium lacks.
import { configureLocalization } from '@lit/localize';
import { beforeAll, describe, expect, it } from 'vitest';
import * as calendar from './calendar.js';
import { dateTimeFormat, lacksIntl, listFormat, numberFormat, relativeTimeFormat, useCalendar } from './intl.js';

// @lit/localize announces a locale change on `window`; Node has EventTarget but no window.
Object.assign(globalThis, { window: globalThis.window ?? new EventTarget() });
const runtime = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['km', 'so', 'hmn'],
  loadLocale: async (locale) => {
    const load = calendar.strings.loaders[locale];
    if (!load) throw new Error(`no calendar strings for ${locale}`);
    return (await load()) as Awaited<ReturnType<Parameters<typeof configureLocalization>[0]['loadLocale']>>;
  },
});

const long = { weekday: 'long', month: 'long', day: 'numeric' } as const;
// 20:30 UTC on Saturday 31 January 2026: already Sunday 1 February in Phnom Penh (UTC+7).
const moment = Date.UTC(2026, 0, 31, 20, 30);
const cldr = (locale: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(`${locale}-u-nu-latn`, options).format(moment);

describe('in Khmer', () => {
  beforeAll(() => runtime.setLocale('km'));

  it('writes the weekday and month in Khmer, in the Khmer order, on the date of the time zone', () => {
    const phnomPenh = { ...long, timeZone: 'Asia/Phnom_Penh' };
    expect(calendar.formatDate(moment, phnomPenh)).toBe('អាទិត្យ 1 កុម្ភៈ');
    expect(calendar.formatDate(moment, phnomPenh)).toBe(cldr('km', phnomPenh));
    const newYork = { ...long, timeZone: 'America/New_York' };
    expect(calendar.formatDate(moment, newYork)).toBe('សៅរ៍ 31 មករា');
    expect(calendar.formatDate(moment, { month: 'short', day: 'numeric', timeZone: 'UTC' })).toBe(
      cldr('km', { month: 'short', day: 'numeric', timeZone: 'UTC' }),
    );
  });

  it('gives clock times as a neutral 24-hour time, in the time zone', () => {
    expect(calendar.formatDate(moment, { hour: 'numeric', minute: '2-digit', timeZone: 'Asia/Phnom_Penh' })).toBe(
      '03:30',
    );
    expect(calendar.formatDate(moment, { weekday: 'short', hour: 'numeric', minute: '2-digit', timeZone: 'UTC' })).toBe(
      'សៅរ៍ នៅ​ម៉ោង 20:30',
    );
  });

  it('says today, tomorrow, yesterday and in/ago N days as CLDR does', () => {
    const rtf = new Intl.RelativeTimeFormat('km', { numeric: 'auto' });
    for (const days of [0, 1, -1, 120, -3]) expect(calendar.formatDays(days)).toBe(rtf.format(days, 'day'));
  });

  it('joins lists and counts minutes', () => {
    const lf = new Intl.ListFormat('km', { type: 'conjunction' });
    expect(calendar.formatList(['សុខា', 'ដារ៉ា', 'វណ្ណា'])).toBe(lf.format(['សុខា', 'ដារ៉ា', 'វណ្ណា']));
    expect(calendar.formatList(['សុខា', 'ដារ៉ា'])).toBe('សុខា និង ដារ៉ា');
    expect(calendar.formatList(['សុខា'])).toBe('សុខា');
    expect(calendar.formatList([])).toBe('');
    expect(calendar.formatMinutes(30)).toBe(
      new Intl.NumberFormat('km', { style: 'unit', unit: 'minute', unitDisplay: 'short' }).format(30),
    );
  });
});

describe('in Somali', () => {
  beforeAll(() => runtime.setLocale('so'));

  it('writes Somali weekday and month names', () => {
    const utc = { ...long, timeZone: 'UTC' };
    expect(calendar.formatDate(moment, utc)).toBe('Sabti, Janaayo 31');
    expect(calendar.formatDate(moment, utc)).toBe(cldr('so', utc));
    expect(calendar.formatDays(0)).toBe('Maanta');
    expect(calendar.formatDays(1)).toBe('Berri');
    expect(calendar.formatDays(-4)).toBe('4 maalmood kahor');
    expect(calendar.formatList(['Cali', 'Xaliimo', 'Maxamed'])).toBe('Cali, Xaliimo iyo Maxamed');
  });
});

describe('base/intl.ts', () => {
  it('finds the languages Intl has no data for; aliases count as data', () => {
    for (const locale of ['en', 'es', 'ar', 'km', 'tl', 'prs', 'zh-Hant'])
      expect(lacksIntl(locale), locale).toBe(false);
    // Not in CLDR, so not even in Node's full ICU.
    for (const locale of ['hmn', 'ht']) expect(lacksIntl(locale), locale).toBe(true);
  });

  it('keeps Intl where it has the language', () => {
    expect(dateTimeFormat('es', long)).toBeInstanceOf(Intl.DateTimeFormat);
    expect(listFormat('vi', {})).toBeInstanceOf(Intl.ListFormat);
  });

  it("formats a language Intl lacks with the calendar words, once they have loaded (Intl's English before)", async () => {
    const options = { ...long, timeZone: 'UTC' };
    expect(dateTimeFormat('hmn', options).format(moment)).toBe('Saturday, January 31');
    await runtime.setLocale('hmn');
    useCalendar(calendar);
    expect(dateTimeFormat('hmn', options).format(moment)).toBe('Hnub Rau, hnub tim 31 Lub Ib Hlis');
    expect(relativeTimeFormat('hmn', { numeric: 'auto' }).format(1, 'day')).toBe('tag kis');
    expect(relativeTimeFormat('hmn', { numeric: 'auto' }).format(3, 'days')).toBe('3 hnub tom ntej');
    expect(numberFormat('hmn', { style: 'unit', unit: 'minute', unitDisplay: 'short' }).format(20)).toBe('20 feeb');
    expect(numberFormat('hmn', { maximumFractionDigits: 1 }).format(2.25)).toBe('2.3');
    expect(listFormat('hmn', { type: 'conjunction' }).format(['Pov', 'Npib'])).toBe('Pov thiab Npib');
    // Where Intl has the language, nothing changes.
    expect(dateTimeFormat('es', options).format(moment)).toBe('sábado, 31 de enero');
  });
});
