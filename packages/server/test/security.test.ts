// Hostile and careless input, as an attacker or a buggy integration would send it: tokens with
// a forged clock, bytes PostgreSQL refuses, crafted cursors, races, huge offers, and what
// must never leak (personal data in cursors and logs, existence through 403s, split households).
import { problemTypes } from '@tandem/contract';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../src/app.js';
import { selectRows, type Database, type Db } from '../src/db/database.js';
import { startServer } from '../src/server.js';
import { flushReadAudits } from '../src/read-audit.js';
import {
  BOOKKEEPING_TABLES,
  backends,
  client,
  expectProblem,
  people,
  seeded,
  testConfig,
  tokenFor,
} from './harness.js';

/** Rows in every table: what a refused request must leave exactly as it was. */
async function rowCounts(db: Db): Promise<Record<string, number>> {
  await flushReadAudits(db); // earlier reads' queued events, so they cannot land between two counts
  const tables = await selectRows<{ name: string }>(
    db,
    sql`select table_name as name from information_schema.tables where table_schema = 'public' order by 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables.filter((t) => !BOOKKEEPING_TABLES.includes(t.name))) {
    const [row] = await selectRows<{ n: number }>(db, sql.raw(`select count(*)::int as n from "${name}"`));
    counts[name] = row!.n;
  }
  return counts;
}

/** A valid one-day offer of meeting times, a week after NOW. */
const ONE_OFFER = {
  recurrence: 'once',
  startDate: '2031-02-10',
  startTime: '15:00',
  endTime: '16:00',
  durationMinutes: 30,
  modalities: ['phone'],
};

const cursorOf = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');

/** The server's clock in these tests: a fixed instant, whatever the wall clock says. */
const NOW = new Date('2031-02-03T15:00:00Z');
const at = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

for (const backend of backends) {
  describe(`hostile input on ${backend.name}`, () => {
    let database: Database;
    let call: ReturnType<typeof client>;

    beforeAll(async () => {
      database = await seeded(backend);
      call = client(database, testConfig(), () => NOW);
    });
    afterAll(() => database.close());

    describe('token time rules, by the server clock', () => {
      const me = (token: string) => call('GET', '/api/v1/me', { token });
      const refused = async (token: string, detail: RegExp) => {
        const response = await me(token);
        expect(response.status).toBe(401);
        expect(response.json).toMatchObject({ type: problemTypes.unauthorized, status: 401 });
        expect(response.json.detail).toMatch(detail);
      };

      it('refuses a token issued a year from now with a 10-minute span', async () => {
        await refused(
          await tokenFor(people.guardian, { issuedAt: at(365 * 86_400), expiresIn: 600 }),
          /issued in the future/,
        );
      });

      it('refuses an issue time beyond the clock skew, and accepts one within it', async () => {
        await refused(await tokenFor(people.guardian, { issuedAt: at(45), expiresIn: 600 }), /issued in the future/);
        const skewed = await me(await tokenFor(people.guardian, { issuedAt: at(20), expiresIn: 600 }));
        expect(skewed.status).toBe(200);
        expect(skewed.json.person.id).toBe(people.guardian.id);
      });

      it('refuses a token not valid before a future time', async () => {
        const token = await tokenFor(people.guardian, { issuedAt: NOW, notBefore: at(120), expiresIn: 600 });
        await refused(token, /expired|not valid/);
      });

      it('measures lifetime from now: a token that expires in 20 minutes is refused, whatever its iat', async () => {
        await refused(await tokenFor(people.guardian, { issuedAt: at(-600), expiresIn: 1800 }), /at most 15 minutes/);
        await refused(await tokenFor(people.guardian, { issuedAt: at(20), expiresIn: 960 }), /at most 15 minutes/);
        const fine = await me(await tokenFor(people.guardian, { issuedAt: at(-60), expiresIn: 900 }));
        expect(fine.status).toBe(200);
      });
    });

    describe('a token already verified, by the clock of each use', () => {
      let clock = NOW;
      let later: ReturnType<typeof client>;
      beforeAll(() => {
        later = client(database, testConfig(), () => clock);
      });

      it('is refused once it has expired, and a forged copy of it never passes', async () => {
        clock = NOW;
        const token = await tokenFor(people.guardian, { issuedAt: NOW, expiresIn: 600 });
        const first = await later('GET', '/api/v1/me', { token });
        expect(first.status).toBe(200);
        expect(first.json.person.id).toBe(people.guardian.id);
        // The same token's payload with another signature: a token of its own, checked in full.
        const [head, body] = token.split('.');
        const forged = await later('GET', '/api/v1/me', { token: `${head}.${body}.${'A'.repeat(43)}` });
        expect(forged.status).toBe(401);
        expect(forged.json.type).toBe(problemTypes.unauthorized);
        clock = at(600 + 29); // within the skew: still valid
        expect((await later('GET', '/api/v1/me', { token })).status).toBe(200);
        clock = at(600 + 31);
        const expired = await later('GET', '/api/v1/me', { token });
        expect(expired.status).toBe(401);
        expect(expired.json).toMatchObject({ type: problemTypes.unauthorized, status: 401 });
        expect(expired.json.detail).toMatch(/expired/);
      });

      it('is refused when the clock is set back before its issue time, as at first sight', async () => {
        clock = NOW;
        const token = await tokenFor(people.guardian, { issuedAt: NOW, expiresIn: 600 });
        expect((await later('GET', '/api/v1/me', { token })).status).toBe(200);
        clock = at(-45);
        const early = await later('GET', '/api/v1/me', { token });
        expect(early.status).toBe(401);
        expect(early.json.detail).toMatch(/issued in the future/);
      });
    });

    describe('bytes and cursors PostgreSQL would refuse', () => {
      const guardian = () => tokenFor(people.guardian, { issuedAt: NOW });
      const educator = () => tokenFor(people.educator, { issuedAt: NOW });
      const bookableSlot = 'slot_off_rivera_weekly_20310204T2100Z'; // Tuesday 15:00 in Chicago, 30 h after NOW

      it('refuses a NUL character in any text field with a 400 naming the field, and writes nothing', async () => {
        const mine = await call('POST', '/api/v1/threads/thr_mateo_garcia_rivera/messages', {
          token: await guardian(),
          body: { body: 'A message to change', clientMessageId: 'nul-setup' },
        });
        expect(mine.status).toBe(201);
        const goal = await call('GET', '/api/v1/goals/goal_mateo_reading', { token: await educator() });
        const booked = await call('POST', `/api/v1/slots/slot_off_rivera_weekly_20310205T2100Z/bookings`, {
          token: await guardian(),
          body: { studentId: 'stu_mateo', modality: 'phone' },
        });
        expect(booked.status).toBe(201);
        const N = '\u0000';
        const cases: [string, string, 'guardian' | 'educator', Record<string, unknown>, string][] = [
          [
            'POST',
            '/api/v1/students/stu_mateo/goals',
            'educator',
            { domain: 'academic', statement: `Read${N}`, measureType: 'count', unit: 'books' },
            'body.statement',
          ],
          [
            'PATCH',
            '/api/v1/goals/goal_mateo_reading',
            'educator',
            { version: goal.json.version, statement: `More${N}` },
            'body.statement',
          ],
          [
            'POST',
            '/api/v1/goals/goal_mateo_reading/progress',
            'guardian',
            { value: 3, date: '2031-02-02', note: `at home${N}` },
            'body.note',
          ],
          [
            'POST',
            '/api/v1/students/stu_mateo/threads',
            'educator',
            { participantIds: ['per_garcia', 'per_kim'], subject: `Hi${N}` },
            'body.subject',
          ],
          [
            'POST',
            '/api/v1/threads/thr_mateo_garcia_rivera/messages',
            'guardian',
            { body: `Hola${N}`, clientMessageId: 'nul-1' },
            'body.body',
          ],
          ['PATCH', `/api/v1/messages/${mine.json.id}`, 'guardian', { body: `Changed${N}` }, 'body.body'],
          [
            'POST',
            `/api/v1/messages/${mine.json.id}/reports`,
            'educator',
            { reason: 'other', note: `why${N}` },
            'body.note',
          ],
          [
            'POST',
            '/api/v1/educators/per_rivera/offers',
            'educator',
            { ...ONE_OFFER, location: `Room ${N}4` },
            'body.location',
          ],
          [
            'POST',
            `/api/v1/slots/${bookableSlot}/bookings`,
            'guardian',
            { studentId: 'stu_mateo', modality: 'phone', needs: { accessibilityNote: `ramp${N}` } },
            'body.needs.accessibilityNote',
          ],
          ['POST', `/api/v1/bookings/${booked.json.id}/cancel`, 'guardian', { reason: `sick${N}` }, 'body.reason'],
          [
            'POST',
            `/api/v1/bookings/${booked.json.id}/reschedule`,
            'guardian',
            { slotId: bookableSlot, [`x${N}`]: 1 },
            'body',
          ],
        ];
        const before = await rowCounts(database.db);
        for (const [method, path, who, body, field] of cases) {
          const response = await call(method, path, {
            token: who === 'guardian' ? await guardian() : await educator(),
            body,
          });
          expect({ path, status: response.status, type: response.json.type }).toEqual({
            path,
            status: 400,
            type: problemTypes.validation,
          });
          expect(response.json.errors).toContainEqual(expect.objectContaining({ path: field, code: 'nul_character' }));
        }
        const query = await call(
          'GET',
          '/api/v1/educators/per_rivera/slots?from=2031-02-03T00:00:00Z%00&to=2031-02-04T00:00:00Z',
          { token: await guardian() },
        );
        expect(query.status).toBe(400);
        expect(query.json.errors).toContainEqual(
          expect.objectContaining({ path: 'query.from', code: 'nul_character' }),
        );
        expect(await rowCounts(database.db)).toEqual(before);
      });

      it('treats ?__proto__= as the unknown parameter it is, not as the prototype', async () => {
        const response = await call('GET', '/api/v1/students/stu_mateo/goals?__proto__=', { token: await educator() });
        expect(response.status).toBe(400);
        expect(response.json.type).toBe(problemTypes.validation);
        expect(response.json.errors).toEqual([
          expect.objectContaining({ path: 'query.__proto__', code: 'unrecognized_key' }),
        ]);
      });

      it('refuses crafted cursors on every list with a 400, never a 500', async () => {
        const lists = [
          '/api/v1/students',
          '/api/v1/students/stu_mateo/goals',
          '/api/v1/goals/goal_mateo_reading/progress',
          '/api/v1/students/stu_mateo/threads',
          '/api/v1/threads/thr_mateo_garcia_rivera/messages',
          '/api/v1/students/stu_mateo/bookings',
        ];
        const crafted = [
          cursorOf(['x', 'y']),
          cursorOf([2 ** 40]),
          cursorOf([-1]),
          cursorOf([1.5]),
          cursorOf(['x', '2031-01-01T00:00:00.000Z', 'goal_x']), // a progress cursor without a date
          cursorOf(['2031-02-30', '2031-01-01T00:00:00.000Z', 'p_1']),
          cursorOf(['2031-01-01T00:00:00.000Z', "'; drop table goals;--"]),
          cursorOf(['Al-Sayed', 'Yusuf', 'stu_yusuf']), // the old students cursor, names and all
          cursorOf([{}]),
          cursorOf([]),
          'not-base64!',
        ];
        for (const list of lists) {
          for (const cursor of crafted) {
            const response = await call('GET', `${list}?cursor=${encodeURIComponent(cursor)}`, {
              token: await educator(),
            });
            expect({ list, cursor, status: response.status, type: response.json.type }).toEqual({
              list,
              cursor,
              status: 400,
              type: problemTypes.validation,
            });
            expect(response.json.errors[0]).toMatchObject({ path: 'query.cursor', code: 'invalid_cursor' });
          }
        }
      });

      it('pages students with cursors that carry an id, never a name', async () => {
        const admin = await tokenFor(people.admin, { issuedAt: NOW });
        const seen: { id: string; givenName: string; familyName: string }[] = [];
        let cursor: string | null = null;
        do {
          const page: Awaited<ReturnType<typeof call>> = await call(
            'GET',
            `/api/v1/students?limit=3${cursor ? `&cursor=${cursor}` : ''}`,
            { token: admin },
          );
          expect(page.status).toBe(200);
          seen.push(...page.json.items);
          cursor = page.json.nextCursor;
          if (cursor) {
            const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
            expect(decoded).toEqual([seen.at(-1)!.id]);
          }
        } while (cursor);
        const sorted = [...seen].sort(
          (a, b) =>
            a.familyName.localeCompare(b.familyName, 'en') ||
            a.givenName.localeCompare(b.givenName, 'en') ||
            a.id.localeCompare(b.id),
        );
        expect(seen.length).toBeGreaterThan(6);
        expect(new Set(seen.map((s) => s.id)).size).toBe(seen.length);
        expect(seen.map((s) => s.id)).toEqual(sorted.map((s) => s.id));
      });

      it('twenty concurrent waitlist joins for one student: one joins, the others are told, none is a 500', async () => {
        const slot = 'slot_off_rivera_weekly_20310206T2100Z'; // Thursday
        // Emma's family takes it (Mateo's already holds a meeting of these times, the most one household may).
        const taken = await call('POST', `/api/v1/slots/${slot}/bookings`, {
          token: await tokenFor({ id: 'per_nguyen', tenant: 'ten_riverside' }, { issuedAt: NOW }),
          body: { studentId: 'stu_emma', modality: 'phone' },
        });
        expect(taken.status).toBe(201);
        const omar = await tokenFor({ id: 'per_alsayed_omar', tenant: 'ten_riverside' }, { issuedAt: NOW });
        const answers = await Promise.all(
          Array.from({ length: 20 }, () =>
            call('POST', `/api/v1/slots/${slot}/waitlist`, {
              token: omar,
              body: { studentId: 'stu_yusuf', modality: 'video' },
            }),
          ),
        );
        const statuses = answers.map((a) => a.status).sort();
        expect(statuses).toEqual([201, ...Array<number>(19).fill(409)]);
        for (const answer of answers.filter((a) => a.status === 409)) {
          expect(answer.json).toMatchObject({
            type: problemTypes.conflict,
            detail: 'This student is already waiting for this time.',
          });
        }
        const [waiting] = await selectRows<{ n: number }>(
          database.db,
          sql`select count(*)::int as n from waitlist_entries where slot_id = ${slot} and student_id = 'stu_yusuf'`,
        );
        expect(waiting!.n).toBe(1);
      });
    });

    describe('what one educator can make a listing cost', () => {
      const offer = (overrides: Record<string, unknown> = {}) => ({
        recurrence: 'weekly',
        startDate: '2031-02-03',
        weekdays: [1, 2, 3, 4, 5, 6, 7],
        startTime: '08:00',
        endTime: '16:00',
        durationMinutes: 10,
        modalities: ['phone'],
        ...overrides,
      });
      const asOkafor = () => tokenFor({ id: 'per_okafor', tenant: 'ten_riverside' }, { issuedAt: NOW });

      it('refuses an offer of 5-minute slots all day, and one that runs for more than a year, writing nothing', async () => {
        const before = await rowCounts(database.db);
        const allDay = await call('POST', '/api/v1/educators/per_okafor/offers', {
          token: await asOkafor(),
          body: offer({ startTime: '00:00', endTime: '23:55', durationMinutes: 5 }),
        });
        expect(allDay.status).toBe(400);
        expect(allDay.json.type).toBe(problemTypes.validation);
        expect(allDay.json.errors).toEqual([
          {
            path: 'body.durationMinutes',
            code: 'too_many_slots',
            message: 'This makes 287 slots a day; one offer may make at most 48. Use longer slots or a shorter day.',
          },
        ]);
        const forever = await call('POST', '/api/v1/educators/per_okafor/offers', {
          token: await asOkafor(),
          body: offer({ endDate: '2032-02-04' }),
        });
        expect(forever.status).toBe(400);
        expect(forever.json.errors).toEqual([expect.objectContaining({ path: 'body.endDate', code: 'too_long' })]);
        expect(await rowCounts(database.db)).toEqual(before);
      });

      it('caps current offers per educator, and pages a crowded listing without gaps or repeats', async () => {
        // Okafor's seeded weekly offer, plus offers at the cap of 48 slots a day, every day.
        let made = 1;
        for (;;) {
          const response = await call('POST', '/api/v1/educators/per_okafor/offers', {
            token: await asOkafor(),
            body: offer({ location: `Room ${made}` }),
          });
          if (response.status !== 201) {
            expect(response.status).toBe(409);
            expect(response.json).toMatchObject({ type: problemTypes.conflict });
            expect(response.json.detail).toMatch(/50 current offers/);
            break;
          }
          made += 1;
          expect(made).toBeLessThanOrEqual(50);
        }
        expect(made).toBe(50);

        const from = '2031-02-03T15:00:00.000Z';
        const to = '2031-02-10T15:00:00.000Z'; // one week: 49 offers × 48 × 7 + the seeded ones
        const token = await tokenFor(people.admin, { issuedAt: NOW });
        const seen: string[] = [];
        let cursor: string | null = null;
        let pages = 0;
        do {
          const query: string = `from=${from}&to=${to}&limit=500${cursor ? `&cursor=${cursor}` : ''}`;
          const page: Awaited<ReturnType<typeof call>> = await call(
            'GET',
            `/api/v1/educators/per_okafor/slots?${query}`,
            { token },
          );
          expect(page.status).toBe(200);
          expect(page.json.items.length).toBeLessThanOrEqual(500);
          seen.push(...page.json.items.map((slot: { start: string; id: string }) => `${slot.start} ${slot.id}`));
          cursor = page.json.nextCursor;
          pages += 1;
        } while (cursor && pages < 100);
        expect(cursor).toBeNull();
        expect(seen.length).toBeGreaterThanOrEqual(49 * 48 * 7);
        expect(new Set(seen).size).toBe(seen.length);
        expect(seen).toEqual([...seen].sort());
        expect(pages).toBe(Math.ceil(seen.length / 500));
        const first = await call('GET', `/api/v1/educators/per_okafor/slots?from=${from}&to=${to}`, { token });
        expect(first.json.items).toHaveLength(200); // the default page
      });
    });

    describe('privacy', () => {
      it('logs a failed query by its kind and request id, never its parameters (the message text)', async () => {
        await database.db.execute(
          sql.raw(`create or replace function tandem_test_fail() returns trigger language plpgsql as $$
            begin raise exception 'refused by a test trigger'; end $$`),
        );
        await database.db.execute(
          sql.raw(
            'create trigger tandem_test_fail before insert on messages for each row execute function tandem_test_fail()',
          ),
        );
        const logged: string[] = [];
        const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
          logged.push(
            args.map((arg) => (arg instanceof Error ? `${arg.message}\n${arg.stack}` : String(arg))).join(' '),
          );
        });
        try {
          const secret = 'Mateo has a doctor appointment about his asthma';
          const response = await call('POST', '/api/v1/threads/thr_mateo_garcia_rivera/messages', {
            token: await tokenFor(people.guardian, { issuedAt: NOW }),
            body: { body: secret, clientMessageId: 'log-leak-1' },
          });
          expect(response.status).toBe(500);
          expect(response.json).toMatchObject({ type: problemTypes.server, status: 500 });
          expect(logged).toHaveLength(1);
          expect(logged[0]).toContain(response.json.requestId);
          expect(logged[0]).toContain('code=P0001'); // PostgreSQL's raise_exception: the kind is there
          expect(logged[0]).not.toContain(secret);
          expect(logged[0]).not.toContain('log-leak-1');
          expect(logged[0]).not.toContain('refused by a test trigger');
        } finally {
          spy.mockRestore();
          await database.db.execute(sql.raw('drop trigger tandem_test_fail on messages'));
        }
      });

      it("answers 404, not 403, to those who may not see an educator's times, when they try to offer them", async () => {
        const body = ONE_OFFER;
        const asOther = await call('POST', '/api/v1/educators/per_rivera/offers', {
          token: await tokenFor({ id: 'per_okafor', tenant: 'ten_riverside' }, { issuedAt: NOW }),
          body,
        });
        const missing = await call('POST', '/api/v1/educators/per_nobody/offers', {
          token: await tokenFor({ id: 'per_okafor', tenant: 'ten_riverside' }, { issuedAt: NOW }),
          body,
        });
        expect(asOther.status).toBe(404);
        expect({ ...asOther.json, requestId: undefined }).toEqual({ ...missing.json, requestId: undefined });
        const family = await call('POST', '/api/v1/educators/per_rivera/offers', {
          token: await tokenFor(people.guardian, { issuedAt: NOW }),
          body,
        });
        expect(family.status).toBe(403); // Mateo's mother sees Rivera's times: in scope, not allowed
        expect(family.json.type).toBe(problemTypes.forbidden);
      });
    });

    describe('split households', () => {
      it("keeps one home's booking notes, calendar file and reasons from the other home, not from the school", async () => {
        const johnson = await tokenFor({ id: 'per_johnson', tenant: 'ten_riverside' }, { issuedAt: NOW });
        const miller = await tokenFor({ id: 'per_miller', tenant: 'ten_riverside' }, { issuedAt: NOW });
        const haddad = await tokenFor({ id: 'per_haddad', tenant: 'ten_riverside' }, { issuedAt: NOW });
        const needs = {
          interpreterLanguage: 'es',
          childCare: true,
          accessibilityNote: 'Wheelchair; please use the ramp',
        };
        const booked = await call('POST', '/api/v1/slots/slot_off_haddad_weekly_20310204T2100Z/bookings', {
          token: johnson,
          body: { studentId: 'stu_jaylen', modality: 'in_person', needs },
        });
        expect(booked.status).toBe(201);
        const full = {
          interpreterLanguage: 'es',
          childCare: true,
          transport: false,
          accessibilityNote: needs.accessibilityNote,
        };
        expect(booked.json.needs).toEqual(full);

        const seenBy = async (token: string) => {
          const list = await call('GET', '/api/v1/students/stu_jaylen/bookings', { token });
          const one = await call('GET', `/api/v1/bookings/${booked.json.id}`, { token });
          const ics = await call('GET', `/api/v1/bookings/${booked.json.id}/ics`, { token });
          const item = list.json.items.find((b: { id: string }) => b.id === booked.json.id);
          return {
            listed: item?.needs,
            one: one.json.needs,
            start: one.json.start,
            ics: ics.status,
            icsType: ics.json?.type,
          };
        };
        // The other home knows the meeting exists and when, and nothing of what was asked.
        expect(await seenBy(miller)).toEqual({
          listed: null,
          one: null,
          start: booked.json.start,
          ics: 403,
          icsType: problemTypes.forbidden,
        });
        expect(await seenBy(johnson)).toMatchObject({ listed: full, one: full, ics: 200 });
        expect(await seenBy(haddad)).toMatchObject({ listed: full, one: full, ics: 200 });

        const cancelled = await call('POST', `/api/v1/bookings/${booked.json.id}/cancel`, {
          token: johnson,
          body: { reason: 'We are moving house that week' },
        });
        expect(cancelled.status).toBe(200);
        const record = async (token: string) =>
          (await call('GET', '/api/v1/students/stu_jaylen/scheduling-record', { token })).json.items
            .filter((e: { bookingId: string }) => e.bookingId === booked.json.id)
            .map((e: { kind: string; detail: string | null }) => [e.kind, e.detail]);
        expect(await record(miller)).toEqual([
          ['booked', null],
          ['cancelled', null],
        ]);
        expect(await record(haddad)).toContainEqual(['cancelled', 'We are moving house that week']);
        expect(await record(johnson)).toContainEqual(['cancelled', 'We are moving house that week']);
      });
    });

    describe('limits that hold across server instances', () => {
      const limited = testConfig({ rateLimit: { burst: 60, perSecond: 10 }, maxStreamsPerPerson: 3 });
      // Buckets of their own: on a fixed clock, a bucket emptied here never refills.
      let database: Database;
      beforeAll(async () => {
        database = await seeded(backend);
      });
      afterAll(() => database.close());

      it('limits invalid tokens by client address before anyone is signed in, without limiting valid ones', async () => {
        const app = client(database, limited, () => NOW);
        const answers: number[] = [];
        for (let i = 0; i < 300; i++)
          answers.push((await app('GET', '/api/v1/me', { token: `not-a-token-${i}` })).status);
        expect(answers.filter((s) => s === 401)).toHaveLength(60); // the burst, and no refill on a fixed clock
        expect(answers.slice(60)).toEqual(Array<number>(240).fill(429));
        const refused = await app('GET', '/api/v1/me', { token: 'still-not-a-token' });
        expect(refused.json).toMatchObject({ type: problemTypes.rateLimited, status: 429 });
        expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThanOrEqual(1);
        // A family on the same address (a school's network) with a valid token is not held back.
        const family = await app('GET', '/api/v1/me', { token: await tokenFor(people.guardian, { issuedAt: NOW }) });
        expect(family.status).toBe(200);
      });

      it('behind a trusted proxy, limits refused tokens per forwarded client; a forged X-Forwarded-For gains nothing', async () => {
        const refusals = async (trustedProxies: string[]) => {
          const server = await startServer(
            { ...limited, port: 0, trustedProxies },
            { database: await seeded(backend), clock: () => NOW },
          );
          try {
            const me = (forwardedFor: string) =>
              fetch(`${server.url}/api/v1/me`, {
                headers: { Authorization: 'Bearer not-a-token', 'X-Forwarded-For': forwardedFor },
              }).then((r) => r.status);
            const first: number[] = [];
            for (let i = 0; i < 61; i++) first.push(await me('198.51.100.7, 203.0.113.5'));
            return { first: first.filter((status) => status === 401).length, other: await me('203.0.113.9') };
          } finally {
            await server.close();
          }
        };
        // The proxy (loopback here) is trusted: each client has a bucket of their own.
        expect(await refusals(['127.0.0.1'])).toEqual({ first: 60, other: 401 });
        // No trusted proxy: the header is the caller's to forge, so it is ignored.
        expect(await refusals([])).toEqual({ first: 60, other: 429 });
      });

      it("one person's allowance is shared by two instances, not doubled", async () => {
        const [a, b] = [client(database, limited, () => NOW), client(database, limited, () => NOW)];
        const token = await tokenFor(people.otherGuardian, { issuedAt: NOW });
        const statuses: number[] = [];
        for (let i = 0; i < 40; i++) {
          statuses.push(
            (await a('GET', '/api/v1/me', { token })).status,
            (await b('GET', '/api/v1/me', { token })).status,
          );
        }
        expect(statuses.filter((s) => s === 200)).toHaveLength(60);
        expect(statuses.slice(60)).toEqual(Array<number>(20).fill(429));
      });

      it('gives a crowd of concurrent requests exactly the bucket, on one instance and across two', async () => {
        const fresh = await seeded(backend);
        try {
          const [a, b] = [client(fresh, limited, () => NOW), client(fresh, limited, () => NOW)];
          const token = await tokenFor(people.guardian, { issuedAt: NOW });
          // Each instance gathers its concurrent takes of this one bucket into a statement.
          const answers = await Promise.all(
            Array.from({ length: 100 }, (_, i) => (i % 2 ? a : b)('GET', '/api/v1/me', { token })),
          );
          const statuses = answers.map((answer) => answer.status);
          expect({
            allowed: statuses.filter((s) => s === 200).length,
            refused: statuses.filter((s) => s === 429).length,
          }).toEqual({ allowed: 60, refused: 40 });
          const refused = answers.find((answer) => answer.status === 429)!;
          expectProblem(refused, 429, problemTypes.rateLimited);
          expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThanOrEqual(1);
          // Nothing is left, and a refused take took nothing: the next one is refused too.
          expect((await a('GET', '/api/v1/me', { token })).status).toBe(429);
        } finally {
          await fresh.close();
        }
      });

      it("caps a person's open streams across instances, and frees a place when one closes", async () => {
        const apps = [
          await createApp({ database, config: limited, clock: () => NOW }),
          await createApp({ database, config: limited, clock: () => NOW }),
        ];
        const token = await tokenFor(people.admin, { issuedAt: NOW });
        const open = (i: number) =>
          apps[i % 2]!.request('/api/v1/events', { headers: { Authorization: `Bearer ${token}` } });
        const held = [await open(0), await open(1), await open(0)];
        expect(held.map((r) => r.status)).toEqual([200, 200, 200]);
        const fourth = await open(1);
        expect(fourth.status).toBe(429);
        expect(await fourth.json()).toMatchObject({
          type: problemTypes.rateLimited,
          detail: 'Close another Tandem tab or window first.',
        });
        await held[0]!.body!.cancel();
        let reopened: Response | undefined;
        await expect
          .poll(async () => {
            reopened = await open(1);
            if (reopened.status !== 200) await reopened.body?.cancel();
            return reopened.status;
          })
          .toBe(200);
        for (const response of [...held.slice(1), reopened!]) await response.body!.cancel();
      });
    });
  });
}
