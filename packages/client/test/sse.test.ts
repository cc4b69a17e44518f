// How subscribe() reads an event stream, against streams the Tandem server never sends on cue:
// LF, CRLF and CR-only line ends, `retry:`, comments, multi-line data, and every chunk boundary.
// A tiny node:http server serves hand-written bodies; the byte-exact chunking is the one place a
// fetch of our own hands the client its body, since TCP may merge what a server writes apart.
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { RealtimeEvent } from '@tandem/contract';
import { createTandemClient, subscribe, type SubscribeOptions } from '../src/index.js';

type Received = RealtimeEvent & { id: string };

const EXPECTED: Received[] = [
  { id: '41', type: 'message.created', studentId: 'stu_mateo', threadId: 'thr_a', messageId: 'msg_1', seq: 7 },
  { id: '42', type: 'thread.read', studentId: 'stu_mateo', threadId: 'thr_a', personId: 'per_garcia' },
];

/** Two events, a comment before, between and after them, multi-line data and a field we ignore. */
const lines = [
  ': connected',
  '',
  'id: 41',
  'event: message.created',
  'data: {"type":"message.created","studentId":"stu_mateo",',
  'data: "threadId":"thr_a","messageId":"msg_1","seq":7,"note":"¿Qué tal? 🎒"}',
  '',
  ': heartbeat',
  '',
  // No space after the colon, and an event without an id (not ours: nothing to resume from).
  'data:{"type":"thread.read","studentId":"stu_mateo","threadId":"thr_a"}',
  '',
  'id:42',
  'data: {"type":"thread.read","studentId":"stu_mateo","threadId":"thr_a","personId":"per_garcia"}',
  '',
  ': heartbeat',
  '',
];
const ENDINGS = { LF: '\n', CRLF: '\r\n', CR: '\r' } as const;
const body = (eol: string) => lines.join(eol) + eol;

interface Connection {
  lastEventId: string | undefined;
  res: ServerResponse;
}

/**
 * A real HTTP server for the stream: `script(n)` says what the n-th connection (from 0) gets and
 * whether it ends there; a connection that does not end stays open until the server closes.
 */
async function sseServer(script: (n: number) => { body: string; end: boolean; status?: number; type?: string }) {
  const connections: Connection[] = [];
  const waiting = new Map<number, () => void>();
  const http: Server = createServer((req, res) => {
    const n = connections.push({ lastEventId: req.headers['last-event-id'] as string | undefined, res }) - 1;
    const { body, end, status = 200, type = 'text/event-stream' } = script(n);
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
    if (end) res.end(body);
    else res.write(body);
    waiting.get(n)?.();
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    connections,
    /** Settles when connection `n` (from 0) has been answered. */
    connection: (n: number) =>
      new Promise<void>((resolve) => (connections.length > n ? resolve() : waiting.set(n, resolve))),
    close: () => {
      for (const { res } of connections) res.destroy();
      return new Promise((resolve) => http.close(resolve));
    },
  };
}

let cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

/** Subscribes and settles with the first `count` events. */
function firstEvents(
  baseUrl: string,
  count: number,
  options: Partial<SubscribeOptions> & { fetch?: typeof fetch } = {},
): Promise<Received[]> {
  const { fetch, ...rest } = options;
  const client = createTandemClient({ baseUrl, ...(fetch ? { fetch } : {}) });
  const received: Received[] = [];
  return new Promise((resolve) => {
    const subscription = subscribe(client, {
      ...rest,
      onEvent: (event) => {
        received.push(event);
        if (received.length === count) {
          subscription.close();
          resolve(received);
        }
      },
    });
    cleanup.push(() => subscription.close());
  });
}

describe('subscribe() reads the stream by the WHATWG rules', () => {
  it.each(Object.entries(ENDINGS))('gives the same events for %s line ends', async (_, eol) => {
    const server = await sseServer(() => ({ body: body(eol), end: false }));
    cleanup.push(() => server.close());
    expect(await firstEvents(server.url, 2)).toEqual(EXPECTED);
    expect(server.connections).toHaveLength(1);
  });

  it("takes the server's retry: as its reconnect delay, capped by max, and resumes from the last id", async () => {
    const event = (id: number) =>
      `id: ${id}\ndata: {"type":"thread.read","studentId":"stu_mateo","threadId":"thr_a"}\n\n`;
    const bodies = [
      event(1), // no retry: the configured initial delay
      `retry: 1234\n\n${event(2)}`, // the server's delay from now on
      ': heartbeat\n\n', // nothing new: the delay stays the server's, the id the last one
      'retry: 50000\n\n', // more than max: max
    ];
    const server = await sseServer((n) => ({ body: bodies[n] ?? ': held open\n\n', end: n < bodies.length }));
    cleanup.push(() => server.close());
    const ceilings: number[] = [];
    const client = createTandemClient({ baseUrl: server.url });
    // The jitter hook is told each wait's ceiling and waits none of it: no clock in this test.
    const subscription = subscribe(client, {
      onEvent: () => undefined,
      backoff: { initial: 10, max: 30_000, jitter: (ceiling) => (ceilings.push(ceiling), 0) },
    });
    cleanup.push(() => subscription.close());
    await server.connection(bodies.length);
    expect(ceilings).toEqual([10, 1234, 1234, 30_000]);
    expect(server.connections.map((c) => c.lastEventId)).toEqual([undefined, '1', '2', '2', '2']);
    expect(subscription.lastEventId).toBe('2');
  });

  it('backs off from a stream that opens and ends at once, and starts over once one works', async () => {
    const failing = ': connected\nid: 7\n\n'; // opened, then its server failed
    const bodies = [failing, failing, failing, ': connected\nid: 7\n\n: heartbeat\n\n', failing];
    const server = await sseServer((n) => ({ body: bodies[n] ?? ': held open\n\n', end: n < bodies.length }));
    cleanup.push(() => server.close());
    const ceilings: number[] = [];
    const statuses: string[] = [];
    const subscription = subscribe(createTandemClient({ baseUrl: server.url }), {
      onEvent: () => undefined,
      onStatus: (status) => statuses.push(status),
      backoff: { initial: 10, max: 30_000, jitter: (ceiling) => (ceilings.push(ceiling), 0) },
    });
    cleanup.push(() => subscription.close());
    await server.connection(bodies.length);
    expect(ceilings).toEqual([10, 20, 40, 10, 20]);
    expect(statuses.filter((status) => status !== 'open')).toEqual([
      'connecting',
      'reconnecting',
      'reconnecting',
      'reconnecting',
      'reconnecting',
      'reconnecting',
    ]);
  });

  it('tries again after a 400 that is not about where to resume (a proxy’s own)', async () => {
    const server = await sseServer((n) =>
      n === 0
        ? { status: 400, type: 'text/html', body: '<h1>400 Request Header Or Cookie Too Large</h1>', end: true }
        : { body: ': connected\nid: 7\n\n', end: false },
    );
    cleanup.push(() => server.close());
    const statuses: string[] = [];
    const subscription = subscribe(createTandemClient({ baseUrl: server.url }), {
      onEvent: () => undefined,
      onStatus: (status) => statuses.push(status),
      backoff: { initial: 10, jitter: () => 0 },
    });
    cleanup.push(() => subscription.close());
    await server.connection(1);
    await expect.poll(() => subscription.lastEventId).toBe('7');
    expect(statuses).toEqual(['connecting', 'reconnecting', 'open']);
  });

  it('never starts with a signal that has already ended', async () => {
    const server = await sseServer(() => ({ body: ': held open\n\n', end: false }));
    cleanup.push(() => server.close());
    const subscription = subscribe(createTandemClient({ baseUrl: server.url }), {
      onEvent: () => undefined,
      signal: AbortSignal.abort(),
    });
    await subscription.closed;
    expect(server.connections).toHaveLength(0);
  });

  it('resumes from the place the stream started at when it drops before its first event', async () => {
    // The server names the stream's place before any event; the second stream would replay from it.
    const bodies = [': connected\nid: 41\n\n'];
    const server = await sseServer((n) => ({ body: bodies[n] ?? ': held open\n\n', end: n < bodies.length }));
    cleanup.push(() => server.close());
    const received: string[] = [];
    const subscription = subscribe(createTandemClient({ baseUrl: server.url }), {
      onEvent: (event) => received.push(event.id),
      backoff: { initial: 10, jitter: () => 0 },
    });
    cleanup.push(() => subscription.close());
    await server.connection(1);
    expect(server.connections.map((c) => c.lastEventId)).toEqual([undefined, '41']);
    expect(subscription.lastEventId).toBe('41');
    expect(received).toEqual([]); // a place, not an event
  });

  describe('however the bytes are chunked', () => {
    /** A fetch whose body is these chunks and then stays open, as a stream does between events. */
    const chunked =
      (chunks: Uint8Array[]): typeof fetch =>
      async (_input, init) => {
        const signal = init?.signal;
        const stream = new ReadableStream<Uint8Array>({
          start(controller) {
            for (const chunk of chunks) controller.enqueue(chunk);
            signal?.addEventListener('abort', () => controller.error(signal.reason), { once: true });
          },
        });
        return new Response(stream, { headers: { 'Content-Type': 'text/event-stream' } });
      };

    it.each(Object.entries(ENDINGS))(
      '%s: split in two at every byte boundary, and one byte at a time',
      async (_, eol) => {
        const bytes = new TextEncoder().encode(body(eol));
        const splits = [
          ...Array.from({ length: bytes.length - 1 }, (_, at) => [bytes.slice(0, at + 1), bytes.slice(at + 1)]),
          Array.from(bytes, (byte) => Uint8Array.of(byte)),
        ];
        for (const chunks of splits) {
          const events = await firstEvents('http://tandem.invalid', 2, { fetch: chunked(chunks) });
          expect(events, `chunks of ${chunks.map((c) => c.length).join('+')} bytes`).toEqual(EXPECTED);
        }
      },
    );
  });
});
