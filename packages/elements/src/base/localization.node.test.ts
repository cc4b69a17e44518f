import { describe, expect, it } from 'vitest';
import { allLocales } from '../generated/locale-codes.js';
import { directionOf, matchLocale, resolveLocale, rightToLeftLocales } from './localization.js';

describe('resolveLocale', () => {
  it.each([
    ['es-MX', 'es'],
    ['pt-BR', 'pt'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh_Hant', 'zh-Hant'],
    ['fa-AF', 'prs'],
    ['prs', 'prs'],
    ['fa-IR', 'fa'],
    ['fil', 'tl'],
    ['VI', 'vi'],
    ['ar-EG', 'ar'],
    ['en-XA', 'en-XA'],
    ['en-GB', 'en'],
  ])('%s → %s', (tag, locale) => {
    expect(resolveLocale(tag)).toBe(locale);
  });

  it('falls back to English, and says so, for a language it does not speak', () => {
    expect(matchLocale('ckb')).toBeUndefined();
    expect(matchLocale('de-AT')).toBeUndefined();
    expect(matchLocale('')).toBeUndefined();
    expect(matchLocale('not a tag!')).toBeUndefined();
    expect(resolveLocale('de-AT')).toBe('en');
    expect(resolveLocale(null)).toBe('en');
  });
});

describe('directionOf', () => {
  it.each(['ar', 'ur', 'fa', 'ps', 'prs', 'ar-EG', 'ckb', 'he'])('%s reads right to left', (locale) => {
    expect(directionOf(locale)).toBe('rtl');
  });
  it.each(['en', 'es', 'vi', 'ku', 'am', 'zh-Hant', 'hmn', 'en-XA'])('%s reads left to right', (locale) => {
    expect(directionOf(locale)).toBe('ltr');
  });
  it("knows each interface language's direction as Intl does (its script), without asking Intl", () => {
    const rtlScripts = new Set(['Arab', 'Hebr', 'Syrc', 'Thaa', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr']);
    const byIntl = allLocales.filter((locale) => rtlScripts.has(new Intl.Locale(locale).maximize().script ?? ''));
    expect([...rightToLeftLocales].sort()).toEqual([...byIntl].sort());
    for (const locale of allLocales) expect(directionOf(locale)).toBe(byIntl.includes(locale) ? 'rtl' : 'ltr');
  });
});
