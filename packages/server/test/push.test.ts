import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { importJWK, SignJWT } from 'jose';
import webpush from 'web-push';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  generateVapidKeys,
  PushError,
  PushSender,
  validPushSubscription,
  type PushPayload,
  type PushSubscriptionKeys,
} from '../src/push.js';
import { startPushStub, type PushStub } from '../src/push-stub.js';

const SUBJECT = 'mailto:push@riverside.example';

/** A node:http server answering every request with `answer`, for the push services we cannot stub. */
async function startServer(answer: (status: number) => number | null): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const status = answer(Number(req.url?.split('/').pop()));
    req.resume();
    if (status !== null) res.writeHead(status).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const stop = (server: Server) =>
  new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });

const idOf = (subscription: PushSubscriptionKeys) => subscription.endpoint.split('/').pop()!;

describe('web push through a push service (the local stub: VAPID checked, payload decrypted)', () => {
  let stub: PushStub;
  const vapid = generateVapidKeys();
  const config = { ...vapid, subject: SUBJECT };
  beforeAll(async () => {
    stub = await startPushStub({ vapidPublicKey: vapid.publicKey });
  });
  afterAll(() => stub?.close());

  it('delivers an encrypted payload that decrypts to what was sent, in any script, with TTL, urgency and topic', async () => {
    const { subscription } = stub.subscribe();
    const sender = new PushSender(config);
    const payload: PushPayload = {
      title: 'رسالة جديدة من الأستاذة ليلى',
      body: 'Cô Nguyễn Thị Hương đã gửi tin nhắn về bé Minh: “Ngày mai lớp đi dã ngoại.”',
      url: 'https://riverside.example/t/thr_01?lang=vi',
      tag: 'thread-thr_01',
    };
    const sent = await sender.send(subscription, payload, { ttlSeconds: 3600, urgency: 'high', topic: 'thr_01' });
    expect(sent).toEqual({ statusCode: 201 });
    expect(stub.received.at(-1)).toStrictEqual({
      endpoint: subscription.endpoint,
      payload,
      ttl: 3600,
      urgency: 'high',
      topic: 'thr_01',
      vapidPublicKey: vapid.publicKey,
    });

    // The defaults: a day's TTL, normal urgency, no topic; only the payload's known fields travel.
    const extra = { title: 'T', body: 'B', url: 'https://riverside.example/t/2', secret: 'x' } as PushPayload;
    await sender.send(subscription, extra);
    expect(stub.received.at(-1)).toStrictEqual({
      endpoint: subscription.endpoint,
      payload: { title: 'T', body: 'B', url: 'https://riverside.example/t/2' },
      ttl: 86_400,
      urgency: 'normal',
      vapidPublicKey: vapid.publicKey,
    });
  });

  it('is refused, and nothing arrives, when the subscription is restricted to another VAPID key', async () => {
    const { subscription } = stub.subscribe();
    const before = stub.received.length;
    const other = new PushSender({ ...generateVapidKeys(), subject: SUBJECT });
    const error: unknown = await other
      .send(subscription, { title: 'T', body: 'A private note', url: 'https://riverside.example/t/3' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PushError);
    expect(error).toMatchObject({ name: 'PushError', kind: 'refused', statusCode: 403 });
    expect((error as PushError).message).toBe(`the push service at ${stub.url} refused the notification (HTTP 403)`);
    expect((error as PushError).message).not.toContain(idOf(subscription));
    expect(stub.received).toHaveLength(before);
    // The same subscription takes the right key: the refusal was the key's.
    await new PushSender(config).send(subscription, { title: 'T', body: 'B', url: 'https://riverside.example/t/3' });
    expect(stub.received).toHaveLength(before + 1);
    expect(stub.received.at(-1)?.endpoint).toBe(subscription.endpoint);
  });

  it('says a revoked subscription is gone (410), naming only the origin', async () => {
    const { subscription } = stub.subscribe();
    const sender = new PushSender(config);
    await sender.send(subscription, { title: 'T', body: 'B', url: 'https://riverside.example/t/4' });
    stub.gone(subscription.endpoint);
    const before = stub.received.length;
    const error: unknown = await sender
      .send(subscription, { title: 'T', body: 'A private note', url: 'https://riverside.example/t/4' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PushError);
    expect(error).toMatchObject({ kind: 'gone', statusCode: 410 });
    const { message } = error as PushError;
    expect(message).toBe(`the push subscription at ${stub.url} is gone (HTTP 410)`);
    expect(message).not.toContain(idOf(subscription));
    expect(message).not.toContain('A private note');
    expect(stub.received).toHaveLength(before);
  });

  it('says unreachable for a closed port and a silent service, and sorts other answers by status', async () => {
    const { subscription } = stub.subscribe();
    const closed = await startServer(() => 201);
    await stop(closed.server);
    const away = { ...subscription, endpoint: `${closed.url}/push/${idOf(subscription)}` };
    const error: unknown = await new PushSender(config, 2_000)
      .send(away, { title: 'T', body: 'B', url: 'https://riverside.example/t/5' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PushError);
    expect(error).toMatchObject({ kind: 'unreachable', statusCode: undefined });
    expect((error as PushError).message).toBe(`the push service at ${closed.url} could not be reached (ECONNREFUSED)`);
    expect((error as PushError).message).not.toContain(idOf(subscription));

    const silent = await startServer(() => null);
    const statuses = await startServer((status) => status);
    try {
      const slow = new PushSender(config, 300);
      await expect(
        slow.send({ ...subscription, endpoint: `${silent.url}/push/x` }, { title: 'T', body: 'B', url: 'https://e/' }),
      ).rejects.toMatchObject({
        kind: 'unreachable',
        message: `the push service at ${silent.url} could not be reached (timeout)`,
      });
      const sender = new PushSender(config);
      const kinds: Record<number, unknown> = {};
      for (const status of [400, 403, 404, 413, 429, 500, 503]) {
        kinds[status] = await sender
          .send(
            { ...subscription, endpoint: `${statuses.url}/push/${status}` },
            { title: 'T', body: 'B', url: 'https://e/' },
          )
          .then(
            () => 'sent',
            (e: unknown) => [(e as PushError).kind, (e as PushError).statusCode],
          );
      }
      expect(kinds).toEqual({
        400: ['refused', 400],
        403: ['refused', 403],
        404: ['gone', 404],
        413: ['refused', 413],
        429: ['unreachable', 429],
        500: ['unreachable', 500],
        503: ['unreachable', 503],
      });
    } finally {
      await stop(silent.server);
      await stop(statuses.server);
    }
  });

  it('refuses, before sending, a payload over the 3993 bytes every push service must take', async () => {
    const { subscription } = stub.subscribe();
    const before = stub.received.length;
    const sender = new PushSender(config);
    const url = 'https://riverside.example/t/6';
    // Arabic letters are 2 bytes each in UTF-8: fill to exactly 3993 bytes of JSON.
    const room = 3993 - Buffer.byteLength(JSON.stringify({ title: '', body: '', url }));
    const fits = { title: '', body: 'ب'.repeat(Math.floor(room / 2)) + 'a'.repeat(room % 2), url };
    expect(Buffer.byteLength(JSON.stringify(fits))).toBe(3993);
    await sender.send(subscription, fits);
    expect(stub.received.at(-1)?.payload).toEqual(fits);
    await expect(sender.send(subscription, { ...fits, body: `${fits.body}ب` })).rejects.toMatchObject({
      kind: 'refused',
      statusCode: undefined,
      message: 'the notification is 3995 bytes; push services take at most 3993',
    });
    expect(stub.received).toHaveLength(before + 1);
  });

  it('checks the VAPID token, the body size and the path as a push service does', async () => {
    const { subscription } = stub.subscribe();
    const before = stub.received.length;
    const post = (headers: Record<string, string>, body: Buffer, endpoint = subscription.endpoint) =>
      fetch(endpoint, {
        method: 'POST',
        headers: { TTL: '60', 'Content-Encoding': 'aes128gcm', ...headers },
        body: new Uint8Array(body),
      });
    const encrypted = (text: string) =>
      webpush.encrypt(subscription.keys.p256dh, subscription.keys.auth, text, 'aes128gcm').cipherText;
    const vapidFor = (audience: string, privateKey = vapid.privateKey) =>
      webpush.getVapidHeaders(audience, SUBJECT, vapid.publicKey, privateKey, 'aes128gcm');

    expect((await post(vapidFor(stub.url), encrypted('{"ok":1}'))).status).toBe(201);
    expect(stub.received.at(-1)).toMatchObject({ payload: { ok: 1 }, ttl: 60, vapidPublicKey: vapid.publicKey });
    expect((await post({}, encrypted('{}'))).status).toBe(401);
    expect((await post(vapidFor('http://127.0.0.1:1'), encrypted('{}'))).status).toBe(401); // another audience
    // Signed with another key than the k it names.
    expect((await post(vapidFor(stub.url, generateVapidKeys().privateKey), encrypted('{}'))).status).toBe(401);
    // A token signed with the right key, with claims a push service refuses.
    const point = Buffer.from(vapid.publicKey, 'base64url');
    const signingKey = await importJWK(
      {
        kty: 'EC',
        crv: 'P-256',
        x: point.subarray(1, 33).toString('base64url'),
        y: point.subarray(33).toString('base64url'),
        d: vapid.privateKey,
      },
      'ES256',
    );
    const now = Math.floor(Date.now() / 1000);
    const token = async (claims: { sub?: string; exp: number }) => ({
      Authorization: `vapid t=${await new SignJWT(claims).setProtectedHeader({ alg: 'ES256' }).setAudience(stub.url).sign(signingKey)}, k=${vapid.publicKey}`,
    });
    expect((await post(await token({ sub: SUBJECT, exp: now + 3600 }), encrypted('{"jose":1}'))).status).toBe(201);
    expect((await post(await token({ sub: SUBJECT, exp: now + 25 * 3600 }), encrypted('{}'))).status).toBe(401);
    expect((await post(await token({ sub: SUBJECT, exp: now - 60 }), encrypted('{}'))).status).toBe(401);
    expect((await post(await token({ exp: now + 3600 }), encrypted('{}'))).status).toBe(401);
    // Encrypted for another subscription: does not decrypt.
    const stranger = stub.subscribe().subscription.keys;
    const foreign = webpush.encrypt(stranger.p256dh, stranger.auth, '{}', 'aes128gcm').cipherText;
    expect((await post(vapidFor(stub.url), foreign)).status).toBe(400);
    const tooBig = await post(vapidFor(stub.url), Buffer.alloc(4097));
    expect([tooBig.status, await tooBig.text()]).toEqual([413, 'the body is over 4096 bytes']);
    expect((await post(vapidFor(stub.url), encrypted('{}'), `${stub.url}/elsewhere`)).status).toBe(404);
    expect((await post(vapidFor(stub.url), encrypted('{}'), `${stub.url}/push/unknown`)).status).toBe(410);
    expect(stub.received.slice(before).map((push) => push.payload)).toEqual([{ ok: 1 }, { jose: 1 }]);
  });

  it('refuses VAPID keys that do not make a pair, and a subject that is not mailto: or https:', () => {
    const other = generateVapidKeys();
    expect(() => new PushSender({ ...vapid, publicKey: other.publicKey, subject: SUBJECT })).toThrow(
      'the VAPID public key does not belong to the private key',
    );
    expect(() => new PushSender({ ...vapid, privateKey: 'c2hvcnQ', subject: SUBJECT })).toThrow(
      'the VAPID private key is not 32 base64url bytes',
    );
    expect(() => new PushSender({ ...vapid, subject: 'push@riverside.example' })).toThrow(
      'the VAPID subject must be a mailto: or https: URL',
    );
  });

  it('accepts a browser-shaped subscription and rejects anything else', () => {
    const { subscription } = stub.subscribe();
    const { endpoint, keys } = subscription;
    expect(validPushSubscription(subscription)).toBe(true);
    expect(validPushSubscription({ ...subscription, expirationTime: null })).toBe(true);
    expect(
      validPushSubscription({ endpoint: 'https://fcm.googleapis.com/fcm/send/abc:APA91b', keys, expirationTime: 1 }),
    ).toBe(true);

    const p256dh = Buffer.from(keys.p256dh, 'base64url');
    const offCurve = Buffer.concat([Buffer.from([4]), Buffer.alloc(64, 1)]).toString('base64url');
    const rejected: Record<string, unknown> = {
      'plain http to another host': { endpoint: 'http://push.example.com/push/1', keys },
      'a relative endpoint': { endpoint: '/push/1', keys },
      'credentials in the endpoint': { endpoint: 'https://u:p@push.example.com/1', keys },
      'a short p256dh': { endpoint, keys: { ...keys, p256dh: p256dh.subarray(0, 64).toString('base64url') } },
      'a compressed p256dh': { endpoint, keys: { ...keys, p256dh: p256dh.subarray(0, 33).toString('base64url') } },
      'a p256dh off the curve': { endpoint, keys: { ...keys, p256dh: offCurve } },
      'a padded p256dh': { endpoint, keys: { ...keys, p256dh: `${keys.p256dh}=` } },
      'a standard-base64 auth': { endpoint, keys: { ...keys, auth: Buffer.alloc(16, 0xfb).toString('base64') } },
      'a missing auth': { endpoint, keys: { p256dh: keys.p256dh } },
      'a 15-byte auth': { endpoint, keys: { ...keys, auth: Buffer.alloc(15).toString('base64url') } },
      'a numeric endpoint': { endpoint: 42, keys },
      'keys as an array': { endpoint, keys: [keys.p256dh, keys.auth] },
      'a numeric p256dh': { endpoint, keys: { ...keys, p256dh: 42 } },
      'a string expirationTime': { ...subscription, expirationTime: 'tomorrow' },
      'no keys': { endpoint },
      null: null,
      'a string': JSON.stringify(subscription),
      'an array': [subscription],
      'a number': 7,
    };
    for (const [name, value] of Object.entries(rejected)) expect(validPushSubscription(value), name).toBe(false);
  });

  it('refuses to send to a malformed subscription or with a malformed topic, before any request', async () => {
    const { subscription } = stub.subscribe();
    const before = stub.received.length;
    const sender = new PushSender(config);
    const payload = { title: 'T', body: 'B', url: 'https://riverside.example/t/7' };
    await expect(
      sender.send({ ...subscription, endpoint: subscription.endpoint.replace('127.0.0.1', '10.0.0.1') }, payload),
    ).rejects.toMatchObject({ kind: 'refused', message: 'the push subscription is malformed' });
    await expect(sender.send(subscription, payload, { topic: 'not a topic' })).rejects.toMatchObject({
      kind: 'refused',
      message: 'the topic must be 1 to 32 base64url characters',
    });
    expect(stub.received).toHaveLength(before);
  });
});
