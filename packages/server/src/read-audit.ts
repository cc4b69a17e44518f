import { sql } from 'drizzle-orm';
import type { Actor } from './auth.js';
import { preparedRows, type Db } from './db/database.js';
import { auditEvents } from './db/schema.js';
import { newId } from './ids.js';
import { describeError } from './log.js';

/** What a read audits: which record of which student. */
export interface ReadEvent {
  resourceType: string;
  resourceId: string;
  studentId: string | null;
}

export interface ReadAuditOptions {
  /** How long an event waits at most before its batch is written, in ms. */
  intervalMs?: number;
  /** A batch is written as soon as this many wait. */
  batchSize?: number;
  /**
   * While more than this many wait (the database is refusing writes), a read waits for its
   * event to be written, and fails when it cannot be: memory stays bounded, and no read goes
   * unaudited for longer than the database is away.
   */
  highWater?: number;
  log?: (line: string) => void;
}

/** A queued event: every column given (the insert names them all). */
type Row = Required<typeof auditEvents.$inferInsert>;

// One array per column, so a batch is one prepared statement whatever its size; batches stay
// bounded so that a backlog (after an outage) is written in statements of reasonable size. A
// batch tried again after an error may have committed already (the connection lost after its
// COMMIT): its rows keep their ids, and those already in are skipped, not a duplicate key that
// would hold every later batch back.
const ROWS_PER_INSERT = 1_000;
const insertReads = preparedRows<never>(
  'audit_reads_insert',
  sql`insert into ${auditEvents} (id, tenant_id, actor_id, action, resource_type, resource_id, student_id, request_id, at)
      select * from unnest(${sql.placeholder('id')}::text[], ${sql.placeholder('tenantId')}::text[],
        ${sql.placeholder('actorId')}::text[], ${sql.placeholder('action')}::text[],
        ${sql.placeholder('resourceType')}::text[], ${sql.placeholder('resourceId')}::text[],
        ${sql.placeholder('studentId')}::text[], ${sql.placeholder('requestId')}::text[],
        ${sql.placeholder('at')}::timestamptz[])
      on conflict (id) do nothing`,
);
/** A batch of rows as the insert's columns. */
const columnsOf = (rows: Row[]) => ({
  id: rows.map((row) => row.id),
  tenantId: rows.map((row) => row.tenantId),
  actorId: rows.map((row) => row.actorId),
  action: rows.map((row) => row.action),
  resourceType: rows.map((row) => row.resourceType),
  resourceId: rows.map((row) => row.resourceId),
  studentId: rows.map((row) => row.studentId ?? null),
  requestId: rows.map((row) => row.requestId ?? null),
  at: rows.map((row) => row.at.toISOString()),
});
/** Every log of this process with events waiting, per database: `flushReadAudits` writes them all. */
const open = new WeakMap<Db, Set<ReadAuditLog>>();

/**
 * The audit events of reads, written in batches off the response's path: a read is answered
 * without waiting for its own insert and commit. Writes are still audited in their own
 * transaction (`audit()`). A batch goes every `intervalMs`, at once when `batchSize` wait, and on
 * `close()`, which the server calls on shutdown (SIGTERM) before its database closes. A batch
 * that cannot be written stays queued and is tried again.
 */
export class ReadAuditLog {
  readonly #db: Db;
  readonly #batchSize: number;
  readonly #highWater: number;
  readonly #log: (line: string) => void;
  readonly #timer: ReturnType<typeof setInterval>;
  #pending: Row[] = [];
  #closed = false;
  /** The write under way, if any. */
  #current: Promise<void> | undefined;
  /** The one write after it, for every flush asked for meanwhile: it takes whatever waits by then. */
  #next: { promise: Promise<void>; settle: (write: Promise<void>) => void } | undefined;

  constructor(db: Db, options: ReadAuditOptions = {}) {
    this.#db = db;
    this.#batchSize = options.batchSize ?? 500;
    this.#highWater = options.highWater ?? 10_000;
    this.#log = options.log ?? ((line) => console.error(line));
    this.#timer = setInterval(() => this.#flushInBackground(), options.intervalMs ?? 250);
    this.#timer.unref(); // the server's close() writes what is left; the timer keeps nothing alive
    let logs = open.get(db);
    if (!logs) open.set(db, (logs = new Set()));
    logs.add(this);
  }

  /** Queues one read's event. Resolves at once, unless too many wait (see `highWater`). */
  async record(
    actor: Pick<Actor, 'id' | 'tenantId'>,
    event: ReadEvent,
    requestId: string | undefined,
    at: Date,
  ): Promise<void> {
    this.#pending.push({
      id: newId('aud'),
      tenantId: actor.tenantId,
      actorId: actor.id,
      action: 'read',
      ...event,
      requestId: requestId ?? null,
      at,
    });
    // After close() (a request that outlived the shutdown's grace), nothing else would write it.
    if (this.#closed || this.#pending.length > this.#highWater) await this.flush();
    else if (this.#pending.length >= this.#batchSize) this.#flushInBackground();
  }

  /** How many events wait to be written. */
  get pending(): number {
    return this.#pending.length;
  }

  /** Writes every event queued so far; resolves once they are committed. */
  flush(): Promise<void> {
    if (!this.#current) return this.#start();
    // At most one write waits behind the one under way, whoever asks: while the database is slow
    // to refuse, reads and close() wait for two attempts, not for one per tick of the outage.
    if (!this.#next) {
      let settle!: (write: Promise<void>) => void;
      const promise = new Promise<void>((resolve) => (settle = resolve));
      this.#next = { promise, settle };
    }
    return this.#next.promise;
  }

  #start(): Promise<void> {
    const current: Promise<void> = this.#write().finally(() => {
      // The next write starts here, in the same turn: no flush can slip in between and take its rows.
      this.#current = undefined;
      const next = this.#next;
      this.#next = undefined;
      next?.settle(this.#start());
    });
    this.#current = current;
    return current;
  }

  /** Writes batch after batch, in order; a failed one stays queued, first, for the next write. */
  async #write(): Promise<void> {
    while (this.#pending.length) {
      const batch = this.#pending.splice(0, ROWS_PER_INSERT);
      try {
        await insertReads(this.#db, columnsOf(batch));
      } catch (error) {
        this.#pending.unshift(...batch);
        throw error;
      }
    }
  }

  /**
   * Stops the timer and writes what is left: the last thing before the database closes. A write
   * that fails is tried again, with a growing wait, for up to `retryForMs` (a database restarting in
   * the same deploy); past it, the error is thrown and the rows are lost with the process.
   */
  async close({ retryForMs = 0 }: { retryForMs?: number } = {}): Promise<void> {
    clearInterval(this.#timer);
    this.#closed = true;
    open.get(this.#db)?.delete(this);
    const deadline = Date.now() + retryForMs;
    for (let wait = 100; ; wait = Math.min(wait * 2, 2_000)) {
      try {
        return await this.flush();
      } catch (error) {
        const left = deadline - Date.now();
        if (left <= 0) throw error;
        this.#log(`Read audit: ${this.#pending.length} events not written yet, retrying: ${describeError(error)}`);
        await new Promise((resolve) => setTimeout(resolve, Math.min(wait, left)));
      }
    }
  }

  #flushInBackground() {
    // A tick while a write is under way waits for the next: that write takes what is queued.
    if (!this.#pending.length || this.#current) return;
    const waiting = this.#pending.length;
    this.flush().catch((error: unknown) => {
      // Counts and causes only: the rows stay queued, and say who read what.
      this.#log(`Read audit: ${waiting} events not written yet, retrying: ${describeError(error)}`);
    });
  }
}

/**
 * Writes the read audits this process has queued for a database (every log of it): for a check
 * that reads the audit table, or for a caller about to close the database itself.
 */
export async function flushReadAudits(db: Db): Promise<void> {
  await Promise.all([...(open.get(db) ?? [])].map((log) => log.flush()));
}
