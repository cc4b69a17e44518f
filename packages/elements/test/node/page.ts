// A page for the localization tests in Node: a window that carries @lit/localize's status
// events and a document with `<html lang>`. Each test file is a fresh page (the page's language
// is decided once per page), so each stubs its own, once, before its tests.
import { vi } from 'vitest';

/** Stubs the page; returns each status event as it comes, as `ready es`, `loading fr`, `error vi`. */
export function stubPage(lang: string): string[] {
  const statuses: string[] = [];
  vi.stubGlobal('window', new EventTarget());
  vi.stubGlobal('document', { documentElement: { lang } });
  window.addEventListener('lit-localize-status', ({ detail }) => {
    const locale =
      detail.status === 'loading'
        ? detail.loadingLocale
        : detail.status === 'ready'
          ? detail.readyLocale
          : detail.errorLocale;
    statuses.push(`${detail.status} ${locale}`);
  });
  return statuses;
}

/**
 * A widget's strings for one language behind a network that is gone until `reachable` is set:
 * each load fails as a dynamic import does offline, then gives `templates`; `asked` counts them.
 */
export function strandedStrings(templates: Record<string, string>) {
  const strings = {
    reachable: false,
    asked: 0,
    load: () => {
      strings.asked += 1;
      return strings.reachable
        ? Promise.resolve({ templates })
        : Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    },
  };
  return strings;
}
