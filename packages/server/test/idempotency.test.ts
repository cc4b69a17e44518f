// The Idempotency-Key protocol of the `idempotent` middleware, on its own: a small Hono app with
// the real middlewares, the real database (PGlite, and PostgreSQL when DATABASE_URL is set) and a
// handler that counts its effects.
import { PROBLEM_CONTENT_TYPE, problemTypes, type RouteDefinition } from '@tandem/contract';
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { requestId } from 'hono/request-id';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { ReadAuditLog } from '../src/read-audit.js';
import { respondToError } from '../src/app.js';
import type { Actor } from '../src/auth.js';
import type { Database } from '../src/db/database.js';
import { middlewares, type HttpDeps } from '../src/middleware.js';
import { ApiError } from '../src/problem.js';
import { Translators } from '../src/translator.js';
import { backends, testConfig } from './harness.js';

const createThing = {
  method: 'POST',
  path: '/things',
  summary: 'Creates a thing',
  tag: 'test',
  auth: 'bearer',
  body: z.strictObject({ name: z.string(), fail: z.optional(z.enum(['server', 'conflict'])) }),
  success: { status: 201, description: 'The thing.', schema: z.object({ id: z.number(), name: z.string() }) },
  errors: [409],
} as const satisfies RouteDefinition;

const NOW = new Date('2030-03-04T05:06:07Z');

for (const backend of backends) {
  describe(`Idempotency-Key on '${backend.name}'`, () => {
    let database: Database;
    let app: Hono;
    /** Every effect the handler had, in order. */
    let effects: string[];
    /** When set, the handler waits for it (to hold a request open while a twin arrives). */
    let gate: Promise<void> | undefined;
    let entered: (() => void) | undefined;

    beforeAll(async () => {
      database = await backend.open();
      const deps: HttpDeps = {
        database: database.db,
        config: testConfig(),
        verifyToken: () => Promise.reject(new Error('not used')),
        rateLimiter: { take: () => Promise.resolve() },
        clientAddress: (c) => c.req.header('X-Test-Address'),
        translators: new Translators(null),
        clock: () => NOW,
        notifications: null,
        readAudit: new ReadAuditLog(database.db),
      };
      const { validate, database: useDatabase, idempotent } = middlewares(deps);
      // Stands in for `authenticate`: the person named by a test header, or nobody.
      const signedIn = createMiddleware<{ Variables: { actor?: Actor } }>(async (c, next) => {
        const id = c.req.header('X-Test-Person');
        if (id) c.set('actor', { id, tenantId: 'ten_test', kind: 'guardian' });
        await next();
      });
      app = new Hono();
      app.use(requestId());
      app.post('/things', signedIn, validate(createThing), useDatabase('write'), idempotent, async (c) => {
        entered?.();
        if (gate) await gate;
        const { name, fail } = c.var.body;
        if (fail === 'server') throw new Error('the handler broke');
        if (fail === 'conflict') throw new ApiError(409, problemTypes.conflict, 'Conflict', 'Taken.');
        effects.push(name);
        return c.json({ id: effects.length, name }, 201);
      });
      app.onError(respondToError);
    });
    afterAll(() => database.close());
    beforeEach(() => {
      effects = [];
      gate = undefined;
      entered = undefined;
    });

    const post = async (body: unknown, headers: Record<string, string>) => {
      const response = await app.request('/things', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Test-Person': 'per_a', ...headers },
        body: JSON.stringify(body),
      });
      return { status: response.status, headers: response.headers, json: (await response.json()) as unknown };
    };

    it('replays the first response to the same key and body: same status and body, marked as a replay', async () => {
      const first = await post({ name: 'kite' }, { 'Idempotency-Key': 'same-1' });
      const again = await post({ name: 'kite' }, { 'Idempotency-Key': 'same-1' });
      expect(first).toMatchObject({ status: 201, json: { id: 1, name: 'kite' } });
      expect(first.headers.get('Idempotent-Replayed')).toBeNull();
      expect(again.status).toBe(201);
      expect(again.json).toEqual(first.json);
      expect(again.headers.get('Idempotent-Replayed')).toBe('true');
      expect(effects).toEqual(['kite']);
    });

    it('answers a reused key with another body with the idempotency-key-reused problem, and does nothing', async () => {
      await post({ name: 'kite' }, { 'Idempotency-Key': 'reused-1' });
      const other = await post({ name: 'boat' }, { 'Idempotency-Key': 'reused-1' });
      expect(other.status).toBe(422);
      expect(other.headers.get('Content-Type')).toBe(PROBLEM_CONTENT_TYPE);
      expect(other.json).toMatchObject({
        type: problemTypes.idempotencyMismatch,
        status: 422,
        title: 'Idempotency-Key reused',
        detail: 'This Idempotency-Key was used for a different request; use a new key for a new request.',
      });
      expect(effects).toEqual(['kite']);
    });

    it('has one effect for concurrent requests with one key; the twin gets the first response', async () => {
      let open!: () => void;
      gate = new Promise((resolve) => (open = resolve));
      const inside = new Promise<void>((resolve) => (entered = resolve));
      const first = post({ name: 'kite' }, { 'Idempotency-Key': 'twins-1' });
      await inside; // the first holds its claim, in its transaction
      entered = undefined;
      const twin = post({ name: 'kite' }, { 'Idempotency-Key': 'twins-1' });
      open();
      const [a, b] = await Promise.all([first, twin]);
      expect(effects).toEqual(['kite']);
      expect(a).toMatchObject({ status: 201, json: { id: 1, name: 'kite' } });
      expect(b).toMatchObject({ status: 201, json: { id: 1, name: 'kite' } });
      expect(b.headers.get('Idempotent-Replayed')).toBe('true');
    });

    it('stores nothing for a request that failed: a retry with the key runs again', async () => {
      const broken = await post({ name: 'kite', fail: 'server' }, { 'Idempotency-Key': 'failed-1' });
      expect(broken.status).toBe(500);
      expect(broken.json).toMatchObject({ type: problemTypes.server, status: 500 });
      const refused = await post({ name: 'kite', fail: 'conflict' }, { 'Idempotency-Key': 'failed-2' });
      expect(refused.json).toMatchObject({ type: problemTypes.conflict, status: 409, detail: 'Taken.' });
      expect(effects).toEqual([]);

      // The same keys, now for requests that succeed (their bodies differ: no mismatch, nothing was kept).
      const retried = await post({ name: 'kite' }, { 'Idempotency-Key': 'failed-1' });
      const again = await post({ name: 'boat' }, { 'Idempotency-Key': 'failed-2' });
      expect(retried).toMatchObject({ status: 201, json: { id: 1, name: 'kite' } });
      expect(retried.headers.get('Idempotent-Replayed')).toBeNull();
      expect(again).toMatchObject({ status: 201, json: { id: 2, name: 'boat' } });
      expect(effects).toEqual(['kite', 'boat']);
    });

    it("keeps keys per person, and per address when nobody is signed in: another's same key is their own", async () => {
      const mine = await post({ name: 'kite' }, { 'Idempotency-Key': 'shared-1' });
      const theirs = await post({ name: 'boat' }, { 'Idempotency-Key': 'shared-1', 'X-Test-Person': 'per_b' });
      const anonymous = await post(
        { name: 'sled' },
        { 'Idempotency-Key': 'shared-1', 'X-Test-Person': '', 'X-Test-Address': '192.0.2.7' },
      );
      const elsewhere = await post(
        { name: 'yo-yo' },
        { 'Idempotency-Key': 'shared-1', 'X-Test-Person': '', 'X-Test-Address': '192.0.2.8' },
      );
      expect([mine, theirs, anonymous, elsewhere].map((r) => [r.status, r.json])).toEqual([
        [201, { id: 1, name: 'kite' }],
        [201, { id: 2, name: 'boat' }],
        [201, { id: 3, name: 'sled' }],
        [201, { id: 4, name: 'yo-yo' }],
      ]);
      expect(theirs.headers.get('Idempotent-Replayed')).toBeNull();
      expect(effects).toEqual(['kite', 'boat', 'sled', 'yo-yo']);
    });

    it('refuses a key that is not 1–255 visible ASCII characters, naming the header, and does nothing', async () => {
      const bad = await post({ name: 'kite' }, { 'Idempotency-Key': 'has space' });
      expect(bad.json).toMatchObject({
        type: problemTypes.validation,
        status: 400,
        errors: [{ path: 'header.Idempotency-Key', code: 'invalid' }],
      });
      expect(effects).toEqual([]);
    });

    it('without a key, every request has its effect', async () => {
      await post({ name: 'kite' }, {});
      const second = await post({ name: 'kite' }, {});
      expect(second).toMatchObject({ status: 201, json: { id: 2, name: 'kite' } });
      expect(effects).toEqual(['kite', 'kite']);
    });
  });
}
