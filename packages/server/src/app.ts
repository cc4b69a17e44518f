import { createRosterImport, problemTypes, PROBLEM_CONTENT_TYPE, receiveMailReply } from '@tandem/contract';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { z } from 'zod/mini';
import { createTokenVerifier } from './auth.js';
import type { ServerConfig } from './config.js';
import { isUnavailable, type Database } from './db/database.js';
import { registerRoutes, type Handlers } from './http.js';
import { describeError } from './log.js';
import { ApiError } from './problem.js';
import { databaseRateLimiter } from './rate-limit.js';
import { StreamRegistry } from './realtime.js';
import type { NotificationQueue } from './notifications.js';
import { registerOutbox, type DemoOutbox } from './demo-outbox.js';
import { OriginAllowlist } from './tenant-settings.js';
import { translatorFor, Translators } from './translator.js';
import { isCrossOriginAsset, registerStatic } from './static.js';
import { getTenantSettings, updateTenantSettings } from './routes/admin.js';
import { createDevToken, listDevUsers } from './routes/dev.js';
import { registerEvents } from './routes/events.js';
import { registerInbound } from './routes/inbound.js';
import {
  cancelBooking,
  createBooking,
  refuseFullSlot,
  createOffer,
  getBooking,
  getSchedulingRecord,
  joinWaitlist,
  listSlots,
  listStudentBookings,
  listStudentEducators,
  registerBookingIcs,
  rescheduleBooking,
} from './routes/scheduling.js';
import { getMyWindows, listStudentFamilyWindows, putMyWindows } from './routes/windows.js';
import {
  createGoal,
  getGoal,
  listGoals,
  listProgress,
  recordProgress,
  setGoalInterpreterReview,
  updateGoal,
} from './routes/goals.js';
import {
  editMessage,
  setMessageInterpreterReview,
  listMessages,
  listThreads,
  markThreadRead,
  reportMessage,
  sendMessage,
  startThread,
} from './routes/messages.js';
import { getMe, getStudent, listStudents } from './routes/people.js';
import {
  addPushSubscription,
  getMyNotificationSettings,
  putMyNotificationSettings,
  removePushSubscription,
} from './routes/notification-settings.js';
import { registerStudentRecord } from './routes/record.js';
import { ReadAuditLog } from './read-audit.js';
import { systemHandlers } from './routes/system.js';
import { getRosterImport, listRosterImports, registerRosterUpload } from './routes/roster-imports.js';

export interface AppOptions {
  database: Database;
  config: ServerConfig;
  /** One line per request (method, path, status, ms, request id); off by default. */
  log?: (line: string) => void;
  /** The open event streams (the server closes them on shutdown). */
  streams?: StreamRegistry;
  /** The server's clock; tests inject one so that nothing depends on the wall-clock time. */
  clock?: () => Date;
  /** Machine translation per district; by default with the configured service (if any) as the server's. */
  translators?: Translators;
  /** Work that outlives its request (roster imports), for the server to wait for on shutdown. */
  background?: Set<Promise<unknown>>;
  /** The job queue messages put their notifications on; none: nobody is notified outside the page. */
  notifications?: NotificationQueue | null;
  /** Demo mode: what the providers' stand-ins received, shown at /demo/outbox. */
  outbox?: DemoOutbox;
  /** Where reads are audited; the server closes it on shutdown. By default one of its own, on a timer. */
  readAudit?: ReadAuditLog;
}

function socketAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined; // in-process requests (app.request) have no socket
  }
}

/**
 * The client's address: the socket's, or, when the socket is a trusted proxy's, the nearest
 * address in `X-Forwarded-For` that is not a trusted proxy (the ones further left are the
 * client's to forge).
 */
export function clientAddressOf(c: Context, trustedProxies: string[]): string | undefined {
  const socket = socketAddress(c);
  const trusted = (address: string | undefined) =>
    address !== undefined && trustedProxies.includes(address.replace(/^::ffff:/, ''));
  if (!trusted(socket)) return socket;
  const forwarded = (c.req.header('X-Forwarded-For') ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  for (let i = forwarded.length - 1; i >= 0; i--) if (!trusted(forwarded[i])) return forwarded[i];
  return socket;
}

function problem(c: Context, error: ApiError) {
  for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
  const body = error.toProblem(c.get('requestId'));
  return c.body(JSON.stringify(body), error.status as 400, { 'Content-Type': PROBLEM_CONTENT_TYPE });
}

/**
 * Every error as a problem+json response: an ApiError as itself, a database that is down as a
 * 503, anything else as a 500 that hides its details (logged by kind and request id).
 */
export function respondToError(error: Error, c: Context): Response {
  if (error instanceof ApiError) return problem(c, error);
  if (isUnavailable(error)) {
    console.error(
      `[${c.get('requestId')}] ${c.req.method} ${c.req.path} database unavailable: ${describeError(error)}`,
    );
    return problem(
      c,
      new ApiError(
        503,
        problemTypes.unavailable,
        'Service unavailable',
        'The service is busy or restarting. Nothing was saved; try again in a moment.',
        undefined,
        { 'Retry-After': '2' },
      ),
    );
  }
  if (error instanceof HTTPException && error.status < 500) {
    return problem(c, new ApiError(error.status, problemTypes.validation, 'Bad request', error.message || undefined));
  }
  console.error(`[${c.get('requestId')}] ${c.req.method} ${c.req.path} failed: ${describeError(error)}`);
  return problem(
    c,
    new ApiError(
      500,
      problemTypes.server,
      'Server error',
      'Something went wrong on our side. Nothing was saved; try again.',
    ),
  );
}

/** The Hono application: every route of the contract, with Tandem's security and error conventions. */
export async function createApp({
  database,
  config,
  log,
  streams = new StreamRegistry(),
  clock = () => new Date(),
  translators = new Translators(config.translation ? translatorFor(config.translation) : null),
  background = new Set(),
  notifications = null,
  outbox,
  readAudit = new ReadAuditLog(database.db, { intervalMs: config.readAuditMs }),
}: AppOptions): Promise<Hono> {
  // zod/mini ships without messages; validation errors should say what is wrong.
  z.config(z.locales.en());
  const app = new Hono();
  app.use(requestId({ headerName: 'X-Request-Id' }));
  if (log) {
    app.use(async (c, next) => {
      const started = performance.now();
      await next();
      // Paths carry opaque ids only, never personal data.
      log(
        `${c.req.method} ${c.req.path} ${c.res.status} ${(performance.now() - started).toFixed(1)}ms ${c.get('requestId')}`,
      );
    });
  }
  // The widgets' bundle and chunks are public code any district's page loads: cross-origin
  // there (CORP), the same strict headers otherwise; everything else is same-origin.
  const strictHeaders = secureHeaders();
  const cdnHeaders = secureHeaders({ crossOriginResourcePolicy: 'cross-origin' });
  app.use((c, next) => (isCrossOriginAsset(c.req.path) ? cdnHeaders : strictHeaders)(c, next));
  // TANDEM_ALLOWED_ORIGINS and every district's own, from memory: a preflight never queries.
  const origins = new OriginAllowlist(config.allowedOrigins, database.db);
  await origins.start(database);
  const exposeHeaders = ['Retry-After', 'Idempotent-Replayed', 'X-Request-Id'];
  const preflight = cors({
    origin: (origin) => (origins.has(origin) ? origin : null),
    allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'Last-Event-ID', 'X-Request-Id'],
    exposeHeaders,
    maxAge: 600,
  });
  // Preflights are hono's cors. An answer's own CORS headers are set here, before it is made:
  // hono's cors sets them on `c.res` before it exists and adds Vary after, which rebuilds the
  // whole web Response twice on every request.
  const exposed = exposeHeaders.join(',');
  app.use('/api/*', (c, next) => {
    if (c.req.method === 'OPTIONS') return preflight(c, next);
    const origin = c.req.header('Origin');
    if (origin && origins.has(origin)) {
      c.header('Access-Control-Allow-Origin', origin);
      c.header('Access-Control-Expose-Headers', exposed);
    }
    c.header('Vary', 'Origin', { append: true });
    return next();
  });
  const jsonBodyLimit = bodyLimit({
    maxSize: config.bodyLimitBytes,
    onError: () => {
      throw new ApiError(
        413,
        problemTypes.payloadTooLarge,
        'Payload too large',
        `Bodies may be at most ${config.bodyLimitBytes} bytes.`,
      );
    },
  });
  // A roster zip and a mail have their own limits, enforced by their routes.
  const ownLimits = new Set<string>([createRosterImport.path, receiveMailReply.path]);
  // A GET or HEAD has no body (fetch's Request drops it); asking for one would build the whole
  // web Request behind @hono/node-server's lightweight one, on every read.
  const withoutBody = new Set(['GET', 'HEAD']);
  app.use('/api/*', (c, next) =>
    ownLimits.has(c.req.path) || withoutBody.has(c.req.method) ? next() : jsonBodyLimit(c, next),
  );
  // Student records never sit in shared caches, whatever a handler answered (problems too).
  // On the answer's own headers: `c.header()` after the answer would rebuild the Response.
  app.use('/api/v1/*', async (c, next) => {
    await next();
    c.res.headers.set('Cache-Control', 'no-store');
  });

  const handlers: Handlers = {
    ...systemHandlers(database.kind),
    getMe,
    listStudents,
    getStudent,
    listGoals,
    createGoal,
    getGoal,
    updateGoal,
    setGoalInterpreterReview,
    listProgress,
    recordProgress,
    listThreads,
    startThread,
    listMessages,
    sendMessage,
    markThreadRead,
    editMessage,
    setMessageInterpreterReview,
    reportMessage,
    listStudentEducators,
    listSlots,
    createOffer,
    createBooking,
    listStudentBookings,
    getBooking,
    cancelBooking,
    rescheduleBooking,
    joinWaitlist,
    getSchedulingRecord,
    getMyWindows,
    putMyWindows,
    listStudentFamilyWindows,
    getTenantSettings,
    updateTenantSettings,
    listDevUsers,
    createDevToken,
    listRosterImports,
    getRosterImport,
    getMyNotificationSettings,
    putMyNotificationSettings,
    addPushSubscription,
    removePushSubscription,
  };
  const rateLimiter = databaseRateLimiter(database.db, config.rateLimit.burst, config.rateLimit.perSecond, clock);
  const deps = {
    database: database.db,
    config,
    verifyToken: createTokenVerifier(config.auth, clock),
    rateLimiter,
    clientAddress: (c: Context) => clientAddressOf(c, config.trustedProxies),
    translators,
    clock,
    notifications,
    readAudit,
  };
  registerRoutes(app, handlers, deps, { createBooking: refuseFullSlot });
  await registerEvents(app, deps, database, streams, config.heartbeatMs);
  registerBookingIcs(app, deps);
  registerRosterUpload(app, deps, background);
  registerStudentRecord(app, deps);
  registerInbound(app, deps, { clock, reply: config.reply, translators, notifications });

  if (config.demo && outbox) registerOutbox(app, database.db, outbox);
  registerStatic(app, config);

  app.notFound((c) =>
    problem(c, new ApiError(404, problemTypes.notFound, 'Not found', 'There is nothing at this address.')),
  );
  app.onError(respondToError);
  return app;
}
