// Every statement the read routes issue can be answered from an index (issue #15): the
// statements are caught from node-postgres as the routes run, and each SELECT is explained on
// PostgreSQL with sequential scans priced out (`enable_seqscan = off`), so a Seq Scan left in a
// plan means no index serves it. Tiny demo tables would be scanned anyway; this asks whether
// they could be served once they are large. PostgreSQL only (PGlite's planner is the same code,
// but the statements reach it through another driver).
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { backends, client, seeded, tokenFor } from './harness.js';
import { statementsOf } from './statements.js';

const postgres = backends.find((backend) => backend.name === 'postgres');

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}
const seqScans = (node: PlanNode): string[] => [
  ...(node['Node Type'] === 'Seq Scan' ? [node['Relation Name'] ?? '?'] : []),
  ...(node.Plans ?? []).flatMap(seqScans),
];

/** A bound value as PostgreSQL's text input reads it (as node-postgres would have sent it). */
const asText = (value: unknown): string =>
  value instanceof Date
    ? value.toISOString()
    : Array.isArray(value)
      ? `{${value.map((item) => `"${String(item).replace(/["\\]/g, '\\$&')}"`).join(',')}}`
      : String(value);

// Tables that stay small however large a district grows (one row per district or school, or
// per job queue setting): a scan of them costs nothing, an index would cost writes.
const SMALL_TABLES = new Set(['tenants', 'schools']);

describe.skipIf(!postgres)('query plans on PostgreSQL', () => {
  let database: Database;
  let call: ReturnType<typeof client>;
  const statements: { route: string; text: string; values: unknown[] }[] = [];

  beforeAll(async () => {
    database = await seeded(postgres!);
    call = client(database);
  });
  afterAll(() => database.close());

  /** Runs one request, keeping every SELECT it sent to PostgreSQL. */
  async function caught(route: string, token: string) {
    const { result: response, statements: sent } = await statementsOf(() => call('GET', route, { token }));
    expect(response.status, `${route}: ${JSON.stringify(response.json)}`).toBe(200);
    for (const { text, values } of sent) if (/^\s*select\b/i.test(text)) statements.push({ route, text, values });
  }

  it('serves every read route from indexes', async () => {
    const guardian = await tokenFor({ id: 'per_garcia', tenant: 'ten_riverside' });
    const educator = await tokenFor({ id: 'per_rivera', tenant: 'ten_riverside' });
    const admin = await tokenFor({ id: 'per_kim', tenant: 'ten_riverside' });
    const reads: [string, string][] = [
      ['/api/v1/me', guardian],
      ['/api/v1/students', educator],
      ['/api/v1/students/stu_mateo', guardian],
      ['/api/v1/students/stu_mateo/goals', guardian],
      ['/api/v1/goals/goal_mateo_reading', guardian],
      ['/api/v1/goals/goal_mateo_reading/progress', guardian],
      ['/api/v1/students/stu_mateo/threads', guardian],
      ['/api/v1/threads/thr_mateo_garcia_rivera/messages', guardian],
      ['/api/v1/students/stu_mateo/educators', guardian],
      ['/api/v1/students/stu_mateo/bookings', guardian],
      ['/api/v1/me/availability-windows', guardian],
      ['/api/v1/students/stu_mateo/family-windows', educator],
      ['/api/v1/me/notification-settings', guardian],
      ['/api/v1/admin/roster-imports', admin],
    ];
    for (const [route, token] of reads) await caught(route, token);
    expect(new Set(statements.map((s) => s.route)).size).toBe(reads.length);

    const explainer = new pg.Client({ connectionString: (database.connection as { url: string }).url });
    await explainer.connect();
    const unserved: string[] = [];
    try {
      await explainer.query('set enable_seqscan = off');
      for (const { route, text, values } of statements) {
        // EXPLAIN takes no bind parameters: the statement is prepared, and explained as executed with its values.
        await explainer.query(`prepare caught as ${text}`);
        const args = values.length
          ? `(${values.map((value) => explainer.escapeLiteral(asText(value))).join(', ')})`
          : '';
        const { rows } = await explainer.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
          `explain (format json) execute caught${args}`,
        );
        await explainer.query('deallocate caught');
        const scanned = seqScans(rows[0]!['QUERY PLAN'][0].Plan).filter((table) => !SMALL_TABLES.has(table));
        if (scanned.length) unserved.push(`${route}: ${scanned.join(', ')} scanned by ${text.replace(/\s+/g, ' ')}`);
      }
    } finally {
      await explainer.end();
    }
    expect(unserved).toEqual([]);
  });
});
