// A widget that joins the page while its language is still loading, in a file of its own: each
// test file is a fresh page.
import { msg } from '@lit/localize';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { stubPage } from '../../test/node/page.js';
import { currentLocale, setLocale, useTranslations } from './localization.js';

let statuses: string[] = [];
beforeAll(() => {
  statuses = stubPage('');
});
afterAll(() => vi.unstubAllGlobals());

it('says a language is ready only once it is, when a widget joins while it loads', async () => {
  let release = () => {};
  const trackerHeld = new Promise<void>((resolve) => (release = resolve));
  useTranslations({
    part: 'goal-tracker',
    loaders: { fr: () => trackerHeld.then(() => ({ templates: { t_goal: 'Objectif' } })) },
  });
  const french = setLocale('fr');
  expect(statuses).toEqual(['loading fr']);
  // The picker connects meanwhile; its strings come at once.
  let pickerRead = false;
  useTranslations({
    part: 'availability-picker',
    loaders: {
      fr: () => {
        pickerRead = true;
        return Promise.resolve({ templates: { t_book: 'Réserver' } });
      },
    },
  });
  await expect.poll(() => pickerRead).toBe(true);
  await new Promise(setImmediate); // every microtask after it: its strings are in
  expect(statuses).toEqual(['loading fr']); // French is not shown yet: the tracker's are still coming
  release();
  await french;
  expect(statuses).toEqual(['loading fr', 'ready fr']);
  expect([currentLocale(), msg('Goal', { id: 't_goal' }), msg('Book', { id: 't_book' })]).toEqual([
    'fr',
    'Objectif',
    'Réserver',
  ]);
});
