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
  let initial = options.backoff?.initial ?? 500;
  const max = options.backoff?.max ?? 30_000;
  // Full jitter: many tabs coming back after an outage do not all knock at once.
  const jitter = options.backoff?.jitter ?? ((ceiling: number) => Math.random() * ceiling);
  let lastEventId = options.lastEventId;

  const run = async () => {
    let attempt = 0;
    while (!controller.signal.aborted) {
      options.onStatus?.(attempt === 0 ? 'connecting' : 'reconnecting');
      try {
        const response = await client.open(
          getEvents,
          {},
          {
            signal: controller.signal,
            ...(lastEventId ? { headers: { 'Last-Event-ID': lastEventId } } : {}),
          },
        );
        options.onStatus?.('open');
        const { readEvents } = await import('./event-stream.js');
        // The backoff starts over once the stream works: an event, or a heartbeat (a whole wait
        // without failing). A stream that opens and ends at once (its server failing) is an
        // attempt like a refused one, or every tab would knock again within half a second.
        await readEvents(response, {
          onEvent: (event) => {
            attempt = 0;
            lastEventId = event.id;
            options.onEvent(event);
          },
          onComment: (text) => {
            if (text.trim() !== 'connected') attempt = 0;
          },
          // The server's reconnect delay, for the rest of this subscription.
          onRetry: (ms) => {
            initial = ms;
          },
          // The stream's place, given before any event: a drop before the first event resumes there.
          onId: (id) => {
            lastEventId = id;
          },
        });
      } catch (error) {
        if (controller.signal.aborted) break;
        const kind = (error as Partial<TandemError>).kind;
        // Retrying will not help: the host must sign in again, or the server's settings must change.
        if (kind === 'unauthorized' || kind === 'forbidden' || kind === 'origin-not-allowed') {
          options.onStatus?.('closed', error as TandemError);
          return;
        }
      }
      if (controller.signal.aborted) break;
      const delay = jitter(Math.min(max, initial * 2 ** attempt++));
      await new Promise<void>((resolve) => {
        // Its listener goes with the wait: a long time offline must not pile them up.
        const done = () => {
          clearTimeout(timer);
          controller.signal.removeEventListener('abort', done);
          resolve();
        };
        const timer = setTimeout(done, delay);
        controller.signal.addEventListener('abort', done, { once: true });
      });
    }
    options.onStatus?.('closed');
  };

  const closed = run();
  return {
    get lastEventId() {
      return lastEventId;
    },
    close: () => controller.abort(),
    closed,
  };
}
