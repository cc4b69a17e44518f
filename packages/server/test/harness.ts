// Test harness: every suite runs on PGlite, and on PostgreSQL too when DATABASE_URL is set.
import { calendarDateIn, PROBLEM_CONTENT_TYPE, type ProblemType } from '@tandem/contract';
import { randomBytes } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import pg from 'pg';
import { getTableName, is, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { SignJWT } from 'jose';
import { expect } from 'vitest';
import { createApp } from '../src/app.js';
import { loadConfig, type ServerConfig } from '../src/config.js';
import { openDatabase, type Database } from '../src/db/database.js';
import * as schema from '../src/db/schema.js';
import { seedDemo, seedDistrict, type DistrictSpec } from '../src/seed.js';
import { flushReadAudits } from '../src/read-audit.js';

export const TEST_SECRET = 'test-secret-that-is-at-least-32-bytes-long!';
export const ISSUER = 'https://district.example/test';
export const AUDIENCE = 'tandem';

export interface Backend {
  name: 'pglite' | 'postgres';
  open(): Promise<Database>;
}

/** A new, empty PostgreSQL database next to `url`'s, and a way to drop it. */
export async function scratchPostgres(url: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `tandem_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const scratch = new URL(url);
  scratch.pathname = `/${name}`;
  return {
    url: scratch.toString(),
    async drop() {
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

/**
 * How many statements wait for a lock on `table` (PostgreSQL), through `query` on any connection.
 * From pg_locks, read afresh at each call: pg_stat_activity, inside a transaction, keeps its first
 * list of backends, so a pool connection opened after it would never be seen waiting.
 */
export async function lockWaits(query: (text: string) => PromiseLike<unknown>, table: PgTable): Promise<number> {
  const result = (await query(
    `select count(*)::int as n from pg_locks where relation = '${getTableName(table)}'::regclass and not granted`,
  )) as { rows: { n: number }[] };
  return result.rows[0]!.n;
}

/** A fresh PostgreSQL database per call, dropped on close, so suites never see each other's rows. */
async function openScratchPostgres(url: string): Promise<Database> {
  const scratch = await scratchPostgres(url);
  const database = await openDatabase({ databaseUrl: scratch.url });
  return {
    ...database,
    async close() {
      await database.close();
      await scratch.drop();
    },
  };
}

export const backends: Backend[] = [
  { name: 'pglite', open: () => openDatabase({ memory: true }) },
  ...(process.env.DATABASE_URL
    ? [{ name: 'postgres' as const, open: () => openScratchPostgres(process.env.DATABASE_URL!) }]
    : []),
];

export function testConfig(overrides: Partial<ServerConfig> = {}): ServerConfig {
  const base = loadConfig(
    { TANDEM_JWT_SECRET: TEST_SECRET, TANDEM_JWT_ISSUER: ISSUER, TANDEM_JWT_AUDIENCE: AUDIENCE, PORT: '0' },
    { demo: true },
  );
  // Suites send hundreds of requests as one person; the rate-limit tests set their own limits.
  return { ...base, rateLimit: { burst: 100_000, perSecond: 100_000 }, ...overrides };
}

/** A second district, so that every test can check that tenants never see each other. */
export const otherDistrict: DistrictSpec = {
  tenant: { id: 'ten_lakeside', name: 'Lakeside School District' },
  schools: [{ id: 'sch_lakeside', name: 'Lakeside Elementary', timeZone: 'America/Los_Angeles' }],
  staff: [{ id: 'per_lake_teacher', name: 'Sam Lake', kind: 'educator', role: 'teacher', students: ['stu_lake'] }],
  households: [
    {
      guardians: [{ id: 'per_lake_parent', name: 'Pat Lake', language: 'en', relationship: 'parent' }],
      students: [{ id: 'stu_lake', given: 'Lee', family: 'Lake', grade: '3', school: 'sch_lakeside' }],
    },
  ],
  goals: [
    {
      id: 'goal_lake',
      student: 'stu_lake',
      domain: 'academic',
      statement: 'Read every day',
      measureType: 'duration',
      unit: 'minutes',
      baseline: 5,
      target: 15,
      createdBy: 'per_lake_teacher',
      steps: [],
    },
  ],
};

/**
 * One educator and `households` families, each with a child and a direct thread with the educator
 * (`thr_busy<i>_busy<i>_busy_teacher`); the seed writes no events, so a stream from id 0 sees them all.
 */
export function busyDistrict(households: number): DistrictSpec {
  const range = Array.from({ length: households }, (_, i) => i);
  return {
    tenant: { id: 'ten_busy', name: 'Busy District' },
    schools: [{ id: 'sch_busy', name: 'Busy Elementary', timeZone: 'America/Chicago' }],
    staff: [
      {
        id: 'per_busy_teacher',
        name: 'Busy Teacher',
        kind: 'educator',
        role: 'teacher',
        students: range.map((i) => `stu_busy${i}`),
      },
    ],
    households: range.map((i) => ({
      guardians: [{ id: `per_busy${i}`, name: `Parent ${i}`, language: 'en', relationship: 'parent' }],
      students: [{ id: `stu_busy${i}`, given: `Kid${i}`, family: 'Busy', grade: '2', school: 'sch_busy' }],
    })),
    goals: [],
    conversations: range.map((i) => ({
      student: `stu_busy${i}`,
      guardian: `per_busy${i}`,
      educator: 'per_busy_teacher',
      lines: [],
    })),
  };
}

/** Both districts, seeded. */
export async function seeded(backend: Backend): Promise<Database> {
  const database = await backend.open();
  await seedDemo(database.db);
  await seedDistrict(database.db, otherDistrict);
  return database;
}

/** Who is who in the seeded districts, for the authorization matrix and the scenarios. */
export const people = {
  guardian: { id: 'per_garcia', tenant: 'ten_riverside' }, // Mateo's mother
  otherGuardian: { id: 'per_patel', tenant: 'ten_riverside' }, // Arjun's mother
  educator: { id: 'per_rivera', tenant: 'ten_riverside' }, // Mateo's teacher
  otherEducator: { id: 'per_okafor', tenant: 'ten_riverside' }, // not Mateo's
  admin: { id: 'per_kim', tenant: 'ten_riverside' },
  otherTenant: { id: 'per_lake_teacher', tenant: 'ten_lakeside' },
} as const;

export async function tokenFor(
  person: { id: string; tenant: string },
  claims: {
    issuer?: string;
    audience?: string;
    expiresIn?: number;
    secret?: string;
    /** When the token says it was issued (default: now). */
    issuedAt?: Date;
    notBefore?: Date;
  } = {},
): Promise<string> {
  const iat = Math.floor((claims.issuedAt ?? new Date()).getTime() / 1000);
  const jwt = new SignJWT({ tenant: person.tenant })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(claims.issuer ?? ISSUER)
    .setAudience(claims.audience ?? AUDIENCE)
    .setSubject(person.id)
    .setIssuedAt(iat)
    .setExpirationTime(iat + (claims.expiresIn ?? 300));
  if (claims.notBefore) jwt.setNotBefore(Math.floor(claims.notBefore.getTime() / 1000));
  return jwt.sign(new TextEncoder().encode(claims.secret ?? TEST_SECRET));
}

export interface CallOptions {
  token?: string;
  body?: unknown;
  rawBody?: string | Uint8Array;
  headers?: Record<string, string>;
  /** For streams: answer with the status and headers, and stop reading. */
  headersOnly?: boolean;
}

/** Requests through `send` (the app in process, or fetch to a running server), answered as status, headers and JSON. */
function caller(send: (path: string, init: RequestInit) => Promise<Response>) {
  return async (method: string, path: string, options: CallOptions = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.Authorization = `Bearer ${options.token}`;
    let body: string | Uint8Array | undefined = options.rawBody;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['Content-Type'] ??= 'application/json';
    }
    const payload = body instanceof Uint8Array ? new Blob([body as Uint8Array<ArrayBuffer>]) : body;
    const response = await send(path, { method, headers, ...(payload !== undefined ? { body: payload } : {}) });
    const stream = response.headers.get('Content-Type')?.startsWith('text/event-stream');
    if (options.headersOnly && stream) {
      await response.body?.cancel();
      return { status: response.status, headers: response.headers, json: {} as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
    }
    const text = await response.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = text;
    }
    // Tests read fields of the JSON freely; the contract tests check shapes.
    return { status: response.status, headers: response.headers, json: json as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
  };
}

/** In-process requests against the real app and database (no sockets). */
export function client(database: Database, config: ServerConfig = testConfig(), clock?: () => Date) {
  const background = new Set<Promise<unknown>>();
  const ready = createApp({ database, config, background, ...(clock ? { clock } : {}) });
  const call = caller(async (path, init) => (await ready).request(path, init));
  /** Waits for work the requests started and left running (roster imports). */
  const idle = () => Promise.allSettled([...background]).then(() => undefined);
  return Object.assign(call, { idle });
}

/** Requests over HTTP to a running server (`startServer`). */
export const httpClient = (baseUrl: string) => caller((path, init) => fetch(new URL(path, baseUrl), init));

/** Every table of the schema but the bookkeeping ones: a refused request must leave each exactly as it was. */
const digestedTables = () =>
  (Object.values(schema) as unknown[])
    .filter((value): value is PgTable => is(value, PgTable))
    .map((table) => getTableName(table))
    .filter((name) => !BOOKKEEPING_TABLES.includes(name))
    .sort();

/**
 * What every table holds: its row count and a digest of all its rows, so that an insert, an
 * update (a goal's version, a booking's status, a read receipt) or a delete anywhere shows.
 */
export async function tableDigests(database: Database): Promise<Record<string, string>> {
  // Reads answered earlier have their audit events queued: written first, so they cannot land between two digests.
  await flushReadAudits(database.db);
  const tables = digestedTables();
  const digests = sql.join(
    tables.map(
      (name) =>
        sql`select ${name} as name, count(*)::int || ':' || coalesce(sum(hashtext(t::text)::bigint), 0) as digest from ${sql.identifier(name)} t`,
    ),
    sql` union all `,
  );
  const result = (await database.db.execute(digests)) as unknown as { rows: { name: string; digest: string }[] };
  expect(result.rows).toHaveLength(tables.length);
  return Object.fromEntries(result.rows.map((row) => [row.name, row.digest]));
}

/** Tables that count requests rather than hold what they wrote (rate-limit buckets, stream leases): a refused request may change them. */
export const BOOKKEEPING_TABLES: readonly string[] = ['rate_buckets', 'stream_leases'];

/** Today at the demo district's schools. */
export const today = () => calendarDateIn('America/Chicago');

/**
 * A refusal, checked as a client would branch on it: the status, a problem+json body of that
 * `type`, and whatever else of the body the caller knows (`detail`, `errors`).
 */
export function expectProblem(
  response: { status: number; headers: Headers; json: Record<string, unknown> },
  status: number,
  type: ProblemType,
  fields: Record<string, unknown> = {},
): void {
  expect({ status: response.status, contentType: response.headers.get('Content-Type') }).toEqual({
    status,
    contentType: PROBLEM_CONTENT_TYPE,
  });
  expect(response.json).toMatchObject({ type, status, ...fields });
}

/** A zip of a folder's files, stored without compression (enough to read a real zip back). */
export async function zipFolder(folder: string, into: string, prefix = ''): Promise<void> {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const name of (await readdir(folder)).filter((file) => file.endsWith('.csv'))) {
    const data = await readFile(join(folder, name));
    const fileName = Buffer.from(prefix + name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(fileName.length, 28);
    entry.writeUInt32LE(offset, 42);
    parts.push(local, fileName, data);
    central.push(entry, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length / 2, 8);
  end.writeUInt16LE(central.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  await writeFile(into, Buffer.concat([...parts, directory, end]));
}
