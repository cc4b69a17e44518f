// Event delivery over real HTTP: nothing lost and nothing twice under concurrent writers,
// forced disconnects and two server instances on one database; and access read again on every
// delivery, so a guardian removed from a student stops hearing about them at once.
import { and, eq } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/database.js';
import { guardianships } from '../src/db/schema.js';
import { publish } from '../src/realtime.js';
import { seedDemo } from '../src/seed.js';
import { seedDistrict, type DistrictSpec } from '../src/seed.js';
import { startServer, type RunningServer } from '../src/server.js';
import {
  backends,
  busyDistrict,
  lockWaits,
  people,
  scratchPostgres,
  seeded,
  testConfig,
  tokenFor,
  type Backend,
} from './harness.js';
import { readStream, sseEvents, type Received } from './sse.js';

const HOUSEHOLDS = 12;
const PER_HOUSEHOLD = 90; // 1,080 messages in all
const SENDERS = 12; // requests at once, spread over the instances
const SESSION = 97; // the listener drops its connection after this many events

/** The server instances under test: two on one PostgreSQL database, one on PGlite (a single process's database). */
async function instances(
  backend: Backend,
  spec: DistrictSpec,
): Promise<{ servers: RunningServer[]; close(): Promise<void> }> {
  const config = testConfig({ port: 0, heartbeatMs: 500 });
  if (backend.name === 'pglite') {
    const database = await backend.open();
    await seedDistrict(database.db, spec);
    const server = await startServer(config, { database });
    return { servers: [server], close: () => server.close() };
  }
  const scratch = await scratchPostgres(process.env.DATABASE_URL!);
  const first = await openDatabase({ databaseUrl: scratch.url });
  await seedDistrict(first.db, spec);
  const servers = [
    await startServer(config, { database: first }),
    await startServer(config, { database: await openDatabase({ databaseUrl: scratch.url }) }),
  ];
  return {
    servers,
    async close() {
      for (const server of servers) await server.close();
      await scratch.drop();
    },
  };
}

for (const backend of backends) {
  describe(`event delivery on ${backend.name}`, () => {
    let run: Awaited<ReturnType<typeof instances>>;
    beforeAll(async () => {
      run = await instances(backend, busyDistrict(HOUSEHOLDS));
    });
    afterAll(() => run.close());

    it(`delivers each of ${HOUSEHOLDS * PER_HOUSEHOLD} concurrent messages exactly once to a listener that keeps dropping its connection`, async () => {
      const { servers } = run;
      const teacher = await tokenFor({ id: 'per_busy_teacher', tenant: 'ten_busy' });
      const families = await Promise.all(
        Array.from({ length: HOUSEHOLDS }, (_, i) => tokenFor({ id: `per_busy${i}`, tenant: 'ten_busy' })),
      );
      const total = HOUSEHOLDS * PER_HOUSEHOLD;
      const hardDeadline = Date.now() + 180_000;
      const sent = new Set<string>();
      let sendingDone = false;
      let lastArrival = Date.now();

      const jobs = Array.from({ length: total }, (_, n) => n);
      const sender = async () => {
        for (let n = jobs.shift(); n !== undefined; n = jobs.shift()) {
          const family = n % HOUSEHOLDS;
          const server = servers[n % servers.length]!;
          const response = await fetch(
            `${server.url}/api/v1/threads/thr_busy${family}_busy${family}_busy_teacher/messages`,
            {
              method: 'POST',
              headers: { Authorization: `Bearer ${families[family]}`, 'Content-Type': 'application/json' },
              body: JSON.stringify({ body: `message ${n}`, clientMessageId: `cm-${n}` }),
            },
          );
          expect(response.status).toBe(201);
          sent.add(((await response.json()) as { id: string }).id);
        }
      };

      // The teacher's stream replays from the start (Last-Event-ID 0: the seed wrote no events),
      // in sessions of SESSION events, each on the next instance, resuming from the last id seen.
      const received: Received[] = [];
      const listener = async () => {
        let session = 0;
        const created = () => received.filter((e) => e.type === 'message.created').length;
        // Done when all arrived; given up when nothing came for 15 s after the last send (a loss).
        const finished = () =>
          created() >= total || Date.now() > hardDeadline || (sendingDone && Date.now() - lastArrival > 15_000);
        while (!finished()) {
          const server = servers[session++ % servers.length]!;
          const batch = await readStream(server.url, teacher, {
            lastEventId: received.at(-1)?.id ?? 0,
            stop: (r) =>
              r.length >= SESSION || created() + r.filter((e) => e.type === 'message.created').length >= total,
            deadline: Math.min(hardDeadline, Date.now() + 3_000),
          });
          if (batch.length) lastArrival = Date.now();
          received.push(...batch);
        }
      };

      await Promise.all([
        listener(),
        Promise.all(Array.from({ length: SENDERS }, sender)).finally(() => {
          sendingDone = true;
        }),
      ]);

      expect(sent.size).toBe(total);
      const ids = received.map((e) => e.id);
      expect(new Set(ids).size).toBe(ids.length); // no event twice
      expect(ids).toEqual([...ids].sort((a, b) => a - b)); // in log order
      const delivered = received.filter((e) => e.type === 'message.created').map((e) => e.messageId!);
      const lost = [...sent].filter((id) => !delivered.includes(id));
      expect({ lost: lost.length, duplicated: delivered.length - new Set(delivered).size }).toEqual({
        lost: 0,
        duplicated: 0,
      });
      expect(new Set(delivered)).toEqual(sent);
    }, 240_000);
  });
}

for (const backend of backends) {
  describe(`revoked access on ${backend.name}`, () => {
    let server: RunningServer;
    beforeAll(async () => {
      server = await startServer(
        testConfig({ port: 0, heartbeatMs: 500, allowedOrigins: ['https://school.example'] }),
        {
          database: await seeded(backend),
        },
      );
    });
    afterAll(() => server.close());

    const send = async (person: { id: string; tenant: string }, threadId: string, body: string) => {
      const response = await fetch(`${server.url}/api/v1/threads/${threadId}/messages`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${await tokenFor(person)}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ body, clientMessageId: `revoke-${body}` }),
      });
      expect(response.status).toBe(201);
      return ((await response.json()) as { id: string }).id;
    };

    it('writes the stream to the socket itself with every header the other routes carry', async () => {
      // The events go to Node's response directly (not through a web stream): the middlewares'
      // headers must still arrive, and nothing of @hono/node-server's hand-off.
      const controller = new AbortController();
      const response = await fetch(`${server.url}/api/v1/events`, {
        headers: { Authorization: `Bearer ${await tokenFor(people.guardian)}`, Origin: 'https://school.example' },
        signal: controller.signal,
      });
      try {
        expect(response.status).toBe(200);
        expect(Object.fromEntries(response.headers)).toMatchObject({
          'content-type': 'text/event-stream',
          'cache-control': 'no-store',
          'x-accel-buffering': 'no',
          'access-control-allow-origin': 'https://school.example',
          'x-content-type-options': 'nosniff',
          'x-request-id': expect.stringMatching(/^[\w-]{8,}$/),
        });
        expect(response.headers.has('x-hono-already-sent')).toBe(false);
        expect(response.headers.has('content-length')).toBe(false);
        const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
        expect((await reader.read()).value).toMatch(/^: connected\nid: \d+\n\n$/); // where it starts in the log
      } finally {
        controller.abort();
      }
    });

    it('a guardian removed from a student stops hearing about them on the open stream and on a reopened one', async () => {
      const garcia = await tokenFor(people.guardian);
      const rivera = people.educator; // Mateo's teacher
      const okafor = { id: 'per_okafor', tenant: 'ten_riverside' }; // Sofía's teacher, Mateo's sister
      const deadline = Date.now() + 20_000;
      const ids: Record<string, string> = {};
      let live: Received[] = [];
      const has = (messageId: string | undefined) => live.some((e) => e.messageId === messageId);

      const open = readStream(server.url, garcia, {
        lastEventId: 0,
        stop: (received) => {
          live = received;
          return has(ids.after);
        },
        deadline,
      });
      ids.before = await send(rivera, 'thr_mateo_garcia_rivera', 'before');
      await expect.poll(() => has(ids.before)).toBe(true);

      await server.database.db
        .delete(guardianships)
        .where(and(eq(guardianships.personId, people.guardian.id), eq(guardianships.studentId, 'stu_mateo')));
      ids.revoked = await send(rivera, 'thr_mateo_garcia_rivera', 'revoked');
      ids.after = await send(okafor, 'thr_sofia_garcia_okafor', 'after'); // still her child: must arrive
      const onOpenStream = await open;
      expect(onOpenStream.map((e) => e.messageId)).toContain(ids.after);
      expect(onOpenStream.map((e) => e.messageId)).not.toContain(ids.revoked);

      // Reopened with the same token, replaying everything: nothing names Mateo any more.
      const replay = await readStream(server.url, garcia, {
        lastEventId: 0,
        stop: (received) => received.some((e) => e.messageId === ids.after),
        deadline: Date.now() + 20_000,
      });
      expect(replay.map((e) => e.messageId)).toContain(ids.after);
      expect(replay.filter((e) => e.studentId === 'stu_mateo')).toEqual([]);
      expect(replay.filter((e) => e.studentId === 'stu_sofia').length).toBeGreaterThan(0);
    });
  });
}

// Two tabs of one person at one place in the log share one read of it; a tab that opens while
// an older read is under way must not join it, for that read may predate an event it must see.
// PostgreSQL only: the older read is held on a lock, which needs a second connection.
describe.skipIf(!process.env.DATABASE_URL)('a tab opened while another tab reads', () => {
  it('does not share a read begun before it opened, so it gets an event that read cannot see', async () => {
    const scratch = await scratchPostgres(process.env.DATABASE_URL!);
    const database = await openDatabase({ databaseUrl: scratch.url });
    await seedDemo(database.db);
    const server = await startServer(testConfig({ port: 0, heartbeatMs: 60_000 }), { database });
    const locker = new pg.Client({ connectionString: scratch.url });
    await locker.connect();
    const tabs = new AbortController();
    try {
      const token = await tokenFor(people.guardian);
      const event = (messageId: string) =>
        database.db.transaction((tx) =>
          publish(tx, [people.guardian.id], {
            type: 'message.created',
            studentId: 'stu_mateo',
            threadId: 'thr_mateo_garcia_rivera',
            messageId,
          }),
        );
      const open = (lastEventId?: string) =>
        fetch(`${server.url}/api/v1/events`, {
          headers: { Authorization: `Bearer ${token}`, ...(lastEventId ? { 'Last-Event-ID': lastEventId } : {}) },
          signal: tabs.signal,
        });
      const first = await open();
      const firstReader = first.body!.pipeThrough(new TextDecoderStream()).getReader();
      const place = /^id: (\d+)$/m.exec((await firstReader.read()).value ?? '')?.[1];
      expect(place).toMatch(/^\d+$/);

      // The first tab's read, woken by one event, held where it asks which students the person sees.
      await locker.query('begin');
      await locker.query('lock table guardianships in access exclusive mode');
      const waiting = () => lockWaits((text) => locker.query(text), guardianships);
      expect(await waiting()).toBe(0); // nothing held yet
      await event('msg_seen_by_the_held_read');
      await expect.poll(waiting).toBe(1);
      // An event the held read cannot see (it read the log before), then a second tab at the same place.
      await event('msg_after_the_held_read_began');
      const second = await open(place);
      expect(second.status).toBe(200);
      await locker.query('commit');

      const received: string[] = [];
      const deadline = setTimeout(() => tabs.abort(), 10_000); // ends the test, not a wait: the heartbeat is a minute away
      try {
        for await (const got of sseEvents(second.body!)) {
          received.push(got.messageId ?? '');
          if (received.length === 2) break;
        }
      } catch {
        // aborted at the deadline: the assertion below says what was missing
      } finally {
        clearTimeout(deadline);
      }
      expect(received).toEqual(['msg_seen_by_the_held_read', 'msg_after_the_held_read_began']);
    } finally {
      tabs.abort();
      await locker.end();
      await server.close();
      await scratch.drop();
    }
  });
});
