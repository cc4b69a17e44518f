// Faults: PostgreSQL dropping every connection while streams are open, a pool with no free
// connection, and a translation service that is down and comes back. Each must end in
// delivery (or a clean 503), never a loss or a hang.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { problemTypes } from '@tandem/contract';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/database.js';
import { startServer, type RunningServer } from '../src/server.js';
import { seedDemo } from '../src/seed.js';
import { backends, people, scratchPostgres, seeded, testConfig, tokenFor } from './harness.js';
import { readStream, type Received } from './sse.js';

const postgresUrl = process.env.DATABASE_URL;

/** Sends a message, retrying the 503s of a database that is coming back (the client library does the same). */
async function sendWithRetry(url: string, threadId: string, body: string, deadline: number): Promise<string> {
  const token = await tokenFor(people.educator);
  for (;;) {
    const response = await fetch(`${url}/api/v1/threads/${threadId}/messages`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ body, clientMessageId: `fault-${body}` }),
    });
    if (response.status === 201) return ((await response.json()) as { id: string }).id;
    expect(response.status).toBe(503);
    expect(((await response.json()) as { type: string }).type).toBe(problemTypes.unavailable);
    if (Date.now() > deadline) throw new Error(`still 503 at the deadline for ${body}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.skipIf(!postgresUrl)('PostgreSQL faults (needs DATABASE_URL)', () => {
  let scratch: Awaited<ReturnType<typeof scratchPostgres>>;
  beforeAll(async () => {
    scratch = await scratchPostgres(postgresUrl!);
  });
  afterAll(() => scratch.drop());

  it('keeps open streams delivering after PostgreSQL drops every connection (LISTEN comes back)', async () => {
    const database = await openDatabase({ databaseUrl: scratch.url });
    await seedDemo(database.db);
    // A minute between heartbeats: only a working LISTEN wakes the stream within the test.
    const server = await startServer(testConfig({ port: 0, heartbeatMs: 60_000 }), { database });
    try {
      const garcia = await tokenFor(people.guardian);
      const deadline = Date.now() + 30_000;
      const sent: string[] = [];
      let live: Received[] = [];
      const stream = readStream(server.url, garcia, {
        lastEventId: 0,
        stop: (received) => {
          live = received;
          return sent.length === 4 && sent.every((id) => received.some((e) => e.messageId === id));
        },
        deadline,
      });
      sent.push(await sendWithRetry(server.url, 'thr_mateo_garcia_rivera', 'before-1', deadline));
      await expect.poll(() => live.some((e) => e.messageId === sent[0])).toBe(true);

      // What a restart looks like from here: every connection to the database terminated.
      const admin = new pg.Client({ connectionString: postgresUrl });
      await admin.connect();
      const name = new URL(scratch.url).pathname.slice(1);
      const terminated = await admin.query(
        `select count(*)::int as n from (select pg_terminate_backend(pid) from pg_stat_activity
           where datname = $1 and pid <> pg_backend_pid()) t`,
        [name],
      );
      await admin.end();
      expect(terminated.rows[0].n).toBeGreaterThanOrEqual(1);

      for (const body of ['after-1', 'after-2', 'after-3']) {
        sent.push(await sendWithRetry(server.url, 'thr_mateo_garcia_rivera', body, deadline));
      }
      const received = await stream;
      const delivered = received.filter((e) => e.type === 'message.created').map((e) => e.messageId);
      expect(sent.filter((id) => !delivered.includes(id))).toEqual([]); // none lost
      expect(new Set(delivered).size).toBe(delivered.length); // none twice
    } finally {
      await server.close();
    }
  });

  it('answers 503 with Retry-After when no connection is free in time, and serves again once one is', async () => {
    const database = await openDatabase({ databaseUrl: scratch.url, pool: { max: 2, acquireTimeoutMs: 300 } });
    const server = await startServer(testConfig({ port: 0 }), { database });
    try {
      // Both connections busy for a while.
      let busy = true;
      const holders = Promise.all(
        [0, 1].map(() => database.db.transaction((tx) => tx.execute(sql`select pg_sleep(2)`))),
      ).finally(() => {
        busy = false;
      });
      // Watched from outside the full pool: both sleeps running.
      const admin = new pg.Client({ connectionString: postgresUrl });
      await admin.connect();
      try {
        await expect
          .poll(async () => {
            const active = await admin.query(
              `select count(*)::int as n from pg_stat_activity
                 where datname = $1 and state = 'active' and query like '%pg_sleep%' and pid <> pg_backend_pid()`,
              [new URL(scratch.url).pathname.slice(1)],
            );
            return active.rows[0].n;
          })
          .toBe(2);
      } finally {
        await admin.end();
      }
      const response = await fetch(`${server.url}/api/v1/me`, {
        headers: { Authorization: `Bearer ${await tokenFor(people.guardian)}` },
      });
      expect(busy).toBe(true); // answered while the pool was still full: no hang
      expect(response.status).toBe(503);
      expect(response.headers.get('Retry-After')).toBe('2');
      expect(await response.json()).toMatchObject({ type: problemTypes.unavailable, status: 503 });
      await holders;
      const again = await fetch(`${server.url}/api/v1/me`, {
        headers: { Authorization: `Bearer ${await tokenFor(people.guardian)}` },
      });
      expect(again.status).toBe(200);
    } finally {
      await server.close();
    }
  });
});

describe.each(backends)('a translation service that is down, then back, on $name', (backend) => {
  let service: Server;
  let url: string;
  let up = false;
  beforeAll(async () => {
    service = createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk) => (raw += chunk));
      req.on('end', () => {
        const body = JSON.parse(raw) as { q: string; source: string; target: string };
        res.setHeader('Content-Type', 'application/json');
        if (!up) return res.writeHead(503).end('{"error":"down for maintenance"}');
        res.end(JSON.stringify({ translatedText: `[${body.source}→${body.target}] ${body.q}` }));
      });
    });
    await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(service.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => service.close(resolve)));

  it('delivers the message at once, and fills in its translation when the service returns', async () => {
    let server: RunningServer | undefined;
    try {
      server = await startServer(testConfig({ port: 0, translation: { url }, translationRetryMs: 100 }), {
        database: await seeded(backend),
      });
      const garcia = await tokenFor(people.guardian); // reads Spanish
      const rivera = await tokenFor(people.educator); // writes English
      const sent = await fetch(`${server.url}/api/v1/threads/thr_mateo_garcia_rivera/messages`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${rivera}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ body: 'Field trip on Friday', clientMessageId: 'down-1', language: 'en' }),
      });
      expect(sent.status).toBe(201);
      const message = (await sent.json()) as { id: string };
      const translationsSeen = async () => {
        const page = await fetch(`${server!.url}/api/v1/threads/thr_mateo_garcia_rivera/messages?limit=5`, {
          headers: { Authorization: `Bearer ${garcia}` },
        });
        const { items } = (await page.json()) as {
          items: { id: string; translations: { language: string; body: string }[] }[];
        };
        return items.find((m) => m.id === message.id)?.translations ?? null;
      };
      // Delivered, untranslated, while the service is down (the retries keep failing).
      expect(await translationsSeen()).toEqual([]);
      up = true;
      await expect
        .poll(translationsSeen)
        .toEqual([{ language: 'es', body: '[en→es] Field trip on Friday', machine: true }]);
    } finally {
      up = false;
      await server?.close();
    }
  });
});
