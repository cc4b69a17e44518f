import { getEvents, RealtimeEvent } from '@tandem/contract';
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
  /** Reconnect delays in ms: the first, and the most (default 500 and 30 000). */
  backoff?: { initial?: number; max?: number };
}

export interface Subscription {
  /** The id of the last event received: resume from it later. */
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
  options.signal?.addEventListener('abort', () => controller.abort(), { once: true });
  const initial = options.backoff?.initial ?? 500;
  const max = options.backoff?.max ?? 30_000;
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
        attempt = 0;
        await read(response, (id, data) => {
          lastEventId = id;
          const parsed = RealtimeEvent.safeParse(JSON.parse(data));
          if (parsed.success) options.onEvent({ ...parsed.data, id });
        });
      } catch (error) {
        if (controller.signal.aborted) break;
        const kind = (error as Partial<TandemError>).kind;
        if (kind === 'unauthorized' || kind === 'forbidden') {
          options.onStatus?.('closed', error as TandemError);
          return; // retrying will not help; the host must sign in again
        }
      }
      if (controller.signal.aborted) break;
      // Full jitter: many tabs coming back after an outage do not all knock at once.
      const delay = Math.random() * Math.min(max, initial * 2 ** attempt++);
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, delay);
        controller.signal.addEventListener(
          'abort',
          () => {
            clearTimeout(timer);
            resolve(undefined);
          },
          { once: true },
        );
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

/** Parses a text/event-stream body; resolves when the server ends it. */
async function read(response: Response, onMessage: (id: string, data: string) => void): Promise<void> {
  if (!response.body) return;
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let end: number;
    while ((end = buffer.search(/\r?\n\r?\n/)) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end).replace(/^\r?\n\r?\n/, '');
      let id: string | undefined;
      const data: string[] = [];
      for (const line of block.split(/\r?\n/)) {
        if (line.startsWith(':')) continue; // a comment: connected, heartbeat
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const text = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'id') id = text;
        else if (field === 'data') data.push(text);
      }
      if (id !== undefined && data.length) onMessage(id, data.join('\n'));
    }
  }
}
