import { me, type TandemClient } from '@tandem/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPushStub, type PushStub } from '../../../../server/src/push-stub.js';
import { NodeHost, startControllerServer, type ControllerServer } from '../../../test/node/server.js';
import type { NotificationChoice } from '../../base/events.js';
import { SettingsController, type Operation } from './controller.js';
import { choiceFrom } from './form.js';
import { PushRefused, type PushPlatform, type PushSupport } from './push.js';

// Mail and texts "set up" (to a port nothing listens on: nothing is sent in these tests), so the
// roster's addresses and numbers count as channels that can reach people.
const reachable = {
  mail: { smtpUrl: 'smtp://127.0.0.1:9', from: 'Riverside <no-reply@riverside.example>' },
  sms: { apiUrl: 'http://127.0.0.1:9', accountSid: 'AC0', authToken: 'token', messagingServiceSid: 'MG0' },
};

let server: ControllerServer;
let bare: ControllerServer;
let pushService: PushStub;
beforeAll(async () => {
  [server, bare, pushService] = await Promise.all([
    startControllerServer(undefined, reachable),
    startControllerServer(),
    startPushStub(),
  ]);
});
afterAll(() => Promise.all([server?.close(), bare?.close(), pushService?.close()]));

/** A browser whose push service is the local one: real P-256 keys, as a browser's subscription has. */
function localPush(support: PushSupport = 'available'): PushPlatform & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    support: () => support,
    subscribe: async (key) => {
      asked.push(key);
      return pushService.subscribe().subscription;
    },
  };
}

function settingsFor(client: TandemClient | null, push: PushPlatform | null = localPush()) {
  const host = new NodeHost();
  const saved: NotificationChoice[] = [];
  const failures: Operation[] = [];
  const settings = new SettingsController(host, {
    client: () => client,
    push: () => push,
    saved: (choice) => saved.push(choice),
    failed: (_error, operation) => failures.push(operation),
  });
  host.connect();
  return { host, settings, saved, failures };
}

async function loaded(settings: SettingsController): Promise<void> {
  await expect.poll(() => settings.loader.state).toBe('ready');
}

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return choiceFrom(data);
};

describe('SettingsController', () => {
  it('waits for a client, then shows a family their own channel and where each channel goes', async () => {
    const waiting = settingsFor(null);
    expect(waiting.settings.loader.state).toBe('waiting');

    const { settings } = settingsFor(server.clientFor('per_garcia'));
    expect(settings.loader.state).toBe('loading');
    await loaded(settings);
    expect(settings.settings).toMatchObject({
      contactChannel: 'email',
      email: 'garcia@family.example.org',
      phone: '+1 555 0101',
      smsStopped: false,
      available: ['email', 'sms'],
    });
    expect(settings.viewer?.person.timeZone).toBe('America/Chicago');
    // Texts first, nothing-sent last; a phone call only for someone whose roster says so.
    expect(settings.channels).toEqual(['sms', 'email', 'push', 'app']);
    expect(settings.channels.map((channel) => settings.unavailable(channel))).toEqual([null, null, null, null]);
  });

  it('says why a channel cannot be chosen: not set up here, no browser push, blocked', async () => {
    const { settings } = settingsFor(bare.clientFor('per_nguyen'), localPush('unsupported'));
    await loaded(settings);
    expect(settings.settings?.contactChannel).toBe('sms');
    // Her own channel stays choosable, so that saving keeps it; the others say why not.
    expect(settings.unavailable('sms')).toBeNull();
    expect(settings.unavailable('email')).toBe('not-set-up');
    expect(settings.unavailable('push')).toBe('browser');
    expect(settings.unavailable('app')).toBeNull();

    const blocked = settingsFor(bare.clientFor('per_nguyen'), localPush('denied'));
    await loaded(blocked.settings);
    expect(blocked.settings.unavailable('push')).toBe('blocked');
    expect(blocked.settings.canAddDevice).toBe(false);
  });

  it('saves a choice, tells the host what was chosen (no address) and the server keeps it', async () => {
    const client = server.clientFor('per_alsayed_huda');
    const { settings, saved } = settingsFor(client);
    await loaded(settings);
    const ok = await settings.save(
      form({ channel: 'email', quiet: 'on', quietStart: '21:30', quietEnd: '06:45', delay: '15' }),
    );
    expect(ok).toBe(true);
    expect(settings.notice).toBe('saved');
    expect(settings.problem).toBeNull();
    const choice = { contactChannel: 'email', quietHours: { start: '21:30', end: '06:45' }, notifyAfterMinutes: 15 };
    expect(saved).toEqual([choice]);
    expect(settings.settings).toMatchObject(choice);
    // Read again by a client of its own: stored, not only shown.
    expect(await me.notificationSettings(server.clientFor('per_alsayed_huda'))).toMatchObject(choice);
  });

  it('sends nothing for a form it cannot send, and says what to fix', async () => {
    const client = server.clientFor('per_johnson');
    const { settings, saved } = settingsFor(client);
    await loaded(settings);
    const before = await me.notificationSettings(client);
    expect(await settings.save(form({ channel: 'app', quiet: 'on', quietStart: '20:00', quietEnd: '20:00' }))).toBe(
      false,
    );
    expect(settings.problem).toEqual({ kind: 'form', problem: 'quiet-hours-same' });
    expect(saved).toEqual([]);
    expect(await me.notificationSettings(client)).toEqual(before);
    settings.dismiss(); // the person changes the form
    expect(settings.problem).toBeNull();
  });

  it('choosing push subscribes this browser with the server’s key before saving', async () => {
    const push = localPush();
    const client = server.clientFor('per_ramirez');
    const { settings } = settingsFor(client, push);
    await loaded(settings);
    const key = settings.settings?.vapidPublicKey;
    expect(key).toMatch(/^[A-Za-z0-9_-]{80,}$/);
    expect(await settings.save(form({ channel: 'push', delay: '' }))).toBe(true);
    expect(push.asked).toEqual([key]);
    expect(settings.settings).toMatchObject({ contactChannel: 'push', pushSubscriptions: 1 });
    expect(settings.settings?.available).toContain('push');
    // Saved again with push kept and a browser known: no second prompt.
    expect(await settings.save(form({ channel: 'push', delay: '60' }))).toBe(true);
    expect(push.asked).toHaveLength(1);
    // Another device of theirs, on purpose.
    expect(settings.canAddDevice).toBe(true);
    expect(await settings.addDevice()).toBe(true);
    expect(settings.notice).toBe('device-added');
    expect((await me.notificationSettings(client)).pushSubscriptions).toBe(2);
  });

  it('saves nothing when the browser gives no subscription, and says why', async () => {
    const client = server.clientFor('per_okafor');
    const refusing: PushPlatform = {
      support: () => 'available',
      subscribe: () => Promise.reject(new PushRefused('denied')),
    };
    const { settings, saved, failures } = settingsFor(client, refusing);
    await loaded(settings);
    const before = await me.notificationSettings(client);
    expect(await settings.save(form({ channel: 'push' }))).toBe(false);
    expect(settings.problem).toEqual({ kind: 'push', reason: 'denied' });
    expect(saved).toEqual([]);
    expect(failures).toEqual([]); // the person said no: not an error to report
    expect(await me.notificationSettings(client)).toEqual(before);

    // A push service that fails (Chromium without one rejects with an AbortError) is reported.
    const failing = settingsFor(client, {
      support: () => 'available',
      subscribe: () => Promise.reject(new DOMException('Registration failed - push service error', 'AbortError')),
    });
    await loaded(failing.settings);
    expect(await failing.settings.save(form({ channel: 'push' }))).toBe(false);
    expect(failing.settings.problem).toEqual({ kind: 'push', reason: 'failed' });
    expect(failing.failures).toEqual(['push']);
    expect(await me.notificationSettings(client)).toEqual(before);
  });

  it('says a save failed offline, keeps the form, and saves on the next try', async () => {
    let offline = false;
    const client = server.clientFor('per_patel', {
      fetch: (input, init) => (offline ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init)),
    });
    const { settings, failures } = settingsFor(client);
    await loaded(settings);
    offline = true;
    expect(await settings.save(form({ channel: 'app' }))).toBe(false);
    expect(settings.problem).toEqual({ kind: 'failed', failure: 'network' });
    expect(settings.busy).toBeNull();
    expect(failures).toEqual(['save']);
    offline = false;
    expect(await settings.save(form({ channel: 'app' }))).toBe(true);
    expect(settings.settings?.contactChannel).toBe('app');
  });
});
