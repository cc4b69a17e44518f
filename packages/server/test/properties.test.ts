// Property tests: malformed ids, query strings and bodies sent to every route never cause a
// 5xx, always answer problem+json, and never write anything.
import { Problem, routes, type RouteDefinition } from '@tandem/contract';
import { count, ne } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { auditEvents, goals, idempotencyKeys, progressEntries } from '../src/db/schema.js';
import { backends, client, people, seeded, tokenFor } from './harness.js';

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
  recordProgress: { value: 3, date: '2026-11-02' },
  createDevToken: { userId: 'per_garcia' },
  startThread: { participantIds: ['per_rivera'] },
  sendMessage: { body: 'Hello', clientMessageId: 'c-1' },
  markThreadRead: { seq: 1 },
  editMessage: { body: 'Changed' },
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
  let call: ReturnType<typeof client>;
  let tokens: string[];

  beforeAll(async () => {
    database = await seeded(backend);
    call = client(database);
    tokens = await Promise.all([tokenFor(people.guardian), tokenFor(people.educator)]);
  });
  afterAll(() => database.close());

  const writes = async () => {
    const [g, p, k, a] = await Promise.all([
      database.db.select({ n: count() }).from(goals),
      database.db.select({ n: count() }).from(progressEntries),
      database.db.select({ n: count() }).from(idempotencyKeys),
      database.db.select({ n: count() }).from(auditEvents).where(ne(auditEvents.action, 'read')),
    ]);
    return [g[0]?.n, p[0]?.n, k[0]?.n, a[0]?.n];
  };

  const expectRefusal = async (response: Awaited<ReturnType<typeof call>>, before: unknown[]) => {
    expect(response.status).toBeLessThan(500);
    if (response.status >= 400) {
      expect(response.headers.get('Content-Type')).toBe('application/problem+json');
      expect(Problem.safeParse(response.json).success).toBe(true);
      expect(await writes()).toEqual(before);
    }
  };

  for (const [name, route] of Object.entries(routes) as [string, RouteDefinition][]) {
    const paramNames = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
    const fill = (ids: Record<string, string>) =>
      route.path.replace(/\{(\w+)\}/g, (_, p: string) => encodeURIComponent(ids[p] ?? ''));

    if (paramNames.length) {
      it(`${name}: malformed ids`, async () => {
        await fc.assert(
          fc.asyncProperty(weirdId, fc.nat(1), async (id, who) => {
            const before = await writes();
            const ids = Object.fromEntries(paramNames.map((p) => [p, id]));
            const body = validBodies[name];
            const response = await call(route.method, fill(ids), { token: tokens[who], ...(body ? { body } : {}) });
            expect(response.status).not.toBe(200);
            await expectRefusal(response, before);
          }),
          { numRuns: 40 },
        );
      });
    }

    it(`${name}: malformed query strings`, async () => {
      await fc.assert(
        fc.asyncProperty(weirdQuery, fc.nat(1), async (query, who) => {
          const before = route.method === 'GET' ? await writes() : [];
          const body = validBodies[name];
          const response = await call(route.method, fill(validIds) + query, {
            headersOnly: true,
            token: tokens[who],
            ...(body ? { body: { ...body, version: 999 } } : {}),
          });
          if (route.method === 'GET') await expectRefusal(response, before);
          else expect(response.status).toBeLessThan(500);
        }),
        { numRuns: 30 },
      );
    });

    if (route.body) {
      it(`${name}: malformed bodies`, async () => {
        await fc.assert(
          fc.asyncProperty(weirdBody(name), fc.nat(1), async ({ text, type }, who) => {
            const before = await writes();
            const response = await call(route.method, fill(validIds), {
              token: tokens[who],
              rawBody: text,
              headers: type ? { 'Content-Type': type } : {},
            });
            expect(response.status).toBeGreaterThanOrEqual(400);
            await expectRefusal(response, before);
          }),
          { numRuns: 60 },
        );
      });
    }
  }

  it('bad Idempotency-Key headers are refused before anything is written', async () => {
    for (const key of ['', ' ', 'ä', 'x'.repeat(256), 'a\tb']) {
      const before = await writes();
      const response = await call('POST', '/api/v1/goals/goal_mateo_reading/progress', {
        token: tokens[0],
        body: validBodies.recordProgress,
        headers: { 'Idempotency-Key': key },
      });
      if (key === '') continue; // an empty header is the same as none: a plain POST
      await expectRefusal(response, before);
      expect(response.status).toBe(400);
    }
  });
});
