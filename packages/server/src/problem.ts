import { problemTypes, type FieldError, type Problem } from '@tandem/contract';
import type { z } from 'zod/mini';

/** An error that becomes a problem+json response. Anything else thrown is a 500 that hides its details. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail ?? title);
    this.name = 'ApiError';
  }

  toProblem(requestId: string | undefined): Problem {
    return {
      type: this.type,
      title: this.title,
      status: this.status,
      ...(this.detail ? { detail: this.detail } : {}),
      ...(requestId ? { requestId } : {}),
      ...(this.errors ? { errors: this.errors } : {}),
    };
  }
}

export const validationError = (errors: FieldError[], detail = 'Some fields need attention.') =>
  new ApiError(400, problemTypes.validation, 'Invalid request', detail, errors);

export const unauthorized = (detail = 'Sign in again: the access token is missing, expired or not valid here.') =>
  new ApiError(401, problemTypes.unauthorized, 'Unauthorized', detail, undefined, { 'WWW-Authenticate': 'Bearer' });

export const forbidden = (detail: string) => new ApiError(403, problemTypes.forbidden, 'Forbidden', detail);

/** Also the answer for objects outside the actor's scope, so that their existence does not leak. */
export const notFound = (detail = 'There is nothing here, or you cannot see it.') =>
  new ApiError(404, problemTypes.notFound, 'Not found', detail);

export const conflict = (detail: string) => new ApiError(409, problemTypes.conflict, 'Conflict', detail);

/** 429 with Retry-After (seconds), in the header and in words. */
export const rateLimited = (retryAfter: number, detail = `Slow down: try again in ${retryAfter} s.`) =>
  new ApiError(429, problemTypes.rateLimited, 'Too many requests', detail, undefined, {
    'Retry-After': String(retryAfter),
  });

/** zod issues → `errors[]`, with dotted paths relative to `prefix` (`body`, `query`). */
export function fieldErrors(issues: readonly z.core.$ZodIssue[], prefix?: string): FieldError[] {
  return issues.flatMap((issue) => {
    const base = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: [base, key].filter(Boolean).join('.'),
        code: 'unrecognized_key',
        message: `Unknown field "${key}".`,
      }));
    }
    // A contract rule of its own (an origin, a time zone) names its failure in `params.code`.
    const own = issue.code === 'custom' ? (issue.params as { code?: unknown } | undefined)?.code : undefined;
    return [{ path: base, code: typeof own === 'string' ? own : issue.code, message: issue.message }];
  });
}
