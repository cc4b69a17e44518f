// OneRoster import on PGlite and PostgreSQL, with bundles written by hand from the 1.1 and 1.2
// specifications (test/fixtures/oneroster, not made by our own code): counts and the state
// afterwards checked against the fixtures' expectations; a re-import changes nothing; a
// changed bundle revokes access at once and keeps every record; a broken one applies nothing.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { problemTypes } from '@tandem/contract';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { selectRows } from '../src/db/database.js';
import { openBundle } from '../src/roster/bundle.js';
import { CANCELLED_BY_ROSTER } from '../src/roster/apply.js';
import { importRoster, type ImportOptions } from '../src/roster/import.js';
import { startServer, type RunningServer } from '../src/server.js';
import { backends, client, expectProblem, testConfig, tokenFor, zipFolder } from './harness.js';
import { sseEvents, type Received } from './sse.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/oneroster/', import.meta.url));
const TENANT = 'ten_maple';

interface Expected {
  counts: Record<string, { created: number; updated: number; deactivated: number; unchanged: number }>;
  after: {
    students: string[];
    educators: string[];
    admins: string[];
    guardians: string[];
    schools: string[];
    guardianships: [string, string][];
    assignments: [string, string][];
  };
}
const expected = async (bundle: string): Promise<Expected> =>
  JSON.parse(await readFile(join(FIXTURES, bundle, 'expected.json'), 'utf8')) as Expected;

async function load(database: Database, bundle: string, options: Partial<ImportOptions> = {}) {
  return importRoster(database.db, await openBundle(join(FIXTURES, bundle)), {
    tenantId: TENANT,
    via: 'cli',
    ...options,
  });
}

/** What the tenant holds now, named by sourcedId as the fixtures name it. */
async function state(database: Database, tenant = TENANT): Promise<Expected['after']> {
  const ids = (query: ReturnType<typeof sql>) =>
    selectRows<{ id: string }>(database.db, query).then((rows) => rows.map((row) => row.id).sort());
  const pairs = (query: ReturnType<typeof sql>) =>
    selectRows<{ a: string; b: string }>(database.db, query).then((rows) =>
      rows.map((row): [string, string] => [row.a, row.b]).sort((x, y) => `${x}`.localeCompare(`${y}`)),
    );
  const activePeople = (kind: string) =>
    ids(
      sql`select sourced_id as id from people where tenant_id = ${tenant} and kind = ${kind} and deactivated_at is null`,
    );
  return {
    schools: await ids(
      sql`select sourced_id as id from schools where tenant_id = ${tenant} and deactivated_at is null`,
    ),
    students: await ids(
      sql`select sourced_id as id from students where tenant_id = ${tenant} and deactivated_at is null`,
    ),
    educators: await activePeople('educator'),
    admins: await activePeople('admin'),
    guardians: await activePeople('guardian'),
    guardianships: await pairs(sql`select p.sourced_id as a, s.sourced_id as b from guardianships g
      join people p on p.id = g.person_id join students s on s.id = g.student_id where s.tenant_id = ${tenant}`),
    assignments: await pairs(sql`select p.sourced_id as a, s.sourced_id as b from assignments a
      join people p on p.id = a.educator_id join students s on s.id = a.student_id where s.tenant_id = ${tenant}`),
  };
}

const sorted = (after: Expected['after']): Expected['after'] => ({
  ...after,
  schools: [...after.schools].sort(),
  students: [...after.students].sort(),
  educators: [...after.educators].sort(),
  admins: [...after.admins].sort(),
  guardians: [...after.guardians].sort(),
  guardianships: [...after.guardianships].sort((x, y) => `${x}`.localeCompare(`${y}`)),
  assignments: [...after.assignments].sort((x, y) => `${x}`.localeCompare(`${y}`)),
});

/** Every row of the tables an import writes, to show that a re-import or a refused one changed nothing. */
async function snapshot(database: Database): Promise<string> {
  const tables = [
    'tenants',
    'schools',
    'people',
    'students',
    'guardianships',
    'assignments',
    'roster_classes',
    'roster_enrollments',
  ];
  const out: Record<string, unknown> = {};
  for (const table of tables) {
    out[table] = await selectRows(database.db, sql`select * from ${sql.identifier(table)} order by 1, 2`);
  }
  return JSON.stringify(out);
}

for (const backend of backends) {
  describe(`roster import on ${backend.name}`, () => {
    let database: Database;
    let work: string;
    beforeAll(async () => {
      work = await mkdtemp(join(tmpdir(), 'tandem-roster-'));
    });
    afterAll(() => rm(work, { recursive: true, force: true }));

    const fresh = async () => {
      await database?.close();
      database = await backend.open();
    };
    afterAll(() => database?.close());

    it('imports a 1.1 bundle into a new tenant: the counts and every record and link are as the specification says', async () => {
      await fresh();
      const want = await expected('v1.1-bulk');
      const report = await load(database, 'v1.1-bulk');
      expect({ status: report.status, errors: report.errors, problems: report.problems }).toEqual({
        status: 'applied',
        errors: 0,
        problems: [],
      });
      expect(report.version).toBe('1.1');
      expect(report.counts).toMatchObject(want.counts);
      expect(await state(database)).toEqual(sorted(want.after));

      const [tenant] = await selectRows(
        database.db,
        sql`select name, time_zone, sourced_id from tenants where id = ${TENANT}`,
      );
      expect(tenant).toEqual({
        name: 'Maple Valley School District',
        time_zone: 'America/Denver',
        sourced_id: '7f3c9a1e-2b4d-4e8f-9a6c-1d2e3f4a5b6c',
      });
      // CSV edge cases: a comma and a quote inside quoted fields, a newline inside one, a BOM and CRLF.
      const students = await selectRows<{ sourced_id: string; family_name: string; given_name: string }>(
        database.db,
        sql`select sourced_id, given_name, family_name from students where sourced_id in ('u-1003', 'u-1007') order by 1`,
      );
      expect(students).toEqual([
        { sourced_id: 'u-1003', given_name: 'Minh', family_name: 'Nguyen, Jr.' },
        { sourced_id: 'u-1007', given_name: 'Jayden "JJ"', family_name: "O'Brien" },
      ]);
      const adults = await selectRows(
        database.db,
        sql`select sourced_id, preferred_language, contact_channel, time_zone, quiet_hours_start, quiet_hours_end, educator_role
            from people where sourced_id in ('u-2005', 'u-2006', 'u-3001', 'u-4002') order by 1`,
      );
      expect(adults).toEqual([
        {
          sourced_id: 'u-2005',
          preferred_language: 'zh-Hant',
          contact_channel: 'email',
          time_zone: 'America/Phoenix',
          quiet_hours_start: null,
          quiet_hours_end: null,
          educator_role: null,
        },
        {
          sourced_id: 'u-2006',
          preferred_language: 'en',
          contact_channel: 'app',
          time_zone: 'America/Denver',
          quiet_hours_start: null,
          quiet_hours_end: null,
          educator_role: null,
        },
        {
          sourced_id: 'u-3001',
          preferred_language: 'en',
          contact_channel: 'email',
          time_zone: 'America/Denver',
          quiet_hours_start: '17:00',
          quiet_hours_end: '07:30',
          educator_role: 'teacher',
        },
        {
          sourced_id: 'u-4002',
          preferred_language: 'en',
          contact_channel: 'email',
          time_zone: 'America/Denver',
          quiet_hours_start: '19:00',
          quiet_hours_end: '06:30',
          educator_role: 'administrator',
        },
      ]);
      const [note] = await selectRows<{ custody_note: string; relationship_label: string }>(
        database.db,
        sql`select g.custody_note, g.relationship_label from guardianships g join people p on p.id = g.person_id where p.sourced_id = 'u-2004'`,
      );
      expect(note).toEqual({
        relationship_label: 'grandmother',
        custody_note:
          'Court-appointed guardian, order 2025-DR-117.\nBirth mother may not pick up; call guardian first.',
      });
    });

    it('re-importing the same bundle changes nothing', async () => {
      const before = await snapshot(database);
      const report = await load(database, 'v1.1-bulk');
      expect(report.status).toBe('applied');
      for (const [kind, counts] of Object.entries(report.counts)) {
        expect({ kind, ...counts, unchanged: undefined }).toEqual({
          kind,
          created: 0,
          updated: 0,
          deactivated: 0,
          unchanged: undefined,
        });
      }
      expect(report.counts.students?.unchanged).toBe(7);
      expect(await snapshot(database)).toBe(before);
    });

    it('reads the same bundle from a zip, its files at the top or in one folder', async () => {
      const before = await snapshot(database);
      for (const prefix of ['', 'export-2031-02-03/']) {
        const zip = join(work, `bundle-${prefix.length}.zip`);
        await zipFolder(join(FIXTURES, 'v1.1-bulk'), zip, prefix);
        const report = await importRoster(database.db, await openBundle(zip), { tenantId: TENANT, via: 'cli' });
        expect({ status: report.status, students: report.counts.students }).toEqual({
          status: 'applied',
          students: { created: 0, updated: 0, deactivated: 0, unchanged: 7 },
        });
      }
      expect(await snapshot(database)).toBe(before);
    });

    it('a dry run reports what a changed bundle would do and writes nothing', async () => {
      const before = await snapshot(database);
      const want = await expected('v1.1-bulk-changed');
      const report = await load(database, 'v1.1-bulk-changed', { dryRun: true });
      expect(report.status).toBe('checked');
      expect(report.counts).toMatchObject(want.counts);
      expect(await snapshot(database)).toBe(before);
    });

    it('a bundle with broken rows applies nothing, and its report names each row, column and value', async () => {
      const before = await snapshot(database);
      const planted = JSON.parse(await readFile(join(FIXTURES, 'v1.1-broken', 'expected.json'), 'utf8')) as {
        file: string;
        row: number;
        column: string;
        value: string;
        severity: string;
      }[];
      const report = await load(database, 'v1.1-broken');
      expect(report.status).toBe('refused');
      expect(report.counts).toEqual({});
      const found = report.problems.map(({ file, row, column, value, severity }) => ({
        file,
        row,
        column,
        value,
        severity,
      }));
      for (const problem of planted) expect(found).toContainEqual(problem);
      // Nothing else: the traps (guardians linked only from their students' rows) are not problems.
      expect(found).toHaveLength(planted.length);
      expect(report.errors).toBe(planted.filter((p) => p.severity === 'error').length);
      expect(await snapshot(database)).toBe(before);
      // And it is in the history, with its report.
      const [row] = await selectRows<{ status: string; report: { errors: number } }>(
        database.db,
        sql`select status, report from roster_imports where id = ${report.id}`,
      );
      expect({ status: row?.status, errors: row?.report.errors }).toEqual({ status: 'refused', errors: report.errors });
    });

    it('imports a 1.2 bundle, roles from roles.csv', async () => {
      const want = await expected('v1.2-bulk');
      const report = await load(database, 'v1.2-bulk', { tenantId: 'ten_harbor' });
      expect({ status: report.status, problems: report.problems }).toEqual({ status: 'applied', problems: [] });
      expect(report.counts).toMatchObject(want.counts);
      expect(await state(database, 'ten_harbor')).toEqual(sorted(want.after));
      // The other district is untouched.
      expect((await state(database)).students).toHaveLength(7);
    });

    it('a delta bundle deactivates, removes links and updates exactly what it names', async () => {
      await fresh();
      await load(database, 'v1.1-bulk');
      const want = await expected('v1.1-delta');
      const report = await load(database, 'v1.1-delta');
      expect({ status: report.status, problems: report.problems }).toEqual({ status: 'applied', problems: [] });
      expect(report.counts).toMatchObject(want.counts);
      expect(await state(database)).toEqual(sorted(want.after));
      const [language] = await selectRows(
        database.db,
        sql`select preferred_language from people where sourced_id = 'u-2003'`,
      );
      expect(language).toEqual({ preferred_language: 'en' });
    });
  });

  describe(`roster changes revoke access at once on ${backend.name}`, () => {
    let database: Database;
    let server: RunningServer;
    let api: ReturnType<typeof client>;
    // Tokens name people by their SIS sourcedId: the district's sign-in knows no other id.
    const person = (sourcedId: string) => tokenFor({ id: sourcedId, tenant: TENANT });
    beforeAll(async () => {
      database = await backend.open();
      const report = await load(database, 'v1.1-bulk');
      expect(report.status).toBe('applied');
      server = await startServer(testConfig({ port: 0, heartbeatMs: 200 }), { database });
      api = client(database);
    });
    afterAll(() => server.close());

    it('a removed guardian link and a removed class end access, stop the stream for that student, cancel the meeting, and keep every record', async () => {
      const ana = await person('u-2001');
      const lindqvist = await person('u-3001');
      const okafor = await person('sis:u-3002');
      // Ana sees Mateo and Sofía, addressed by SIS id.
      expect((await api('GET', '/api/v1/students/sis:u-1001', { token: ana })).status).toBe(200);
      expect((await api('GET', '/api/v1/students/sis:u-1004', { token: lindqvist })).status).toBe(200);
      const mateo = (await api('GET', '/api/v1/students/sis:u-1001', { token: ana })).json.id as string;
      expect(mateo).toMatch(/^stu_/);

      // A record about Mateo, made by Ana, and a thread for each of her children.
      const goal = await api('POST', `/api/v1/students/${mateo}/goals`, {
        token: lindqvist,
        body: {
          domain: 'academic',
          statement: 'Read nightly',
          measureType: 'count',
          unit: 'nights',
          baseline: 1,
          target: 5,
        },
      });
      expect(goal.status).toBe(201);
      const ids = async (sourcedId: string) =>
        (await selectRows<{ id: string }>(database.db, sql`select id from people where sourced_id = ${sourcedId}`))[0]!
          .id;
      const anaId = await ids('u-2001');
      const aboutMateo = await api('POST', `/api/v1/students/sis:u-1001/threads`, {
        token: lindqvist,
        body: { participantIds: [anaId] },
      });
      const aboutSofia = await api('POST', `/api/v1/students/sis:u-1005/threads`, {
        token: okafor,
        body: { participantIds: [anaId] },
      });
      expect([aboutMateo.status, aboutSofia.status]).toEqual([201, 201]);
      const say = (token: string, thread: string, body: string) =>
        api('POST', `/api/v1/threads/${thread}/messages`, {
          token,
          body: { body, clientMessageId: crypto.randomUUID() },
        });
      expect((await say(lindqvist, aboutMateo.json.id, 'Before the change')).status).toBe(201);

      // A meeting Ana booked with Mrs. Lindqvist about Mateo, in two days' time.
      const lindqvistId = await ids('u-3001');
      const inTwoDays = new Date(Date.now() + 2 * 86_400_000);
      const offer = await api('POST', `/api/v1/educators/${lindqvistId}/offers`, {
        token: lindqvist,
        body: {
          recurrence: 'once',
          startDate: inTwoDays.toISOString().slice(0, 10),
          startTime: '10:00',
          endTime: '11:00',
          timeZone: 'UTC',
          durationMinutes: 30,
          modalities: ['phone'],
          cutoffHours: 0,
        },
      });
      expect(offer.status).toBe(201);
      const range = new URLSearchParams({
        from: new Date().toISOString(),
        to: new Date(Date.now() + 4 * 86_400_000).toISOString(),
      });
      const slots = await api('GET', `/api/v1/educators/${lindqvistId}/slots?${range}`, { token: ana });
      const slot = (slots.json.items as { id: string; available: boolean }[]).find((s) => s.available);
      const booking = await api('POST', `/api/v1/slots/${slot!.id}/bookings`, {
        token: ana,
        body: { studentId: mateo, modality: 'phone' },
      });
      expect(booking.status).toBe(201);

      // Ana's stream, open across the import.
      const abort = new AbortController();
      const response = await fetch(`${server.url}/api/v1/events`, {
        headers: { Authorization: `Bearer ${ana}` },
        signal: abort.signal,
      });
      expect(response.status).toBe(200);
      const events = sseEvents(response.body!);
      const received: Received[] = [];

      const report = await load(database, 'v1.1-bulk-changed');
      expect(report.status).toBe('applied');

      // Ana no longer sees Mateo (404, like any student not hers); still sees Sofía.
      expectProblem(await api('GET', `/api/v1/students/${mateo}`, { token: ana }), 404, problemTypes.notFound);
      expect((await api('GET', '/api/v1/students/sis:u-1005', { token: ana })).status).toBe(200);
      expectProblem(await api('GET', `/api/v1/students/${mateo}/goals`, { token: ana }), 404, problemTypes.notFound);
      // Lindqvist lost Math 3, so Hodan (u-1004); she keeps Mateo through ELA 3.
      expectProblem(await api('GET', '/api/v1/students/sis:u-1004', { token: lindqvist }), 404, problemTypes.notFound);
      expect((await api('GET', '/api/v1/students/sis:u-1001', { token: lindqvist })).status).toBe(200);

      // The stream: a message about Mateo is not delivered to Ana; one about Sofía, sent after it, is.
      const hidden = await say(lindqvist, aboutMateo.json.id, 'After the change');
      const shown = await say(okafor, aboutSofia.json.id, 'About Sofía');
      expect([hidden.status, shown.status]).toEqual([201, 201]);
      for await (const event of events) {
        received.push(event);
        if (event.messageId === shown.json.id) break;
      }
      abort.abort();
      expect(received.map((event) => event.messageId)).not.toContain(hidden.json.id);
      expect(received.filter((event) => event.type === 'message.created').map((e) => e.studentId)).toEqual([
        (await api('GET', '/api/v1/students/sis:u-1005', { token: ana })).json.id,
      ]);

      // The meeting is cancelled, by the system, and the student's scheduling record says why.
      const cancelled = await api('GET', `/api/v1/bookings/${booking.json.id}`, { token: lindqvist });
      expect(cancelled.json.status).toBe('cancelled');
      const history = await api('GET', `/api/v1/students/${mateo}/scheduling-record`, { token: lindqvist });
      expect(history.json.items.at(-1)).toMatchObject({
        kind: 'cancelled',
        bookingId: booking.json.id,
        actorId: null,
        detail: CANCELLED_BY_ROSTER,
      });

      // Told to Mrs. Lindqvist on her channel; never to Ana, whom the roster removed from Mateo.
      const told = await selectRows<{ recipient_id: string }>(
        database.db,
        sql`select recipient_id from notifications where booking_id = ${booking.json.id} and kind = 'booking_cancelled'`,
      );
      expect(told).toEqual([{ recipient_id: lindqvistId }]);

      // Every record stays: the goal, both messages of Mateo's thread, and Ana as their reader in the audit log.
      const kept = await selectRows<{ goals: number; messages: number }>(
        database.db,
        sql`select (select count(*)::int from goals where student_id = ${mateo}) as goals,
                   (select count(*)::int from messages where thread_id = ${aboutMateo.json.id}) as messages`,
      );
      expect(kept).toEqual([{ goals: 1, messages: 2 }]);
      const audited = await selectRows(
        database.db,
        sql`select action, resource_type, resource_id, request_id from audit_events where student_id = ${mateo} and action = 'delete'`,
      );
      expect(audited).toEqual([
        { action: 'delete', resource_type: 'guardianship', resource_id: anaId, request_id: report.id },
      ]);
    });

    it('a guardian the roster removes is signed out at once: 401, and their open stream ends', async () => {
      const omar = await person('u-2002');
      expect((await api('GET', '/api/v1/me', { token: omar })).status).toBe(200);
      const response = await fetch(`${server.url}/api/v1/events`, { headers: { Authorization: `Bearer ${omar}` } });
      expect(response.status).toBe(200);
      const reading = (async () => {
        for await (const event of sseEvents(response.body!)) void event;
        return 'ended';
      })();

      // The changed bundle without Omar (and without the links to him).
      const folder = await mkdtemp(join(tmpdir(), 'tandem-roster-'));
      await cp(join(FIXTURES, 'v1.1-bulk-changed'), folder, { recursive: true });
      const users = await readFile(join(folder, 'users.csv'), 'utf8');
      const rows = users.split('\r\n');
      const without = rows.filter((line) => !line.startsWith('u-2002,')).map((line) => line.replace(/,u-2002,/, ',,'));
      expect(without.length).toBe(rows.length - 1);
      await writeFile(join(folder, 'users.csv'), without.join('\r\n'));
      const report = await importRoster(database.db, await openBundle(folder), { tenantId: TENANT, via: 'cli' });
      await rm(folder, { recursive: true, force: true });
      expect({ status: report.status, guardians: report.counts.guardians?.deactivated }).toEqual({
        status: 'applied',
        guardians: 1,
      });

      expect(await reading).toBe('ended');
      expectProblem(await api('GET', '/api/v1/me', { token: omar }), 401, problemTypes.unauthorized);
      // Deactivated, not deleted.
      const [row] = await selectRows<{ deactivated: boolean }>(
        database.db,
        sql`select deactivated_at is not null as deactivated from people where sourced_id = 'u-2002'`,
      );
      expect(row).toEqual({ deactivated: true });
    });
  });
}

for (const backend of backends) {
  describe(`roster imports through the admin API on ${backend.name}`, () => {
    let database: Database;
    let api: ReturnType<typeof client>;
    let work: string;
    const zipOf = async (bundle: string) => {
      const file = join(work, `${bundle}.zip`);
      await zipFolder(join(FIXTURES, bundle), file);
      return new Uint8Array(await readFile(file));
    };
    const admin = () => tokenFor({ id: 'u-4001', tenant: TENANT });
    beforeAll(async () => {
      work = await mkdtemp(join(tmpdir(), 'tandem-roster-api-'));
      database = await backend.open();
      // The tenant and its admin come from the first import, from the command line's path.
      expect((await load(database, 'v1.1-bulk')).status).toBe('applied');
      expect((await load(database, 'v1.2-bulk', { tenantId: 'ten_harbor' })).status).toBe('applied');
      api = client(database);
    });
    afterAll(async () => {
      await api.idle();
      await database.close();
      await rm(work, { recursive: true, force: true });
    });

    it('an admin uploads a zip: 202 with its Location, and the report when it is done', async () => {
      const token = await admin();
      const started = await api('POST', '/api/v1/admin/roster-imports?dryRun=true', {
        token,
        rawBody: await zipOf('v1.1-bulk-changed'),
        headers: { 'Content-Type': 'application/zip' },
      });
      expect(started.status).toBe(202);
      expect(started.json).toMatchObject({ status: 'running', via: 'api', dryRun: true, tenantId: TENANT });
      expect(started.headers.get('Location')).toBe(`/api/v1/admin/roster-imports/${started.json.id}`);
      await api.idle();
      const done = await api('GET', started.headers.get('Location')!, { token });
      expect(done.status).toBe(200);
      expect(done.json).toMatchObject({ status: 'checked', requestedBy: expect.stringMatching(/^per_/), errors: 0 });
      expect(done.json.counts).toMatchObject((await expected('v1.1-bulk-changed')).counts);
      // Nothing was written: a dry run.
      expect((await state(database)).students).toHaveLength(7);

      const history = await api('GET', '/api/v1/admin/roster-imports', { token });
      expect(history.status).toBe(200);
      expect(history.json.items[0]).toMatchObject({ id: started.json.id, status: 'checked' });
      expect(history.json.items[0]).not.toHaveProperty('problems');
      // The command-line import that created the tenant is in the history too.
      expect(history.json.items.map((item: { via: string }) => item.via)).toEqual(['api', 'cli']);
    });

    it('a broken bundle or a file that is not a zip is refused, with why', async () => {
      const token = await admin();
      const broken = await api('POST', '/api/v1/admin/roster-imports', {
        token,
        rawBody: await zipOf('v1.1-broken'),
        headers: { 'Content-Type': 'application/zip' },
      });
      const notZip = await api('POST', '/api/v1/admin/roster-imports', {
        token,
        rawBody: new TextEncoder().encode('sourcedId,name\n1,x\n'),
        headers: { 'Content-Type': 'application/zip' },
      });
      expect([broken.status, notZip.status]).toEqual([202, 202]);
      await api.idle();
      const brokenReport = (await api('GET', `/api/v1/admin/roster-imports/${broken.json.id}`, { token })).json;
      expect({ status: brokenReport.status, errors: brokenReport.errors, warnings: brokenReport.warnings }).toEqual({
        status: 'refused',
        errors: 6,
        warnings: 1,
      });
      const notZipReport = (await api('GET', `/api/v1/admin/roster-imports/${notZip.json.id}`, { token })).json;
      expect(notZipReport).toMatchObject({ status: 'refused', errors: 1 });
      expect(notZipReport.problems[0]).toMatchObject({ file: 'bundle.zip', message: expect.stringMatching(/zip/) });
      expect((await state(database)).students).toHaveLength(7);
    });

    it('refuses other media types, bodies over the limit, other roles and other districts', async () => {
      const token = await admin();
      const zip = await zipOf('v1.1-bulk');
      expectProblem(
        await api('POST', '/api/v1/admin/roster-imports', {
          token,
          rawBody: zip,
          headers: { 'Content-Type': 'text/csv' },
        }),
        415,
        problemTypes.unsupportedMediaType,
      );
      const small = client(database, testConfig({ rosterMaxBytes: 1000 }));
      expectProblem(
        await small('POST', '/api/v1/admin/roster-imports', {
          token,
          rawBody: zip,
          headers: { 'Content-Type': 'application/zip' },
        }),
        413,
        problemTypes.payloadTooLarge,
      );
      const teacher = await tokenFor({ id: 'u-3001', tenant: TENANT });
      expectProblem(
        await api('POST', '/api/v1/admin/roster-imports', {
          token: teacher,
          rawBody: zip,
          headers: { 'Content-Type': 'application/zip' },
        }),
        403,
        problemTypes.forbidden,
      );
      expectProblem(await api('GET', '/api/v1/admin/roster-imports', { token: teacher }), 403, problemTypes.forbidden);
      const mine = (await api('GET', '/api/v1/admin/roster-imports', { token })).json.items[0].id as string;
      const harborAdmin = await tokenFor({ id: 'stf-80001', tenant: 'ten_harbor' });
      expectProblem(
        await api('GET', `/api/v1/admin/roster-imports/${mine}`, { token: harborAdmin }),
        404,
        problemTypes.notFound,
      );
      const theirs = (await api('GET', '/api/v1/admin/roster-imports', { token: harborAdmin })).json.items;
      expect(theirs.map((item: { tenantId: string }) => item.tenantId)).toEqual(['ten_harbor']);
    });
  });
}
