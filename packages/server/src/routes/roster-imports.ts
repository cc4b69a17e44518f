import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { createRosterImport, problemTypes, type RosterImportSummary } from '@tandem/contract';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { requireDistrictAdmin } from '../authz.js';
import { rosterImports } from '../db/schema.js';
import type { RouteHandler } from '../http.js';
import { middlewares, type AuthEnv, type HttpDeps } from '../middleware.js';
import { describeError } from '../log.js';
import { decodeCursor, pageLimit, toPage } from '../pagination.js';
import { ApiError, notFound } from '../problem.js';
import { openBundle } from '../roster/bundle.js';
import { beginImport, importRoster, toRosterImport } from '../roster/import.js';
import { dispatchQueuedNotifications } from '../notifications.js';

export const listRosterImports: RouteHandler<'listRosterImports'> = async ({ query, actor, db }) => {
  requireDistrictAdmin(actor);
  const limit = pageLimit(query.limit);
  const after = decodeCursor(query.cursor, ['timestamp', 'id']);
  const rows = await db
    .select()
    .from(rosterImports)
    .where(
      and(
        eq(rosterImports.tenantId, actor.tenantId),
        after
          ? sql`(${rosterImports.startedAt}, ${rosterImports.id}) < (${after[0]}::timestamptz, ${after[1]})`
          : undefined,
      ),
    )
    .orderBy(desc(rosterImports.startedAt), desc(rosterImports.id))
    .limit(limit + 1);
  return toPage(
    rows,
    limit,
    (row): RosterImportSummary => {
      const { problems: _problems, truncated: _truncated, ...summary } = toRosterImport(row);
      return summary;
    },
    (row) => [row.startedAt.toISOString(), row.id],
  );
};

export const getRosterImport: RouteHandler<'getRosterImport'> = async ({ params, actor, db }) => {
  requireDistrictAdmin(actor);
  const [row] = await db
    .select()
    .from(rosterImports)
    .where(and(eq(rosterImports.id, params.importId), eq(rosterImports.tenantId, actor.tenantId)));
  if (!row) throw notFound();
  return toRosterImport(row);
};

/**
 * POST /api/v1/admin/roster-imports: the zip streams to a temporary file (never whole in
 * memory, at most `rosterMaxBytes`), the import starts, and the answer is 202 with its id; the
 * import runs on in this process and its report is read with GET …/{importId}.
 */
export function registerRosterUpload(app: Hono, deps: HttpDeps, running: Set<Promise<unknown>>): void {
  const path = createRosterImport.path;
  const { authenticate, rateLimit, validate } = middlewares(deps);
  // Only a district administrator's query is read.
  const admin = createMiddleware<AuthEnv>((c, next) => {
    requireDistrictAdmin(c.var.actor);
    return next();
  });
  app.post(path, authenticate, rateLimit, admin, validate(createRosterImport), async (c) => {
    const { actor, query } = c.var;
    const type = c.req.header('Content-Type') ?? '';
    if (!/^application\/(zip|x-zip-compressed)\s*(;|$)/i.test(type)) {
      throw new ApiError(
        415,
        problemTypes.unsupportedMediaType,
        'Unsupported media type',
        'Send the OneRoster bundle as a zip file, with Content-Type: application/zip.',
      );
    }
    const limit = deps.config.rosterMaxBytes;
    const declared = Number(c.req.header('Content-Length') ?? '0');
    const tooLarge = () =>
      new ApiError(
        413,
        problemTypes.payloadTooLarge,
        'Payload too large',
        `A roster zip may be at most ${limit} bytes.`,
      );
    if (declared > limit) throw tooLarge();
    const body = c.req.raw.body;
    if (!body) throw new ApiError(400, problemTypes.validation, 'Bad request', 'The body is empty: send the zip.');

    const folder = await mkdtemp(join(tmpdir(), 'tandem-roster-'));
    const file = join(folder, 'bundle.zip');
    let received = 0;
    try {
      await pipeline(
        Readable.fromWeb(body as WebReadableStream<Uint8Array>),
        new Transform({
          transform(chunk: Buffer, _encoding, done) {
            received += chunk.length;
            done(received > limit ? tooLarge() : null, chunk);
          },
        }),
        createWriteStream(file),
      );
    } catch (error) {
      await rm(folder, { recursive: true, force: true });
      throw error;
    }

    const now = deps.clock();
    const options = {
      tenantId: actor.tenantId,
      via: 'api' as const,
      dryRun: query.dryRun === 'true',
      requestedBy: actor.id,
      now,
    };
    const importId = await beginImport(deps.database, options);
    const work = (async () => {
      try {
        const bundle = await openBundle(file);
        await importRoster(deps.database, bundle, { ...options, importId });
        // Meetings the roster cancelled are told (their notices were written in the import's transaction).
        const { notifications } = deps;
        if (notifications) await deps.database.transaction((tx) => dispatchQueuedNotifications(tx, notifications));
      } catch (error) {
        // A bundle that is not a zip is the district's to fix: the import is refused, with why.
        await deps.database
          .update(rosterImports)
          .set({
            status: 'refused',
            finishedAt: new Date(),
            report: {
              errors: 1,
              warnings: 0,
              truncated: false,
              problems: [
                {
                  severity: 'error',
                  file: 'bundle.zip',
                  row: null,
                  column: null,
                  value: null,
                  message: error instanceof Error ? error.message : 'The bundle could not be read.',
                },
              ],
            },
          })
          .where(and(eq(rosterImports.id, importId), eq(rosterImports.status, 'running')));
        console.error(`[${c.get('requestId')}] roster import ${importId}: ${describeError(error)}`);
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    })();
    running.add(work);
    void work.finally(() => running.delete(work));

    const [row] = await deps.database.select().from(rosterImports).where(eq(rosterImports.id, importId));
    if (!row) throw new Error(`roster import ${importId} vanished`);
    c.header('Location', `${path}/${importId}`);
    return c.json(toRosterImport(row), 202);
  });
}
