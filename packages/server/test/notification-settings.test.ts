// Each person's notification settings, and web push end to end: a browser's subscription (the
// local push service's, with real P-256 keys) receives an encrypted, VAPID-signed push that the
// service decrypts; a dead subscription is forgotten.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../src/db/database.js';
import { copyFor, fillCopy } from '../src/notification-copy.js';
import { type PushStub } from '../src/push-stub.js';
import { type SmtpSink } from '../src/smtp-sink.js';
import { backends, expectProblem } from './harness.js';
import {
  CONVERSATION,
  mailsTo,
  MINUTE,
  notificationOf,
  START,
  startThread,
  VAPID,
  write,
  type Opened,
  type Rig,
  openDistrict,
} from './notify-rig.js';

// Hours of test time pass in these tests: each tick runs the queue's polls, slower on a loaded machine.
vi.setConfig({ testTimeout: 120_000 });

describe.each(backends)('notification settings and web push on $name', (backend) => {
  let database: Database;
  let smtp: SmtpSink;
  let push: PushStub;
  let rig: Rig;
  let opened: Opened;

  beforeAll(async () => {
    opened = await openDistrict(backend);
    ({ database, smtp, push, rig } = opened);
  });
  afterAll(() => opened?.close());

  it('shows a person their own channel, details and what can reach them, and takes their choices', async () => {
    const token = await rig.as('per_n_ana');
    const mine = await rig.api('GET', '/api/v1/me/notification-settings', { token });
    expect(mine.status).toBe(200);
    expect(mine.json).toEqual({
      contactChannel: 'email',
      quietHours: null,
      notifyAfterMinutes: null,
      districtNotifyAfterMinutes: 30,
      email: 'ana.torres@families.example',
      phone: null,
      smsStopped: false,
      available: ['email'],
      pushSubscriptions: 0,
      vapidPublicKey: VAPID.publicKey,
    });
    const chosen = await rig.api('PUT', '/api/v1/me/notification-settings', {
      token,
      body: { contactChannel: 'email', quietHours: { start: '21:00', end: '06:30' }, notifyAfterMinutes: 10 },
    });
    expect(chosen.json).toMatchObject({ quietHours: { start: '21:00', end: '06:30' }, notifyAfterMinutes: 10 });
    const refused = await rig.api('PUT', '/api/v1/me/notification-settings', {
      token,
      body: { contactChannel: 'pigeon', quietHours: null, notifyAfterMinutes: -1 },
    });
    expectProblem(refused, 400, 'urn:tandem:problem:validation');
    expect((refused.json.errors as { path: string }[]).map((e) => e.path).sort()).toEqual([
      'body.contactChannel',
      'body.notifyAfterMinutes',
    ]);

    // Her own ten minutes, not the district's thirty.
    const threadId = await startThread(rig, 'stu_n_mateo', ['per_n_ana'], 'Soon');
    await write(rig, threadId, 'per_n_rivera', 'Pickup moves to 2:30 today.');
    const before = mailsTo(smtp, 'ana.torres@families.example').length;
    await rig.clock.tick(16 * MINUTE);
    await expect.poll(() => mailsTo(smtp, 'ana.torres@families.example').length, { timeout: 10_000 }).toBe(before + 1);
    expect((await notificationOf(database, threadId, 'per_n_ana'))[0]?.dueAt.getTime()).toBe(
      START.getTime() + 10 * MINUTE,
    );
  });

  it('pushes to a browser that allowed it, encrypted and signed, in the family’s language; forgets a browser that is gone and emails instead', async () => {
    const token = await rig.as('per_n_kofi');
    const browser = push.subscribe();
    const added = await rig.api('POST', '/api/v1/me/push-subscriptions', { token, body: browser.subscription });
    expect(added.status).toBe(201);
    expect(added.json).toEqual({
      id: expect.stringMatching(/^psub_/),
      service: push.url,
      createdAt: expect.any(String),
    });
    expect(JSON.stringify(added.json)).not.toContain(browser.subscription.endpoint); // a capability: never sent back
    expect((await rig.api('GET', '/api/v1/me/notification-settings', { token })).json).toMatchObject({
      available: ['email', 'push'],
      pushSubscriptions: 1,
    });

    const threadId = await startThread(rig, 'stu_n_ama', ['per_n_kofi'], 'Science fair');
    await write(rig, threadId, 'per_n_rivera', 'Ama’s volcano won a ribbon!', [
      'fr',
      'Le volcan d’Ama a gagné un ruban !',
    ]);
    await rig.clock.tick(36 * MINUTE);
    await expect.poll(() => push.received.length, { timeout: 10_000 }).toBe(1);
    const [received] = push.received;
    expect(received).toMatchObject({
      endpoint: browser.subscription.endpoint,
      vapidPublicKey: VAPID.publicKey,
      payload: {
        title: fillCopy(copyFor('fr').copy.pushTitle, { sender: 'Ms. Rivera', student: 'Ama' }),
        body: 'Le volcan d’Ama a gagné un ruban !',
        url: CONVERSATION.replace('{threadId}', threadId),
        tag: threadId,
      },
    });
    expect(mailsTo(smtp, 'kofi.mensah@families.example')).toEqual([]);

    // The browser is gone (uninstalled, permission withdrawn): the next push forgets it, and the
    // message goes by email instead.
    push.gone(browser.subscription.endpoint);
    await write(rig, threadId, 'per_n_rivera', 'Photos are on the class page.');
    await rig.clock.tick(36 * MINUTE);
    // Put back in the queue, it goes at a later poll: test time moves a minute at a time until it has.
    await vi.waitFor(
      async () => {
        await rig.clock.tick(MINUTE);
        if (!mailsTo(smtp, 'kofi.mensah@families.example').length) throw new Error('not emailed yet');
      },
      { timeout: 30_000, interval: 20 },
    );
    expect(mailsTo(smtp, 'kofi.mensah@families.example')).toHaveLength(1);
    // The SMTP server has the mail before the sender records it as sent: wait for the record.
    await expect
      .poll(async () => (await notificationOf(database, threadId, 'per_n_kofi'))[0], { timeout: 10_000, interval: 20 })
      .toMatchObject({ status: 'sent', channel: 'email' });
    expect(push.received).toHaveLength(1);
    const later = await rig.as('per_n_kofi'); // tokens last minutes; the clock moved an hour
    expect((await rig.api('GET', '/api/v1/me/notification-settings', { token: later })).json.pushSubscriptions).toBe(0);

    const removedAgain = await rig.api('DELETE', `/api/v1/me/push-subscriptions/${added.json.id as string}`, {
      token: later,
    });
    expectProblem(removedAgain, 404, 'urn:tandem:problem:not-found');
  });

  it('refuses a subscription that is not a browser’s, and another person’s browser cannot be removed', async () => {
    const token = await rig.as('per_n_kofi');
    const bad = await rig.api('POST', '/api/v1/me/push-subscriptions', {
      token,
      body: { endpoint: 'ftp://push.example/x', keys: { p256dh: 'abc', auth: 'def' } },
    });
    expectProblem(bad, 400, 'urn:tandem:problem:validation');
    const browser = push.subscribe();
    const added = await rig.api('POST', '/api/v1/me/push-subscriptions', { token, body: browser.subscription });
    const byOther = await rig.api('DELETE', `/api/v1/me/push-subscriptions/${added.json.id as string}`, {
      token: await rig.as('per_n_ana'),
    });
    expectProblem(byOther, 404, 'urn:tandem:problem:not-found');
    const byOwner = await rig.api('DELETE', `/api/v1/me/push-subscriptions/${added.json.id as string}`, { token });
    expect(byOwner.status).toBe(200);
  });
});
