import { fillPath, Problem, type RouteDefinition } from '@tandem/contract';
import type { z } from 'zod/mini';
import { errorFromResponse, NetworkError, ResponseShapeError, TandemError, TimeoutError } from './errors.js';
import { AttemptTimeout, CorsRefused, send, type TransportOptions } from './transport.js';

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
  /**
   * Calls one route of the contract (e.g. `listGoals` from `@tandem/contract`). The resource
   * functions (`goals.list`, …) are `bind(route)` of this; taking the route itself, not its
   * name, lets a bundle keep only the routes it calls.
   */
  request<R extends RouteDefinition>(route: R, input: RouteInput, options?: CallOptions): Promise<Output<R>>;
  /**
   * Opens a response that is not JSON (the event stream, a calendar file) with the same auth
   * as request(), one refresh on a 401, and no timeout or retries: subscribe() decides when
   * to reconnect.
   */
  open(
    route: RouteDefinition,
    input: RouteInput,
    options?: CallOptions & { headers?: Record<string, string> },
  ): Promise<Response>;
}

type Output<R extends RouteDefinition> = z.output<R['success']['schema']>;

const EXPIRY_MARGIN_SECONDS = 30;

/** Seconds-since-epoch `exp` of a JWT, without verifying it (the server does that). */
function tokenExpiry(token: string): number | undefined {
  try {
    const payload = token.split('.')[1];
    if (!payload) return undefined;
    const exp = (JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp : undefined;
  } catch {
    return undefined;
  }
}

const isAbort = (error: unknown) => error instanceof Error && error.name === 'AbortError';

/** Creates a client. Works in browsers and in Node ≥ 22.12 (global fetch). */
export function createTandemClient(options: TandemClientOptions): TandemClient {
  const baseUrl = String(options.baseUrl).replace(/\/+$/, '');
  const retry: RetryOptions = typeof options.retry === 'number' ? { limit: options.retry } : (options.retry ?? {});
  const transport: TransportOptions = {
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    timeout: options.timeout ?? 10_000,
    probe: baseUrl,
    retry: {
      limit: retry.limit ?? 2,
      maxRetryAfter: retry.maxRetryAfter ?? 30_000,
      backoffLimit: retry.backoffLimit ?? 5_000,
    },
  };

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
  /**
   * The token read under way (another call's) or a new one. A read that another call's signal
   * cancelled is asked again with this call's own: that call went away, this one did not.
   */
  const sharedToken = async (signal: AbortSignal | undefined, read: () => Promise<string | null>) => {
    const pending = token ?? read();
    try {
      return await pending;
    } catch (error) {
      if (signal?.aborted || !(error instanceof Error && error.name === 'AbortError')) throw error;
      return token ?? read(); // one new read for every call still waiting, not one each
    }
  };
  const currentToken = async (signal?: AbortSignal): Promise<string | null> => {
    const cached = await sharedToken(signal, () => fetchToken(false, signal));
    const exp = cached ? tokenExpiry(cached) : undefined;
    if (exp !== undefined && exp - EXPIRY_MARGIN_SECONDS < Date.now() / 1000) return fetchToken(true, signal);
    return cached;
  };
  const refreshAfter = async (refused: string | null, signal?: AbortSignal): Promise<string | null> => {
    const latest = token && (await sharedToken(signal, () => fetchToken(true, signal)));
    // Another call already refreshed: use its token instead of asking again.
    if (latest !== undefined && latest !== refused) return latest;
    return fetchToken(true, signal);
  };

  const streaming: TransportOptions = { ...transport, timeout: false, retry: { ...transport.retry, limit: 0 } };

  const urlOf = (route: RouteDefinition, input: RouteInput) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(input.query ?? {})) {
      if (value !== undefined) search.set(key, String(value));
    }
    const qs = search.toString();
    return `${baseUrl}${fillPath(route.path, input.params ?? {})}${qs ? `?${qs}` : ''}`;
  };

  /** One call: the token, one refresh after a 401, typed errors. Streams get no timeout or retries. */
  async function call(
    route: RouteDefinition,
    input: RouteInput,
    options: CallOptions & { headers?: Record<string, string> },
    stream: boolean,
  ): Promise<Response> {
    const url = urlOf(route, input);
    const ref = { method: route.method, path: route.path };
    const { signal } = options;
    // Generated once, so every retry of this call carries the same key.
    const key = route.method === 'POST' ? (options.idempotencyKey ?? crypto.randomUUID()) : undefined;
    const needsToken = route.auth === 'bearer';
    const attempt = (bearer: string | null) => {
      const headers: Record<string, string> = {
        Accept: route.success.contentType ?? 'application/json',
        ...options.headers,
      };
      if (bearer) headers.Authorization = `Bearer ${bearer}`;
      if (key) headers['Idempotency-Key'] = key;
      if (input.body !== undefined) headers['Content-Type'] = route.upload ?? 'application/json';
      // An upload (a roster zip) goes as its bytes; everything else as JSON.
      const body =
        input.body === undefined ? {} : { body: route.upload ? (input.body as BodyInit) : JSON.stringify(input.body) };
      return send(url, { method: route.method, headers, ...body }, stream ? streaming : transport, signal);
    };
    let response: Response;
    try {
      let bearer = needsToken ? await currentToken(signal) : null;
      response = await attempt(bearer);
      if (needsToken && response.status === 401) {
        await response.body?.cancel().catch(() => undefined);
        bearer = await refreshAfter(bearer, signal);
        response = await attempt(bearer); // once, no more
      }
    } catch (error) {
      if (isAbort(error) || signal?.aborted) throw error; // the caller asked for it: rethrow as is
      if (error instanceof AttemptTimeout) throw new TimeoutError('the server took too long to answer.', error, ref);
      if (error instanceof CorsRefused) {
        // Its message and logging come with the probe that found it, not with every widget.
        const { originNotAllowed } = await import('./cors-probe.js');
        throw originNotAllowed(error, baseUrl, ref);
      }
      if (error instanceof TandemError) throw error;
      throw new NetworkError('could not reach the server.', error, ref);
    }
    if (!response.ok) {
      const problem = Problem.safeParse(await response.json().catch(() => undefined));
      throw errorFromResponse(
        response.status,
        problem.success ? problem.data : undefined,
        response.headers.get('Retry-After'),
        ref,
      );
    }
    return response;
  }

  return {
    baseUrl,
    open: (route, input, options = {}) => call(route, input, options, true),
    async request(route, input, options = {}) {
      const response = await call(route, input, options, false);
      const parsed = route.success.schema.safeParse(await response.json().catch(() => undefined));
      if (!parsed.success) {
        throw new ResponseShapeError('the answer does not match the contract.', {
          status: response.status,
          route: { method: route.method, path: route.path },
          issues: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
        });
      }
      return parsed.data as Output<typeof route>;
    },
  };
}
