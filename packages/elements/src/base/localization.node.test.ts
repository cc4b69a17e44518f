import { msg } from '@lit/localize';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { allLocales } from '../generated/locale-codes.js';
import { strandedStrings, stubPage } from '../../test/node/page.js';
import {
  adoptPageLocale,
  adoptPersonLanguage,
  currentLocale,
  directionOf,
  matchLocale,
  resolveLocale,
  rightToLeftLocales,
  useTranslations,
} from './localization.js';

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

// One page for these, in order (the page's language is decided once): a window for
// @lit/localize's events, and `<html lang="fr">`.
describe('the page’s language', () => {
  let statuses: string[] = [];
  beforeAll(() => {
    statuses = stubPage('fr');
  });
  afterAll(() => vi.unstubAllGlobals());

  it('is the signed-in person’s, even while the page’s own is still loading', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let frenchRead = false;
    const french = async () => {
      await held;
      frenchRead = true;
      return { templates: {} };
    };
    useTranslations({ part: 'goal-tracker', loaders: { fr: french } });
    adoptPageLocale(); // a widget connects: French strings start loading
    expect(statuses).toEqual(['loading fr']);
    await adoptPersonLanguage('en'); // the person prefers English, which is shown
    expect(statuses).toEqual(['loading fr', 'loading en', 'ready en']);
    release();
    await expect.poll(() => frenchRead).toBe(true);
    expect(currentLocale()).toBe('en');
    // A widget that joins the English page fetches no French strings.
    let frenchAsked = 0;
    const frenchToo = () => {
      frenchAsked += 1;
      return french();
    };
    useTranslations({ part: 'availability-picker', loaders: { fr: frenchToo } });
    expect(frenchAsked).toBe(0);
  });

  // The message panel's Spanish strings, first from a network that is gone.
  const panel = strandedStrings({ tandem_test_send: 'Enviar' });
  const send = () => msg('Send', { id: 'tandem_test_send' });

  it('keeps a widget whose strings fail to load in the language it has', async () => {
    statuses.length = 0;
    await adoptPersonLanguage('es'); // no strings of Spanish for any widget yet
    expect(statuses).toEqual(['loading es', 'ready es']);
    // A rejection nobody handles fails this test run.
    useTranslations({ part: 'message-panel', loaders: { es: panel.load } });
    await expect.poll(() => panel.asked).toBe(1);
    expect(currentLocale()).toBe('es');
  });

  // The page is in Spanish; the message panel's Spanish strings would not load (above).
  const settingsSpanish = () => Promise.resolve({ templates: { tandem_test_greeting: 'Hola' } });
  const greeting = () => msg('Hello', { id: 'tandem_test_greeting' });

  it('stays in the language it shows when another fails to load, even while one of its parts fails again', async () => {
    let vietnameseAsked = 0;
    const vietnamese = () => {
      vietnameseAsked += 1;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    };
    useTranslations({ part: 'notification-settings', loaders: { es: settingsSpanish, vi: vietnamese } });
    await expect.poll(greeting).toBe('Hola');
    statuses.length = 0;
    await adoptPersonLanguage('vi'); // another person signs in on this page, and the network is gone
    expect(vietnameseAsked).toBe(1);
    await expect.poll(() => statuses).toEqual(['loading vi', 'error vi', 'loading es', 'ready es']);
    expect([currentLocale(), greeting()]).toEqual(['es', 'Hola']);
  });

  it('asks again at the next load for the strings of a part that failed in the language shown', async () => {
    // Asked again on the way back to Spanish, and at that load: in vain both times.
    expect([send(), panel.asked]).toEqual(['Send', 3]);
    panel.reachable = true;
    await adoptPersonLanguage('es'); // a widget loads again: the person prefers Spanish
    expect([currentLocale(), send(), greeting(), panel.asked]).toEqual(['es', 'Enviar', 'Hola', 4]);
  });
});
