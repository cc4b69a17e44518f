// Shared by the end-to-end tests: the real server in demo mode on an in-memory PGlite with the
// demo district, Debian's Chromium, and pages that fail the test on any script error or CSP
// violation.
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import {
  demoDistrict,
  openDatabase,
  seedDistrict,
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
}

/** Starts the server and the browser before the file's tests, and stops them after. */
export function useDemo(): DemoRun {
  const run = { contexts: [] } as unknown as DemoRun;
  beforeAll(async () => {
    run.database = await openDatabase({ memory: true });
    await seedDistrict(run.database.db, demoDistrict);
    run.server = await startServer(testConfig({ port: 0 }), { database: run.database });
    run.browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  });
  afterAll(async () => {
    for (const context of run.contexts) await context.close();
    await run.browser?.close();
    await run.server?.close();
  });
  return run;
}

/** A page in a context of its own that fails the test on any script error or CSP violation. */
export async function strictPage(run: DemoRun, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await run.browser.newContext(options);
  run.contexts.push(context);
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
