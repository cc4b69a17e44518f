import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql, type SQL } from 'drizzle-orm';
import { drizzle as drizzleNodePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePostgres } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema.js';

/** One type for both drivers, and for a transaction on either (a transaction is a database). */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /**
   * LISTEN on a channel: PostgreSQL's own NOTIFY, so a notification sent inside a transaction
   * arrives only if it commits, and reaches every server instance on the same database.
   */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export type DatabaseLocation = { databaseUrl: string } | { dataDir: string } | { memory: true };

// src/db and dist/db are both two levels below the package folder.
const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));
// Any constant: serializes migrations when several servers start on one PostgreSQL.
const MIGRATION_LOCK = 7_267_331;

/** Opens PGlite (a folder, or memory) or PostgreSQL, and applies pending migrations. */
export async function openDatabase(location: DatabaseLocation): Promise<Database> {
  if ('databaseUrl' in location) {
    const pool = new pg.Pool({ connectionString: location.databaseUrl, max: 10 });
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
    // One dedicated connection for LISTEN, opened on first use.
    let listener: pg.Client | undefined;
    const handlers = new Map<string, Set<(payload: string) => void>>();
    const listen = async (channel: string, onPayload: (payload: string) => void) => {
      if (!listener) {
        listener = new pg.Client({ connectionString: location.databaseUrl });
        listener.on('error', (error) => console.error('PostgreSQL listener error:', error.message));
        listener.on('notification', (message) => {
          for (const handler of handlers.get(message.channel) ?? []) handler(message.payload ?? '');
        });
        await listener.connect();
      }
      if (!handlers.has(channel)) {
        handlers.set(channel, new Set());
        await listener.query(`listen "${channel.replace(/"/g, '')}"`);
      }
      handlers.get(channel)?.add(onPayload);
      return async () => {
        handlers.get(channel)?.delete(onPayload);
      };
    };
    return {
      db: drizzleNodePostgres({ client: pool, schema }),
      kind: 'postgres',
      listen,
      close: async () => {
        await listener?.end().catch(() => undefined);
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
    listen: async (channel, onPayload) => {
      const unlisten = await client.listen(channel, onPayload);
      return async () => unlisten();
    },
    close: () => client.close(),
  };
}

/** Cheap round trip for the health check. */
export async function ping(db: Db): Promise<void> {
  await db.execute(sql`select 1`);
}

/** Rows of a raw SQL query; both drivers answer `{ rows }`. */
export async function selectRows<Row>(db: Db, query: SQL): Promise<Row[]> {
  return ((await db.execute(query)) as unknown as { rows: Row[] }).rows;
}
