import { getEvents, type RealtimeEvent } from '@tandem/contract';
import type { TandemClient } from './client.js';
import type { TandemError } from './errors.js';

export type SubscriptionStatus = 'connecting' | 'open' | 'reconnecting' | 'closed';

export interface SubscribeOptions {
  /** Each event, with its durable `id`. */
  onEvent: (event: RealtimeEvent & { id: string }) => void;
  onStatus?: (status: SubscriptionStatus, error?: TandemError) => void;
  /** Resume after this event id (a previous subscription's `lastEventId`). */
  lastEventId?: string;
  signal?: AbortSignal;
  /**
   * Reconnect delays in ms: the first, and the most (default 500 and 30 000). A `retry:` from the
   * server replaces `initial`. Each wait is `jitter(min(max, initial × 2^n))` for the n-th attempt in
   * a row without a working stream (one that gave an event or a heartbeat; a stream that opens and
   * ends at once counts as an attempt); the default jitter is full jitter, a random share of that.
   */
  backoff?: { initial?: number; max?: number; jitter?: (ceiling: number) => number };
}

export interface Subscription {
  /** Where the stream is: the id of the last event received, or of the stream's start. Resume from it later. */
  readonly lastEventId: string | undefined;
  close(): void;
  /** Settles when the subscription is closed. */
  readonly closed: Promise<void>;
}

/**
 * The realtime stream (`GET /api/v1/events`), read with fetch and a bearer token. Reconnects
 * with backoff and resumes from the last event id, so the server replays whatever was missed.
 */
export function subscribe(client: TandemClient, options: SubscribeOptions): Subscription {
  const controller = new AbortController();
  if (options.signal?.aborted) controller.abort();
  else options.signal?.addEventListener('abort', () => controller.abort(), { once: true });
  // Where the stream is, shared with the reader; read by `lastEventId`.
  const place = { lastEventId: options.lastEventId };
  // The reconnect loop loads with the parser, not with the page: a widget's first paint never waits for it.
  const closed = (async () => {
    const { signal } = controller;
    const wait = (attempt: number, initial?: number) => backoff(options, signal, attempt, initial);
    for (let attempt = 0; !signal.aborted; attempt++) {
      const chunk = await import('./event-stream.js').catch(() => undefined);
      // The stream's loop counts on from here: its backoff, and "connecting" only for a first try.
      if (chunk) return chunk.follow(client, getEvents, options, signal, place, wait, attempt);
      if (signal.aborted) break;
      // Its chunk did not load (offline, a server restarting): asked for again with the stream's
      // backoff, said as connecting after the first failure and reconnecting after later ones. (A
      // browser that keeps a failed module's failure, older than whatwg/html#10327, fails each
      // time, at most once per `max` ms.)
      options.onStatus?.(attempt ? 'reconnecting' : 'connecting');
      await wait(attempt);
    }
    options.onStatus?.('closed');
  })();
  return {
    get lastEventId() {
      return place.lastEventId;
    },
    close: () => controller.abort(),
    closed,
  };
}

/**
 * Waits before the n-th attempt in a row (from 0): `jitter(min(max, initial × 2^n))`, full jitter
 * by default (many tabs coming back after an outage do not all knock at once), or until `signal`
 * aborts. Handed to the event-stream chunk's loop, so that both loops wait alike and that chunk
 * shares no module with the page's. Its listener goes with the wait: a long time offline must
 * not pile them up.
 */
function backoff(
  { backoff: given }: SubscribeOptions,
  signal: AbortSignal,
  attempt: number,
  initial = given?.initial ?? 500,
): Promise<void> {
  const ceiling = Math.min(given?.max ?? 30_000, initial * 2 ** attempt);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, given?.jitter ? given.jitter(ceiling) : Math.random() * ceiling);
    signal.addEventListener('abort', done);
  });
}
