// Reads are audited in batches, off the response's path (issue #15): each batch on its timer or
// when full, a failed batch kept and written once the database takes it, a bounded queue, and
// nothing lost when the server is stopped with SIGTERM.
import { connect } from 'node:net';
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { auditEvents } from '../src/db/schema.js';
import { openDatabase } from '../src/db/database.js';
import { ReadAuditLog } from '../src/read-audit.js';
import { seedDemo } from '../src/seed.js';
import { startInstance, stopChild, waitFor, type Instance } from './fleet.js';
import { backends, people, scratchPostgres, seeded, tokenFor } from './harness.js';

const AT = new Date('2031-02-03T15:00:00Z');
const reader = { id: 'per_garcia', tenantId: 'ten_riverside' };
const event = (resourceId: string) => ({ resourceType: 'goal', resourceId, studentId: 'stu_mateo' });

describe.each(backends)('read audit on $name', (backend) => {
  let database: Database;
  beforeAll(async () => {
    database = await seeded(backend);
  });
  afterAll(() => database.close());

  const writtenFor = async (ids: string[]) =>
    (await database.db.select().from(auditEvents).where(inArray(auditEvents.requestId, ids))).map((row) => ({
      requestId: row.requestId,
      action: row.action,
      actorId: row.actorId,
      resourceId: row.resourceId,
      at: row.at.toISOString(),
    }));
  /** Inserts fail while the table is away, as when the database refuses writes. */
  const tableAway = (away: boolean) =>
    database.db.execute(
      away
        ? sql`alter table audit_events rename to audit_events_away`
        : sql`alter table audit_events_away rename to audit_events`,
    );

  it('writes a batch on its timer, without a flush', async () => {
    const log = new ReadAuditLog(database.db, { intervalMs: 20 });
    const ids = ['timer-1', 'timer-2', 'timer-3'];
    for (const id of ids) await log.record(reader, event(`goal_${id}`), id, AT);
    expect(log.pending).toBe(3); // queued: the reads were answered without waiting
    await expect.poll(() => writtenFor(ids), { interval: 20 }).toHaveLength(3);
    expect((await writtenFor(ids)).sort((a, b) => a.requestId!.localeCompare(b.requestId!))).toEqual(
      ids.map((id) => ({
        requestId: id,
        action: 'read',
        actorId: 'per_garcia',
        resourceId: `goal_${id}`,
        at: AT.toISOString(),
      })),
    );
    await log.close();
  });

  it('writes a full batch at once, long before its timer', async () => {
    const log = new ReadAuditLog(database.db, { intervalMs: 3_600_000, batchSize: 4 });
    const ids = ['full-1', 'full-2', 'full-3', 'full-4'];
    for (const id of ids) await log.record(reader, event(id), id, AT);
    await expect.poll(() => writtenFor(ids), { interval: 20 }).toHaveLength(4);
    expect(log.pending).toBe(0);
    await log.close();
  });

  it('keeps a batch the database refused and writes it once the database takes it; past the high-water mark a read waits and fails', async () => {
    const messages: string[] = [];
    const log = new ReadAuditLog(database.db, {
      intervalMs: 3_600_000,
      highWater: 2,
      log: (line) => messages.push(line),
    });
    await tableAway(true);
    try {
      await log.record(reader, event('kept-1'), 'kept-1', AT);
      await log.record(reader, event('kept-2'), 'kept-2', AT);
      await expect(log.flush()).rejects.toThrow();
      expect(log.pending).toBe(2);
      // A third while two wait and none can be written: this read is not answered as if audited.
      await expect(log.record(reader, event('kept-3'), 'kept-3', AT)).rejects.toThrow();
      expect(log.pending).toBe(3);
    } finally {
      await tableAway(false);
    }
    await log.flush();
    expect(log.pending).toBe(0);
    expect((await writtenFor(['kept-1', 'kept-2', 'kept-3'])).map((row) => row.requestId).sort()).toEqual([
      'kept-1',
      'kept-2',
      'kept-3',
    ]);
    // Logged without the rows themselves: who read what stays in the database.
    expect(messages.join('\n')).not.toContain('per_garcia');
    await log.close();
  });

  it('writes what is left on close, and at once for a read recorded after it', async () => {
    const log = new ReadAuditLog(database.db, { intervalMs: 3_600_000 });
    await log.record(reader, event('closing-1'), 'closing-1', AT);
    expect(await writtenFor(['closing-1'])).toEqual([]);
    await log.close();
    expect(await writtenFor(['closing-1'])).toHaveLength(1);
    await log.record(reader, event('late-1'), 'late-1', AT);
    expect(await writtenFor(['late-1'])).toHaveLength(1);
  });
});

describe('read audit over a connection that fails in the worst places (PGlite)', () => {
  let database: Database;
  /** What the next audit inserts do: run and then report an error, or wait to be told to fail. */
  let fault:
    | { kind: 'none' }
    | { kind: 'lost-after-commit' }
    | { kind: 'stall'; release: Promise<void> }
    | { kind: 'fail-then-slow'; release: Promise<void>; back: Promise<void> } = { kind: 'none' };
  let attempts = 0;
  beforeAll(async () => {
    database = await openDatabase({ memory: true });
    if (database.connection.kind !== 'pglite') throw new Error('a PGlite connection to break');
    const client = database.connection.client;
    const query = client.query.bind(client);
    client.query = (async (...args: Parameters<typeof query>) => {
      if (!/insert into "audit_events"/.test(args[0])) return query(...args);
      attempts++;
      const now = fault;
      if (now.kind === 'stall' || (now.kind === 'fail-then-slow' && attempts === 1)) {
        await now.release;
        throw new Error('Connection terminated unexpectedly');
      }
      if (now.kind === 'fail-then-slow') await now.back; // back, and slow
      const result = await query(...args);
      if (now.kind === 'lost-after-commit') {
        fault = { kind: 'none' }; // once: the commit happened, only its answer was lost
        throw new Error('Connection terminated unexpectedly');
      }
      return result;
    }) as typeof client.query;
  });
  afterAll(() => database.close());

  const written = async () => (await database.db.select().from(auditEvents)).map((row) => row.requestId).sort();

  it('writes the next batches after one whose commit was lost on the way back (no duplicate of it)', async () => {
    const log = new ReadAuditLog(database.db, { intervalMs: 3_600_000, highWater: 3 });
    await log.record(reader, event('lost-1'), 'lost-1', AT);
    fault = { kind: 'lost-after-commit' };
    await expect(log.flush()).rejects.toHaveProperty('cause.message', 'Connection terminated unexpectedly');
    expect(log.pending).toBe(1); // kept: the log cannot know the row is in
    await log.record(reader, event('lost-2'), 'lost-2', AT);
    await log.flush();
    expect(log.pending).toBe(0);
    expect(await written()).toEqual(['lost-1', 'lost-2']);
    await log.close();
  });

  it('tries the last write again on close while the database is briefly away, for as long as it is told', async () => {
    const messages: string[] = [];
    const log = new ReadAuditLog(database.db, { intervalMs: 3_600_000, log: (line) => messages.push(line) });
    await log.record(reader, event('closing-retry'), 'closing-retry', AT);
    let back!: () => void;
    fault = { kind: 'stall', release: new Promise<void>((resolve) => (back = resolve)) };
    attempts = 0;
    const closed = log.close({ retryForMs: 60_000 });
    await expect.poll(() => attempts).toBe(1);
    fault = { kind: 'none' }; // back for the next attempt
    back();
    await closed;
    expect(attempts).toBe(2);
    expect(await written()).toContain('closing-retry');
    expect(messages).toEqual([expect.stringMatching(/^Read audit: 1 events not written yet, retrying: /)]);
  });

  it('a flush waiting behind a failed write resolves only once its rows are written, whoever flushes meanwhile', async () => {
    const log = new ReadAuditLog(database.db, { intervalMs: 3_600_000 });
    let refuse!: () => void;
    let answer!: () => void;
    attempts = 0;
    fault = {
      kind: 'fail-then-slow',
      release: new Promise<void>((resolve) => (refuse = resolve)),
      back: new Promise<void>((resolve) => (answer = resolve)),
    };
    await log.record(reader, event('behind-1'), 'behind-1', AT);
    const first = log.flush();
    const waiting = log.flush(); // as close() does, behind the write under way
    let waited = false;
    void waiting.then(() => (waited = true));
    // Another request, the moment the first write has failed: it records and flushes at once.
    const meanwhile = first.catch(() => {
      void log.record(reader, event('behind-2'), 'behind-2', AT);
      return log.flush();
    });
    refuse();
    await expect(first).rejects.toHaveProperty('cause.message', 'Connection terminated unexpectedly');
    await expect.poll(() => attempts).toBe(2); // a second write is under way, and waits on the database
    expect(waited).toBe(false); // not told its rows are in while they are still on their way
    answer();
    await Promise.all([waiting, meanwhile]);
    expect((await written()).filter((id) => id!.startsWith('behind-'))).toEqual(['behind-1', 'behind-2']);
    fault = { kind: 'none' };
    await log.close();
  });

  it('keeps one write waiting behind the one under way, however many flushes are asked for', async () => {
    const log = new ReadAuditLog(database.db, { intervalMs: 3_600_000 });
    let refuse!: () => void;
    // The database takes its time to refuse, every time, until it is back.
    fault = { kind: 'stall', release: new Promise<void>((resolve) => (refuse = resolve)) };
    attempts = 0;
    await log.record(reader, event('slow-0'), 'slow-0', AT);
    const first = log.flush();
    // Reads past the high-water mark and the shutdown, asking while the first write waits.
    const waiting = ['slow-1', 'slow-2', 'slow-3', 'slow-4'].map((id) =>
      log.record(reader, event(id), id, AT).then(() => log.flush()),
    );
    await new Promise((resolve) => setImmediate(resolve));
    refuse();
    await expect(first).rejects.toHaveProperty('cause.message', 'Connection terminated unexpectedly');
    for (const flush of waiting)
      await expect(flush).rejects.toHaveProperty('cause.message', 'Connection terminated unexpectedly');
    expect(attempts).toBe(2); // the first, then one for the four asked for while it waited
    expect(log.pending).toBe(5);
    fault = { kind: 'none' };
    await log.flush();
    expect((await written()).filter((id) => id!.startsWith('slow-'))).toEqual([
      'slow-0',
      'slow-1',
      'slow-2',
      'slow-3',
      'slow-4',
    ]);
    await log.close();
  });
});

const databaseUrl = process.env.DATABASE_URL;

describe.skipIf(!databaseUrl)('read audit of a server stopped with SIGTERM', () => {
  let scratch: Awaited<ReturnType<typeof scratchPostgres>> | undefined;
  let instance: Instance | undefined;

  beforeAll(async () => {
    scratch = await scratchPostgres(databaseUrl!);
    const database = await openDatabase({ databaseUrl: scratch.url });
    await seedDemo(database.db);
    await database.close();
    // A batch interval of an hour: only the shutdown can write these reads' events.
    instance = await startInstance(scratch.url, 'reader', {
      deadline: Date.now() + 60_000,
      heartbeatMs: 15_000,
      env: { TANDEM_READ_AUDIT_MS: '3600000' },
    });
  });
  afterAll(async () => {
    await stopChild(instance);
    await scratch?.drop();
  });

  it('writes every answered read before it exits', async () => {
    const token = await tokenFor(people.guardian);
    const paths = [
      '/api/v1/students/stu_mateo/goals',
      '/api/v1/students/stu_mateo',
      '/api/v1/goals/goal_mateo_reading',
    ];
    const requestIds: string[] = [];
    for (let i = 0; i < 30; i++) {
      const response = await fetch(`${instance!.url}${paths[i % paths.length]}`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      expect(response.status).toBe(200);
      await response.arrayBuffer();
      requestIds.push(response.headers.get('X-Request-Id')!);
    }
    expect(new Set(requestIds).size).toBe(30);

    // A request still being sent holds the shutdown open while a second SIGTERM comes, as from an
    // operator's second Ctrl-C or a supervisor repeating itself: it must not cut the shutdown short.
    const { hostname, port } = new URL(instance!.url);
    const slow = connect(Number(port), hostname);
    await new Promise((resolve) => slow.once('connect', resolve));
    const body = JSON.stringify({ body: 'Gracias', clientMessageId: 'sigterm-twice' });
    slow.write(
      `POST /api/v1/threads/thr_mateo_garcia_rivera/messages HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${token}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body.slice(0, 5)}`,
    );
    const answered = new Promise<string>((resolve) => {
      let text = '';
      slow.on('data', (chunk: Buffer) => (text += chunk.toString()));
      slow.on('close', () => resolve(text));
    });
    const said = (line: string) => () => instance!.output().includes(line);
    instance!.process.kill('SIGTERM');
    expect(await waitFor(Date.now() + 10_000, said('SIGTERM: finishing in-flight requests'))).toBe(true);
    instance!.process.kill('SIGTERM');
    const stillStopping = await Promise.race([
      instance!.exited.then(() => false),
      waitFor(Date.now() + 10_000, said('SIGTERM: already finishing')),
    ]);
    expect(stillStopping).toBe(true);
    slow.write(body.slice(5));
    expect((await answered).split('\r\n')[0]).toBe('HTTP/1.1 201 Created');
    await instance!.exited;
    expect(instance!.process.exitCode).toBe(0);

    const database = await openDatabase({ databaseUrl: scratch!.url });
    try {
      const rows = await database.db.select().from(auditEvents).where(inArray(auditEvents.requestId, requestIds));
      expect(rows.map((row) => row.requestId).sort()).toEqual([...requestIds].sort());
      expect(new Set(rows.map((row) => `${row.action} ${row.actorId}`))).toEqual(new Set(['read per_garcia']));
      const byResource = await database.db
        .select({ n: sql<number>`count(*)::int` })
        .from(auditEvents)
        .where(eq(auditEvents.resourceType, 'goals'));
      expect(byResource[0]!.n).toBe(10);
    } finally {
      await database.close();
    }
  });
});
