// A server stopped for a deploy releases its event streams' places among each person's open
// streams (stream_leases): a family whose tabs reconnect to the next instance is let in at
// once, not refused "Close another Tandem tab" until the old leases lapse.
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/database.js';
import { streamLeases } from '../src/db/schema.js';
import { seedDemo } from '../src/seed.js';
import { startInstance, stopChild, waitFor, type Instance } from './fleet.js';
import { people, scratchPostgres, tokenFor } from './harness.js';

const databaseUrl = process.env.DATABASE_URL;
/** A family's tabs on a busy instance: enough that releasing their leases takes a while. */
const TABS = 200;

describe.skipIf(!databaseUrl)('a server stopped with SIGTERM', () => {
  let scratch: Awaited<ReturnType<typeof scratchPostgres>> | undefined;
  const instances: Instance[] = [];
  const start = async (name: string) => {
    const instance = await startInstance(scratch!.url, name, {
      deadline: Date.now() + 60_000,
      // Leases last three heartbeats: a minute, far longer than the test.
      heartbeatMs: 20_000,
      env: { TANDEM_MAX_STREAMS_PER_PERSON: String(TABS) },
    });
    instances.push(instance);
    return instance;
  };

  beforeAll(async () => {
    scratch = await scratchPostgres(databaseUrl!);
    const database = await openDatabase({ databaseUrl: scratch.url });
    await seedDemo(database.db);
    await database.close();
  });
  afterAll(async () => {
    for (const instance of instances) await stopChild(instance);
    await scratch?.drop();
  });

  it('releases its streams’ places, so the next instance lets the family’s tabs back in at once', async () => {
    const token = await tokenFor(people.guardian);
    const open = async (instance: Instance) => {
      const response = await fetch(`${instance.url}/api/v1/events`, { headers: { Authorization: `Bearer ${token}` } });
      const reader = response.body!.getReader();
      if (response.status === 200) await reader.read(); // ": connected": the stream runs, its lease held
      return { status: response.status, reader };
    };
    const first = await start('first');
    const tabs = await Promise.all(Array.from({ length: TABS }, () => open(first)));
    expect(tabs.filter((tab) => tab.status === 200)).toHaveLength(TABS);
    expect((await open(first)).status).toBe(429);

    first.process.kill('SIGTERM');
    await first.exited;
    expect(first.process.exitCode).toBe(0);
    for (const tab of tabs) await tab.reader.cancel().catch(() => undefined);

    const database = await openDatabase({ databaseUrl: scratch!.url });
    try {
      const held = await database.db.select().from(streamLeases).where(eq(streamLeases.personId, people.guardian.id));
      expect(held).toEqual([]);
    } finally {
      await database.close();
    }
    const next = await start('next');
    const back = await Promise.all(Array.from({ length: TABS }, () => open(next)));
    expect(back.filter((tab) => tab.status === 200)).toHaveLength(TABS);
    for (const tab of back) await tab.reader.cancel();
  });

  it('leaves, exit code 1, when its last writes cannot finish: a database that stops answering cannot hold it forever', async () => {
    // The read's audit row waits for the shutdown (a batch interval of an hour); the table is
    // locked from another connection, so that write waits on the lock with no end.
    const instance = await startInstance(scratch!.url, 'stuck', {
      deadline: Date.now() + 60_000,
      heartbeatMs: 20_000,
      env: { TANDEM_READ_AUDIT_MS: '3600000', TANDEM_SHUTDOWN_GRACE_MS: '500' },
    });
    instances.push(instance);
    const locker = new pg.Client({ connectionString: scratch!.url });
    await locker.connect();
    try {
      const read = await fetch(`${instance.url}/api/v1/students/stu_mateo/goals`, {
        headers: { Authorization: `Bearer ${await tokenFor(people.guardian)}` },
      });
      expect(read.status).toBe(200);
      await read.arrayBuffer();
      await locker.query('begin');
      await locker.query('lock table audit_events in access exclusive mode');
      instance.process.kill('SIGTERM');
      // Its grace period (0.5 s) and 5 s for its last writes; the test gives it three times that.
      expect(await waitFor(Date.now() + 16_500, () => instance.process.exitCode !== null, 100)).toBe(true);
      expect(instance.process.exitCode).toBe(1);
      expect(instance.output()).toContain(
        'Shutdown did not finish within 5500 ms: exiting with its last writes undone.',
      );
    } finally {
      await locker.end();
    }
  });
});
