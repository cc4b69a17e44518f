// Deterministic notification settings for the settings' stories: a fetch that answers like the
// Tandem server, from memory (the client validates every answer against the contract).
import { createTandemClient, type TandemClient } from '@tandem/client';
import type { NotificationSettings } from '@tandem/contract';
import type { PushPlatform } from '../src/notification-settings/internal/push.js';

export type SettingsScenario = {
  /** family: texts, with an address, a number and quiet hours; stopped: her number said STOP;
   * push: notifications on two devices; nothing: no address or number on file. */
  person?: 'family' | 'stopped' | 'push' | 'nothing';
  behaviour?: 'ok' | 'error' | 'offline' | 'hang';
  /** What saving does. */
  save?: 'ok' | 'offline';
};

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });

const VAPID = 'BNbxGYNMhEIi9zrneh7mqV4EuanjLUEa9NZX1IMtY9tMoxDsVW0sB-RBs2yjW7tX2wK5OQVzLvM0L9pBaXmJa7k';

function settingsOf(person: SettingsScenario['person']): NotificationSettings {
  const base: NotificationSettings = {
    contactChannel: 'sms',
    quietHours: { start: '21:00', end: '07:00' },
    notifyAfterMinutes: null,
    districtNotifyAfterMinutes: 30,
    email: 'maria.garcia@family.example.org',
    phone: '+1 555 0101',
    smsStopped: false,
    available: ['email', 'sms'],
    pushSubscriptions: 0,
    vapidPublicKey: VAPID,
  };
  switch (person) {
    case 'stopped':
      return { ...base, contactChannel: 'email', smsStopped: true, available: ['email'] };
    case 'push':
      return { ...base, contactChannel: 'push', pushSubscriptions: 2, available: ['email', 'sms', 'push'] };
    case 'nothing':
      return { ...base, contactChannel: 'app', email: null, phone: null, quietHours: null, available: [] };
    default:
      return base;
  }
}

export function settingsClient(scenario: SettingsScenario = {}): TandemClient {
  let settings = settingsOf(scenario.person);
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = new URL(String(input instanceof Request ? input.url : input));
    const method = init?.method ?? 'GET';
    const behaviour = scenario.behaviour ?? 'ok';
    if (behaviour === 'hang') return new Promise<Response>(() => undefined);
    if (behaviour === 'offline') throw new TypeError('Failed to fetch');
    if (behaviour === 'error')
      return json(500, { type: 'urn:tandem:problem:server-error', title: 'Error', status: 500 });
    if (url.pathname === '/api/v1/me') {
      return json(200, {
        person: {
          id: 'per_parent',
          kind: 'guardian',
          displayName: 'María García',
          preferredLanguage: 'en',
          timeZone: 'America/Chicago',
          contactChannel: settings.contactChannel,
          quietHours: settings.quietHours,
          educatorRole: null,
        },
        tenant: { id: 'ten_story', name: 'Story District' },
      });
    }
    if (url.pathname === '/api/v1/me/notification-settings') {
      if (method === 'PUT') {
        if (scenario.save === 'offline') throw new TypeError('Failed to fetch');
        const body = JSON.parse(String(init?.body)) as Pick<
          NotificationSettings,
          'contactChannel' | 'quietHours' | 'notifyAfterMinutes'
        >;
        settings = { ...settings, ...body };
      }
      return json(200, settings);
    }
    if (url.pathname === '/api/v1/me/push-subscriptions' && method === 'POST') {
      settings = { ...settings, pushSubscriptions: settings.pushSubscriptions + 1 };
      return json(201, { id: 'psub_story', service: 'https://push.example', createdAt: new Date().toISOString() });
    }
    return json(404, { type: 'urn:tandem:problem:not-found', title: 'Not found', status: 404 });
  };
  return createTandemClient({ baseUrl: 'https://tandem.example', tokenProvider: () => 'story-token', fetch, retry: 0 });
}

/** A browser's push as the story wants it: allowed (a made-up subscription), blocked, or absent. */
export function storyPush(support: 'available' | 'denied' | 'unsupported' = 'available'): PushPlatform {
  return {
    support: () => support,
    subscribe: async () => ({
      endpoint: 'https://push.example/story',
      expirationTime: null,
      keys: { p256dh: VAPID, auth: 'AAAAAAAAAAAAAAAAAAAAAA' },
    }),
  };
}
