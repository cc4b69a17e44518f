import './zod.js';
import * as z from 'zod/mini';
import { QuietHours } from './domain.js';
import { ClockTime, Id } from './primitives.js';

/** Origins one district may list for CORS; more belong in TANDEM_ALLOWED_ORIGINS. */
export const MAX_ALLOWED_ORIGINS = 50;
/** Bounds of `retentionDays`: at least a month, at most a century. */
export const RETENTION_DAYS_MIN = 30;
export const RETENTION_DAYS_MAX = 36_500;

/** Hosts a plain-http address may name: a developer's own machine. Everything else is https. */
const LOOPBACK = new Set(['localhost', '127.0.0.1']);

/**
 * What is wrong with a CORS origin, or null when it is one. An origin is exactly what a browser
 * sends in its `Origin` header: `scheme://host[:port]`, lower case, no path, no default port,
 * https (http only for localhost and 127.0.0.1), no wildcard.
 */
export function originProblem(value: string): { code: string; message: string } | null {
  if (value.includes('*')) {
    return { code: 'wildcard', message: 'List each origin exactly; wildcards are not allowed.' };
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { code: 'invalid_origin', message: 'Write an origin such as https://www.district.example.' };
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    return { code: 'not_https', message: 'Use https (http only for localhost and 127.0.0.1).' };
  }
  if (url.origin !== value) {
    // A path, a trailing slash, user info, a default port, upper case or an international name.
    return {
      code: 'not_an_origin',
      message: `Write the origin as a browser sends it: ${url.origin} (scheme, host and port only).`,
    };
  }
  return null;
}

/** What is wrong with a translation service's address, or null when it will do. */
export function serviceUrlProblem(value: string): { code: string; message: string } | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { code: 'invalid_url', message: 'Write an address such as https://translate.district.example.' };
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    return { code: 'not_https', message: 'Use https (http only for localhost and 127.0.0.1).' };
  }
  if (url.username || url.password) {
    return { code: 'credentials_in_url', message: 'Give the key as apiKey, not in the address.' };
  }
  if (url.search || url.hash || value.includes('?') || value.includes('#')) {
    return { code: 'query_in_url', message: 'The address takes no query or fragment; /translate is added to it.' };
  }
  return null;
}

/** Whether this runtime's Intl knows an IANA time zone name (`America/Chicago`, `UTC`). */
export function isTimeZoneName(value: string): boolean {
  // Names only: Intl also takes offsets such as +05:00, which follow no daylight-saving rules.
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/* @__NO_SIDE_EFFECTS__ */
const problemCheck = (problem: (value: string) => { code: string; message: string } | null) =>
  z.superRefine<string>((value, ctx) => {
    const found = problem(value);
    if (found) ctx.addIssue({ code: 'custom', message: found.message, params: { code: found.code }, input: value });
  });

/** An origin allowed to call the API from a browser, e.g. `https://www.district.example`. */
export const CorsOrigin = /* @__PURE__ */ z
  .string()
  .check(/* @__PURE__ */ z.maxLength(300), problemCheck(originProblem));

/** An IANA time zone name this server's clock knows. */
export const TimeZoneName = /* @__PURE__ */ z.string().check(
  /* @__PURE__ */ z.maxLength(64),
  problemCheck((value) =>
    isTimeZoneName(value)
      ? null
      : { code: 'unknown_time_zone', message: 'Use an IANA time zone name such as America/Chicago.' },
  ),
);

/** How a custom service is spoken to: LibreTranslate's API, or Tandem's generic `{text, from, to}` → `{text}` (docs/translation.md). */
export const TranslationProtocol = /* @__PURE__ */ z.enum(['libretranslate', 'generic']);
export type TranslationProtocol = z.infer<typeof TranslationProtocol>;

/**
 * Machine translation of a district's messages and shared content. `server`: the service this
 * server was set up with (TANDEM_TRANSLATE_URL; none if unset). `off`: none. `custom`: the
 * district's own service, spoken to by `protocol`; its API key is never shown, only whether there is one.
 */
export const TenantTranslation = /* @__PURE__ */ z.discriminatedUnion('mode', [
  /* @__PURE__ */ z.object({ mode: /* @__PURE__ */ z.enum(['server', 'off']) }),
  /* @__PURE__ */ z.object({
    mode: /* @__PURE__ */ z.literal('custom'),
    url: /* @__PURE__ */ z.string(),
    hasApiKey: /* @__PURE__ */ z.boolean(),
    protocol: TranslationProtocol,
  }),
]);
export type TenantTranslation = z.infer<typeof TenantTranslation>;

/** A district's settings, as its administrators see them. */
export const TenantSettings = /* @__PURE__ */ z.object({
  id: Id,
  name: /* @__PURE__ */ z.string(),
  /** The district's clock: the default for schools and people the roster gives none. */
  timeZone: /* @__PURE__ */ z.string(),
  /** Pages that may embed the widgets (CORS), on top of the server's TANDEM_ALLOWED_ORIGINS. */
  allowedOrigins: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()),
  /** Quiet hours of the district's educators who have set none of their own; null: none. */
  educatorQuietHours: /* @__PURE__ */ z.nullable(QuietHours),
  translation: TenantTranslation,
  /** How long the records of a student who left are to be kept, in days; null: kept. */
  retentionDays: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int())),
});
export type TenantSettings = z.infer<typeof TenantSettings>;

/**
 * Change some of a district's settings: only the fields given change. `translation` is replaced
 * as a whole. For `custom`, `apiKey` is write-only: a string sets it, null removes it, and
 * leaving it out keeps the stored key when the address stays the same (a new address starts
 * without one, so a key never goes to a service it was not given for).
 */
export const UpdateTenantSettingsRequest = /* @__PURE__ */ z.strictObject({
  name: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z
      .string()
      .check(/* @__PURE__ */ z.trim(), /* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(200)),
  ),
  timeZone: /* @__PURE__ */ z.optional(TimeZoneName),
  allowedOrigins: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.array(CorsOrigin).check(
      /* @__PURE__ */ z.maxLength(MAX_ALLOWED_ORIGINS),
      /* @__PURE__ */ z.superRefine((origins, ctx) => {
        origins.forEach((origin, i) => {
          if (origins.indexOf(origin) !== i) {
            ctx.addIssue({
              code: 'custom',
              path: [i],
              message: 'This origin is already in the list.',
              params: { code: 'duplicate' },
              input: origin,
            });
          }
        });
      }),
    ),
  ),
  educatorQuietHours: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.nullable(
      /* @__PURE__ */ z.strictObject({ start: ClockTime, end: ClockTime }).check(
        /* @__PURE__ */ z.superRefine((hours, ctx) => {
          if (hours.start === hours.end) {
            ctx.addIssue({
              code: 'custom',
              path: ['end'],
              message: 'Quiet hours must end at another time than they start; send null for none.',
              params: { code: 'empty_range' },
              input: hours.end,
            });
          }
        }),
      ),
    ),
  ),
  translation: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.discriminatedUnion('mode', [
      /* @__PURE__ */ z.strictObject({ mode: /* @__PURE__ */ z.enum(['server', 'off']) }),
      /* @__PURE__ */ z.strictObject({
        mode: /* @__PURE__ */ z.literal('custom'),
        url: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(2048), problemCheck(serviceUrlProblem)),
        apiKey: /* @__PURE__ */ z.optional(
          /* @__PURE__ */ z.nullable(
            /* @__PURE__ */ z
              .string()
              .check(/* @__PURE__ */ z.trim(), /* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(512)),
          ),
        ),
        /** Defaults to `libretranslate`. */
        protocol: /* @__PURE__ */ z.optional(TranslationProtocol),
      }),
    ]),
  ),
  retentionDays: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.nullable(
      /* @__PURE__ */ z
        .number()
        .check(
          /* @__PURE__ */ z.int(),
          /* @__PURE__ */ z.gte(RETENTION_DAYS_MIN),
          /* @__PURE__ */ z.lte(RETENTION_DAYS_MAX),
        ),
    ),
  ),
});
export type UpdateTenantSettingsRequest = z.input<typeof UpdateTenantSettingsRequest>;
