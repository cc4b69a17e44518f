import { routes, type RouteDefinition, type RouteName, type Routes } from '@tandem/contract';
import type { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { z } from 'zod/mini';
import type { Actor } from './auth.js';
import type { ServerConfig } from './config.js';
import type { Db } from './db/database.js';
import { idempotencyKeyOf, middlewares, type HttpDeps, type Validated } from './middleware.js';
import type { NotificationQueue } from './notifications.js';
import type { Translators } from './translator.js';
import type { ReadEvent } from './read-audit.js';
import { Turns } from './turns.js';

export type { HttpDeps } from './middleware.js';

/** What a handler receives: validated input, the actor, and the database (a transaction for writes). */
export interface HandlerScope<N extends RouteName> extends Omit<Validated<Routes[N]>, 'rawBody'> {
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
  /** Where messages queue their notifications (null: no job queue runs here). */
  notifications: NotificationQueue | null;
  /**
   * Audits this request's read of a student's record: queued and written in a batch, not in the
   * response's path (writes are audited with `audit()`, in their transaction).
   */
  auditRead: (event: ReadEvent) => Promise<void>;
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

/** What a precheck reads: the validated request, on the pool, before any transaction. */
export interface PrecheckScope<N extends RouteName> extends Pick<HandlerScope<N>, 'params' | 'body' | 'actor'> {
  /** The pool: a precheck only reads. */
  db: Db;
  /** The request's valid Idempotency-Key, or null. */
  idempotencyKey: string | null;
}

/**
 * A cheap read that may refuse a write before its transaction begins, so that the many who lose
 * a race are told for a statement or two each, not a transaction. Requests of one `turn` (say,
 * one slot) take turns on this instance: each is checked once the one before it has committed,
 * and waits holding no connection. `refuse` throws the problem; it must refuse only what the
 * handler would refuse too, and never a repeat whose answer is stored.
 */
export interface Precheck<N extends RouteName> {
  turn: (scope: PrecheckScope<N>) => string;
  refuse: (scope: PrecheckScope<N>) => Promise<void>;
}
export type Prechecks = { [N in JsonRouteName]?: Precheck<N> };

/** The scope of any one route, as the loop below sees them all. */
type AnyScope = Omit<HandlerScope<RouteName>, 'params' | 'query' | 'body' | 'actor'> & {
  params: unknown;
  query: unknown;
  body: unknown;
  actor: Actor | null;
};
type AnyPrecheckScope = Pick<AnyScope, 'params' | 'body' | 'actor' | 'db'> & { idempotencyKey: string | null };
type AnyPrecheck = { turn: (scope: AnyPrecheckScope) => string; refuse: (scope: AnyPrecheckScope) => Promise<void> };
/** For a route that does not sign in, or is not a POST: the step is skipped. */
const pass = createMiddleware((_c, next) => next());

/**
 * Registers one Hono route per JSON route of the contract, each the same chain of middlewares:
 * authenticate (bearer routes), rateLimit, validate(route), its precheck (if it has one),
 * database (a transaction for writes), idempotent (POSTs), then its handler.
 */
export function registerRoutes(app: Hono, handlers: Handlers, deps: HttpDeps, prechecks: Prechecks = {}): void {
  const { authenticate, rateLimit, validate, database, idempotent } = middlewares(deps);
  const turns = new Turns();
  const read = database('read');
  const write = database('write');
  for (const [name, route] of Object.entries(routes) as [RouteName, RouteDefinition][]) {
    if (route.auth === 'demo' && !deps.config.demo) continue; // absent, so 404 like any unknown path
    // A stream, a file, an upload, or a route that also answers in another representation: registered on its own.
    if (route.success.contentType || route.success.alternative || route.upload) continue;
    // The table is keyed by route name, so each handler matches its route; here they are one list.
    const handler = handlers[name as JsonRouteName] as unknown as (scope: AnyScope) => Promise<unknown>;
    const signIn = route.auth === 'bearer' ? authenticate : pass;
    const once = route.method === 'POST' ? idempotent : pass;
    const check = prechecks[name as JsonRouteName] as AnyPrecheck | undefined;
    const refuseEarly = check
      ? createMiddleware(async (c, next) => {
          const vars = c.var; // Hono builds this object at each read of `c.var`
          const scope: AnyPrecheckScope = {
            params: vars.params,
            body: vars.body,
            actor: vars.actor ?? null,
            db: deps.database,
            idempotencyKey: idempotencyKeyOf(c),
          };
          const turn = `${name}:${check.turn(scope)}`;
          const checked = async () => {
            await check.refuse(scope);
            await next();
          };
          // The first to come takes the turn and is checked in it. The others wait, holding no
          // connection, for the turns before theirs, then are checked together against what
          // those committed (most of a race's losers are told here, at once); whoever is left
          // queues and is checked again in its own turn.
          if (turns.idle(turn)) return turns.run(turn, checked);
          await turns.finished(turn);
          await check.refuse(scope);
          return turns.run(turn, checked);
        })
      : pass;
    const path = route.path.replace(/\{(\w+)\}/g, ':$1');
    app.on(
      route.method,
      path,
      signIn,
      rateLimit,
      validate(route),
      refuseEarly,
      route.method === 'GET' ? read : write,
      once,
      async (c) => {
        const vars = c.var; // Hono builds this object at each read of `c.var`
        const scope: AnyScope = {
          params: vars.params,
          query: vars.query,
          body: vars.body,
          actor: vars.actor ?? null,
          db: vars.db,
          requestId: vars.requestId,
          config: deps.config,
          now: vars.now,
          afterCommit: vars.afterCommit,
          translators: deps.translators,
          notifications: deps.notifications,
          auditRead: (event) => {
            const { actor } = vars;
            if (!actor) throw new Error(`${name} audits a read but does not sign in`);
            return deps.readAudit.record(actor, event, vars.requestId, vars.now);
          },
        };
        return c.json(await handler(scope), route.success.status);
      },
    );
  }
}
