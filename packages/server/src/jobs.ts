// Durable background jobs (notifications, reminders, retries) in the application's own
// database, through pg-boss: on PGlite for the demo (its embedded backend) and on PostgreSQL in
// production, where several instances share the queue and each job runs once (SKIP LOCKED).
// Jobs survive restarts, are retried with backoff and end in a visible `failed` state.
import { randomUUID } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import { fromDrizzle, fromPglite, PgBoss, type Clock, type ConstructorOptions } from 'pg-boss';
import type { Database, Db } from './db/database.js';
import { describeError } from './log.js';

/** pg-boss's own tables live apart from the application's (drizzle never sees them). */
export const JOBS_SCHEMA = 'tandem_jobs';

export type JobState = 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed';

export interface JobsOptions {
  /** pg-boss's source of time and timers; tests pass a controllable one. */
  clock?: Clock;
  /** How often an idle worker looks for due jobs (pg-boss's minimum is 0.5). */
  pollingIntervalSeconds?: number;
  /** Where failures of the queue itself are said (ids only, never a job's data). */
  log?: (line: string) => void;
}

export interface QueueSpec {
  /** Attempts after the first. */
  retryLimit: number;
  retryDelaySeconds: number;
  /** Each retry waits about twice as long as the one before. */
  retryBackoff: boolean;
  /**
   * Jobs taken per fetch (default 1). Above 1 the worker fetches again at once while fetches
   * come back full, so a backlog (a message to 500 families) drains without waiting on polls.
   */
  batchSize?: number;
}

export interface SendOptions {
  /**
   * Not before this time (the end of quiet hours, a reminder the day before). Without it, the
   * sending connection's `now()`: in a transaction of ours that is the database's wall clock,
   * not a test clock's time, so callers that follow the server's clock pass its now.
   */
  startAfter?: Date;
  /** Send inside this transaction: the job exists only if the transaction commits. */
  tx?: Db;
}

const TEST_UPKEEP = {
  superviseIntervalSeconds: 3600,
  monitorIntervalSeconds: 3600,
  queueCacheIntervalSeconds: 3600,
  clockMonitorIntervalSeconds: 600,
  bamIntervalSeconds: 3600,
  flowIntervalSeconds: 3600,
};

export class Jobs {
  readonly #boss: PgBoss;
  readonly #polling: number;

  private constructor(boss: PgBoss, polling: number) {
    this.#boss = boss;
    this.#polling = polling;
  }

  /** Creates pg-boss's schema on first use (or migrates it) and starts its upkeep. */
  static async start(database: Database, options: JobsOptions = {}): Promise<Jobs> {
    const { connection } = database;
    const where: ConstructorOptions =
      connection.kind === 'pglite'
        ? { db: fromPglite(connection.client), backend: 'pglite' }
        : { connectionString: connection.url, max: 2 };
    const polling = options.pollingIntervalSeconds ?? 2;
    const boss = new PgBoss({
      ...where,
      schema: JOBS_SCHEMA,
      schedule: false, // no cron jobs: what is due is a job with its own start time
      // A test clock fires every upkeep timer it passes: hourly upkeep keeps an hour's tick cheap.
      ...(options.clock ? { clock: options.clock, ...TEST_UPKEEP } : {}),
    });
    const log = options.log ?? ((line: string) => console.error(line));
    boss.on('error', (error) => log(`job queue error: ${describeError(error)}`));
    await boss.start();
    return new Jobs(boss, polling);
  }

  /** A queue and the one handler that works its jobs, on this instance. */
  async define<T extends object>(
    name: string,
    spec: QueueSpec,
    handler: (data: T, job: { id: string; retryCount: number }) => Promise<void>,
  ): Promise<void> {
    await this.#boss.createQueue(name, {
      retryLimit: spec.retryLimit,
      retryDelay: spec.retryDelaySeconds,
      retryBackoff: spec.retryBackoff,
    });
    const batchSize = spec.batchSize ?? 1;
    await this.#boss.work<T>(
      name,
      { pollingIntervalSeconds: this.#polling, batchSize, burstWhenBatchFull: batchSize > 1 },
      async (jobs) => {
        // Each job of a batch on its own: one that fails is retried (or failed), the others complete.
        for (const job of jobs) {
          try {
            await handler(job.data, { id: job.id, retryCount: job.retryCount });
          } catch (error) {
            if (jobs.length === 1) throw error;
            await this.#boss.fail(name, job.id, { message: describeError(error) });
          }
        }
      },
    );
  }

  /** Queues a job; its id. */
  async send<T extends object>(name: string, data: T, options: SendOptions = {}): Promise<string> {
    const id = await this.#boss.send(name, data, {
      ...(options.startAfter ? { startAfter: options.startAfter } : {}),
      ...(options.tx ? { db: inTransaction(options.tx) } : {}),
    });
    if (!id) throw new Error(`job queue ${name} refused a job`);
    return id;
  }

  /**
   * Queues several jobs of one queue in one statement; their ids, in order. The ids are made
   * here, so that the caller can record them without asking the queue back.
   */
  async sendMany<T extends object>(
    name: string,
    jobs: { data: T; startAfter?: Date }[],
    options: Pick<SendOptions, 'tx'> = {},
  ): Promise<string[]> {
    const inserts = jobs.map(({ data, startAfter }) => ({
      id: randomUUID(),
      data,
      ...(startAfter ? { startAfter } : {}),
    }));
    if (inserts.length) await this.#boss.insert(name, inserts, options.tx ? { db: inTransaction(options.tx) } : {});
    return inserts.map(({ id }) => id);
  }

  /** Where a job stands, or undefined for one the queue does not know (or no longer keeps). */
  async state(name: string, id: string): Promise<JobState | undefined> {
    return (await this.#boss.getJobById(name, id))?.state;
  }

  /** Stops taking jobs, lets those under way finish (up to `graceMs`), and closes its connections. */
  async stop(graceMs = 5_000): Promise<void> {
    await this.#boss.stop({ graceful: true, timeout: graceMs });
  }
}

/** pg-boss's statements on a drizzle transaction of either driver (both answer `{ rows }`). */
function inTransaction(tx: Db) {
  return fromDrizzle({ execute: (query) => tx.execute(query as SQL) as unknown as Promise<{ rows: never[] }> }, sql);
}
