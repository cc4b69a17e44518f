import type { getEvents, RealtimeEvent } from '@tandem/contract';
import type { TandemClient } from './client.js';
import type { TandemError } from './errors.js';
import type { SubscribeOptions } from './subscribe.js';
import { createParser } from 'eventsource-parser';

/**
 * Reads a text/event-stream body to its end, by the WHATWG rules (LF, CRLF or CR line ends,
 * comments such as heartbeats ignored, `retry:` reported), however its bytes are chunked. Events
 * that are not the contract's (no id, not JSON, an unknown type) are skipped.
 *
 * A chunk of its own, with the parser, the event schemas and subscribe()'s reconnect loop
 * (`follow`): loaded with the first stream, not with the page, so that a widget's first paint
 * never waits for it.
 */
export async function readEvents(
  response: Response,
  /** The contract's event schema (`getEvents`'s): handed over, so that this chunk shares no module with the page's. */
  schema: typeof RealtimeEvent,
  handlers: {
    onEvent: (event: RealtimeEvent & { id: string }) => void;
    onRetry: (ms: number) => void;
    /** Every id the stream gives, also without an event (its starting place) or with one skipped. */
    onId: (id: string) => void;
    /** Each comment line's text (`connected`, `heartbeat`). */
    onComment: (text: string) => void;
  },
): Promise<void> {
  if (!response.body) return;
  const parser = createParser({
    onEvent: ({ id, data }) => {
      if (id === undefined) return; // every event of ours has one; resuming needs it
      const parsed = schema.safeParse(parseJson(data));
      if (parsed.success) handlers.onEvent({ ...parsed.data, id });
    },
    onRetry: handlers.onRetry,
    onId: handlers.onId,
    onComment: handlers.onComment,
    // Our events carry ids only: a line or event this long is a broken stream, read again from the last id.
    maxBufferSize: 65_536,
  });
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    parser.feed(value);
  }
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined; // not ours: skipped like any event that does not match the contract
  }
};

/**
 * subscribe()'s loop, in this chunk with the parser: connects, reads, and reconnects with backoff
 * from the last id, until `signal` ends or the server refuses for good. Never rejects.
 */
export async function follow(
  client: TandemClient,
  route: typeof getEvents,
  options: SubscribeOptions,
  signal: AbortSignal,
  place: { lastEventId: string | undefined },
  /** subscribe()'s wait before the n-th reconnect in a row, from `initial` ms (the server's `retry:` once it gave one). */
  wait: (attempt: number, initial: number | undefined) => Promise<void>,
  /** Tries already made in a row: its chunk's failed loads. */
  attempt: number,
): Promise<void> {
  let initial: number | undefined; // the server's `retry:`, else the options'

  while (!signal.aborted) {
    options.onStatus?.(attempt === 0 ? 'connecting' : 'reconnecting');
    try {
      const response = await client.open(
        route,
        {},
        {
          signal,
          ...(place.lastEventId ? { headers: { 'Last-Event-ID': place.lastEventId } } : {}),
        },
      );
      options.onStatus?.('open');
      // The backoff starts over once the stream works: an event, or a heartbeat (a whole wait
      // without failing). A stream that opens and ends at once (its server failing) is an
      // attempt like a refused one, or every tab would knock again within half a second.
      await readEvents(response, route.success.schema, {
        onEvent: (event) => {
          attempt = 0;
          place.lastEventId = event.id;
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
          place.lastEventId = id;
        },
      });
    } catch (error) {
      if (signal.aborted) break;
      const { kind, errors } = error as Partial<TandemError> & { errors?: { path: string }[] };
      // Retrying will not help: the host must sign in again, the server's settings must change,
      // or the place to resume from is not one (a proxy's own 400 may pass: it is retried).
      const badPlace = kind === 'validation' && errors?.some((e) => /lastEventId|Last-Event-ID/.test(e.path));
      if (kind === 'unauthorized' || kind === 'forbidden' || kind === 'origin-not-allowed' || badPlace) {
        options.onStatus?.('closed', error as TandemError);
        return;
      }
    }
    if (signal.aborted) break;
    await wait(attempt++, initial);
  }
  options.onStatus?.('closed');
}
