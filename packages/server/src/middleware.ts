// The server's concerns, each a Hono middleware, composed per route (docs/architecture.md):
//   authenticate → rateLimit → validate(route) → database ('read' | 'write') → idempotent → handler
// Each one sets typed context variables for the ones after it (`c.var.actor`, `c.var.params`, …).
import { createHash } from 'node:crypto';
import { problemTypes, type RouteDefinition } from '@tandem/contract';
import { and, eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { z } from 'zod/mini';
import { actorLoader, type Actor, type TokenVerifier } from './auth.js';
import type { ServerConfig } from './config.js';
import { writeTransaction, type Db } from './db/database.js';
import { idempotencyKeys, students } from './db/schema.js';
import { ApiError, fieldErrors, notFound, unauthorized, validationError } from './problem.js';
import type { RateLimiter } from './rate-limit.js';
import type { NotificationQueue } from './notifications.js';
import type { Translators } from './translator.js';
import type { ReadAuditLog } from './read-audit.js';

export interface HttpDeps {
  database: Db;
  config: ServerConfig;
  verifyToken: TokenVerifier;
  rateLimiter: RateLimiter;
  clientAddress: (c: Context) => string | undefined;
  translators: Translators;
  /** The server's clock: `Date` in production, a fixed or shifted clock in tests. */
  clock: () => Date;
  /** The notification queue; null where no job queue runs (messages then notify nobody). */
  notifications: NotificationQueue | null;
  /** Where reads are audited, in batches off the response's path. */
  readAudit: ReadAuditLog;
}

type Parsed<S> = S extends z.ZodMiniType ? z.output<S> : undefined;

/** What `validate(route)` gives the handlers after it: the route's params, query and body, parsed. */
export interface Validated<R extends RouteDefinition> {
  params: R extends { params: infer P } ? Parsed<P> : Record<string, never>;
  query: R extends { query: infer Q } ? Parsed<Q> : Record<string, never>;
  body: R extends { body: infer B } ? Parsed<B> : undefined;
  /** The JSON as sent (before parsing), for the Idempotency-Key's request hash. */
  rawBody: unknown;
}

/** Set by `authenticate`: the signed-in person, read from the database on every request. */
export type AuthEnv = { Variables: { actor: Actor } };
/** Read by `rateLimit` and `idempotent`: the actor when the route signs in, else none. */
type MaybeAuthEnv = { Variables: { actor?: Actor } };
export type ValidatedEnv<R extends RouteDefinition> = { Variables: Validated<R> };

/** Set by `database(mode)`: the database (a transaction for writes), one "now", after-commit work. */
export type DatabaseEnv = {
  Variables: {
    db: Db;
    /** The request's instant, from the server's clock (injected in tests): one "now" per request. */
    now: Date;
    /** Work to run once the request's transaction has committed (never if it rolls back), on the pool. */
    afterCommit: (task: (db: Db) => Promise<void>) => void;
  };
};

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/** The request's Idempotency-Key when it has a valid one (`idempotent` refuses an invalid one). */
export function idempotencyKeyOf(c: Context): string | null {
  const key = c.req.header('Idempotency-Key');
  return key !== undefined && IDEMPOTENCY_KEY.test(key) ? key : null;
}
/** Thrown through the transaction to roll it back after Hono turned a handler's error into its response. */
const ROLLBACK = Symbol('rollback');

/** The middlewares of one server, over its dependencies. */
export function middlewares(deps: HttpDeps) {
  const addressKey = (c: Context) => `address:${deps.clientAddress(c) ?? 'unknown'}`;
  const loadActor = actorLoader(deps.database);

  /**
   * The signed-in person (`c.var.actor`). Every refused token takes one from the client
   * address's bucket, and once that is empty the answer is 429, not 401: guessing tokens from
   * one address is limited like anonymous calls, while families who share an address (a school's
   * network) are not limited by each other's valid requests, and a valid request costs no
   * address lookup (its person's bucket is taken by `rateLimit`).
   */
  const authenticate = createMiddleware<AuthEnv>(async (c, next) => {
    let actor: Actor;
    try {
      const header = c.req.header('Authorization');
      const match = header?.match(/^Bearer ([\x21-\x7e]+)$/i);
      if (!match?.[1]) throw unauthorized('Send an access token: `Authorization: Bearer <token>`.');
      const claims = await deps.verifyToken(match[1]);
      actor = await loadActor(claims);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) await deps.rateLimiter.take(addressKey(c));
      throw error;
    }
    c.set('actor', actor);
    await next();
  });

  /** One token from the signed-in person's bucket, or, for anonymous calls, from the address's. */
  const rateLimit = createMiddleware<MaybeAuthEnv>(async (c, next) => {
    const actor = c.get('actor');
    await deps.rateLimiter.take(actor ? `person:${actor.id}` : addressKey(c));
    await next();
  });

  /**
   * Path parameters, query and JSON body against the route's schemas: `c.var.params`,
   * `c.var.query`, `c.var.body`, typed by the route. A path id that cannot exist is a 404, like a
   * missing one; a bad query or body is a 400 naming each field.
   */
  const validate = <R extends RouteDefinition>(route: R) =>
    createMiddleware<MaybeAuthEnv & ValidatedEnv<R>>(async (c, next) => {
      const actor = c.get('actor') ?? null;
      const params = await resolveStudentRef(deps.database, actor, parseParams(route, c.req.param()));
      const query = parseQuery(route, c.req.queries());
      const rawBody = route.body ? await readJson(c) : undefined;
      const body = route.body ? parseBody(route.body, rawBody) : undefined;
      // The schemas are the route's own, so their output is the route's types.
      const validated = { params, query, body, rawBody } as Validated<R>;
      c.set('params', validated.params);
      c.set('query', validated.query);
      c.set('body', validated.body);
      c.set('rawBody', rawBody);
      await next();
    });

  /**
   * `read`: the pool. `write`: one transaction around the rest of the chain, rolled back when
   * the handler fails; work given to `afterCommit` runs on the pool once it has committed, and
   * its failures are logged (by request id), never the request's.
   */
  const database = (mode: 'read' | 'write') =>
    createMiddleware<DatabaseEnv>(async (c, next) => {
      c.set('now', deps.clock());
      if (mode === 'read') {
        c.set('db', deps.database);
        c.set('afterCommit', () => undefined); // a read commits nothing
        return next();
      }
      try {
        await writeTransaction(
          deps.database,
          async (tx, afterCommit) => {
            c.set('db', tx);
            c.set('afterCommit', afterCommit);
            await next();
            // Hono has already turned the error into its problem response; only the rollback is left.
            if (c.error) throw ROLLBACK;
          },
          c.get('requestId') ?? 'request',
        );
      } catch (error) {
        if (error === ROLLBACK) return;
        throw error;
      }
    });

  /**
   * The Idempotency-Key protocol, inside the write transaction: the first request with a key
   * claims it and stores its response with its effects (in the same transaction, so a failed
   * request stores nothing); a repeat with the same body gets that response again, marked
   * `Idempotent-Replayed: true`; one with another body is a 422; one while the first is still
   * running waits for it. Keys are per person (per address for anonymous calls).
   */
  const idempotent = createMiddleware<MaybeAuthEnv & DatabaseEnv & { Variables: { rawBody: unknown } }>(
    async (c, next) => {
      const key = c.req.header('Idempotency-Key');
      if (key === undefined) return next();
      if (!IDEMPOTENCY_KEY.test(key)) {
        throw validationError(
          [{ path: 'header.Idempotency-Key', code: 'invalid', message: 'Use 1–255 visible ASCII characters.' }],
          'The Idempotency-Key header is not valid.',
        );
      }
      const actor = c.get('actor');
      const owner = actor ? actor.id : addressKey(c);
      const tx = c.get('db');
      const requestHash = createHash('sha256')
        .update(`${c.req.method} ${c.req.path}\n${JSON.stringify(c.get('rawBody'))}`)
        .digest('base64url');
      const held = and(eq(idempotencyKeys.actorId, owner), eq(idempotencyKeys.key, key));
      // A concurrent twin holding the same key makes this insert wait for its commit, then conflict.
      const claimed = await tx
        .insert(idempotencyKeys)
        .values({ actorId: owner, key, requestHash, createdAt: c.get('now') })
        .onConflictDoNothing()
        .returning({ key: idempotencyKeys.key });
      if (claimed.length === 0) {
        const [first] = await tx.select().from(idempotencyKeys).where(held);
        if (!first || first.statusCode === null) {
          throw new ApiError(
            409,
            problemTypes.conflict,
            'Conflict',
            'A request with this Idempotency-Key is still in progress.',
          );
        }
        if (first.requestHash !== requestHash) {
          throw new ApiError(
            422,
            problemTypes.idempotencyMismatch,
            'Idempotency-Key reused',
            'This Idempotency-Key was used for a different request; use a new key for a new request.',
          );
        }
        c.header('Idempotent-Replayed', 'true');
        return c.json(first.responseBody, first.statusCode as 200 | 201);
      }
      await next();
      if (c.error) return; // rolled back by `database('write')`, claim and all
      const responseBody: unknown = await c.res.clone().json();
      await tx.update(idempotencyKeys).set({ statusCode: c.res.status, responseBody }).where(held);
    },
  );

  return { authenticate, rateLimit, validate, database, idempotent };
}

/** `sis:<sourcedId>` in a path names the tenant's student with that sourcedId: the same 404 as any unknown id. */
async function resolveStudentRef(db: Db, actor: Actor | null, params: unknown): Promise<unknown> {
  const ref = (params as { studentId?: unknown }).studentId;
  if (typeof ref !== 'string' || !ref.startsWith('sis:')) return params;
  if (!actor) throw notFound();
  const [student] = await db
    .select({ id: students.id })
    .from(students)
    .where(and(eq(students.tenantId, actor.tenantId), eq(students.sourcedId, ref.slice(4))));
  if (!student) throw notFound();
  return { ...(params as object), studentId: student.id };
}

function parseParams(route: RouteDefinition, raw: Record<string, string>): unknown {
  if (!route.params) return {};
  const result = route.params.safeParse(raw);
  // An id that cannot exist identifies nothing: the same 404 as a missing one.
  if (!result.success) throw notFound();
  return result.data;
}

function parseQuery(route: RouteDefinition, raw: Record<string, string[]>): unknown {
  if (!route.query) return {};
  for (const [name, values] of Object.entries(raw)) {
    if (values.length !== 1) {
      throw validationError([{ path: `query.${name}`, code: 'repeated', message: 'Give this parameter once.' }]);
    }
  }
  // Own properties, whatever the names: `?__proto__=` is an unknown parameter, not the prototype.
  const single: Record<string, string> = Object.fromEntries(
    Object.entries(raw).map(([name, values]) => [name, values[0] ?? '']),
  );
  refuseNul(single, 'query');
  const result = route.query.safeParse(single);
  if (!result.success) throw validationError(fieldErrors(result.error.issues, 'query'));
  return result.data;
}

async function readJson(c: Context): Promise<unknown> {
  const type = c.req.header('Content-Type') ?? '';
  if (!/^application\/(.+\+)?json\s*(;|$)/i.test(type)) {
    throw new ApiError(
      415,
      problemTypes.unsupportedMediaType,
      'Unsupported media type',
      'Send the body as application/json.',
    );
  }
  const text = await c.req.text();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw validationError(
      [{ path: 'body', code: 'invalid_json', message: 'The body is not valid JSON.' }],
      'The body is not valid JSON.',
    );
  }
  refuseNul(value, 'body');
  return value;
}

/**
 * PostgreSQL text cannot hold U+0000, so a NUL anywhere in a request is refused up front
 * (a 400 naming the field) rather than failing the write with a 500.
 */
function refuseNul(value: unknown, path: string): void {
  const errors: { path: string; code: string; message: string }[] = [];
  const check = (text: string, at: string) => {
    if (text.includes('\0'))
      errors.push({ path: at, code: 'nul_character', message: 'Remove the NUL (U+0000) character.' });
  };
  const visit = (node: unknown, at: string) => {
    if (typeof node === 'string') check(node, at);
    else if (Array.isArray(node)) node.forEach((item, i) => visit(item, `${at}.${i}`));
    else if (node !== null && typeof node === 'object') {
      for (const [key, item] of Object.entries(node)) {
        check(key, at);
        visit(item, `${at}.${key.replace(/\0/g, '')}`);
      }
    }
  };
  visit(value, path);
  if (errors.length) throw validationError(errors, 'Text may not contain NUL (U+0000) characters.');
}

function parseBody(schema: z.ZodMiniType, raw: unknown): unknown {
  const result = schema.safeParse(raw);
  if (!result.success) throw validationError(fieldErrors(result.error.issues, 'body'));
  return result.data;
}
