// The realtime stream end to end over real HTTP: subscribe() against the real server,
// replay after a reconnect, the per-person cap, heartbeats, and fan-out across two server
// instances on one PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getEvents, type RealtimeEvent } from '@tandem/contract';
import { openDatabase, seedDemo, startServer, type RunningServer } from '@tandem/server';
import { backends, people, scratchPostgres, seeded, testConfig, tokenFor } from '../../server/test/harness.js';
import {
  createTandemClient,
  messages,
  RateLimitedError,
  subscribe,
  ValidationError,
  type TandemClient,
} from '../src/index.js';

type Received = RealtimeEvent & { id: string };

const until = async (check: () => boolean, what: string, timeoutMs = 10_000) => {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
};

/**
 * Reads a stream until its text contains `needle`: at most `maxReads` chunks and `timeoutMs`,
 * so that a stream that ends, stalls or never says it fails the test instead of hanging it.
 */
async function readUntil(
  reader: ReadableStreamDefaultReader<string>,
  needle: string,
  { maxReads = 50, timeoutMs = 10_000 } = {},
): Promise<string> {
  let text = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no "${needle}" within ${timeoutMs} ms; read: ${JSON.stringify(text)}`)),
      timeoutMs,
    );
  });
  try {
    for (let reads = 0; reads < maxReads; reads++) {
      const { done, value } = await Promise.race([reader.read(), deadline]);
      if (done) throw new Error(`the stream ended before "${needle}"; read: ${JSON.stringify(text)}`);
      text += value;
      if (text.includes(needle)) return text;
    }
    throw new Error(`no "${needle}" in ${maxReads} chunks; read: ${JSON.stringify(text)}`);
  } finally {
    clearTimeout(timer);
  }
}

const clientAs = (url: string, token: string) => createTandemClient({ baseUrl: url, tokenProvider: () => token });

async function openSubscription(client: TandemClient, lastEventId?: string) {
  const received: Received[] = [];
  let open = false;
  const subscription = subscribe(client, {
    ...(lastEventId ? { lastEventId } : {}),
    onEvent: (event) => received.push(event),
    onStatus: (status) => {
      if (status === 'open') open = true;
    },
  });
  await until(() => open, 'the stream to open');
  return { subscription, received };
}

describe('realtime on PGlite', () => {
  let server: RunningServer;
  let guardian: TandemClient;
  let educator: TandemClient;

  beforeAll(async () => {
    server = await startServer(testConfig({ port: 0, heartbeatMs: 200 }), { database: await seeded(backends[0]!) });
    guardian = clientAs(server.url, await tokenFor(people.guardian));
    educator = clientAs(server.url, await tokenFor(people.educator));
  });
  afterAll(() => server.close());

  it("delivers a message to the other side's open stream, and replays what a reconnect missed", async () => {
    const { subscription, received } = await openSubscription(guardian);
    const sent = await messages.send(
      educator,
      { threadId: 'thr_mateo_garcia_rivera' },
      { body: 'Hola', clientMessageId: 'rt-1' },
    );
    await until(() => received.some((e) => e.messageId === sent.id), 'the message event');
    expect(received.find((e) => e.messageId === sent.id)).toMatchObject({
      type: 'message.created',
      threadId: 'thr_mateo_garcia_rivera',
      studentId: 'stu_mateo',
      seq: sent.seq,
      personId: 'per_rivera',
    });
    const resumeFrom = subscription.lastEventId;
    subscription.close();
    await subscription.closed;

    const missed: Awaited<ReturnType<typeof messages.send>>[] = [];
    for (const n of [2, 3]) {
      missed.push(
        await messages.send(
          educator,
          { threadId: 'thr_mateo_garcia_rivera' },
          { body: `m${n}`, clientMessageId: `rt-${n}` },
        ),
      );
    }
    const again = await openSubscription(guardian, resumeFrom);
    await until(() => missed.every((m) => again.received.some((e) => e.messageId === m.id)), 'the replay');
    expect(again.received.filter((e) => e.type === 'message.created').map((e) => e.messageId)).toEqual(
      missed.map((m) => m.id),
    );
    again.subscription.close();
  });

  it("misses nothing sent between reading a conversation's newest page and opening the stream from it", async () => {
    const page = await messages.list(guardian, { threadId: 'thr_mateo_garcia_rivera', limit: 5 });
    expect(page.lastEventId).toMatch(/^\d+$/);
    const older = await messages.list(guardian, {
      threadId: 'thr_mateo_garcia_rivera',
      limit: 5,
      cursor: page.nextCursor!,
    });
    expect(older.lastEventId).toBeUndefined(); // only the newest page says where the stream stood
    const between = await messages.send(
      educator,
      { threadId: 'thr_mateo_garcia_rivera' },
      { body: 'Sent while the page was on its way', clientMessageId: 'rt-between' },
    );
    const { subscription, received } = await openSubscription(guardian, page.lastEventId);
    await until(() => received.some((e) => e.messageId === between.id), 'the event of the message sent between');
    expect(received.find((e) => e.messageId === between.id)).toMatchObject({
      type: 'message.created',
      threadId: 'thr_mateo_garcia_rivera',
      seq: between.seq,
    });
    subscription.close();
  });

  it('stops, saying why, when asked to resume from a place that is not one', async () => {
    // An app that kept something else than a `lastEventId`: retrying could never succeed.
    const statuses: string[] = [];
    let refusal: unknown;
    const subscription = subscribe(guardian, {
      lastEventId: 'yesterday',
      onEvent: () => undefined,
      onStatus: (status, error) => {
        statuses.push(status);
        if (error) refusal = error;
      },
    });
    await subscription.closed;
    expect(statuses).toEqual(['connecting', 'closed']);
    expect(refusal).toBeInstanceOf(ValidationError);
    expect((refusal as ValidationError).errors).toEqual([
      { path: 'header.Last-Event-ID', code: 'invalid_format', message: 'Give an event id: up to 18 digits.' },
    ]);
  });

  it('sends heartbeats and caps the streams of one person', async () => {
    const token = await tokenFor(people.otherGuardian);
    const client = clientAs(server.url, token);
    const streams = await Promise.all(Array.from({ length: 5 }, () => client.open(getEvents, {})));
    const reader = streams[0]!.body!.pipeThrough(new TextDecoderStream()).getReader();
    expect(await readUntil(reader, ': heartbeat')).toContain(': heartbeat\n\n');
    await expect(client.open(getEvents, {})).rejects.toBeInstanceOf(RateLimitedError);
    await reader.cancel();
    for (const stream of streams.slice(1)) await stream.body?.cancel();
  });
});

describe.runIf(process.env.DATABASE_URL)('realtime across two server instances on one PostgreSQL', () => {
  let scratch: Awaited<ReturnType<typeof scratchPostgres>>;
  let a: RunningServer;
  let b: RunningServer;

  beforeAll(async () => {
    scratch = await scratchPostgres(process.env.DATABASE_URL!);
    const seeding = await openDatabase({ databaseUrl: scratch.url });
    await seedDemo(seeding.db);
    await seeding.close();
    const config = testConfig({ port: 0, database: { databaseUrl: scratch.url } });
    [a, b] = await Promise.all([startServer(config), startServer(config)]);
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await scratch?.drop();
  });

  it('a message sent through instance A reaches a subscriber of instance B', async () => {
    const onB = await openSubscription(clientAs(b.url, await tokenFor(people.guardian)));
    const sent = await messages.send(
      clientAs(a.url, await tokenFor(people.educator)),
      { threadId: 'thr_mateo_garcia_rivera' },
      { body: 'From A', clientMessageId: 'ab-1' },
    );
    await until(() => onB.received.some((e) => e.messageId === sent.id), 'the event on B');
    onB.subscription.close();
  });
});
