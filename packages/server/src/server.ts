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

export interface RunningServer {
  url: string;
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
}

export async function startServer(config: ServerConfig, options: StartOptions = {}): Promise<RunningServer> {
  const database = options.database ?? (await openDatabase(config.database));
  await options.beforeListen?.(database);
  const streams = new StreamRegistry();
  const clock = options.clock ?? (() => new Date());
  // One set of translators for the requests and for the retries of what a service missed while down.
  const translators = new Translators(config.translation ? translatorFor(config.translation) : null);
  const background = new Set<Promise<unknown>>();
  const app = await createApp({ database, config, log: options.log, streams, clock, translators, background });
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

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      clearInterval(retries);
      streams.closeAll(); // event streams never finish on their own
      await new Promise<void>((resolve) => {
        const force = setTimeout(() => {
          if ('closeAllConnections' in server) server.closeAllConnections();
          resolve();
        }, config.shutdownGraceMs);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        if ('closeIdleConnections' in server) server.closeIdleConnections();
      });
      await retrying;
      // A roster import still running gets the grace period; past it, its transaction rolls back.
      await Promise.race([
        Promise.allSettled([...background]),
        new Promise((resolve) => setTimeout(resolve, config.shutdownGraceMs).unref()),
      ]);
      await database.close();
    })());
  return { url: `http://${host}:${port}`, database, close };
}
