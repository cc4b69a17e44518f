import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../src/db/database.js';
import { Jobs } from '../src/jobs.js';
import { backends, scratchPostgres } from './harness.js';

// Workers look every half second (pg-boss's minimum); tests wait on what a job did, never a sleep.
const fast = { pollingIntervalSeconds: 0.5, log: () => undefined };
const noRetry = { retryLimit: 0, retryDelaySeconds: 0, retryBackoff: false };

describe.each(backends)('durable jobs on $name', (backend) => {
  let database: Database;
  let jobs: Jobs;
  beforeAll(async () => {
    database = await backend.open();
    jobs = await Jobs.start(database, fast);
  });
  afterAll(async () => {
    await jobs?.stop();
    await database?.close();
  });

  it('a job queued in a transaction exists only if the transaction commits, and runs once with its data', async () => {
    const seen: { n: number }[] = [];
    await jobs.define<{ n: number }>('commit-or-not', noRetry, async (data) => {
      seen.push(data);
    });
    let rolledBack: string | undefined;
    await database.db
      .transaction(async (tx) => {
        rolledBack = await jobs.send('commit-or-not', { n: 1 }, { tx });
        throw new Error('the write failed');
      })
      .catch(() => undefined);
    const committed = await database.db.transaction((tx) => jobs.send('commit-or-not', { n: 2 }, { tx }));
    await expect.poll(() => jobs.state('commit-or-not', committed)).toBe('completed');
    expect(seen).toEqual([{ n: 2 }]);
    expect(rolledBack).toBeTypeOf('string');
    expect(await jobs.state('commit-or-not', rolledBack!)).toBeUndefined();
  });

  it('retries a failing job as many times as its queue says, then leaves it failed', async () => {
    const attempts: number[] = [];
    await jobs.define<{ why: string }>(
      'always-fails',
      { retryLimit: 2, retryDelaySeconds: 0, retryBackoff: false },
      async (_data, job) => {
        attempts.push(job.retryCount);
        throw new Error('the provider is down');
      },
    );
    const id = await jobs.send('always-fails', { why: 'test' });
    await expect.poll(() => jobs.state('always-fails', id)).toBe('failed');
    expect(attempts).toEqual([0, 1, 2]);
  });

  it('works a batch job by job: one that fails is retried, the others complete, and a full batch fetches again at once', async () => {
    const attempts = new Map<number, number>();
    await jobs.define<{ n: number }>(
      'batched',
      { retryLimit: 1, retryDelaySeconds: 0, retryBackoff: false, batchSize: 3 },
      async (data) => {
        attempts.set(data.n, (attempts.get(data.n) ?? 0) + 1);
        if (data.n === 4) throw new Error('the provider refused this one');
      },
    );
    const ids: string[] = [];
    for (let n = 0; n < 7; n++) ids.push(await jobs.send('batched', { n }));
    await expect.poll(() => jobs.state('batched', ids[4]!), { timeout: 10_000 }).toBe('failed');
    const states = await Promise.all(ids.map((id) => jobs.state('batched', id)));
    expect(states).toEqual(['completed', 'completed', 'completed', 'completed', 'failed', 'completed', 'completed']);
    expect([...attempts.entries()].sort(([a], [b]) => a - b)).toEqual([
      [0, 1],
      [1, 1],
      [2, 1],
      [3, 1],
      [4, 2],
      [5, 1],
      [6, 1],
    ]);
  });

  it('does not run a job before its start time', async () => {
    const ran: string[] = [];
    await jobs.define<{ id: string }>('later', noRetry, async (data) => {
      ran.push(data.id);
    });
    const later = await jobs.send('later', { id: 'later' }, { startAfter: new Date(Date.now() + 3_600_000) });
    const now = await jobs.send('later', { id: 'now' });
    await expect.poll(() => jobs.state('later', now)).toBe('completed');
    expect(ran).toEqual(['now']);
    expect(await jobs.state('later', later)).toBe('created');
  });
});

describe('durable jobs across a restart (PGlite in a folder)', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'tandem-jobs-'));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('a job queued before the server stopped runs after it starts again', async () => {
    const first = await openDatabase({ dataDir: folder });
    const before = await Jobs.start(first, fast);
    // The queue exists, but no worker on this instance: the job waits.
    await before.define('restart', noRetry, async () => {
      throw new Error('not on this instance');
    });
    await before.stop();
    const stopped = await Jobs.start(first, fast);
    const id = await stopped.send('restart', { n: 1 });
    await stopped.stop();
    await first.close();

    const second = await openDatabase({ dataDir: folder });
    const after = await Jobs.start(second, fast);
    const ran: number[] = [];
    await after.define<{ n: number }>('restart', noRetry, async (data) => {
      ran.push(data.n);
    });
    await expect.poll(() => after.state('restart', id)).toBe('completed');
    expect(ran).toEqual([1]);
    await after.stop();
    await second.close();
  });
});

describe.skipIf(!process.env.DATABASE_URL)('durable jobs on two instances (PostgreSQL)', () => {
  it('each of 20 jobs runs once, on one instance or the other', async () => {
    const scratch = await scratchPostgres(process.env.DATABASE_URL!);
    const [a, b] = [await openDatabase({ databaseUrl: scratch.url }), await openDatabase({ databaseUrl: scratch.url })];
    const instances = [await Jobs.start(a, fast), await Jobs.start(b, fast)];
    const runs: { job: number; instance: number }[] = [];
    for (const [instance, jobs] of instances.entries()) {
      await jobs.define<{ job: number }>('shared', noRetry, async (data) => {
        await a.db.execute(sql`select pg_sleep(0.01)`); // long enough for both to be polling
        runs.push({ job: data.job, instance });
      });
    }
    const ids = [];
    for (let job = 0; job < 20; job++) ids.push(await instances[job % 2]!.send('shared', { job }));
    await expect.poll(() => runs.length, { timeout: 30_000 }).toBe(20);
    expect(runs.map((r) => r.job).sort((x, y) => x - y)).toEqual([...Array(20).keys()]);
    expect(new Set(runs.map((r) => r.instance)).size).toBe(2);
    for (const jobs of instances) await jobs.stop();
    await a.close();
    await b.close();
    await scratch.drop();
  });
});
