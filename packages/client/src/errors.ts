import { parseRetryAfter } from './transport.js';
import type { FieldError, HttpMethod, Problem } from '@tandem/contract';

/** What went wrong, for a `switch` that works across bundles (where `instanceof` may not). */
export type TandemErrorKind =
  | 'validation'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'rate-limited'
  | 'http'
  | 'server'
  | 'network'
  | 'origin-not-allowed'
  | 'timeout'
  | 'response-shape';

/** The route a failed call was for: its method and path template (never the filled-in path, which carries ids). */
export interface RouteRef {
  method: HttpMethod;
  path: string;
}

interface ErrorInit {
  status?: number;
  problem?: Problem;
  cause?: unknown;
  route?: RouteRef;
}

/** Every error the client throws, except an AbortError when the caller's signal aborts. */
export class TandemError extends Error {
  readonly kind: TandemErrorKind;
  /** HTTP status, when the server answered. */
  readonly status: number | undefined;
  /** The server's problem details, when it sent them. */
  readonly problem: Problem | undefined;
  /** Which route failed; it also starts the message: `POST /api/v1/students/{studentId}/goals failed: …`. */
  readonly route: RouteRef | undefined;

  constructor(kind: TandemErrorKind, message: string, init: ErrorInit = {}) {
    const { route, cause } = init;
    super(
      route ? `${route.method} ${route.path} failed: ${message}` : message,
      cause === undefined ? undefined : { cause },
    );
    this.name = new.target.name;
    this.kind = kind;
    this.status = init.status;
    this.problem = init.problem;
    this.route = route;
  }

  /** The server's request id: quote it when reporting a problem. */
  get requestId(): string | undefined {
    return this.problem?.requestId;
  }
}

type ProblemInit = { status: number; problem?: Problem; route?: RouteRef };

/** 400 (or 413, 415, 422): the request was refused as sent; `errors` says which fields. */
export class ValidationError extends TandemError {
  readonly errors: FieldError[];
  constructor(message: string, init: ProblemInit) {
    super('validation', message, init);
    this.errors = init.problem?.errors ?? [];
  }
}
export class UnauthorizedError extends TandemError {
  constructor(message: string, init: ProblemInit) {
    super('unauthorized', message, init);
  }
}
export class ForbiddenError extends TandemError {
  constructor(message: string, init: ProblemInit) {
    super('forbidden', message, init);
  }
}
/** Missing, or not visible to the signed-in person: the server does not say which. */
export class NotFoundError extends TandemError {
  constructor(message: string, init: ProblemInit) {
    super('not-found', message, init);
  }
}
/** A stale `version`, a status change that is not allowed, an idempotent request still running. */
export class ConflictError extends TandemError {
  constructor(message: string, init: ProblemInit) {
    super('conflict', message, init);
  }
}
export class RateLimitedError extends TandemError {
  /** Seconds the server asked us to wait, when it said. */
  readonly retryAfter: number | undefined;
  constructor(message: string, init: ProblemInit & { retryAfter?: number }) {
    super('rate-limited', message, init);
    this.retryAfter = init.retryAfter;
  }
}
export class ServerError extends TandemError {
  constructor(message: string, init: ProblemInit) {
    super('server', message, init);
  }
}
/** Any other HTTP error status. */
export class HttpError extends TandemError {
  constructor(message: string, init: ProblemInit) {
    super('http', message, init);
  }
}
/** The server could not be reached (offline, DNS, refused, reset). */
export class NetworkError extends TandemError {
  constructor(message: string, cause: unknown, route?: RouteRef) {
    super('network', message, { cause, route });
  }
}
/**
 * In a browser: the server answered, but its CORS allowlist does not name this page's origin, so
 * the browser withheld the answer. Retrying does not help; the server's or the district's settings must
 * change (`TANDEM_ALLOWED_ORIGINS`, or the district's `allowedOrigins`).
 */
export class OriginNotAllowedError extends TandemError {
  /** The page's origin, as the browser sends it in `Origin`. */
  readonly origin: string;
  constructor(message: string, init: { origin: string; cause?: unknown; route?: RouteRef }) {
    super('origin-not-allowed', message, init);
    this.origin = init.origin;
  }
}
export class TimeoutError extends TandemError {
  constructor(message: string, cause: unknown, route?: RouteRef) {
    super('timeout', message, { cause, route });
  }
}
/** The server answered with something the contract does not allow: a version mismatch or a bug. */
export class ResponseShapeError extends TandemError {
  readonly issues: { path: string; message: string }[];
  constructor(
    message: string,
    init: { status: number; issues: { path: string; message: string }[]; route?: RouteRef },
  ) {
    super('response-shape', message, { status: init.status, route: init.route });
    this.issues = init.issues;
  }
}

/**
 * The typed error for an HTTP error status. With the route, its message names the route and the
 * status: `POST /api/v1/students/{studentId}/goals failed: 409 The goal changed…`.
 */
export function errorFromResponse(
  status: number,
  problem: Problem | undefined,
  retryAfterHeader: string | null,
  route?: RouteRef,
): TandemError {
  const said = problem?.detail ?? problem?.title;
  const message = route ? `${status}${said ? ` ${said}` : ''}` : (said ?? `HTTP ${status}`);
  const init = { status, problem, route };
  if (status === 400 || status === 413 || status === 415 || status === 422) return new ValidationError(message, init);
  if (status === 401) return new UnauthorizedError(message, init);
  if (status === 403) return new ForbiddenError(message, init);
  if (status === 404) return new NotFoundError(message, init);
  if (status === 409) return new ConflictError(message, init);
  if (status === 429) {
    return new RateLimitedError(message, {
      ...init,
      retryAfter: problem?.retryAfter ?? parseRetryAfter(retryAfterHeader),
    });
  }
  if (status >= 500) return new ServerError(message, init);
  return new HttpError(message, init);
}
