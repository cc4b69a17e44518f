import { availableParallelism } from 'node:os';
import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatabaseLocation } from './db/database.js';
import type { TranslationProtocol } from './translator.js';
import type { SmsConfig } from './sms.js';
import { generateVapidKeys, type PushConfig } from './push.js';
import { numberDefault, textDefault, type EnvName, type NumberName, type TextName } from './env.js';

export interface AuthConfig {
  issuer: string;
  audience: string;
  /** HS256 shared secret (small installs). */
  secret?: Uint8Array;
  /** JWKS endpoint (EdDSA / ES256), for production. */
  jwksUrl?: URL;
}

export interface ServerConfig {
  host: string;
  port: number;
  database: DatabaseLocation;
  /** Seeded data and the /api/dev routes. Never in production. */
  demo: boolean;
  auth: AuthConfig;
  /** Origins allowed to call the API from a browser (CORS). */
  allowedOrigins: string[];
  /**
   * Addresses of the load balancers in front of this server: from them, the client's address
   * is read from `X-Forwarded-For` (for per-address rate limits); from anyone else, never.
   */
  trustedProxies: string[];
  rateLimit: { burst: number; perSecond: number };
  bodyLimitBytes: number;
  /** The largest roster zip the admin API accepts (streamed to a temporary file, never held in memory). */
  rosterMaxBytes: number;
  /** Where a stopping server waits for in-flight requests, at most. */
  shutdownGraceMs: number;
  /** How long a read's audit event waits at most for its batch. */
  readAuditMs: number;
  /** How often an idle event stream sends a comment line, so proxies keep it open. */
  heartbeatMs: number;
  /** Open event streams one person may hold (tabs, devices). */
  maxStreamsPerPerson: number;
  /** A LibreTranslate-compatible service; without it, messages show as sent with their language. */
  /** TANDEM_TRANSLATE_URL, _API_KEY and _PROTOCOL (`libretranslate`, the default, or `generic`). */
  translation: { url: string; apiKey?: string; protocol?: TranslationProtocol } | null;
  /** How often messages the translation service missed (it was down) are translated again. */
  translationRetryMs: number;
  /**
   * The widgets' bundle, served at /cdn/tandem.js and /cdn/<version>/tandem.js with the chunks beside
   * it (TANDEM_CDN_FILE; by default @tandem/elements' build). null: no /cdn/ (TANDEM_CDN_FILE=off).
   */
  cdnFile: string | null;
  /** Demo mode only: the demo school site, served at / and /demo/. */
  siteDir: string;
  /** Outgoing mail: TANDEM_SMTP_URL (`smtp://user:pass@host:port`, or `smtps://`) and TANDEM_MAIL_FROM. */
  mail: MailConfig | null;
  /** Texts: TANDEM_SMS_ACCOUNT_SID, _AUTH_TOKEN, _MESSAGING_SERVICE_SID and _API_URL (a Twilio-style API). */
  sms: SmsConfig | null;
  /** How long a message may stay unread before its reader hears of it on their channel (TANDEM_NOTIFY_AFTER_SECONDS). */
  notifyAfterSeconds: number;
  /**
   * The page of a conversation, for the link in notifications (TANDEM_CONVERSATION_URL), with
   * `{threadId}` and `{studentId}` filled in. Demo mode: the demo school site.
   */
  conversationUrl: string | null;
  /** Replies by email: the key that signs reply addresses (TANDEM_REPLY_SECRET) and their domain (TANDEM_REPLY_DOMAIN). */
  reply: { secret: Uint8Array; domain: string } | null;
  /** The port of the SMTP listener for replies (TANDEM_INBOUND_SMTP_PORT); null: off. */
  inboundSmtpPort: number | null;
  /** Web push: TANDEM_VAPID_PUBLIC_KEY, _PRIVATE_KEY and _SUBJECT (demo mode makes a pair for the process). */
  push: PushConfig | null;
  /** Where this server is reached from outside (TANDEM_PUBLIC_URL): the URL providers sign their webhooks over. */
  publicUrl: string | null;
  /** The token a mail provider's inbound webhook sends (TANDEM_INBOUND_MAIL_TOKEN); null: the webhook is off. */
  inboundMailToken: string | null;
}

export interface MailConfig {
  smtpUrl: string;
  /** The From of every notification, e.g. `Riverside Schools <no-reply@riverside.example>`. */
  from: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** The environment as given (process.env, or a test's). */
type EnvInput = Record<string, string | undefined>;
/** The environment as read here: only the variables of the table in env.ts type-check. */
type Env = { readonly [K in EnvName]?: string };

const text = (env: Env, name: TextName): string => env[name] || textDefault(name);

const SMS_VARIABLES = [
  'TANDEM_SMS_ACCOUNT_SID',
  'TANDEM_SMS_AUTH_TOKEN',
  'TANDEM_SMS_MESSAGING_SERVICE_SID',
] as const satisfies readonly EnvName[];

function smsConfig(env: Env): SmsConfig | null {
  const [accountSid, authToken, messagingServiceSid] = SMS_VARIABLES.map((name) => env[name] ?? '');
  if (!accountSid && !authToken && !messagingServiceSid && !env.TANDEM_SMS_API_URL) return null;
  const missing = SMS_VARIABLES.filter((name) => !env[name]);
  if (!accountSid || !authToken || !messagingServiceSid) {
    throw new ConfigError(`Texts need ${SMS_VARIABLES.join(', ')}; ${missing.join(', ')} not set.`);
  }
  const apiUrl = text(env, 'TANDEM_SMS_API_URL');
  try {
    new URL(apiUrl);
  } catch {
    throw new ConfigError(`TANDEM_SMS_API_URL is not a URL: "${apiUrl}".`);
  }
  return { apiUrl, accountSid, authToken, messagingServiceSid };
}

function mailConfig(env: Env): MailConfig | null {
  const raw = env.TANDEM_SMTP_URL;
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('TANDEM_SMTP_URL is not a URL; write it as smtp://user:pass@host:port.');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new ConfigError(`TANDEM_SMTP_URL must start with smtp:// or smtps://, got "${url.protocol}//".`);
  }
  const from = env.TANDEM_MAIL_FROM?.trim();
  if (!from || !/@[^@\s>]+\.[^@\s>]+>?$/.test(from)) {
    throw new ConfigError(
      'Set TANDEM_MAIL_FROM to the address notifications come from, e.g. "Riverside Schools <no-reply@riverside.example>".',
    );
  }
  return { smtpUrl: raw, from };
}

const VAPID_VARIABLES = [
  'TANDEM_VAPID_PUBLIC_KEY',
  'TANDEM_VAPID_PRIVATE_KEY',
  'TANDEM_VAPID_SUBJECT',
] as const satisfies readonly EnvName[];

function pushConfig(env: Env, demo: boolean): PushConfig | null {
  const [publicKey, privateKey, subject] = VAPID_VARIABLES.map((name) => env[name] ?? '');
  if (!publicKey && !privateKey && !subject) {
    return demo ? { ...generateVapidKeys(), subject: 'mailto:demo@tandem.localhost' } : null;
  }
  if (!publicKey || !privateKey || !subject) {
    throw new ConfigError(
      `Web push needs ${VAPID_VARIABLES.join(', ')} (npx web-push generate-vapid-keys makes a pair); ${VAPID_VARIABLES.filter((n) => !env[n]).join(', ')} not set.`,
    );
  }
  if (!/^(mailto:|https:\/\/)/.test(subject))
    throw new ConfigError('TANDEM_VAPID_SUBJECT must be a mailto: or https:// contact.');
  return { publicKey, privateKey, subject };
}

function publicUrl(env: Env): string | null {
  const raw = env.TANDEM_PUBLIC_URL;
  if (!raw) return null;
  try {
    return new URL(raw).toString().replace(/\/$/, '');
  } catch {
    throw new ConfigError(`TANDEM_PUBLIC_URL is not a URL: "${raw}".`);
  }
}

/** The domain of an address like `Name <user@host>`. */
const domainOf = (address: string) => /@([^@\s>]+)>?$/.exec(address.trim())?.[1] ?? null;

function replyConfig(env: Env, mail: MailConfig | null, demo: boolean): ServerConfig['reply'] {
  const secretText = env.TANDEM_REPLY_SECRET;
  if (secretText !== undefined && secretText !== '' && Buffer.byteLength(secretText) < 32) {
    throw new ConfigError('TANDEM_REPLY_SECRET must be at least 32 bytes.');
  }
  const domain =
    env.TANDEM_REPLY_DOMAIN || (mail ? domainOf(mail.from) : null) || (demo ? 'replies.tandem.localhost' : null);
  if (!secretText) {
    if (!demo) return null;
    return domain ? { secret: randomBytes(32), domain } : null; // demo reply addresses live as long as the process
  }
  if (!domain) throw new ConfigError('Replies by email need TANDEM_REPLY_DOMAIN (or TANDEM_MAIL_FROM).');
  return { secret: new TextEncoder().encode(secretText), domain };
}

function conversationUrl(env: Env, demo: boolean, notifying: boolean): string | null {
  const raw = env.TANDEM_CONVERSATION_URL;
  if (!raw) {
    if (notifying && !demo) {
      throw new ConfigError(
        'Notifications link back to the conversation: set TANDEM_CONVERSATION_URL, e.g. https://riverside.example/family?thread={threadId}.',
      );
    }
    return null;
  }
  try {
    new URL(raw.replace(/\{(threadId|studentId)\}/g, 'x'));
  } catch {
    throw new ConfigError(`TANDEM_CONVERSATION_URL is not a URL: "${raw}".`);
  }
  if (!raw.includes('{threadId}')) throw new ConfigError('TANDEM_CONVERSATION_URL must contain {threadId}.');
  return raw;
}

function translationProtocol(env: Env): TranslationProtocol {
  const raw = text(env, 'TANDEM_TRANSLATE_PROTOCOL');
  if (raw === 'libretranslate') return 'libretranslate';
  if (raw === 'generic') return 'generic';
  throw new ConfigError(`TANDEM_TRANSLATE_PROTOCOL must be libretranslate or generic, got "${raw}".`);
}

function wholeNumber(env: Env, name: NumberName, least: 0 | 1): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return numberDefault(name);
  const value = Number(raw);
  if (!Number.isInteger(value) || value < least) {
    throw new ConfigError(`${name} must be a ${least ? 'positive whole number' : 'whole number ≥ 0'}, got "${raw}".`);
  }
  return value;
}

const positiveInt = (env: Env, name: NumberName) => wholeNumber(env, name, 1);

/** The bundle as @tandem/elements exports it (a dependency of this package). */
const CDN_MODULE = '@tandem/elements/cdn/tandem.js';

const isFile = (path: string) => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;

/**
 * The bundle /cdn/ serves: TANDEM_CDN_FILE, nothing for `off` (an API-only install), else the one
 * in the installed @tandem/elements, found the way Node finds the package (`resolveModule`: tests
 * give another name to see the error).
 */
export function resolveCdnFile(
  env: Env,
  resolveModule: (specifier: string) => string = (specifier) => import.meta.resolve(specifier),
): string | null {
  const raw = env.TANDEM_CDN_FILE;
  if (raw === 'off') return null;
  if (raw) {
    const path = resolve(raw);
    if (!isFile(path)) {
      throw new ConfigError(
        `TANDEM_CDN_FILE names ${path}, which is not a file: set it to a built tandem.js (dist/cdn/tandem.js in @tandem/elements), or to off to serve no /cdn/.`,
      );
    }
    return path;
  }
  let url: string;
  try {
    url = resolveModule(CDN_MODULE);
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new ConfigError(
      `/cdn/tandem.js is served from @tandem/elements, which was not found (${reason}): install @tandem/elements beside @tandem/server (the same version), set TANDEM_CDN_FILE to a built tandem.js, or set TANDEM_CDN_FILE=off to serve no /cdn/.`,
    );
  }
  // Found but not built (a fresh checkout of the repository, before `pnpm build`): /cdn/ answers 404 until it is.
  return fileURLToPath(url);
}

/**
 * Where the database is: DATABASE_URL (PostgreSQL, with its pool settings), else the embedded
 * database in TANDEM_DATA_DIR. All that commands which only touch the database (a roster import) read.
 */
export function loadDatabaseConfig(input: EnvInput = process.env): DatabaseLocation {
  const env: Env = input;
  return env.DATABASE_URL
    ? {
        databaseUrl: env.DATABASE_URL,
        pool: {
          // Node waits on the database, it does not compute: more cores serve more requests at once.
          max: env.TANDEM_DB_POOL_MAX
            ? positiveInt(env, 'TANDEM_DB_POOL_MAX')
            : Math.max(10, 4 * availableParallelism()),
          acquireTimeoutMs: positiveInt(env, 'TANDEM_DB_ACQUIRE_TIMEOUT_MS'),
        },
      }
    : { dataDir: text(env, 'TANDEM_DATA_DIR') };
}

/** Reads the environment (every variable: docs/postgres.md#environment). Throws ConfigError with what to fix. */
export function loadConfig(input: EnvInput = process.env, overrides: { demo?: boolean } = {}): ServerConfig {
  const env: Env = input;
  const demo = overrides.demo ?? env.TANDEM_DEMO === '1';
  const port = env.PORT === undefined || env.PORT === '' ? numberDefault('PORT') : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError(`PORT must be 0–65535, got "${env.PORT}".`);

  const database = loadDatabaseConfig(env);

  const secretText = env.TANDEM_JWT_SECRET;
  if (secretText !== undefined && Buffer.byteLength(secretText) < 32) {
    throw new ConfigError('TANDEM_JWT_SECRET must be at least 32 bytes (HS256 needs a 256-bit key).');
  }
  let jwksUrl: URL | undefined;
  if (env.TANDEM_JWKS_URL) {
    try {
      jwksUrl = new URL(env.TANDEM_JWKS_URL);
    } catch {
      throw new ConfigError(`TANDEM_JWKS_URL is not a URL: "${env.TANDEM_JWKS_URL}".`);
    }
  }
  let secret = secretText ? new TextEncoder().encode(secretText) : undefined;
  if (!secret && !jwksUrl) {
    if (!demo) {
      throw new ConfigError(
        'Set TANDEM_JWT_SECRET (HS256, ≥ 32 bytes) or TANDEM_JWKS_URL so the server can verify tokens; see docs/auth.md.',
      );
    }
    secret = randomBytes(32); // demo tokens live as long as the process
  }
  const issuer = env.TANDEM_JWT_ISSUER || (demo ? 'tandem-demo' : '');
  if (!issuer) throw new ConfigError('Set TANDEM_JWT_ISSUER to the `iss` your district backend puts in its tokens.');

  const mail = mailConfig(env);
  const sms = smsConfig(env);
  const reply = replyConfig(env, mail, demo);
  const inboundSmtpPort = env.TANDEM_INBOUND_SMTP_PORT ? Number(env.TANDEM_INBOUND_SMTP_PORT) : null;
  if (inboundSmtpPort !== null) {
    if (!Number.isInteger(inboundSmtpPort) || inboundSmtpPort < 0 || inboundSmtpPort > 65535) {
      throw new ConfigError(`TANDEM_INBOUND_SMTP_PORT must be 0–65535, got "${env.TANDEM_INBOUND_SMTP_PORT}".`);
    }
    if (!reply) throw new ConfigError('The reply listener (TANDEM_INBOUND_SMTP_PORT) needs TANDEM_REPLY_SECRET.');
  }

  const inboundMailToken = env.TANDEM_INBOUND_MAIL_TOKEN || null;
  if (inboundMailToken) {
    if (Buffer.byteLength(inboundMailToken) < 32)
      throw new ConfigError('TANDEM_INBOUND_MAIL_TOKEN must be at least 32 bytes.');
    if (!reply)
      throw new ConfigError('The inbound mail webhook (TANDEM_INBOUND_MAIL_TOKEN) needs TANDEM_REPLY_SECRET.');
  }

  return {
    host: text(env, 'HOST'),
    port,
    database,
    demo,
    auth: { issuer, audience: text(env, 'TANDEM_JWT_AUDIENCE'), secret, jwksUrl },
    allowedOrigins: (env.TANDEM_ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    trustedProxies: (env.TANDEM_TRUSTED_PROXIES ?? '')
      .split(',')
      .map((address) => address.trim())
      .filter(Boolean),
    rateLimit: {
      burst: positiveInt(env, 'TANDEM_RATE_LIMIT_BURST'),
      perSecond: positiveInt(env, 'TANDEM_RATE_LIMIT_PER_SECOND'),
    },
    bodyLimitBytes: positiveInt(env, 'TANDEM_BODY_LIMIT_BYTES'),
    rosterMaxBytes: positiveInt(env, 'TANDEM_ROSTER_MAX_BYTES'),
    shutdownGraceMs: positiveInt(env, 'TANDEM_SHUTDOWN_GRACE_MS'),
    readAuditMs: positiveInt(env, 'TANDEM_READ_AUDIT_MS'),
    heartbeatMs: positiveInt(env, 'TANDEM_HEARTBEAT_MS'),
    maxStreamsPerPerson: positiveInt(env, 'TANDEM_MAX_STREAMS_PER_PERSON'),
    translation: env.TANDEM_TRANSLATE_URL
      ? {
          url: env.TANDEM_TRANSLATE_URL,
          ...(env.TANDEM_TRANSLATE_API_KEY ? { apiKey: env.TANDEM_TRANSLATE_API_KEY } : {}),
          protocol: translationProtocol(env),
        }
      : null,
    translationRetryMs: positiveInt(env, 'TANDEM_TRANSLATE_RETRY_MS'),
    mail,
    sms,
    notifyAfterSeconds: wholeNumber(env, 'TANDEM_NOTIFY_AFTER_SECONDS', 0),
    conversationUrl: conversationUrl(env, demo, Boolean(mail || sms)),
    reply,
    inboundSmtpPort,
    inboundMailToken,
    publicUrl: publicUrl(env),
    push: pushConfig(env, demo),
    cdnFile: resolveCdnFile(env),
    // Points into this repository (src/ and dist/ are both two levels below packages/).
    siteDir: env.TANDEM_SITE_DIR || fileURLToPath(new URL('../../../examples/school-site/', import.meta.url)),
  };
}
