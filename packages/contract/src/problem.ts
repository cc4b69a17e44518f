import './zod.js';
import * as z from 'zod/mini';

/** One field-level validation failure. `path` is a JSON pointer-like dotted path (`actionSteps.0.owner`). */
export const FieldError = /* @__PURE__ */ z.object({
  path: /* @__PURE__ */ z.string(),
  code: /* @__PURE__ */ z.string(),
  message: /* @__PURE__ */ z.string(),
});
export type FieldError = z.infer<typeof FieldError>;

/** RFC 9457 problem details, as every error response carries them. */
export const Problem = /* @__PURE__ */ z.object({
  type: /* @__PURE__ */ z.string(),
  title: /* @__PURE__ */ z.string(),
  status: /* @__PURE__ */ z
    .number()
    .check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(400), /* @__PURE__ */ z.lte(599)),
  detail: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  instance: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  requestId: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  errors: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(FieldError)),
  /** Seconds to wait before retrying (429 and 503). */
  retryAfter: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number()),
});
export type Problem = z.infer<typeof Problem>;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Stable `type` URIs, one per kind of error, so clients can branch on them. URNs: never fetched, never a third-party request. */
export const problemTypes = {
  validation: 'urn:tandem:problem:validation',
  unauthorized: 'urn:tandem:problem:unauthorized',
  forbidden: 'urn:tandem:problem:forbidden',
  notFound: 'urn:tandem:problem:not-found',
  conflict: 'urn:tandem:problem:conflict',
  /** 409: the household already holds as many meetings of this offer as it allows (`maxBookingsPerHousehold`). */
  bookingLimit: 'urn:tandem:problem:booking-limit',
  idempotencyMismatch: 'urn:tandem:problem:idempotency-key-reused',
  payloadTooLarge: 'urn:tandem:problem:payload-too-large',
  /** 422: a reply by email that cannot go into a thread; `errors[0].code` says why (`signature`, `sender`, `empty`…). */
  replyRefused: 'urn:tandem:problem:reply-refused',
  unsupportedMediaType: 'urn:tandem:problem:unsupported-media-type',
  methodNotAllowed: 'urn:tandem:problem:method-not-allowed',
  rateLimited: 'urn:tandem:problem:rate-limited',
  server: 'urn:tandem:problem:server-error',
  unavailable: 'urn:tandem:problem:unavailable',
} as const;
export type ProblemType = (typeof problemTypes)[keyof typeof problemTypes];
