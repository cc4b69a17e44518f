// Reading the event stream as a wire format, for tests that must see every id.
import { expect } from 'vitest';

export interface Received {
  id: number;
  type: string;
  studentId: string;
  threadId: string;
  messageId?: string;
}

/**
 * Reads one SSE stream until `stop` says so or `deadline` passes; returns what arrived. Reads
 * the wire format itself (not the client library) so that this test can drop a connection at
 * any event and check every id.
 */
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
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    while (!options.stop(received)) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) !== -1) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const id = /^id: ?(\d+)$/m.exec(block)?.[1];
        const data = /^data: ?(.*)$/m.exec(block)?.[1];
        if (id && data) received.push({ id: Number(id), ...(JSON.parse(data) as Omit<Received, 'id'>) });
        if (options.stop(received)) break;
      }
    }
    await reader.cancel().catch(() => undefined);
  } catch (error) {
    if (!abort.signal.aborted) throw error;
  } finally {
    clearTimeout(timer);
    abort.abort();
  }
  return received;
}
