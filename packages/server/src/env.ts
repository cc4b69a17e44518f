// Every environment variable the server reads, in one table: config.ts reads them by these names
// and defaults, and packages/server/scripts/env-docs.ts writes the table in docs/postgres.md.
// A new variable is a new row here (a test fails when config.ts reads one that has none).

export interface EnvVariable {
  /** What it does, in Markdown (links relative to docs/). */
  readonly does: string;
  /** The value when unset or empty; numbers are whole numbers. Absent: none. */
  readonly default?: number | string;
  /** How the docs show the default when the value alone does not say it (Markdown). */
  readonly shownDefault?: string;
  /** A value in the right format. */
  readonly example?: string;
  /** Outside demo mode: `true` when `tandem-server start` refuses to run without it, or when it is needed (Markdown). */
  readonly required?: true | string;
}

export const ENVIRONMENT = {
  // Where it runs, and its database.
  HOST: { does: 'the address to listen on', default: '127.0.0.1', example: '0.0.0.0' },
  PORT: { does: 'the port to listen on; `0` picks a free one', default: 8787, example: '8787' },
  TANDEM_DEMO: {
    does: '`1`: demo mode, as `tandem-server demo` (seeded district, `/api/dev` routes); never in production',
    example: '1',
  },
  DATABASE_URL: {
    does: 'PostgreSQL connection string; unset: embedded PGlite (one instance only)',
    example: 'postgres://tandem:secret@db.internal:5432/tandem',
  },
  TANDEM_DATA_DIR: { does: 'the PGlite data folder (without `DATABASE_URL`)', default: '.tandem/data' },
  TANDEM_DB_POOL_MAX: {
    does: 'PostgreSQL connections per instance (plus one for `LISTEN` and two for the job queue); a read may use two at once',
    default: 10,
    shownDefault: '10, or 4 per CPU core where that is more',
  },
  TANDEM_DB_ACQUIRE_TIMEOUT_MS: {
    does: 'how long a request waits for a free connection before it is answered 503 with `Retry-After`',
    default: 5_000,
  },
  // Who may call it.
  TANDEM_JWT_ISSUER: {
    does: 'the `iss` your backend puts in its tokens ([auth.md](auth.md))',
    shownDefault: '— (demo: `tandem-demo`)',
    example: 'https://sis.riverside.k12.example',
    required: true,
  },
  TANDEM_JWT_AUDIENCE: { does: 'the `aud` tokens must carry', default: 'tandem' },
  TANDEM_JWT_SECRET: {
    does: 'HS256 shared secret (≥ 32 bytes) tokens are verified with, for small installs ([auth.md](auth.md))',
    shownDefault: '— (demo: a random one per run)',
    required: 'this or `TANDEM_JWKS_URL`',
  },
  TANDEM_JWKS_URL: {
    does: 'JWKS endpoint (EdDSA, ES256) tokens are verified against ([auth.md](auth.md))',
    example: 'https://sis.riverside.k12.example/.well-known/jwks.json',
    required: 'this or `TANDEM_JWT_SECRET`',
  },
  TANDEM_ALLOWED_ORIGINS: {
    does: 'comma-separated origins allowed by CORS, for every district; each district adds its own through the API ([admin.md](admin.md))',
    shownDefault: 'none',
    example: 'https://www.riverside.k12.example,https://lms.riverside.k12.example',
  },
  TANDEM_TRUSTED_PROXIES: {
    does: 'comma-separated addresses of the load balancers whose `X-Forwarded-For` names the client ([deploy.md](deploy.md))',
    shownDefault: 'none',
    example: '10.0.0.2,10.0.0.3',
  },
  // Limits.
  TANDEM_RATE_LIMIT_BURST: {
    does: 'token bucket size per person, and per client address for refused tokens and anonymous calls',
    default: 60,
  },
  TANDEM_RATE_LIMIT_PER_SECOND: { does: 'how fast that bucket refills, per second', default: 10 },
  TANDEM_BODY_LIMIT_BYTES: { does: 'the largest JSON request body', default: 64 * 1024 },
  TANDEM_ROSTER_MAX_BYTES: {
    does: 'the largest roster zip the admin API accepts ([onboarding.md](onboarding.md))',
    default: 512 * 1024 * 1024,
    shownDefault: '`536870912` (512 MiB)',
  },
  TANDEM_SHUTDOWN_GRACE_MS: {
    does: 'how long a stop (SIGTERM) may take for in-flight requests, jobs and its last writes; it exits 5 s after at the latest',
    default: 10_000,
  },
  TANDEM_READ_AUDIT_MS: {
    does: 'how long the audit event of a read waits at most for its batch (written on shutdown too; writes are audited in their transaction)',
    default: 250,
  },
  TANDEM_HEARTBEAT_MS: {
    does: 'how often an idle event stream sends a comment line, so proxies keep it open ([realtime.md](realtime.md))',
    default: 15_000,
  },
  TANDEM_MAX_STREAMS_PER_PERSON: {
    does: 'open event streams one person may hold (tabs, devices), over all instances',
    default: 5,
  },
  // Translation.
  TANDEM_TRANSLATE_URL: {
    does: 'the translation service of districts in `server` mode; unset: messages show as sent ([translation.md](translation.md))',
    example: 'https://translate.internal',
  },
  TANDEM_TRANSLATE_API_KEY: { does: "the translation service's key" },
  TANDEM_TRANSLATE_PROTOCOL: {
    does: '`libretranslate` or `generic` ([translation.md](translation.md))',
    default: 'libretranslate',
  },
  TANDEM_TRANSLATE_RETRY_MS: {
    does: 'how often messages the translation service missed (it was down) are translated again',
    default: 60_000,
  },
  // Notifications ([notifications.md](notifications.md#configuration)).
  TANDEM_SMTP_URL: {
    does: 'outgoing mail; unset: no mail ([notifications.md](notifications.md#configuration))',
    example: 'smtps://user:pass@smtp.riverside.example:465',
  },
  TANDEM_MAIL_FROM: {
    does: 'the From of every notification',
    example: 'Riverside Schools <no-reply@riverside.example>',
    required: 'with `TANDEM_SMTP_URL`',
  },
  TANDEM_NOTIFY_AFTER_SECONDS: {
    does: 'how long a message may stay unread before its reader is told (districts and people may set their own)',
    default: 30 * 60,
    shownDefault: '`1800` (demo: `60`)',
  },
  TANDEM_CONVERSATION_URL: {
    does: 'the page of a conversation, for the link in notifications, with `{threadId}` (and `{studentId}`)',
    shownDefault: '— (demo: the demo site)',
    example: 'https://riverside.example/family?thread={threadId}',
    required: 'with mail or texts',
  },
  TANDEM_REPLY_SECRET: {
    does: 'signs reply addresses (≥ 32 bytes); unset: mails have no Reply-To',
    shownDefault: '— (demo: a random one per run)',
    required: 'with `TANDEM_INBOUND_SMTP_PORT` or `TANDEM_INBOUND_MAIL_TOKEN`',
  },
  TANDEM_REPLY_DOMAIN: {
    does: 'the domain of reply addresses',
    shownDefault: 'the domain of `TANDEM_MAIL_FROM`',
    example: 'replies.riverside.example',
    required: 'with `TANDEM_REPLY_SECRET` and no `TANDEM_MAIL_FROM`',
  },
  TANDEM_INBOUND_SMTP_PORT: {
    does: "the reply listener's port; unset: off",
    shownDefault: '— (demo: a free port)',
    example: '2525',
  },
  TANDEM_INBOUND_MAIL_TOKEN: {
    does: 'the token of the inbound mail webhook (≥ 32 bytes); unset: the webhook answers 404',
  },
  TANDEM_SMS_ACCOUNT_SID: {
    does: 'the texts provider account (Twilio-style); it, its token and the messaging service are set together or not at all',
    example: 'AC0123456789abcdef0123456789abcdef',
    required: 'with any `TANDEM_SMS_*`',
  },
  TANDEM_SMS_AUTH_TOKEN: { does: "that account's token", required: 'with any `TANDEM_SMS_*`' },
  TANDEM_SMS_MESSAGING_SERVICE_SID: {
    does: 'the messaging service texts come from',
    example: 'MG0123456789abcdef0123456789abcdef',
    required: 'with any `TANDEM_SMS_*`',
  },
  TANDEM_SMS_API_URL: {
    does: "the provider's API (any service with Twilio's Messages API)",
    default: 'https://api.twilio.com',
  },
  TANDEM_PUBLIC_URL: {
    does: 'where providers reach this server: the URL their webhooks are signed over, behind a proxy',
    shownDefault: "the request's URL",
    example: 'https://tandem.riverside.example',
  },
  TANDEM_VAPID_PUBLIC_KEY: {
    does: 'web push public key (`npx web-push generate-vapid-keys`); the three `TANDEM_VAPID_*` are set together or not at all',
    shownDefault: '— (demo: a pair per run)',
    required: 'with any `TANDEM_VAPID_*`',
  },
  TANDEM_VAPID_PRIVATE_KEY: { does: 'its private key', required: 'with any `TANDEM_VAPID_*`' },
  TANDEM_VAPID_SUBJECT: {
    does: 'a contact for push services',
    example: 'mailto:it@riverside.example',
    required: 'with any `TANDEM_VAPID_*`',
  },
  // What else it serves.
  TANDEM_CDN_FILE: {
    does: "the widgets' bundle served at `/cdn/tandem.js`, with its chunks beside it ([cdn.md](cdn.md)); `off`: no `/cdn/`. A path that is not a file stops start-up",
    shownDefault: "`@tandem/elements`' `dist/cdn/tandem.js`",
    example: '/srv/tandem/node_modules/@tandem/elements/dist/cdn/tandem.js',
  },
  TANDEM_SITE_DIR: {
    does: 'demo mode only: the demo school site, served at `/` and `/demo/`',
    shownDefault: '`examples/school-site` of this repository',
  },
} as const satisfies Record<string, EnvVariable>;

export type EnvName = keyof typeof ENVIRONMENT;

type NamesWithDefault<T> = { [K in EnvName]: (typeof ENVIRONMENT)[K] extends { default: T } ? K : never }[EnvName];
/** Variables whose default is a number (read as whole numbers). */
export type NumberName = NamesWithDefault<number>;
/** Variables whose default is a text. */
export type TextName = NamesWithDefault<string>;

export const numberDefault = (name: NumberName): number => {
  const row: { default: number } = ENVIRONMENT[name];
  return row.default;
};

export const textDefault = (name: TextName): string => {
  const row: { default: string } = ENVIRONMENT[name];
  return row.default;
};
