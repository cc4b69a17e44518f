// A page whose app chose the language (`setLocale()`, the provider's `locale`), in a file of
// its own: the page's language is decided once per page, and each test file is a fresh page.
import { msg } from '@lit/localize';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { strandedStrings, stubPage } from '../../test/node/page.js';
import { adoptPersonLanguage, currentLocale, setLocale, useTranslations } from './localization.js';

describe('a language the app chose', () => {
  /** What `msg()` gave for the picker's word at each 'ready' of Spanish. */
  const bookAtReady: string[] = [];
  beforeAll(() => {
    stubPage('');
    window.addEventListener('lit-localize-status', ({ detail }) => {
      if (detail.status === 'ready' && detail.readyLocale === 'es') bookAtReady.push(msg('Book', { id: 't_book' }));
    });
  });
  afterAll(() => vi.unstubAllGlobals());

  const panel = strandedStrings({ t_send: 'Enviar' });

  it('comes back with every widget’s strings that load, even when one widget’s fail at once', async () => {
    useTranslations({ part: 'goal-tracker', loaders: { es: () => Promise.resolve({ templates: {} }) } });
    expect(await setLocale('es')).toBe('es');
    expect(await setLocale('en')).toBe('en');
    // Two widgets join the English page: the panel's Spanish fails at once, the picker's takes a while.
    let releasePicker = () => {};
    const pickerHeld = new Promise<void>((resolve) => (releasePicker = resolve));
    useTranslations({ part: 'message-panel', loaders: { es: panel.load } });
    useTranslations({
      part: 'availability-picker',
      loaders: { es: () => pickerHeld.then(() => ({ templates: { t_book: 'Reservar' } })) },
    });
    bookAtReady.length = 0;
    const back = setLocale('es'); // Spanish was shown before
    await expect.poll(() => panel.asked).toBe(1);
    releasePicker();
    await back;
    expect([currentLocale(), bookAtReady.at(-1)]).toEqual(['es', 'Reservar']);
  });

  it('asks again at a widget’s next load for strings that failed, though the person prefers another language', async () => {
    expect(msg('Send', { id: 't_send' })).toBe('Send');
    panel.reachable = true;
    await adoptPersonLanguage('vi'); // a widget loads; the app's choice stands
    expect([currentLocale(), msg('Send', { id: 't_send' }), panel.asked]).toEqual(['es', 'Enviar', 2]);
  });
});
