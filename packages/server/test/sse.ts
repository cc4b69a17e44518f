// Reading the event stream's wire format in tests, without the client library, so that a test can
// drop a connection at any event and check every id.
import { expect } from 'vitest';

/** One event of `GET /api/v1/events`: its id and its data. */
export interface Received {
  id: number;
  type: string;
  studentId: string;
  threadId: string;
  messageId?: string;
}

/**
 * The events of one SSE response body, as they arrive (comments and heartbeats skipped). Ends
 * when the body ends; throws when the connection breaks (a server that died, a proxy that gave up).
 */
export async function* sseEvents(body: NonNullable<Response['body']>): AsyncGenerator<Received> {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) !== -1) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const id = /^id: ?(\d+)$/m.exec(block)?.[1];
        const data = /^data: ?(.*)$/m.exec(block)?.[1];
        if (id && data) yield { id: Number(id), ...(JSON.parse(data) as Omit<Received, 'id'>) };
      }
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

/** Reads one SSE stream until `stop` says so or `deadline` passes; returns what arrived. */
export async function readStream(
  url: string,
  token: string,
  options: { lastEventId?: number; stop: (received: Received[]) => boolean; deadline: number },
): Promise<Received[]> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), Math.max(0, options.deadline - Date.now()));
  const received: Received[] = [];
  try {
    const response = await fetch(`${url}/api/v1/events`, {
      headers: {
        Authorization: `Bearer ${token}`,
        ...(options.lastEventId !== undefined ? { 'Last-Event-ID': String(options.lastEventId) } : {}),
      },
      signal: abort.signal,
    });
    expect(response.status).toBe(200);
    if (!options.stop(received)) {
      for await (const event of sseEvents(response.body!)) {
        received.push(event);
        if (options.stop(received)) break;
      }
    }
  } catch (error) {
    if (!abort.signal.aborted) throw error;
  } finally {
    clearTimeout(timer);
    abort.abort();
  }
  return received;
}
