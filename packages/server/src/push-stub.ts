// A local stand-in for a browser's push service, for tests and the demo. It hands out
// subscriptions with real P-256 keys and auth secrets as a browser does, checks the VAPID
// Authorization as a push service does (RFC 8292), and decrypts each message as the browser
// would (RFC 8188 + RFC 8291), keeping what arrived. Plain http on 127.0.0.1.
import { createDecipheriv, createECDH, hkdfSync, randomBytes, type ECDH } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { importJWK, jwtVerify } from 'jose';
import type { PushSubscriptionKeys } from './push.js';

export interface TestSubscription {
  /** `endpoint` is `${url}/push/<random id>`. */
  subscription: PushSubscriptionKeys;
}

export interface ReceivedPush {
  endpoint: string;
  /** JSON.parse of the decrypted plaintext. */
  payload: unknown;
  ttl: number;
  urgency?: string;
  topic?: string;
  /** The `k` of the VAPID Authorization. */
  vapidPublicKey: string;
}

export interface PushStub {
  /** The origin, e.g. `http://127.0.0.1:41234`. */
  url: string;
  received: ReceivedPush[];
  subscribe(): TestSubscription;
  /** From now on the endpoint answers 410 Gone, as after the user revoked the permission. */
  gone(endpoint: string): void;
  close(): Promise<void>;
}

/** RFC 8291 §4 / RFC 8030 §7.2: what push services must take, header included. */
const MAX_BODY_BYTES = 4096;
const HEADER_BYTES = 16 + 4 + 1 + 65;
const TAG_BYTES = 16;
const MAX_VAPID_LIFETIME_SECONDS = 24 * 60 * 60;

interface Subscriber {
  ecdh: ECDH;
  publicKey: Buffer;
  auth: Buffer;
}

class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export async function startPushStub(options: { vapidPublicKey?: string } = {}): Promise<PushStub> {
  const subscribers = new Map<string, Subscriber>();
  const received: ReceivedPush[] = [];
  let origin = '';

  async function verifyVapid(authorization: string | undefined): Promise<string> {
    const header = /^vapid\s+(.*)$/i.exec(authorization ?? '')?.[1];
    if (header === undefined) throw new Refusal(401, 'VAPID authorization required', { 'WWW-Authenticate': 'vapid' });
    const params = new Map<string, string>();
    for (const part of header.split(',')) {
      const at = part.indexOf('=');
      if (at > 0) params.set(part.slice(0, at).trim().toLowerCase(), part.slice(at + 1).trim());
    }
    const token = params.get('t');
    const k = params.get('k');
    const point = k && /^[A-Za-z0-9_-]+$/.test(k) ? Buffer.from(k, 'base64url') : null;
    if (!token || !k || point?.length !== 65 || point[0] !== 0x04) {
      throw new Refusal(401, 'the VAPID t= and k= parameters are missing or malformed');
    }
    // A restricted subscription (applicationServerKey) takes messages signed by that key only.
    if (options.vapidPublicKey !== undefined && k !== options.vapidPublicKey) {
      throw new Refusal(403, 'the VAPID key is not the one this subscription is restricted to');
    }
    let claims: { exp?: number; sub?: unknown };
    try {
      const key = await importJWK(
        {
          kty: 'EC',
          crv: 'P-256',
          x: point.subarray(1, 33).toString('base64url'),
          y: point.subarray(33).toString('base64url'),
        },
        'ES256',
      );
      ({ payload: claims } = await jwtVerify(token, key, {
        algorithms: ['ES256'],
        audience: origin,
        requiredClaims: ['exp', 'sub'],
      }));
    } catch (error) {
      throw new Refusal(401, `the VAPID token is not valid (${(error as Error).name})`);
    }
    if ((claims.exp ?? 0) - Date.now() / 1000 > MAX_VAPID_LIFETIME_SECONDS) {
      throw new Refusal(401, 'the VAPID token expires more than 24 hours ahead');
    }
    if (typeof claims.sub !== 'string' || !/^(mailto:|https:)/.test(claims.sub)) {
      throw new Refusal(401, 'the VAPID sub is not a mailto: or https: contact');
    }
    return k;
  }

  function decrypt(subscriber: Subscriber, body: Buffer): Buffer {
    if (body.length < HEADER_BYTES + TAG_BYTES + 1) throw new Refusal(400, 'the body is too short for aes128gcm');
    const salt = body.subarray(0, 16);
    const rs = body.readUInt32BE(16);
    const idlen = body.readUInt8(20);
    if (idlen !== 65) throw new Refusal(400, 'the keyid is not the 65-byte sender public key');
    const senderKey = body.subarray(21, HEADER_BYTES);
    const record = body.subarray(HEADER_BYTES);
    // RFC 8291 §4: one record only, so it must fit in rs.
    if (rs < TAG_BYTES + 2 || record.length > rs) throw new Refusal(400, 'the message is not a single record');
    let shared: Buffer;
    try {
      shared = subscriber.ecdh.computeSecret(senderKey);
    } catch {
      throw new Refusal(400, 'the sender public key is not a P-256 point');
    }
    const info = Buffer.concat([Buffer.from('WebPush: info\0'), subscriber.publicKey, senderKey]);
    const ikm = Buffer.from(hkdfSync('sha256', shared, subscriber.auth, info, 32));
    const cek = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16));
    // The nonce XOR the record sequence number, which is 0 for the only record.
    const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12));
    let padded: Buffer;
    try {
      const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
      decipher.setAuthTag(record.subarray(record.length - TAG_BYTES));
      padded = Buffer.concat([decipher.update(record.subarray(0, record.length - TAG_BYTES)), decipher.final()]);
    } catch {
      throw new Refusal(400, "the body does not decrypt with this subscription's keys");
    }
    // Padding: the 0x02 delimiter of the last record, then zeros.
    let end = padded.length - 1;
    while (end >= 0 && padded[end] === 0) end--;
    if (end < 0 || padded[end] !== 0x02) throw new Refusal(400, 'the padding delimiter is not 0x02');
    return padded.subarray(0, end);
  }

  async function readBody(req: IncomingMessage): Promise<Buffer> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      // Keep draining past the limit so the answer reaches the sender, but keep nothing.
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    }
    if (size > MAX_BODY_BYTES) throw new Refusal(413, `the body is over ${MAX_BODY_BYTES} bytes`);
    return Buffer.concat(chunks);
  }

  async function handle(req: IncomingMessage): Promise<{ status: number; headers?: Record<string, string> }> {
    const path = new URL(req.url ?? '/', origin).pathname;
    const id = /^\/push\/([A-Za-z0-9_-]+)$/.exec(path)?.[1];
    if (id === undefined) throw new Refusal(404, 'not found');
    if (req.method !== 'POST') throw new Refusal(405, 'POST only', { Allow: 'POST' });
    const endpoint = `${origin}${path}`;
    const subscriber = subscribers.get(id);
    if (!subscriber) throw new Refusal(410, 'the subscription is gone');
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
      throw new Refusal(413, `the body is over ${MAX_BODY_BYTES} bytes`);
    }
    const body = await readBody(req);
    const vapidPublicKey = await verifyVapid(req.headers.authorization);
    // RFC 8030 §5.2: TTL is required.
    const ttlHeader = req.headers.ttl;
    if (typeof ttlHeader !== 'string' || !/^\d+$/.test(ttlHeader)) throw new Refusal(400, 'TTL is required');
    const urgency = req.headers.urgency;
    if (urgency !== undefined && !['very-low', 'low', 'normal', 'high'].includes(String(urgency))) {
      throw new Refusal(400, 'Urgency is not very-low, low, normal or high');
    }
    const topic = req.headers.topic;
    if (topic !== undefined && !/^[A-Za-z0-9_-]{1,32}$/.test(String(topic))) {
      throw new Refusal(400, 'Topic is not 1 to 32 base64url characters');
    }
    if (req.headers['content-encoding'] !== 'aes128gcm') throw new Refusal(400, 'Content-Encoding must be aes128gcm');
    const plaintext = decrypt(subscriber, body);
    let payload: unknown;
    try {
      payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plaintext));
    } catch {
      throw new Refusal(400, 'the plaintext is not UTF-8 JSON');
    }
    received.push({
      endpoint,
      payload,
      ttl: Number(ttlHeader),
      ...(urgency === undefined ? {} : { urgency: String(urgency) }),
      ...(topic === undefined ? {} : { topic: String(topic) }),
      vapidPublicKey,
    });
    return { status: 201, headers: { Location: `${origin}/message/${randomBytes(12).toString('base64url')}` } };
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    handle(req).then(
      ({ status, headers }) => {
        res.writeHead(status, headers).end();
      },
      (error: unknown) => {
        const refusal = error instanceof Refusal ? error : new Refusal(500, 'the stub failed');
        // Answer without waiting for a body we chose not to read; then drop the connection.
        res.writeHead(refusal.status, { 'Content-Type': 'text/plain', ...refusal.headers }).end(refusal.message);
        req.resume();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: origin,
    received,
    subscribe: () => {
      const ecdh = createECDH('prime256v1');
      const publicKey = ecdh.generateKeys();
      const auth = randomBytes(16);
      const id = randomBytes(16).toString('base64url');
      subscribers.set(id, { ecdh, publicKey, auth });
      return {
        subscription: {
          endpoint: `${origin}/push/${id}`,
          keys: { p256dh: publicKey.toString('base64url'), auth: auth.toString('base64url') },
        },
      };
    },
    gone: (endpoint) => {
      const prefix = `${origin}/push/`;
      if (!endpoint.startsWith(prefix)) throw new Error('not an endpoint of this push stub');
      subscribers.delete(endpoint.slice(prefix.length));
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
