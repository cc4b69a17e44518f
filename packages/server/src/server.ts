import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.js';
import type { ServerConfig } from './config.js';
import { openDatabase, type Database } from './db/database.js';
import { describeError } from './log.js';
import { StreamRegistry } from './realtime.js';
import { retryTranslations } from './routes/messages.js';
import { retryContentTranslations } from './content-translations.js';
import { translatorFor, Translators } from './translator.js';
import type { Clock } from 'pg-boss';
import { Jobs } from './jobs.js';
import type { DemoOutbox } from './demo-outbox.js';
import { startReplyListener } from './inbound-mail.js';
import { Mailer } from './mail.js';
import { startNotifier, type NotificationQueue } from './notifications.js';
import { replyAddress } from './reply-address.js';
import { SmsSender } from './sms.js';
import { PushSender } from './push.js';
import { ReadAuditLog } from './read-audit.js';

export interface RunningServer {
  url: string;
  /** The reply listener's port (TANDEM_INBOUND_SMTP_PORT; 0 picks one), when it runs. */
  replyPort: number | null;
  database: Database;
  /** Stops accepting, lets in-flight requests finish (up to the grace period), closes the database. */
  close(): Promise<void>;
}

export interface StartOptions {
  /** Use an open database (tests, seeding) instead of the configured one. */
  database?: Database;
  /** Runs after migrations, before the port opens (demo seeding). */
  beforeListen?: (database: Database) => Promise<void>;
  log?: (line: string) => void;
  /** The server's clock (tests). */
  clock?: () => Date;
  /**
   * The job queue's clock (tests: pg-boss's TestClock, which also sets the database's time for
   * the queue). Given alone, it is the server's clock too.
   */
  jobClock?: Clock;
  /** How often an idle job worker looks for due jobs (pg-boss's minimum is 0.5). */
  jobPollingSeconds?: number;
  /** Demo mode: the providers' stand-ins, shown at /demo/outbox. */
  outbox?: DemoOutbox;
}

export async function startServer(config: ServerConfig, options: StartOptions = {}): Promise<RunningServer> {
  const database = options.database ?? (await openDatabase(config.database));
  await options.beforeListen?.(database);
  const streams = new StreamRegistry();
  const { jobClock } = options;
  const clock = options.clock ?? (jobClock ? () => new Date(jobClock.now()) : () => new Date());
  const log = options.log ?? ((line: string) => console.error(line));
  const jobs = await Jobs.start(database, {
    log,
    ...(jobClock ? { clock: jobClock } : {}),
    ...(options.jobPollingSeconds ? { pollingIntervalSeconds: options.jobPollingSeconds } : {}),
  });
  const notifications: NotificationQueue = { jobs, defaultDelaySeconds: config.notifyAfterSeconds };
  // One set of translators for the requests and for the retries of what a service missed while down.
  const translators = new Translators(config.translation ? translatorFor(config.translation) : null);
  const background = new Set<Promise<unknown>>();
  const readAudit = new ReadAuditLog(database.db, { intervalMs: config.readAuditMs, log });
  const app = await createApp({
    database,
    config,
    log: options.log,
    streams,
    clock,
    translators,
    background,
    notifications,
    readAudit,
    ...(options.outbox ? { outbox: options.outbox } : {}),
  });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  // Translations a service missed while it was down, filled in when it is back. Always on: any
  // district may set a service of its own at any time.
  let retrying: Promise<unknown> = Promise.resolve();
  const retries = setInterval(() => {
    retrying = retrying
      .then(() => retryTranslations(database.db, translators, clock()))
      .then(() => retryContentTranslations(database.db, translators, clock()))
      .catch((error: unknown) => console.error(`Translation retry failed: ${describeError(error)}`));
  }, config.translationRetryMs);
  retries.unref();
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${host}:${port}`;
  const mailer = config.mail ? new Mailer(config.mail) : null;
  const conversation =
    config.conversationUrl ?? `${config.publicUrl ?? url}/demo/?thread={threadId}&student={studentId}`;
  const { reply } = config;
  await startNotifier({
    db: database.db,
    jobs,
    clock,
    mailer,
    sms: config.sms ? new SmsSender(config.sms) : null,
    push: config.push ? new PushSender(config.push) : null,
    conversationUrl: (threadId, studentId) =>
      conversation
        .replaceAll('{threadId}', encodeURIComponent(threadId))
        .replaceAll('{studentId}', encodeURIComponent(studentId)),
    replyAddress: reply ? (id) => replyAddress(reply.secret, reply.domain, id) : null,
    messageIdDomain: reply?.domain ?? 'tandem.invalid',
    log,
  });
  const listener =
    reply && config.inboundSmtpPort !== null
      ? await startReplyListener(
          { db: database.db, clock, reply, translators, notifications },
          { port: config.inboundSmtpPort, host: config.host, log, closeTimeoutMs: config.shutdownGraceMs },
        )
      : null;

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      // One grace period for the whole stop, not one per step: an orchestrator kills the
      // process at its own deadline, and the read audit's last write comes after all of these.
      const deadline = Date.now() + config.shutdownGraceMs;
      const left = () => Math.max(0, deadline - Date.now());
      const graceOver = new Promise((resolve) => setTimeout(resolve, config.shutdownGraceMs).unref());
      clearInterval(retries);
      // Mail sessions under way finish beside the requests, within the same grace period.
      const mailClosed = listener?.close();
      streams.closeAll(); // event streams never finish on their own
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      if ('closeIdleConnections' in server) server.closeIdleConnections();
      // Past the grace period, connections still open are closed under their requests.
      void graceOver.then(() => 'closeAllConnections' in server && server.closeAllConnections());
      await Promise.race([closed, graceOver]);
      // Each closed stream releases its lease, so that its person may open one on another
      // instance now, not once the lease lapses (a deploy must not lock families out).
      await Promise.race([streams.ended(), graceOver]);
      await Promise.race([mailClosed, graceOver]); // a reply still being written past the grace fails with 451: its sender retries
      await Promise.race([retrying, graceOver]);
      // A roster import still running gets the grace period; past it, its transaction rolls back.
      await Promise.race([Promise.allSettled([...background]), graceOver]);
      // Jobs under way finish (or go back to the queue) before the database closes under them.
      await jobs.stop(left());
      // The reads answered since the last batch: written before the database closes (tried at
      // least once, and again while the grace period lasts).
      await readAudit
        .close({ retryForMs: left() })
        .catch((error: unknown) => log(`Read audit: ${readAudit.pending} events lost: ${describeError(error)}`));
      mailer?.close();
      await database.close();
    })());
  if (options.outbox) options.outbox.server = { url, replyPort: listener?.port ?? null };
  return { url, replyPort: listener?.port ?? null, database, close };
}
