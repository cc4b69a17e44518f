// Property tests: malformed ids, query strings and bodies sent to every route never cause a
// 5xx, always answer problem+json, and never write anything.
import { Problem, problemTypes, routes, type ProblemType, type RouteDefinition } from '@tandem/contract';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { backends, client, people, seeded, tableDigests, today, tokenFor } from './harness.js';

const validIds: Record<string, string> = {
  studentId: 'stu_mateo',
  goalId: 'goal_mateo_reading',
  threadId: 'thr_mateo_garcia_rivera',
  messageId: 'msg_mateo_garcia_rivera_1',
  educatorId: 'per_rivera',
  slotId: 'slot_off_rivera_weekly_20300107T2100Z',
  bookingId: 'bkg_none',
};

const validBodies: Record<string, Record<string, unknown>> = {
  createGoal: { domain: 'academic', statement: 'Read', measureType: 'count', unit: 'books' },
  updateGoal: { version: 1, statement: 'Read more' },
  recordProgress: { value: 3, date: today() },
  createDevToken: { userId: 'per_garcia' },
  startThread: { participantIds: ['per_rivera'] },
  sendMessage: { body: 'Hello', clientMessageId: 'c-1' },
  markThreadRead: { seq: 1 },
  editMessage: { body: 'Changed' },
  setGoalInterpreterReview: { interpreterReview: 'needed' },
  setMessageInterpreterReview: { interpreterReview: 'reviewed' },
  reportMessage: { reason: 'spam' },
  createOffer: {
    recurrence: 'once',
    startDate: '2026-12-01',
    startTime: '15:00',
    endTime: '16:00',
    durationMinutes: 30,
    modalities: ['phone'],
  },
  createBooking: { studentId: 'stu_mateo', modality: 'phone' },
  cancelBooking: { reason: 'Sick' },
  rescheduleBooking: { slotId: 'slot_off_rivera_weekly_20300107T2100Z' },
  joinWaitlist: { studentId: 'stu_mateo', modality: 'phone' },
  putMyWindows: { windows: [{ weekday: 1, startTime: '18:00', endTime: '20:00' }] },
  updateTenantSettings: {
    timeZone: 'America/Chicago',
    allowedOrigins: ['https://www.riverside.example'],
    educatorQuietHours: { start: '17:00', end: '07:00' },
    retentionDays: 365,
  },
};

/** Routes that need a query: malformed ids are sent with a valid one, so that only the id is wrong. */
const validQueries: Record<string, string> = {
  listSlots: '?from=2030-01-07T00:00:00Z&to=2030-01-14T00:00:00Z',
};

const weirdId = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(
    '..',
    '%',
    '%00',
    'stu_mateo/../x',
    ' ',
    'x'.repeat(300),
    "'; drop table goals;--",
    'stu_mateo\u0000',
    '0',
  ),
);

const weirdQuery = fc.oneof(
  fc
    .dictionary(fc.string({ maxLength: 12 }), fc.string({ maxLength: 40 }), { maxKeys: 4 })
    .map((d) => `?${new URLSearchParams(d)}`),
  fc.constantFrom(
    '?limit=0',
    '?limit=-1',
    '?limit=101',
    '?limit=1.5',
    '?limit=abc',
    '?limit=1e400',
    '?limit=1&limit=2',
    '?cursor=',
    '?cursor=WyJ4Il0',
    '?cursor=%E0%A4%A',
    '?cursor=' + 'A'.repeat(600),
    '?%%%=%%%',
    '?limit',
  ),
  fc.base64String({ maxLength: 60 }).map((c) => `?cursor=${encodeURIComponent(c)}`),
);

/** A valid body with one field broken, an unknown key, arbitrary JSON, or not JSON at all. */
const weirdBody = (name: string) => {
  const valid = validBodies[name] ?? {};
  const keys = Object.keys(valid);
  return fc.oneof(
    fc.jsonValue().map((v) => ({ text: JSON.stringify(v), type: 'application/json' })),
    fc.string({ maxLength: 50 }).map((s) => ({ text: s, type: 'application/json' })),
    fc
      .constantFrom('{"value": 1e309, "date": "2026-11-02"}', '{"value": NaN}', '{', 'null', '[]', '""')
      .map((text) => ({
        text,
        type: 'application/json',
      })),
    fc.record({ key: fc.string({ minLength: 1, maxLength: 10 }), value: fc.jsonValue() }).map(({ key, value }) => ({
      text: JSON.stringify({ ...valid, [keys.includes(key) ? `${key}_x` : key]: value }),
      type: 'application/json',
    })),
    keys.length
      ? fc
          .record({ key: fc.constantFrom(...keys), value: fc.oneof(fc.jsonValue(), fc.string(), fc.double()) })
          .filter(({ key, value }) => typeof value !== typeof valid[key])
          .map(({ key, value }) => ({ text: JSON.stringify({ ...valid, [key]: value }), type: 'application/json' }))
      : fc.constant({ text: '{"a":1}', type: 'application/json' }),
    fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', '').map((type) => ({
      text: JSON.stringify(valid),
      type,
    })),
  );
};

describe.each(backends)('malformed input on $name', (backend) => {
  let database: Database;
  let call: (...args: Parameters<ReturnType<typeof client>>) => ReturnType<ReturnType<typeof client>>;
  let tokens: string[];
  /** The last digest taken, while no request has been sent since but refused ones (they change nothing). */
  let unchanged: Record<string, string> | undefined;

  beforeAll(async () => {
    database = await seeded(backend);
    const request = client(database);
    // Any request may write: the digest kept from before it no longer holds.
    call = (...args) => {
      unchanged = undefined;
      return request(...args);
    };
    // The longest lifetime the server allows: on a loaded machine this suite runs past 5 minutes.
    tokens = await Promise.all([
      tokenFor(people.guardian, { expiresIn: 14 * 60 }),
      tokenFor(people.educator, { expiresIn: 14 * 60 }),
    ]);
  });
  afterAll(() => database.close());

  const writes = () => tableDigests(database);

  /** The tables now, before a request that may be refused. */
  const snapshot = async () => unchanged ?? (await writes());

  type Response = Awaited<ReturnType<typeof call>>;

  /** A 4xx problem+json of one of the `types` expected here, and no table changed. */
  const expectRefusal = async (response: Response, before: Record<string, string>, types: ProblemType[]) => {
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.headers.get('Content-Type')).toBe('application/problem+json');
    expect(Problem.safeParse(response.json).success).toBe(true);
    expect(types).toContain(response.json.type);
    expect(response.json.status).toBe(response.status);
    expect(await writes()).toEqual(before);
    unchanged = before;
  };

  for (const [name, route] of Object.entries(routes) as [string, RouteDefinition][]) {
    const paramNames = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
    const fill = (ids: Record<string, string>) =>
      route.path.replace(/\{(\w+)\}/g, (_, p: string) => encodeURIComponent(ids[p] ?? ''));

    if (paramNames.length) {
      it(`${name}: malformed ids`, async () => {
        await fc.assert(
          fc.asyncProperty(weirdId, fc.nat(1), async (id, who) => {
            const before = await snapshot();
            const ids = Object.fromEntries(paramNames.map((p) => [p, id]));
            const body = validBodies[name];
            const response = await call(route.method, fill(ids) + (validQueries[name] ?? ''), {
              token: tokens[who],
              ...(body ? { body } : {}),
            });
            // An id that names nothing answers 404, exactly like a missing object; district
            // administration answers a well-formed one 403 first to anyone but its admins.
            await expectRefusal(
              response,
              before,
              route.path.startsWith('/api/v1/admin/')
                ? [problemTypes.notFound, problemTypes.forbidden]
                : [problemTypes.notFound],
            );
          }),
          { numRuns: 40 },
        );
      });
    }

    it(`${name}: malformed query strings`, async () => {
      const body = validBodies[name];
      const send = (query: string, who: number) =>
        call(route.method, fill(validIds) + query, {
          headersOnly: true,
          token: tokens[who],
          // Writes carry a body that no route takes as it is (version 999 is unknown or stale).
          ...(body ? { body: { ...body, version: 999 } } : {}),
        });
      // Without a query: the answer that a query must not change where the route takes none.
      const plain = await Promise.all(tokens.map((_, who) => send('', who)));
      await fc.assert(
        fc.asyncProperty(weirdQuery, fc.nat(1), async (query, who) => {
          const before = await snapshot();
          const response = await send(query, who);
          if (route.method !== 'GET') {
            // No write route reads its query string: the body refuses it, every time the same way.
            expect(plain[who]!.status).toBeGreaterThanOrEqual(400);
            await expectRefusal(response, before, [plain[who]!.json.type]);
            expect(response.status).toBe(plain[who]!.status);
            return;
          }
          if (!route.query) {
            expect(response.status).toBe(plain[who]!.status);
            return;
          }
          // As the server reads a query: each name once; a parameter without a name is no parameter.
          const values = [...new URLSearchParams(query)].filter(([key]) => key !== '');
          const single = Object.fromEntries(values);
          const valid = values.length === Object.keys(single).length && route.query.safeParse(single).success;
          if (response.status === route.success.status) {
            // Only what the contract accepts is answered.
            expect(valid).toBe(true);
            return;
          }
          if (route.path.startsWith('/api/v1/admin/') && response.status === 403) {
            // District administration refuses anyone but its admins, once the query is one it accepts.
            expect(valid).toBe(true);
            await expectRefusal(response, before, [problemTypes.forbidden]);
            return;
          }
          await expectRefusal(response, before, [problemTypes.validation]);
          const paths = (response.json.errors as { path: string }[]).map((e) => e.path);
          expect(paths.length).toBeGreaterThan(0);
          // A query the contract accepts is refused only for its cursor (one from no page of ours).
          for (const path of paths) expect(path).toMatch(valid ? /^query\.cursor$/ : /^query\./);
        }),
        { numRuns: 30 },
      );
    });

    if (route.body) {
      it(`${name}: malformed bodies`, async () => {
        await fc.assert(
          fc.asyncProperty(weirdBody(name), fc.nat(1), async ({ text, type }, who) => {
            const before = await snapshot();
            const response = await call(route.method, fill(validIds), {
              token: tokens[who],
              rawBody: text,
              headers: type ? { 'Content-Type': type } : {},
            });
            if (type !== 'application/json') {
              await expectRefusal(response, before, [problemTypes.unsupportedMediaType]);
              return;
            }
            let parsed: { success: boolean } = { success: false };
            try {
              parsed = route.body!.safeParse(JSON.parse(text));
            } catch {
              // not JSON: a validation problem, below
            }
            if (!parsed.success) {
              await expectRefusal(response, before, [problemTypes.validation]);
              expect(response.json.errors.length).toBeGreaterThan(0);
              return;
            }
            // A body the contract accepts (a nullable field set to null, say) reaches the handler,
            // which either does what it asks (a family's suggestion needs no area, measure or unit)
            // and answers the route's own schema, or refuses it for what it asks of the seeded records.
            if (response.status < 300) {
              expect(response.status).toBe(route.success.status);
              expect(route.success.schema.safeParse(response.json).success).toBe(true);
              return;
            }
            await expectRefusal(response, before, [
              problemTypes.validation,
              problemTypes.notFound,
              problemTypes.forbidden,
              problemTypes.conflict,
            ]);
          }),
          { numRuns: 60 },
        );
      });
    }
  }

  it('bad Idempotency-Key headers are refused before anything is written', async () => {
    // The same request with a good key is recorded: the refusals below are the key's alone.
    const good = await call('POST', '/api/v1/goals/goal_mateo_reading/progress', {
      token: tokens[0],
      body: validBodies.recordProgress,
      headers: { 'Idempotency-Key': crypto.randomUUID() },
    });
    expect(good.status).toBe(201);
    // An empty header is a key too, and not a valid one.
    for (const key of ['', ' ', 'ä', 'x'.repeat(256), 'a\tb']) {
      const before = await snapshot();
      const response = await call('POST', '/api/v1/goals/goal_mateo_reading/progress', {
        token: tokens[0],
        body: validBodies.recordProgress,
        headers: { 'Idempotency-Key': key },
      });
      await expectRefusal(response, before, [problemTypes.validation]);
      expect(response.status).toBe(400);
      expect(response.json.errors).toEqual([
        { path: 'header.Idempotency-Key', code: 'invalid', message: 'Use 1–255 visible ASCII characters.' },
      ]);
    }
  });
});
