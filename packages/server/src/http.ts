import { createHash } from 'node:crypto';
import { problemTypes, routes, type RouteDefinition, type RouteName, type Routes } from '@tandem/contract';
import { and, eq } from 'drizzle-orm';
import type { Context, Hono } from 'hono';
import type { z } from 'zod/mini';
import { loadActor, type Actor, type TokenVerifier } from './auth.js';
import type { ServerConfig } from './config.js';
import type { Db } from './db/database.js';
import { idempotencyKeys, students } from './db/schema.js';
import { describeError } from './log.js';
import { ApiError, fieldErrors, notFound, unauthorized, validationError } from './problem.js';
import type { RateLimiter } from './rate-limit.js';
import type { Translators } from './translator.js';

type Parsed<S> = S extends z.ZodMiniType ? z.output<S> : undefined;

/** What a handler receives: validated input, the actor, and the database (a transaction for writes). */
export interface HandlerScope<N extends RouteName> {
  params: Routes[N] extends { params: infer P } ? Parsed<P> : Record<string, never>;
  query: Routes[N] extends { query: infer Q } ? Parsed<Q> : Record<string, never>;
  body: Routes[N] extends { body: infer B } ? Parsed<B> : undefined;
  actor: Routes[N]['auth'] extends 'bearer' ? Actor : null;
  db: Db;
  requestId: string | undefined;
  config: ServerConfig;
  /** The request's instant, from the server's clock (injected in tests): one "now" per request. */
  now: Date;
  /** Work to run once the request's transaction has committed (never if it rolls back), on the pool. */
  afterCommit: (task: (db: Db) => Promise<void>) => void;
  /** Machine translation: each district's service, chosen when a message is translated. */
  translators: Translators;
}

export type RouteHandler<N extends RouteName> = (
  scope: HandlerScope<N>,
) => Promise<z.input<Routes[N]['success']['schema']>>;

/**
 * Routes answered with JSON only. The event stream, the calendar file and routes with another
 * representation (`alternative`, chosen by `Accept`) are registered on their own.
 */
export type JsonRouteName = {
  [N in RouteName]: Routes[N]['success'] extends { contentType: string } | { alternative: object }
    ? never
    : Routes[N] extends { upload: string }
      ? never
      : N;
}[RouteName];

/** Every JSON route of the contract must have a handler: the compiler checks the table is complete. */
export type Handlers = { [N in JsonRouteName]: RouteHandler<N> };

export interface HttpDeps {
  database: Db;
  config: ServerConfig;
  verifyToken: TokenVerifier;
  rateLimiter: RateLimiter;
  clientAddress: (c: Context) => string | undefined;
  translators: Translators;
  /** The server's clock: `Date` in production, a fixed or shifted clock in tests. */
  clock: () => Date;
}

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/** Registers one Hono route per contract route: auth, rate limit, validation, transactions, idempotency. */
export function registerRoutes(app: Hono, handlers: Handlers, deps: HttpDeps): void {
  for (const [name, route] of Object.entries(routes) as [RouteName, RouteDefinition][]) {
    if (route.auth === 'demo' && !deps.config.demo) continue; // absent, so 404 like any unknown path
    // A stream, a file, an upload, or a route that also answers in another representation: registered on its own.
    if (route.success.contentType || route.success.alternative || route.upload) continue;
    const handler = handlers[name as JsonRouteName] as unknown as (scope: HandlerScope<RouteName>) => Promise<unknown>;
    const path = route.path.replace(/\{(\w+)\}/g, ':$1');
    app.on(route.method, path, async (c) => {
      // Signed-in calls take from the person's bucket (in authenticate), anonymous ones from the address's.
      const actor = route.auth === 'bearer' ? await authenticate(c, deps) : null;
      if (!actor) await deps.rateLimiter.take(addressKey(c, deps));
      const params = await resolveStudentRef(deps.database, actor, parseParams(route, c.req.param()));
      const query = parseQuery(route, c.req.queries());
      const rawBody = route.body ? await readJson(c) : undefined;
      const body = route.body ? parseBody(route.body, rawBody) : undefined;
      const requestId = c.get('requestId');
      const now = deps.clock();
      const tasks: ((db: Db) => Promise<void>)[] = [];
      const afterCommit = (task: (db: Db) => Promise<void>) => void tasks.push(task);
      const { translators } = deps;
      const scope = (db: Db) =>
        ({
          params,
          query,
          body,
          actor,
          db,
          requestId,
          config: deps.config,
          now,
          afterCommit,
          translators,
        }) as HandlerScope<RouteName>;
      // Background work after the commit: failures are logged, never the request's.
      const runTasks = () => {
        for (const task of tasks.splice(0)) {
          task(deps.database).catch((error: unknown) =>
            console.error(`[${requestId}] after-commit task failed: ${describeError(error)}`),
          );
        }
      };

      if (route.method === 'GET') {
        return c.json(await handler(scope(deps.database)), route.success.status);
      }
      const key = route.method === 'POST' ? c.req.header('Idempotency-Key') : undefined;
      if (key === undefined) {
        const result = await deps.database.transaction((tx) => handler(scope(tx)));
        runTasks();
        return c.json(result, route.success.status);
      }
      if (!IDEMPOTENCY_KEY.test(key)) {
        throw validationError(
          [{ path: 'header.Idempotency-Key', code: 'invalid', message: 'Use 1–255 visible ASCII characters.' }],
          'The Idempotency-Key header is not valid.',
        );
      }
      const owner = actor ? actor.id : `address:${deps.clientAddress(c) ?? 'unknown'}`;
      const requestHash = createHash('sha256')
        .update(`${route.method} ${c.req.path}\n${JSON.stringify(rawBody)}`)
        .digest('base64url');
      const outcome = await deps.database.transaction(async (tx) => {
        // A concurrent twin holding the same key makes this insert wait for its commit, then conflict.
        const claimed = await tx
          .insert(idempotencyKeys)
          .values({ actorId: owner, key, requestHash, createdAt: now })
          .onConflictDoNothing()
          .returning({ key: idempotencyKeys.key });
        if (claimed.length === 0) {
          const [first] = await tx
            .select()
            .from(idempotencyKeys)
            .where(and(eq(idempotencyKeys.actorId, owner), eq(idempotencyKeys.key, key)));
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
          return { replayed: true, status: first.statusCode, body: first.responseBody };
        }
        const result = await handler(scope(tx));
        await tx
          .update(idempotencyKeys)
          .set({ statusCode: route.success.status, responseBody: result })
          .where(and(eq(idempotencyKeys.actorId, owner), eq(idempotencyKeys.key, key)));
        return { replayed: false, status: route.success.status, body: result };
      });
      runTasks();
      if (outcome.replayed) c.header('Idempotent-Replayed', 'true');
      return c.json(outcome.body, outcome.status as 200 | 201);
    });
  }
}

const addressKey = (c: Context, deps: HttpDeps) => `address:${deps.clientAddress(c) ?? 'unknown'}`;

/**
 * The signed-in person, then one token from their own bucket. Every refused token takes one
 * from the client address's bucket, and once that is empty the answer is 429, not 401: guessing
 * tokens from one address is limited like anonymous calls, while families who share an address
 * (a school's network) are not limited by each other's valid requests, and a valid request
 * costs no address lookup.
 */
export async function authenticate(c: Context, deps: HttpDeps): Promise<Actor> {
  let actor: Actor;
  try {
    const header = c.req.header('Authorization');
    const match = header?.match(/^Bearer ([\x21-\x7e]+)$/i);
    if (!match?.[1]) throw unauthorized('Send an access token: `Authorization: Bearer <token>`.');
    const claims = await deps.verifyToken(match[1]);
    actor = await loadActor(deps.database, claims);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) await deps.rateLimiter.take(addressKey(c, deps));
    throw error;
  }
  await deps.rateLimiter.take(`person:${actor.id}`);
  return actor;
}

/** `sis:<sourcedId>` in a path names the tenant's student with that sourcedId: the same 404 as any unknown id. */
export async function resolveStudentRef(db: Db, actor: Actor | null, params: unknown): Promise<unknown> {
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

export function parseParams(route: RouteDefinition, raw: Record<string, string>): unknown {
  if (!route.params) return {};
  const result = route.params.safeParse(raw);
  // An id that cannot exist identifies nothing: the same 404 as a missing one.
  if (!result.success) throw notFound();
  return result.data;
}

export function parseQuery(route: RouteDefinition, raw: Record<string, string[]>): unknown {
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
