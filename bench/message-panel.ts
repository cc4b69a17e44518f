// First render and DOM size of a 10,000-message thread in Chromium: <tandem-message-panel>
// beside a bare <lit-virtualizer> list of the same messages, in the same run, each in a fresh
// page (cold, as a reader meets it). Run: pnpm bench:panel (part of pnpm bench).
// The panel fetches from an in-memory fixture (no network), so the figures are the widget's:
// validating, building rows, rendering, measuring. Production build of lit, like a real page.
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
const samples: Record<'panel' | 'virtualizer', Result[]> = { panel: [], virtualizer: [] };
for (let run = 0; run < RUNS; run++) {
  // Alternate which goes first, so neither always meets a warmer machine.
  const order = run % 2 ? (['virtualizer', 'panel'] as const) : (['panel', 'virtualizer'] as const);
  for (const which of order) {
    const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => 'benchPanel' in window);
    const result = await page.evaluate(
      (name) => (window as unknown as Record<string, () => Promise<Result>>)[name]!(),
      which === 'panel' ? 'benchPanel' : 'benchVirtualizer',
    );
    samples[which].push(result);
    await page.close();
  }
}
await browser.close();
server.close();

const row = (name: string, results: Result[]) => {
  const m = (key: keyof Result) => median(results.map((r) => r[key]));
  return `| ${name} | ${m('firstRenderMs').toFixed(1)} | ${m('dataMs').toFixed(1)} | ${m('domElements')} | ${m('messages')} | ${m('toOldestMs').toFixed(1)} | ${m('domElementsAfter')} |`;
};
console.log(`message panel, 10,000-message thread, Chromium ${browser.version()}, median of ${RUNS} cold runs each`);
console.log(
  '| list | first render (ms) | of which data (ms) | DOM elements | messages loaded, then | scroll to oldest (ms) | DOM elements after |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
console.log(row('`<tandem-message-panel>`', samples.panel));
console.log(row('bare `<lit-virtualizer>`', samples.virtualizer));
