// subscribe() loads its reconnect loop and parser as a chunk of their own (event-stream.js): a
// chunk that fails to load (offline for a moment, a server restarting) is asked for again, with
// the stream's backoff, rather than leaving the page with no live updates until it is reloaded.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type * as Client from '../src/index.js';
import type { SubscriptionStatus } from '../src/index.js';

// Each test with a fresh module graph and mock: a chunk that loaded once stays loaded.
let client: typeof Client;
/** How often the chunk was asked for; it fails to load `failures` times first, as a dynamic import does when its request fails. */
const load = { failures: 0, asked: 0 };
beforeEach(async () => {
  vi.resetModules();
  Object.assign(load, { failures: 2, asked: 0 });
  vi.doMock('../src/event-stream.js', async (original) => {
    load.asked++;
    if (load.failures-- > 0) throw new TypeError('Failed to fetch dynamically imported module: event-stream.js');
    return original();
  });
  client = await import('../src/index.js');
});

let cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

it('asks again for a chunk that did not load, then follows the stream, counting on from those tries', async () => {
  let streams = 0;
  const http = createServer((_req, res) => {
    // The first stream is refused (a server restarting), so the stream's own wait shows in `waits`.
    if (streams++ === 0) {
      res.writeHead(503).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/event-stream' });
    res.write(
      ': connected\n\nid: 7\nevent: thread.read\ndata: {"type":"thread.read","studentId":"stu_mateo","threadId":"thr_a","personId":"per_garcia"}\n\n',
    );
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  cleanup.push(() => new Promise((resolve) => http.close(resolve)));
  cleanup.push(() => http.closeAllConnections());
  const tandem = client.createTandemClient({ baseUrl: `http://127.0.0.1:${(http.address() as AddressInfo).port}` });
  const statuses: SubscriptionStatus[] = [];
  const waits: number[] = [];
  const event = await new Promise((resolve) => {
    const subscription = client.subscribe(tandem, {
      backoff: { initial: 5, jitter: (ceiling) => (waits.push(ceiling), ceiling) },
      onStatus: (status) => statuses.push(status),
      onEvent: resolve,
    });
    cleanup.push(() => subscription.close());
  });
  expect(event).toEqual({
    id: '7',
    type: 'thread.read',
    studentId: 'stu_mateo',
    threadId: 'thr_a',
    personId: 'per_garcia',
  });
  expect(load.asked).toBe(3);
  // Said after each failed load (connecting, then reconnecting); the stream's loop counts on from there.
  expect(statuses).toEqual(['connecting', 'reconnecting', 'reconnecting', 'reconnecting', 'open']);
  expect(waits).toEqual([5, 10, 20]); // one doubling for the loads and the stream's tries together
});

/** A subscription whose chunk fails to load once, then would be asked for again a minute later. */
function failingOnce() {
  load.failures = 1;
  const statuses: SubscriptionStatus[] = [];
  const subscription = client.subscribe(client.createTandemClient({ baseUrl: 'http://127.0.0.1:9' }), {
    backoff: { initial: 60_000, jitter: (ceiling) => ceiling },
    onStatus: (status) => statuses.push(status),
    onEvent: () => undefined,
  });
  return { statuses, subscription };
}

it('ends, said as closed, when closed while waiting to ask again', async () => {
  const { statuses, subscription } = failingOnce();
  await expect.poll(() => statuses).toEqual(['connecting']);
  subscription.close();
  await subscription.closed;
  expect(statuses).toEqual(['connecting', 'closed']); // settled at once, not after the minute's wait
});

it('ends, said as closed and nothing else, when closed while its chunk is being asked for', async () => {
  const { statuses, subscription } = failingOnce();
  subscription.close(); // before the failed import is known
  await subscription.closed;
  expect(statuses).toEqual(['closed']);
  expect(load.asked).toBe(1);
});
