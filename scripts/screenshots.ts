// Element screenshots of the three widgets on the demo school site, as a family (Ana García,
// mother of Mateo) and as his teacher (Ms. Rivera) see them, at 320 and 1024 px wide. The same
// setup as the end-to-end tests: the real server on an in-memory PGlite with the demo district,
// on their fixed clock, and Debian's Chromium. It builds nothing: run `pnpm -s build` first.
// Run: node --import tsx scripts/screenshots.ts --out docs/images/<name>
// Files: <out>/<widget>-<family|educator>-<width>[-state].png
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { openDatabase, seedDemo, startServer } from '../packages/server/src/index.js';
import { testConfig } from '../packages/server/test/harness.js';
import { E2E_START, strictPage, type DemoRun } from '../e2e/support.js';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
if (!values.out) {
  console.error('usage: node --import tsx scripts/screenshots.ts --out <dir>');
  process.exit(2);
}
const out = resolve(values.out);
const READY_MS = 30_000;

const student = 'stu_mateo';
const thread = 'thr_mateo_garcia_rivera';
const people = { family: 'per_garcia', educator: 'per_rivera' } as const;
const widgets = ['goal-tracker', 'message-panel', 'availability-picker'] as const;
type Widget = (typeof widgets)[number];
type Who = keyof typeof people;

/** Waits until the widget says it is ready and shows its heading, or fails saying which one never did. */
async function ready(page: Page, widget: Widget, what: string): Promise<void> {
  const tag = `tandem-${widget}`;
  try {
    await page.waitForFunction(
      (tag) => (document.querySelector(tag) as { loadState?: string } | null)?.loadState === 'ready',
      tag,
      { timeout: READY_MS },
    );
    await page.locator(tag).getByRole('heading').first().waitFor({ timeout: READY_MS });
  } catch {
    const state = await page.evaluate((tag) => (document.querySelector(tag) as { loadState?: string })?.loadState, tag);
    throw new Error(`<${tag}> never became ready with a heading (${what}): loadState is ${JSON.stringify(state)}`);
  }
  // Two frames, so that whatever ready scheduled (the message log's measuring) is painted.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** Saves an element screenshot of the widget as <out>/<widget>-<who>-<width>[-state].png. */
async function shoot(page: Page, widget: Widget, who: Who, width: number, state?: string): Promise<void> {
  const file = `${[widget, who, width, state].filter(Boolean).join('-')}.png`;
  await page.locator(`tandem-${widget}`).screenshot({ path: join(out, file), animations: 'disabled' });
  console.log(file);
}

async function open(run: DemoRun, who: Who, width: number, query = ''): Promise<Page> {
  const page = await strictPage(run, {
    viewport: { width, height: width < 600 ? 640 : 800 },
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
    timezoneId: 'America/Chicago',
  });
  await page.goto(`${run.server.url}/?as=${people[who]}&student=${student}${query}`);
  return page;
}

async function capture(run: DemoRun, who: Who, width: number): Promise<void> {
  const page = await open(run, who, width);
  for (const widget of widgets) await ready(page, widget, `${who}, ${width} px`);
  for (const widget of widgets) await shoot(page, widget, who, width);
  if (who === 'family') {
    const picker = page.locator('tandem-availability-picker');
    await picker.locator('[role=gridcell][aria-disabled=false]').first().click();
    await picker.getByRole('radio').first().waitFor(); // the booking form's "How would you like to meet?"
    await shoot(page, 'availability-picker', who, width, 'booking');
  }
  await page.context().close();

  // The panel with its host opening a given conversation (thread-id), as the e2e tests do.
  const threadPage = await open(run, who, width, `&thread=${thread}&show=messages`);
  await ready(threadPage, 'message-panel', `${who}, ${width} px, thread open`);
  await threadPage.locator('tandem-message-panel .bubble').first().waitFor();
  await shoot(threadPage, 'message-panel', who, width, 'thread');
  await threadPage.context().close();
}

/** Each widget with theme="dark", on the site's light page, in a page of its own. */
async function captureDark(run: DemoRun, who: Who, width: number): Promise<void> {
  const page = await open(run, who, width);
  for (const widget of widgets) {
    await ready(page, widget, `${who}, ${width} px, dark`);
    await page.locator(`tandem-${widget}`).evaluate((el) => el.setAttribute('theme', 'dark'));
  }
  for (const widget of widgets) await shoot(page, widget, who, width, 'dark');
  await page.context().close();
}

// What the e2e tests' useDemo() starts in vitest's beforeAll, here by hand; strictPage() then
// gives each page a context of its own on the run's clock, failing on any script error or CSP violation.
const started = performance.now();
const run = {
  contexts: [],
  now: () => new Date(E2E_START.getTime() + (performance.now() - started)),
} as unknown as DemoRun;
try {
  await mkdir(out, { recursive: true });
  run.database = await openDatabase({ memory: true });
  await seedDemo(run.database.db, run.now());
  run.server = await startServer(testConfig({ port: 0 }), { database: run.database, clock: run.now });
  run.browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  for (const who of ['family', 'educator'] as const) {
    for (const width of [320, 1024]) await capture(run, who, width);
  }
  await captureDark(run, 'family', 1024);
} catch (error) {
  console.error(`screenshots: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await run.browser?.close();
  await run.server?.close(); // and the database with it
}
