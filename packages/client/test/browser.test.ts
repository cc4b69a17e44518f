// The client in a real browser (Debian Chromium), on a page with a strict CSP (no eval, no
// inline script), calling the real server cross-origin through its CORS allowlist.
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '@tandem/server';
import { backends, seeded, testConfig } from '../../server/test/harness.js';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';

const executablePath = chromiumPath;

// A classic script runs before any module, so it sees violations raised while modules load.
const watchScript = `window.violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));`;

const pageScript = `
import { createTandemClient, dev, goals, progress } from './client.js';
const api = document.documentElement.dataset.api;
const violations = window.violations;
try {
  const anonymous = createTandemClient({ baseUrl: api });
  const { token } = await dev.createToken(anonymous, { userId: 'per_alsayed_omar' });
  const client = createTandemClient({ baseUrl: api, tokenProvider: () => token });
  const page = await goals.list(client, { studentId: 'stu_yusuf' });
  const entry = await progress.record(client, { goalId: page.items[0].id }, { value: 3, date: new Date().toISOString().slice(0, 10) });
  let notFound;
  try { await goals.list(client, { studentId: 'stu_mateo' }); } catch (e) { notFound = e.kind; }
  window.result = { goals: page.items.length, setting: entry.setting, notFound, violations };
} catch (e) {
  window.result = { error: String(e && e.stack || e), violations };
}
`;

describe('client in Chromium', () => {
  let api: RunningServer;
  let site: Server;
  let siteUrl: string;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(executablePath)) {
      throw new Error(`Chromium not found at ${executablePath}: install Debian's chromium or set CHROMIUM_PATH.`);
    }
    const bundle = await build({
      entryPoints: [fileURLToPath(new URL('../src/index.ts', import.meta.url))],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      conditions: ['tandem-source'],
      minify: true,
      write: false,
    });
    const clientJs = bundle.outputFiles[0]!.text;
    site = createServer((req, res) => {
      const csp = `default-src 'none'; script-src 'self'; connect-src ${api.url}`;
      const scripts: Record<string, string> = {
        '/client.js': clientJs,
        '/page.js': pageScript,
        '/watch.js': watchScript,
      };
      const script = scripts[req.url ?? ''];
      if (script !== undefined) {
        res.writeHead(200, { 'Content-Type': 'text/javascript', 'Content-Security-Policy': csp });
        res.end(script);
      } else {
        res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Security-Policy': csp });
        res.end(
          `<!doctype html><html lang="en" data-api="${api.url}"><title>t</title><script src="/watch.js"></script><script type="module" src="/page.js"></script></html>`,
        );
      }
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    api = await startServer(testConfig({ port: 0, allowedOrigins: [siteUrl] }), {
      database: await seeded(backends[0]!),
    });
    browser = await chromium.launch({ executablePath, args: chromiumArgs });
  });

  afterAll(async () => {
    await browser?.close();
    site?.close();
    await api?.close();
  });

  it('calls the API cross-origin under a strict CSP (zod runs jitless), with typed errors', async () => {
    const page = await browser.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.goto(siteUrl);
    await page.waitForFunction(() => 'result' in window, undefined, { timeout: 15_000 });
    const result = await page.evaluate(() => (window as unknown as { result: unknown }).result);
    expect(result).toEqual({ goals: 2, setting: 'home', notFound: 'not-found', violations: [] });
    // The 404 is logged by Chromium as a failed resource load; nothing else may be.
    expect(consoleErrors.filter((text) => !text.includes('404'))).toEqual([]);
  });
});
