// Shared by the end-to-end tests: the real server in demo mode on an in-memory PGlite with the
// demo district, Debian's Chromium, and pages that fail the test on any script error or CSP
// violation.
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import {
  openDatabase,
  seedDemo,
  startServer,
  type Database,
  type RunningServer,
} from '../packages/server/src/index.js';
import { testConfig } from '../packages/server/test/harness.js';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

export interface DemoRun {
  server: RunningServer;
  database: Database;
  browser: Browser;
  contexts: BrowserContext[];
  /** The run's clock, shared by the server and every page. */
  now: () => Date;
}

/**
 * Where every end-to-end run's clock starts, whatever the wall clock says: a Monday, 09:00 in
 * the demo district (America/Chicago), far from daylight-saving changes. The seeded slots,
 * quiet hours and message times are relative to it, so the tests never depend on the time of day.
 */
export const E2E_START = new Date('2031-02-03T15:00:00Z');

/** Starts the server and the browser before the file's tests, and stops them after. */
export function useDemo(): DemoRun {
  const run = { contexts: [] } as unknown as DemoRun;
  const started = performance.now();
  run.now = () => new Date(E2E_START.getTime() + (performance.now() - started));
  beforeAll(async () => {
    run.database = await openDatabase({ memory: true });
    await seedDemo(run.database.db, run.now());
    run.server = await startServer(testConfig({ port: 0 }), { database: run.database, clock: run.now });
    run.browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  });
  afterAll(async () => {
    for (const context of run.contexts) await context.close();
    await run.browser?.close();
    await run.server?.close();
  });
  return run;
}

/** A page in a context of its own, on the run's clock, that fails the test on any script error or CSP violation. */
export async function strictPage(run: DemoRun, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await run.browser.newContext(options);
  run.contexts.push(context);
  // The page's clock runs from the server's "now", so both agree on what today is.
  await context.clock.install({ time: run.now() });
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused/.test(message.text())) {
      throw new Error(message.text());
    }
  });
  return page;
}
