import {
  fillPath,
  Problem,
  PROBLEM_CONTENT_TYPE,
  routes,
  type RouteDefinition,
  type RouteName,
  type Routes,
} from '@tandem/contract';
import ky, { HTTPError, TimeoutError as KyTimeoutError, type KyInstance } from 'ky';
import type { z } from 'zod/mini';
import { errorFromResponse, NetworkError, ResponseShapeError, TandemError, TimeoutError } from './errors.js';

/**
 * Returns a bearer token for the signed-in person (from the host's backend), or null when
 * there is none. `forceRefresh` is true after the server refused the last token.
 */
export type TokenProvider = (context: {
  forceRefresh: boolean;
  signal?: AbortSignal;
}) => string | null | undefined | Promise<string | null | undefined>;

export interface RetryOptions {
  /** Retries after the first attempt (default 2). 0 turns retries off. */
  limit?: number;
  /** Longest wait a `Retry-After` may impose, in ms (default 30 000). */
  maxRetryAfter?: number;
  /** Longest backoff between attempts, in ms (default 5 000). */
  backoffLimit?: number;
}

export interface TandemClientOptions {
  /** Where the Tandem server is, e.g. `https://tandem.district.org`. */
  baseUrl: string | URL;
  tokenProvider?: TokenProvider;
  /** A fetch implementation (defaults to the global one). */
  fetch?: typeof fetch;
  /** Per-attempt timeout in ms (default 10 000); false for none. */
  timeout?: number | false;
  /** Retry policy, or a retry count. */
  retry?: RetryOptions | number;
}

export interface CallOptions {
  signal?: AbortSignal;
  /** For POSTs: reuse a key to make a retry of your own return the first result. Generated when absent. */
  idempotencyKey?: string;
}

/** The input of one route: path parameters, query and body, as the contract types them. */
export interface RouteInput {
  params?: Record<string, string>;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
}

export interface TandemClient {
  readonly baseUrl: string;
  /** Calls a route of the contract by name. The resource functions (`goals.list`, …) are typed wrappers of this. */
  request<N extends RouteName>(name: N, input: RouteInput, options?: CallOptions): Promise<Output<N>>;
}

type Output<N extends RouteName> = z.output<Routes[N]['success']['schema']>;

// POST is safe to retry: every POST carries an Idempotency-Key. PATCH is not retried: a
// lost response to a PATCH that succeeded would come back as a version conflict.
const RETRY_METHODS = ['get', 'post', 'delete'];
const RETRY_STATUS = [408, 429, 500, 502, 503, 504];
const EXPIRY_MARGIN_SECONDS = 30;

/** Seconds-since-epoch `exp` of a JWT, without verifying it (the server does that). */
function tokenExpiry(token: string): number | undefined {
  try {
    const payload = token.split('.')[1];
    if (!payload) return undefined;
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/')) as string;
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp : undefined;
  } catch {
    return undefined;
  }
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/** Creates a client. Works in browsers and in Node ≥ 20.19 (global fetch). */
export function createTandemClient(options: TandemClientOptions): TandemClient {
  const baseUrl = String(options.baseUrl).replace(/\/+$/, '');
  const retry: RetryOptions = typeof options.retry === 'number' ? { limit: options.retry } : (options.retry ?? {});
  const http: KyInstance = ky.create({
    timeout: options.timeout ?? 10_000,
    throwHttpErrors: true,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    retry: {
      limit: retry.limit ?? 2,
      methods: RETRY_METHODS,
      statusCodes: RETRY_STATUS,
      afterStatusCodes: [429, 503],
      maxRetryAfter: retry.maxRetryAfter ?? 30_000,
      backoffLimit: retry.backoffLimit ?? 5_000,
      jitter: true,
      shouldRetry: ({ error }) => (isAbort(error) ? false : undefined),
    },
  });

  // One token for all calls; one refresh shared by every call that saw a 401 at once.
  let token: Promise<string | null> | undefined;
  const fetchToken = (forceRefresh: boolean, signal?: AbortSignal): Promise<string | null> => {
    const provider = options.tokenProvider;
    const pending = provider
      ? Promise.resolve(provider({ forceRefresh, ...(signal ? { signal } : {}) })).then((t) => t ?? null)
      : Promise.resolve(null);
    token = pending;
    pending.catch(() => {
      if (token === pending) token = undefined; // a failed provider call is not cached
    });
    return pending;
  };
  const currentToken = async (signal?: AbortSignal): Promise<string | null> => {
    const cached = await (token ?? fetchToken(false, signal));
    const exp = cached ? tokenExpiry(cached) : undefined;
    if (exp !== undefined && exp - EXPIRY_MARGIN_SECONDS < Date.now() / 1000) return fetchToken(true, signal);
    return cached;
  };
  const refreshAfter = async (refused: string | null, signal?: AbortSignal): Promise<string | null> => {
    const latest = await token;
    // Another call already refreshed: use its token instead of asking again.
    if (latest !== undefined && latest !== refused) return latest;
    return fetchToken(true, signal);
  };

  async function send(
    route: RouteDefinition,
    url: string,
    input: RouteInput,
    bearer: string | null,
    idempotencyKey: string | undefined,
    signal?: AbortSignal,
  ) {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (bearer) headers.Authorization = `Bearer ${bearer}`;
    if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
    return http(url, {
      method: route.method,
      headers,
      ...(input.body !== undefined ? { json: input.body } : {}),
      ...(signal ? { signal } : {}),
    });
  }

  async function toTandemError(error: unknown): Promise<unknown> {
    if (isAbort(error)) return error; // the caller asked for it; rethrow as is
    if (error instanceof HTTPError) {
      const { response } = error;
      let problem: Problem | undefined;
      if ((response.headers.get('Content-Type') ?? '').includes(PROBLEM_CONTENT_TYPE) || response.status >= 400) {
        const parsed = Problem.safeParse(await response.json().catch(() => undefined));
        problem = parsed.success ? parsed.data : undefined;
      }
      return errorFromResponse(response.status, problem, response.headers.get('Retry-After'));
    }
    if (error instanceof KyTimeoutError) return new TimeoutError('The server took too long to answer.', error);
    if (error instanceof TandemError) return error;
    return new NetworkError('Could not reach the server. Check the connection and try again.', error);
  }

  return {
    baseUrl,
    async request(name, input, callOptions = {}) {
      const route: RouteDefinition = routes[name];
      const search = new URLSearchParams();
      for (const [key, value] of Object.entries(input.query ?? {})) {
        if (value !== undefined) search.set(key, String(value));
      }
      const qs = search.toString();
      const query = qs ? `?${qs}` : '';
      const url = `${baseUrl}${fillPath(route.path, input.params ?? {})}${query}`;
      const { signal } = callOptions;
      // Generated once, so every retry of this call (ours and ky's) carries the same key.
      const idempotencyKey = route.method === 'POST' ? (callOptions.idempotencyKey ?? crypto.randomUUID()) : undefined;
      const needsToken = route.auth === 'bearer';

      let response: Response;
      try {
        let bearer = needsToken ? await currentToken(signal) : null;
        try {
          response = await send(route, url, input, bearer, idempotencyKey, signal);
        } catch (error) {
          if (!(needsToken && error instanceof HTTPError && error.response.status === 401)) throw error;
          bearer = await refreshAfter(bearer, signal);
          response = await send(route, url, input, bearer, idempotencyKey, signal); // once, no more
        }
      } catch (error) {
        throw await toTandemError(error);
      }

      const json: unknown = await response.json().catch(() => undefined);
      const parsed = route.success.schema.safeParse(json);
      if (!parsed.success) {
        throw new ResponseShapeError(`The server's answer to ${name} does not match the contract.`, {
          status: response.status,
          issues: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
        });
      }
      return parsed.data as Output<typeof name>;
    },
  };
}
