// First render and DOM size of a 10,000-message thread in Chromium: <tandem-message-panel>
// beside a bare <lit-virtualizer> list of the same messages, in the same run, each in a fresh
// page (cold, as a reader meets it). Run: pnpm bench:panel (part of pnpm bench).
// The panel fetches from an in-memory fixture (no network), so the figures are the widget's:
// validating, building rows, rendering, measuring. Production build of lit, like a real page.
// A third leg, the data floor, is the bare list fed through the panel's data path (the same four
// requests through the same validating client): what any widget showing this thread must do.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import type { Result } from './message-panel/page.js';
import { median } from './stats.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const here = fileURLToPath(new URL('./message-panel/', import.meta.url));
const outDir = fileURLToPath(new URL('../node_modules/.cache/bench-message-panel/', import.meta.url));

await build({
  root: here,
  configFile: false,
  logLevel: 'warn',
  resolve: { conditions: ['tandem-source'] },
  build: { outDir, emptyOutDir: true, target: 'es2022', minify: true },
});

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' };
/** Answers one request with a built file (never rejects: a missing file is a 404). */
async function serveFile(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const path = new URL(request.url ?? '/', 'http://x').pathname;
  try {
    const body = await readFile(join(outDir, path === '/' ? 'index.html' : path));
    response.writeHead(200, { 'Content-Type': types[extname(path) || '.html'] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
}
const server = createServer((request, response) => void serveFile(request, response));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as { port: number };

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const legs = { panel: 'benchPanel', virtualizer: 'benchVirtualizer', floor: 'benchFloor' } as const;
type Leg = keyof typeof legs;
const names = Object.keys(legs) as Leg[];
const samples: Record<Leg, Result[]> = { panel: [], virtualizer: [], floor: [] };
for (let run = 0; run < RUNS; run++) {
  // Rotate which goes first, so none always meets a warmer machine.
  const order = names.map((_, i) => names[(i + run) % names.length]!);
  for (const which of order) {
    const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => 'benchPanel' in window);
    const result = await page.evaluate(
      (name) => (window as unknown as Record<string, () => Promise<Result>>)[name]!(),
      legs[which],
    );
    samples[which].push(result);
    await page.close();
  }
}
await browser.close();
server.close();

const m = (results: Result[], key: keyof Result) => median(results.map((r) => r[key]));
const cell = (value: number, digits = 1) => (Number.isNaN(value) ? '–' : value.toFixed(digits));
const row = (name: string, results: Result[]) =>
  `| ${name} | ${cell(m(results, 'firstRenderMs'))} | ${cell(m(results, 'dataMs'))} | ${cell(m(results, 'domElements'), 0)} | ${m(results, 'messages')} | ${cell(m(results, 'toOldestMs'))} | ${cell(m(results, 'domElementsAfter'), 0)} |`;
console.log(`message panel, 10,000-message thread, Chromium ${browser.version()}, median of ${RUNS} cold runs each`);
console.log(
  '| list | first render (ms) | of which data (ms) | DOM elements | messages loaded, then | scroll to oldest (ms) | DOM elements after |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
console.log(row('`<tandem-message-panel>`', samples.panel));
console.log(row('bare `<lit-virtualizer>`', samples.virtualizer));
console.log(row('data floor: the four requests through the client, then the bare list', samples.floor));
const first = (leg: Leg) => m(samples[leg], 'firstRenderMs');
console.log(
  `panel / bare ${(first('panel') / first('virtualizer')).toFixed(2)}×, floor / bare ${(first('floor') / first('virtualizer')).toFixed(2)}×, panel / floor ${(first('panel') / first('floor')).toFixed(2)}×`,
);
