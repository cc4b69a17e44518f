// Web push (RFC 8030) with VAPID (RFC 8292) and aes128gcm payload encryption (RFC 8291), through
// the `web-push` library. A subscription's endpoint is a capability: whoever knows it can push to
// that browser, so errors and logs name only its origin, and never quote the payload.
import { createECDH, createPublicKey } from 'node:crypto';
import https from 'node:https';
import net from 'node:net';
import webpush from 'web-push';

/** VAPID: base64url keys (65-byte uncompressed P-256 public point, 32-byte private scalar). */
export interface PushConfig {
  publicKey: string;
  privateKey: string;
  /** A `mailto:` or `https:` contact the push services can reach about our traffic. */
  subject: string;
}

/** The browser's `PushSubscription.toJSON()`, the fields we use. */
export interface PushSubscriptionKeys {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

/** Sent as JSON; the service worker shows it and opens `url` on a click. */
export interface PushPayload {
  title: string;
  body: string;
  url: string;
  /** Replaces an earlier notification with the same tag on the device. */
  tag?: string;
}

export interface PushOptions {
  /** How long the push service keeps the message for an offline device; a day by default. */
  ttlSeconds?: number;
  urgency?: 'normal' | 'high';
  /** Replaces an undelivered message with the same topic at the push service (≤ 32 base64url characters). */
  topic?: string;
}

export class PushError extends Error {
  override name = 'PushError';
  constructor(
    message: string,
    /**
     * `gone` (404/410: the subscription is dead and must be deleted), `refused` (the push service or
     * this sender refused the message; retrying the same message will not help), `unreachable`
     * (5xx, 429, network, timeout: try again later).
     */
    readonly kind: 'gone' | 'refused' | 'unreachable',
    readonly statusCode?: number,
  ) {
    super(message);
  }
}

/** RFC 8291 §4: push services need not take more than 4096 octets of body, 3993 of plaintext. */
export const MAX_PUSH_PLAINTEXT_BYTES = 3993;

// A reminder about an unread message is stale after a day; web-push's default is four weeks.
const DEFAULT_TTL_SECONDS = 24 * 60 * 60;

const BASE64URL = /^[A-Za-z0-9_-]+$/;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Decodes canonical unpadded base64url, or null (Buffer.from alone skips bad characters silently). */
function base64url(value: unknown): Buffer | null {
  if (typeof value !== 'string' || !BASE64URL.test(value)) return null;
  const bytes = Buffer.from(value, 'base64url');
  return bytes.toString('base64url') === value ? bytes : null;
}

/** A 65-byte uncompressed point that is on P-256 (a point off the curve fails only at encryption). */
function isP256Point(bytes: Buffer | null): boolean {
  if (bytes?.length !== 65 || bytes[0] !== 0x04) return false;
  try {
    createPublicKey({
      key: {
        kty: 'EC',
        crv: 'P-256',
        x: bytes.subarray(1, 33).toString('base64url'),
        y: bytes.subarray(33).toString('base64url'),
      },
      format: 'jwk',
    });
    return true;
  } catch {
    return false;
  }
}

function pushUrl(endpoint: string): URL | null {
  if (endpoint.length > 2048 || !URL.canParse(endpoint)) return null;
  const url = new URL(endpoint);
  if (url.username || url.password) return null;
  // Plain http only to this machine: the local stub in tests and the demo.
  if (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))) return url;
  return null;
}

export function validPushSubscription(value: unknown): value is PushSubscriptionKeys {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { endpoint, keys, expirationTime } = value as Record<string, unknown>;
  if (typeof endpoint !== 'string' || !pushUrl(endpoint)) return false;
  // Browsers send expirationTime (usually null) alongside the keys.
  if (expirationTime !== undefined && expirationTime !== null && typeof expirationTime !== 'number') return false;
  if (typeof keys !== 'object' || keys === null || Array.isArray(keys)) return false;
  const { p256dh, auth } = keys as Record<string, unknown>;
  return isP256Point(base64url(p256dh)) && base64url(auth)?.length === 16;
}

export function generateVapidKeys(): { publicKey: string; privateKey: string } {
  const { publicKey, privateKey } = webpush.generateVAPIDKeys();
  return { publicKey, privateKey };
}

// web-push always speaks TLS (https.request); this agent hands it a plain TCP socket instead, and
// is used only for http://127.0.0.1 / localhost endpoints, i.e. the local stub.
class LoopbackAgent extends https.Agent {
  override createConnection(options: {
    host?: string | null;
    hostname?: string | null;
    port?: number | string | null;
  }) {
    return net.createConnection({
      host: options.hostname ?? options.host ?? '127.0.0.1',
      port: Number(options.port),
    });
  }
}
const loopbackAgent = new LoopbackAgent();

export class PushSender {
  constructor(
    private readonly config: PushConfig,
    private readonly timeoutMs = 10_000,
  ) {
    // Misconfigured keys would make every push service answer 401/403; say so at startup instead.
    const publicKey = base64url(config.publicKey);
    const privateKey = base64url(config.privateKey);
    if (!publicKey || !isP256Point(publicKey)) {
      throw new TypeError('the VAPID public key is not a base64url P-256 point');
    }
    if (privateKey?.length !== 32) throw new TypeError('the VAPID private key is not 32 base64url bytes');
    let derived: Buffer;
    try {
      const ecdh = createECDH('prime256v1');
      ecdh.setPrivateKey(privateKey);
      derived = ecdh.getPublicKey();
    } catch {
      throw new TypeError('the VAPID private key is not a P-256 private key');
    }
    if (!derived.equals(publicKey)) throw new TypeError('the VAPID public key does not belong to the private key');
    if (!/^(mailto:|https:\/\/)\S+$/.test(config.subject)) {
      throw new TypeError('the VAPID subject must be a mailto: or https: URL');
    }
  }

  async send(
    subscription: PushSubscriptionKeys,
    payload: PushPayload,
    options: PushOptions = {},
  ): Promise<{ statusCode: number }> {
    if (!validPushSubscription(subscription)) {
      throw new PushError('the push subscription is malformed', 'refused');
    }
    const url = new URL(subscription.endpoint);
    const origin = url.origin;
    const ttl = options.ttlSeconds ?? DEFAULT_TTL_SECONDS;
    if (!Number.isSafeInteger(ttl) || ttl < 0)
      throw new PushError('the TTL must be a whole number of seconds', 'refused');
    if (options.topic !== undefined && !/^[A-Za-z0-9_-]{1,32}$/.test(options.topic)) {
      throw new PushError('the topic must be 1 to 32 base64url characters', 'refused');
    }
    // Only the known fields: a caller's spread object must not carry more to the push service.
    const plaintext = Buffer.from(
      JSON.stringify({
        title: payload.title,
        body: payload.body,
        url: payload.url,
        ...(payload.tag === undefined ? {} : { tag: payload.tag }),
      }),
    );
    if (plaintext.length > MAX_PUSH_PLAINTEXT_BYTES) {
      throw new PushError(
        `the notification is ${plaintext.length} bytes; push services take at most ${MAX_PUSH_PLAINTEXT_BYTES}`,
        'refused',
      );
    }
    try {
      const result = await webpush.sendNotification(
        { endpoint: subscription.endpoint, keys: { p256dh: subscription.keys.p256dh, auth: subscription.keys.auth } },
        plaintext,
        {
          vapidDetails: { ...this.config },
          contentEncoding: 'aes128gcm',
          TTL: ttl,
          urgency: options.urgency ?? 'normal',
          ...(options.topic === undefined ? {} : { topic: options.topic }),
          timeout: this.timeoutMs,
          ...(url.protocol === 'http:' ? { agent: loopbackAgent } : {}),
        },
      );
      return { statusCode: result.statusCode };
    } catch (error) {
      // A new error, without `cause`: web-push's carries the full endpoint and the service's answer.
      throw failure(error, origin);
    }
  }
}

function failure(error: unknown, origin: string): PushError {
  if (error instanceof webpush.WebPushError) {
    const status = error.statusCode;
    if (status === 404 || status === 410) {
      return new PushError(`the push subscription at ${origin} is gone (HTTP ${status})`, 'gone', status);
    }
    // 429 is "slow down", not "never": retry like a 5xx.
    if (status >= 500 || status === 429) {
      return new PushError(`the push service at ${origin} is unavailable (HTTP ${status})`, 'unreachable', status);
    }
    return new PushError(`the push service at ${origin} refused the notification (HTTP ${status})`, 'refused', status);
  }
  // Everything was validated above, so what is left is the socket: ECONNREFUSED, ENOTFOUND, a TLS
  // failure, or web-push's own 'Socket timeout'. The code only: a message may name the host.
  const code = (error as { code?: unknown } | null)?.code;
  const reason =
    typeof code === 'string'
      ? code
      : (error as Error | null)?.message === 'Socket timeout'
        ? 'timeout'
        : 'network error';
  return new PushError(`the push service at ${origin} could not be reached (${reason})`, 'unreachable');
}
