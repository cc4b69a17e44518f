import { OriginNotAllowedError, type RouteRef } from './errors.js';
import type { CorsRefused, TransportOptions } from './transport.js';

/** Servers whose CORS refusal this page has logged: the host's developer needs to read it once, not per call. */
const refusalsLogged = new Set<string>();

/** The error a refused call throws, naming the setting to change; logged once per server. */
export function originNotAllowed(error: CorsRefused, baseUrl: string, route: RouteRef): OriginNotAllowedError {
  const refused = new OriginNotAllowedError(
    `${error.origin} is not an allowed origin of this Tandem server (${baseUrl}): add it to ` +
      `TANDEM_ALLOWED_ORIGINS, or to the district's allowedOrigins setting.`,
    { origin: error.origin, cause: error, route },
  );
  if (!refusalsLogged.has(baseUrl)) {
    refusalsLogged.add(baseUrl);
    console.error(refused.message);
  }
  return refused;
}

/**
 * A browser rejects a fetch refused by CORS with the same TypeError as being offline. When it says
 * it is online, ask the server twice: without CORS, an opaque answer says the server is there; with
 * CORS, a refusal then says this origin is not allowed. When the second answers, the failure was the
 * network's after all, and is retried as one.
 */
export async function refusedByCors(options: TransportOptions, signal?: AbortSignal): Promise<string | undefined> {
  const { probe } = options;
  // Node has a `navigator` without `onLine`, no page origin and no CORS: the caller asks only in a page.
  const origin = globalThis.location?.origin;
  if (!probe || !origin) return undefined;
  const limit = AbortSignal.timeout(options.timeout || 10_000);
  const init: RequestInit = { credentials: 'omit', signal: signal ? AbortSignal.any([signal, limit]) : limit };
  // Any answer does: the probes ask only whether the server is there and whether CORS lets this page
  // read it. /api/* is Cross-Origin-Resource-Policy: same-origin, which blocks even an opaque answer,
  // so the first asks under /cdn/, which every page may load. The second is getHealth's path, written
  // out so that a bundle need not carry its schema.
  try {
    const reached = await options.fetch(`${probe}/cdn/tandem.js`, { ...init, method: 'HEAD', mode: 'no-cors' });
    if (reached.type !== 'opaque') return undefined; // same-origin: CORS had no say
  } catch {
    return undefined; // the server cannot be reached: offline after all
  }
  try {
    const answer = await options.fetch(`${probe}/api/health`, init);
    void answer.body?.cancel().catch(() => undefined);
    return undefined; // this origin is allowed
  } catch {
    return signal?.aborted || limit.aborted ? undefined : origin;
  }
}
