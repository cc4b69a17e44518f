import { RealtimeEvent } from '@tandem/contract';
import { createParser } from 'eventsource-parser';

/**
 * Reads a text/event-stream body to its end, by the WHATWG rules (LF, CRLF or CR line ends,
 * comments such as heartbeats ignored, `retry:` reported), however its bytes are chunked. Events
 * that are not the contract's (no id, not JSON, an unknown type) are skipped.
 *
 * A chunk of its own, with the parser and the event schemas: loaded with the first stream, not
 * with the page, so that a widget's first paint never waits for it.
 */
export async function readEvents(
  response: Response,
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
      const parsed = RealtimeEvent.safeParse(parseJson(data));
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
