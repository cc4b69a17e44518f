import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql, type SQL } from 'drizzle-orm';
import { drizzle as drizzleNodePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePostgres } from 'drizzle-orm/node-postgres/migrator';
import { PgDialect, PgTransaction, type PgDatabase, type PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { describeError } from '../log.js';
import * as schema from './schema.js';

/** One type for both drivers, and for a transaction on either (a transaction is a database). */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Where it lives, for what opens connections of its own (the job queue). */
  connection: { kind: 'pglite'; client: PGlite } | { kind: 'postgres'; url: string };
  /**
   * LISTEN on a channel: PostgreSQL's own NOTIFY, so a notification sent inside a transaction
   * arrives only if it commits, and reaches every server instance on the same database.
   */
  listen(
    channel: string,
    onPayload: (payload: string) => void,
    /** After the listening connection was lost and is back: notifications may have been missed. */
    onResume?: () => void,
  ): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export type DatabaseLocation = { databaseUrl: string; pool?: PoolOptions } | { dataDir: string } | { memory: true };

export interface PoolOptions {
  /** Connections per server instance. */
  max: number;
  /** How long a request waits for a free connection before it is answered 503. */
  acquireTimeoutMs: number;
}

/**
 * The database cannot serve this request now (no free connection in time, or the server is
 * down or restarting): the API answers 503 with Retry-After, never a hang.
 */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

// node-postgres's words for "no connection": the pool's wait ran out, or the server is gone.
const UNAVAILABLE =
  /timeout exceeded when trying to connect|ECONNREFUSED|Connection terminated|the database system is (starting up|shutting down)|terminating connection due to administrator command|Client has encountered a connection error/;
// Shutting down or restarting, no connection, and too many clients (53300: the server's max_connections reached).
const UNAVAILABLE_CODES = new Set(['57P01', '57P02', '57P03', '08000', '08003', '08006', '08001', '08004', '53300']);

/** Whether an error (or its cause) means the database is unavailable rather than the request wrong. */
export function isUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e instanceof DatabaseUnavailableError) return true;
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
    if (UNAVAILABLE.test(e.message)) return true;
  }
  return false;
}

// src/db and dist/db are both two levels below the package folder.
const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));
// Any constant: serializes migrations when several servers start on one PostgreSQL.
const MIGRATION_LOCK = 7_267_331;

/** Opens PGlite (a folder, or memory) or PostgreSQL, and applies pending migrations. */
export async function openDatabase(location: DatabaseLocation): Promise<Database> {
  if ('databaseUrl' in location) {
    const pool = new pg.Pool({
      connectionString: location.databaseUrl,
      max: location.pool?.max ?? 10,
      connectionTimeoutMillis: location.pool?.acquireTimeoutMs ?? 5_000,
    });
    // An idle client's error (the server restarting) must not crash the process.
    pool.on('error', (error) => console.error('PostgreSQL pool error:', error.message));
    const client = await pool.connect();
    try {
      await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
      await migrateNodePostgres(drizzleNodePostgres({ client }), { migrationsFolder });
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
      client.release();
    }
    // One dedicated connection for LISTEN, opened on first use. When it is lost (PostgreSQL
    // restarted, a failover), it is opened again with backoff, every channel is listened to
    // again, and the resume hooks run: notifications sent meanwhile are gone, so listeners look
    // for themselves (the event log, not the notification, is what streams deliver).
    const handlers = new Map<string, Set<(payload: string) => void>>();
    const resumers = new Set<() => void>();
    let listener: Promise<pg.Client> | undefined;
    let closed = false;
    const quote = (channel: string) => `"${channel.replace(/"/g, '')}"`;
    const connectListener = async (): Promise<pg.Client> => {
      const client = new pg.Client({ connectionString: location.databaseUrl });
      client.on('notification', (message) => {
        for (const handler of handlers.get(message.channel) ?? []) handler(message.payload ?? '');
      });
      let lost = false;
      const reconnect = (error?: Error) => {
        if (lost || closed) return;
        lost = true;
        console.error(`PostgreSQL listener lost (${error?.name ?? 'end'}); reconnecting`);
        client.end().catch(() => undefined);
        listener = (async () => {
          for (let attempt = 0; ; attempt++) {
            if (closed) throw new DatabaseUnavailableError('closed');
            await new Promise((resolve) => setTimeout(resolve, Math.min(5_000, 100 * 2 ** attempt)));
            try {
              const next = await connectListener();
              for (const resume of resumers) resume();
              return next;
            } catch {
              // PostgreSQL still away: try again.
            }
          }
        })();
        listener.catch(() => undefined);
      };
      client.on('error', reconnect);
      client.on('end', () => reconnect());
      try {
        await client.connect();
        for (const channel of handlers.keys()) await client.query(`listen ${quote(channel)}`);
      } catch (error) {
        lost = true;
        await client.end().catch(() => undefined);
        throw error;
      }
      return client;
    };
    const listen = async (channel: string, onPayload: (payload: string) => void, onResume?: () => void) => {
      const isNew = !handlers.has(channel);
      if (isNew) handlers.set(channel, new Set());
      handlers.get(channel)?.add(onPayload);
      if (onResume) resumers.add(onResume);
      listener ??= connectListener(); // listens to every channel known by then
      const client = await listener;
      if (isNew) await client.query(`listen ${quote(channel)}`);
      return async () => {
        handlers.get(channel)?.delete(onPayload);
        if (onResume) resumers.delete(onResume);
      };
    };
    return {
      db: drizzleNodePostgres({ client: pool, schema }),
      kind: 'postgres',
      connection: { kind: 'postgres', url: location.databaseUrl },
      listen,
      close: async () => {
        closed = true;
        await (await listener?.catch(() => undefined))?.end().catch(() => undefined);
        await pool.end();
      },
    };
  }
  let client: PGlite;
  if ('dataDir' in location) {
    const dir = resolve(location.dataDir);
    mkdirSync(dir, { recursive: true }); // PGlite does not create parent folders.
    client = await PGlite.create(dir);
  } else {
    client = await PGlite.create();
  }
  const db = drizzlePglite({ client, schema });
  await migratePglite(db, { migrationsFolder });
  return {
    db,
    kind: 'pglite',
    connection: { kind: 'pglite', client },
    listen: async (channel, onPayload) => {
      const unlisten = await client.listen(channel, onPayload);
      return async () => unlisten();
    },
    close: () => client.close(),
  };
}

/**
 * A statement built once per database, not on every request: drizzle assembles its SQL text
 * once, and on PostgreSQL it is a named prepared statement, which each pooled connection parses
 * and plans once. `build` uses `sql.placeholder(…)` for every value; the statement's name must
 * be unique in the server (PostgreSQL refuses one name for two texts on a connection).
 */
export function prepared<T>(build: (db: Db) => T): (db: Db) => T {
  // Per database: a transaction is a database of its own, whose statements go with it.
  const built = new WeakMap<Db, T>();
  return (db) => {
    let statement = built.get(db);
    if (statement === undefined) built.set(db, (statement = build(db)));
    return statement;
  };
}

const dialect = new PgDialect();

/**
 * `prepared` for a raw SQL statement that drizzle's builders cannot express (the batched reads
 * and upserts over `unnest`): its text is assembled once, with `sql.placeholder(…)` for what
 * changes between calls, and sent as the named prepared statement `name`. Its rows come as
 * PostgreSQL answers them: name the columns as the row type has them.
 */
export function preparedRows<Row>(
  name: string,
  statement: SQL,
): (db: Db, values: Record<string, unknown>) => Promise<Row[]> {
  const query = dialect.sqlToQuery(statement);
  const build = prepared((db) => db._.session.prepareQuery(query, undefined, name, false));
  return async (db, values) => ((await build(db).execute(values)) as { rows: Row[] }).rows;
}

/** Cheap round trip for the health check. */
export async function ping(db: Db): Promise<void> {
  await db.execute(sql`select 1`);
}

/** Rows of a raw SQL query; both drivers answer `{ rows }`. */
export async function selectRows<Row>(db: Db, query: SQL): Promise<Row[]> {
  return ((await db.execute(query)) as unknown as { rows: Row[] }).rows;
}

/**
 * Independent queries: at once on the pool, one after another in a transaction, whose single
 * connection takes one query at a time (node-postgres queues a second one today, with a
 * deprecation warning, and refuses it from pg 9). drizzle's queries start when awaited.
 */
export async function allOf<const T extends readonly PromiseLike<unknown>[]>(
  db: Db,
  queries: T,
): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  type Results = { -readonly [K in keyof T]: Awaited<T[K]> };
  if (!(db instanceof PgTransaction)) return (await Promise.all(queries)) as Results;
  const results: unknown[] = [];
  for (const query of queries) results.push(await query);
  return results as Results;
}

export type AfterCommit = (task: (db: Db) => Promise<void>) => void;

/**
 * One write transaction, and work that waits for its commit (never run if it rolls back): run
 * on `db` once committed, its failures logged under `label`, never the writer's.
 */
export async function writeTransaction<T>(
  db: Db,
  work: (tx: Db, afterCommit: AfterCommit) => Promise<T>,
  label: string,
): Promise<T> {
  const tasks: ((db: Db) => Promise<void>)[] = [];
  const result = await db.transaction((tx) => work(tx, (task) => void tasks.push(task)));
  for (const task of tasks.splice(0)) {
    task(db).catch((error: unknown) => console.error(`[${label}] after-commit task failed: ${describeError(error)}`));
  }
  return result;
}
