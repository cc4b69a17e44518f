// Cold first render of each widget, alone and together on the demo school site, with the API
// requests and the bytes each page costs. The real server (built, demo mode, in-memory PGlite
// with the demo district) serves the site and the CDN bundle; each run is a fresh Chromium
// context (empty cache), as a family meets the page. Run: pnpm bench:demo (part of pnpm bench).
// Needs the CDN bundle: `pnpm build` first. BENCH_LIST=1 prints each page's API requests.
import { existsSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { loadConfig, openDatabase, seedDemo, startServer } from '../packages/server/dist/index.js';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { median } from './stats.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const PERSON = 'per_garcia'; // María García, Spanish: the page switches language as it signs in
const STUDENT = 'stu_mateo';

const config = loadConfig({ PORT: '0' }, { demo: true });
if (!config.cdnFile || !existsSync(config.cdnFile)) {
  console.error('The CDN bundle is missing: run `pnpm build` first.');
  process.exit(1);
}
const database = await openDatabase({ memory: true });
await seedDemo(database.db);
const server = await startServer(config, { database });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });

const WIDGETS = {
  'tandem-goal-tracker': 'goals',
  'tandem-message-panel': 'messages',
  'tandem-availability-picker': 'meetings',
  'tandem-notification-settings': 'notifications',
} as const;
type Tag = keyof typeof WIDGETS;

/** A district's page with one widget: the CDN bundle, the demo sign-in, the widget (as examples/school-site/minimal.html). */
const onePage = (tag: Tag) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="/cdn/tandem.js"></script>
<script type="module">
  const answer = await fetch('/api/dev/tokens', { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ userId: '${PERSON}' }) }).then((r) => r.json());
  const provider = document.querySelector('tandem-provider');
  provider.tokenProvider = () => answer.token;
  const widget = document.querySelector('${tag}');
  if ('studentId' in widget) widget.studentId = '${STUDENT}';
</script></head>
<body><tandem-provider base-url="/"><${tag}></${tag}></tandem-provider></body></html>`;

/** In the page: resolves with the ms from navigation start at which each widget was first seen `ready`. */
const readyTimes = (tags: string[]) => `new Promise((resolve) => {
  const seen = {};
  const look = () => {
    for (const tag of ${JSON.stringify(tags)}) {
      if (seen[tag] === undefined && document.querySelector(tag)?.loadState === 'ready') seen[tag] = performance.now();
    }
    if (Object.keys(seen).length === ${tags.length}) resolve(seen);
    else requestAnimationFrame(look);
  };
  look();
})`;

interface Sample {
  ready: Record<string, number>;
  apiRequests: number;
  apiBytes: number;
  codeBytes: number;
}

async function measure(
  path: string,
  tags: Tag[],
  scrollAfter?: Tag[],
): Promise<Sample & { later?: Record<string, number> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page: Page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  if (path.startsWith('/bench/one/')) {
    const tag = path.slice('/bench/one/'.length) as Tag;
    await page.route(`${server.url}${path}`, (route) =>
      route.fulfill({ contentType: 'text/html', body: onePage(tag) }),
    );
  }
  let apiRequests = 0;
  const asked: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (!pathname.startsWith('/api/')) return;
    apiRequests++;
    asked.push(`${request.method()} ${pathname}`);
  });
  await page.goto(`${server.url}${path}`);
  const ready = (await page.evaluate(readyTimes(tags))) as Record<string, number>;
  let later: Record<string, number> | undefined;
  if (scrollAfter) {
    const start = (await page.evaluate('performance.now()')) as number;
    await page.evaluate('window.scrollTo(0, document.body.scrollHeight)');
    const seen = (await page.evaluate(readyTimes(scrollAfter))) as Record<string, number>;
    later = Object.fromEntries(Object.entries(seen).map(([tag, at]) => [tag, at - start]));
  }
  // Bytes as sent (compressed), from the resource timings: API answers and the code (the bundle,
  // its chunks, the language's strings). A stream still open has no entry yet.
  const entries = (await page.evaluate(
    `performance.getEntriesByType('resource').map((e) => ({ name: e.name, size: e.transferSize }))`,
  )) as { name: string; size: number }[];
  const pathOf = (name: string) => new URL(name).pathname;
  const apiBytes = entries.filter((e) => pathOf(e.name).startsWith('/api/')).reduce((sum, e) => sum + e.size, 0);
  const codeBytes = entries.filter((e) => pathOf(e.name).startsWith('/cdn/')).reduce((sum, e) => sum + e.size, 0);
  await context.close();
  if (process.env.BENCH_LIST) console.log(`${path}:\n  ${asked.join('\n  ')}`); // which requests, once per page
  return { ready, apiRequests, apiBytes, codeBytes, ...(later ? { later } : {}) };
}

const rows: string[] = [];
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

for (const tag of Object.keys(WIDGETS) as Tag[]) {
  const samples: Sample[] = [];
  for (let run = 0; run < RUNS; run++) samples.push(await measure(`/bench/one/${tag}`, [tag]));
  rows.push(
    `| \`<${tag}>\` alone | ${median(samples.map((s) => s.ready[tag]!)).toFixed(0)} ms | ${median(samples.map((s) => s.apiRequests))} | ${kib(median(samples.map((s) => s.apiBytes)))} | ${kib(median(samples.map((s) => s.codeBytes)))} |`,
  );
}

const atLoad: Tag[] = ['tandem-goal-tracker', 'tandem-message-panel'];
const lazy: Tag[] = ['tandem-availability-picker', 'tandem-notification-settings'];
const together: (Sample & { later?: Record<string, number> })[] = [];
for (let run = 0; run < RUNS; run++) together.push(await measure(`/?as=${PERSON}&student=${STUDENT}`, atLoad, lazy));
const both = median(together.map((s) => Math.max(...atLoad.map((tag) => s.ready[tag]!))));
rows.push(
  `| the demo page, at load: goal tracker ${median(together.map((s) => s.ready['tandem-goal-tracker']!)).toFixed(0)} ms, message panel ${median(together.map((s) => s.ready['tandem-message-panel']!)).toFixed(0)} ms | ${both.toFixed(0)} ms (both) | ${median(together.map((s) => s.apiRequests))} (with the scroll below) | ${kib(median(together.map((s) => s.apiBytes)))} | ${kib(median(together.map((s) => s.codeBytes)))} |`,
);
rows.push(
  `| the demo page, scrolled to the end: picker ${median(together.map((s) => s.later!['tandem-availability-picker']!)).toFixed(0)} ms, settings ${median(together.map((s) => s.later!['tandem-notification-settings']!)).toFixed(0)} ms after the scroll | | | | |`,
);

await browser.close();
await server.close();

console.log(
  `Cold first render on the demo server (PGlite in memory), Chromium ${browser.version()}, median of ${RUNS} runs, 1280 × 720`,
);
console.log('| page | ready (ms from navigation start) | API requests | API bytes | code bytes |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const row of rows) console.log(row);
