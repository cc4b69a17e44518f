// Shared by the component tests: a real client for a seeded person, through the test
// server's /api (a real Tandem app on PGlite), and ways to wait for a widget's state.
import { createTandemClient, type TandemClient } from '@tandem/client';
import { waitUntil } from '@open-wc/testing';
import { setLocale } from '../src/base/localization.js';

// The embedding app's choice outranks the signed-in person's language: the suites are written in
// English whoever signs in (García prefers Spanish). A file in another language sets its own in
// its before(); locale-negotiation.test.ts tests the choosing itself and does not import this file.
before(() => setLocale('en'));

export async function clientFor(userId: string, fetchImpl?: typeof fetch): Promise<TandemClient> {
  return createTandemClient({
    baseUrl: location.origin,
    retry: 0,
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
    tokenProvider: async () => {
      const response = await fetch('/api/dev/tokens', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ userId }),
      });
      return ((await response.json()) as { token: string }).token;
    },
  });
}

/** A fetch that never reaches the server, as when the device is offline. */
export const offlineFetch: typeof fetch = async () => {
  throw new TypeError('Failed to fetch');
};

/** A fetch that never answers: the widget stays loading. */
export const hangingFetch: typeof fetch = () => new Promise<Response>(() => undefined);

export const shadow = (el: Element) => el.shadowRoot as ShadowRoot;

export async function settled(el: Element & { loadState?: string }, state = 'ready'): Promise<void> {
  await waitUntil(() => el.loadState === state, `widget never reached "${state}"`, { timeout: 8000 });
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}
