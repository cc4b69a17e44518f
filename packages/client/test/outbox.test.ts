// The outbox against the real server: offline, a reload while offline, a response lost after
// the server saved the message, and a refusal. Exactly one copy of each message arrives.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '@tandem/server';
import { backends, people, seeded, testConfig, tokenFor } from '../../server/test/harness.js';
import { createTandemClient, memoryStorage, messages, Outbox, type OutboxItem } from '../src/index.js';

let server: RunningServer;
let token: string;
let teacher: ReturnType<typeof createTandemClient>;
const THREAD = 'thr_mateo_garcia_rivera';

beforeAll(async () => {
  server = await startServer(testConfig({ port: 0 }), { database: await seeded(backends[0]!) });
  token = await tokenFor(people.guardian);
  teacher = createTandemClient({ baseUrl: server.url, tokenProvider: async () => tokenFor(people.educator) });
});
afterAll(() => server.close());

const until = async (check: () => boolean, what: string) => {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!check()) throw new Error(`timed out waiting for ${what}`);
};

async function copiesOf(body: string) {
  const page = await messages.list(teacher, { threadId: THREAD, limit: 100 });
  return page.items.filter((m) => m.body === body);
}

describe('Outbox', () => {
  it('keeps messages typed offline, across a reload, and sends each once, in order, when back online', async () => {
    let online = false;
    const network: typeof fetch = async (input, init) => {
      if (!online) throw new TypeError('Failed to fetch');
      return fetch(input, init);
    };
    const client = createTandemClient({ baseUrl: server.url, tokenProvider: () => token, fetch: network, retry: 0 });
    const storage = memoryStorage();
    const first = new Outbox(client, { storage, retryDelayMs: 20 });
    first.enqueue(THREAD, 'Offline one');
    first.enqueue(THREAD, 'Offline two');
    await first.flush();
    expect(first.items().map((i) => [i.body, i.state])).toEqual([
      ['Offline one', 'pending'],
      ['Offline two', 'pending'],
    ]);
    first.close(); // the page is closed while offline

    const reloaded = new Outbox(client, { storage, retryDelayMs: 20 });
    expect(reloaded.items()).toHaveLength(2);
    const sent: string[] = [];
    reloaded.on('sent', ({ message }) => sent.push(message.body));
    online = true;
    await reloaded.flush();
    await until(() => sent.length === 2, 'both messages');
    expect(sent).toEqual(['Offline one', 'Offline two']);
    expect(reloaded.items()).toEqual([]);
    const [one] = await copiesOf('Offline one');
    const [two] = await copiesOf('Offline two');
    expect(await copiesOf('Offline one')).toHaveLength(1);
    expect(two!.seq).toBe(one!.seq + 1);
    reloaded.close();
  });

  it('sends again after a response lost on the way back, and the server keeps one copy', async () => {
    let drops = 1;
    const flaky: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (init?.method === 'POST' && drops-- > 0) {
        await response.arrayBuffer();
        throw new TypeError('network dropped after the server answered');
      }
      return response;
    };
    const client = createTandemClient({ baseUrl: server.url, tokenProvider: () => token, fetch: flaky, retry: 0 });
    const outbox = new Outbox(client, { retryDelayMs: 20 });
    let done = false;
    outbox.on('sent', () => (done = true));
    outbox.enqueue(THREAD, 'Sent through a dropped connection');
    await until(() => done, 'the send');
    expect(await copiesOf('Sent through a dropped connection')).toHaveLength(1);
    outbox.close();
  });

  it('marks a refused message failed, keeps it for the person to fix, and lets it go on discard', async () => {
    const client = createTandemClient({ baseUrl: server.url, tokenProvider: () => token, retry: 0 });
    const outbox = new Outbox(client);
    const failed: OutboxItem[] = [];
    outbox.on('failed', ({ item }) => failed.push(item));
    const item = outbox.enqueue(THREAD, 'x'.repeat(4001));
    await until(() => failed.length === 1, 'the refusal');
    expect(outbox.items()).toEqual([
      expect.objectContaining({ clientMessageId: item.clientMessageId, state: 'failed', error: 'validation' }),
    ]);
    outbox.discard(item.clientMessageId);
    expect(outbox.items()).toEqual([]);
    outbox.close();
  });
});
