// The HTTP layer: fetch with a per-attempt timeout, caller aborts, and retries that honour
// Retry-After. About 1 KB gzipped, where ky cost 4.5 KB of a widget's 35 KB budget.

export interface RetryPolicy {
  limit: number;
  maxRetryAfter: number;
  backoffLimit: number;
}

export interface TransportOptions {
  fetch: typeof fetch;
  /** Per attempt, in ms; false for none. */
  timeout: number | false;
  retry: RetryPolicy;
  /** The server's base URL, which a browser asks to tell a CORS refusal from being offline. */
  probe?: string;
}

// POST is safe to retry: every POST carries an Idempotency-Key; PUT replaces, so a repeat is
// harmless. PATCH is not retried: a lost response to a PATCH that succeeded would come back
// as a version conflict.
const RETRY_METHODS = new Set(['GET', 'POST', 'PUT', 'DELETE']);
const RETRY_STATUS = new Set([408, 429, 500, 502, 503, 504]);

/** The attempt ran out of time (not retried: the server may still be working on it). */
export class AttemptTimeout extends Error {
  override name = 'AttemptTimeout';
}

/**
 * The server answered, but the browser withheld the answer from this page: its origin is not in the
 * server's CORS allowlist. Not retried: the next attempt would be refused the same way.
 */
export class CorsRefused extends Error {
  override name = 'CorsRefused';
  constructor(readonly origin: string) {
    super(`${origin} is not an allowed origin`);
  }
}

/** Seconds from a `Retry-After` header (a number or an HTTP date). */
export function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - Date.now()) / 1000);
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** One request with its retries. Resolves with the last response, whatever its status. */
export async function send(
  url: string,
  init: RequestInit & { method: string },
  options: TransportOptions,
  signal?: AbortSignal,
): Promise<Response> {
  const { limit, maxRetryAfter, backoffLimit } = options.retry;
  for (let attempt = 0; ; attempt++) {
    const timeout = new AbortController();
    const timer =
      options.timeout === false ? undefined : setTimeout(() => timeout.abort(new AttemptTimeout()), options.timeout);
    // The caller's signal stays tied to the request after the headers: it also ends a body
    // still being read (an event stream).
    const attemptSignal = signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal;
    let response: Response | undefined;
    try {
      if (signal?.aborted) throw signal.reason;
      response = await options.fetch(url, { ...init, signal: attemptSignal });
    } catch (error) {
      if (signal?.aborted) throw signal.reason; // the caller's abort, as is
      if (timeout.signal.reason instanceof AttemptTimeout) throw timeout.signal.reason;
      // Only a browser page that says it is online can have been refused by CORS; the check that
      // tells is loaded then, not with every widget.
      if (options.probe && error instanceof TypeError && globalThis.navigator?.onLine) {
        const { refusedByCors } = await import('./cors-probe.js');
        const refused = await refusedByCors(options, signal);
        if (refused) throw new CorsRefused(refused);
      }
      if (signal?.aborted) throw signal.reason;
      if (attempt >= limit || !RETRY_METHODS.has(init.method)) throw error;
    } finally {
      clearTimeout(timer);
    }
    if (
      response &&
      (response.ok || attempt >= limit || !RETRY_METHODS.has(init.method) || !RETRY_STATUS.has(response.status))
    ) {
      return response;
    }
    const retryAfter =
      response && (response.status === 429 || response.status === 503)
        ? parseRetryAfter(response.headers.get('Retry-After'))
        : undefined;
    // Full jitter on the exponential backoff; the server's Retry-After when it gave one.
    const wait =
      retryAfter !== undefined
        ? Math.min(retryAfter * 1000, maxRetryAfter)
        : Math.random() * Math.min(backoffLimit, 300 * 2 ** attempt);
    await response?.body?.cancel().catch(() => undefined);
    await sleep(wait, signal);
  }
}
