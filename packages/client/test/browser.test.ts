// The client in a real browser (Debian Chromium), on a page with a strict CSP (no eval, no
// inline script), calling the real server cross-origin through its CORS allowlist, and a second
// real server whose allowlist leaves the page out.
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '@tandem/server';
import { createTandemClient, messages } from '../src/index.js';
import { backends, people, seeded, testConfig, tokenFor } from '../../server/test/harness.js';
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

// On a page whose origin the server does not allow. Every fetch the client makes is counted, probes
// included, to show that a refusal is not retried. The last two checks are failures that are not
// CORS: a server nobody listens on, and a dropped request to a server that allows the page.
const refusedScript = `
import { createTandemClient, goals, Outbox, subscribe } from './client.js';
const { api, allowed, unreachable, token } = document.documentElement.dataset;
const calls = [];
const counting = (input, init) => {
  calls.push((init?.mode ?? 'cors') + ' ' + new URL(String(input)).pathname);
  return fetch(input, init);
};
const seen = (e) => ({ kind: e.kind, message: e.message, origin: e.origin, route: e.route });
const result = {};
try {
  const client = createTandemClient({ baseUrl: api, tokenProvider: () => token, fetch: counting });
  await goals.list(client, { studentId: 'stu_mateo' }).catch((e) => (result.read = seen(e)));
  result.calls = calls.splice(0);
  const outbox = new Outbox(client, { retryDelayMs: 10 });
  outbox.enqueue('thr_mateo_garcia_rivera', 'Kept while the origin is refused');
  await outbox.flush();
  result.outbox = outbox.items().map(({ body, state, error }) => ({ body, state, error }));
  outbox.close();
  result.stream = await new Promise((resolve) =>
    subscribe(client, {
      onEvent: () => {},
      onStatus: (status, error) => status === 'closed' && resolve(error?.kind ?? 'closed without an error'),
    }),
  );
  const nobody = createTandemClient({ baseUrl: unreachable, tokenProvider: () => token, retry: 0 });
  await goals.list(nobody, { studentId: 'stu_mateo' }).catch((e) => (result.unreachable = e.kind));
  let dropped = false;
  const blip = (input, init) => (dropped ? fetch(input, init) : ((dropped = true), Promise.reject(new TypeError('Failed to fetch'))));
  const lossy = createTandemClient({ baseUrl: allowed, tokenProvider: () => token, fetch: blip, retry: 0 });
  await goals.list(lossy, { studentId: 'stu_mateo' }).catch((e) => (result.blip = e.kind));
} catch (e) {
  result.error = String((e && e.stack) || e);
}
window.result = result;
`;

describe('client in Chromium', () => {
  let api: RunningServer;
  let refusing: RunningServer;
  let unreachable: string;
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
    // A port nothing listens on: bound, noted, closed.
    const spare = createServer();
    await new Promise<void>((resolve) => spare.listen(0, '127.0.0.1', resolve));
    unreachable = `http://127.0.0.1:${(spare.address() as AddressInfo).port}`;
    await new Promise((resolve) => spare.close(resolve));
    const token = await tokenFor(people.guardian);
    site = createServer((req, res) => {
      const csp = `default-src 'none'; script-src 'self'; connect-src ${api.url} ${refusing.url} ${unreachable}`;
      const scripts: Record<string, string> = {
        '/client.js': clientJs,
        '/page.js': pageScript,
        '/refused.js': refusedScript,
        '/watch.js': watchScript,
      };
      const script = scripts[req.url ?? ''];
      if (script !== undefined) {
        res.writeHead(200, { 'Content-Type': 'text/javascript', 'Content-Security-Policy': csp });
        res.end(script);
      } else if (req.url === '/refused') {
        res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Security-Policy': csp });
        res.end(
          `<!doctype html><html lang="en" data-api="${refusing.url}" data-allowed="${api.url}" data-unreachable="${unreachable}" data-token="${token}"><title>t</title><script type="module" src="/refused.js"></script></html>`,
        );
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
    // The same districts, none of which lists the page (the seed sets no district origins).
    refusing = await startServer(testConfig({ port: 0, allowedOrigins: ['https://elsewhere.example'] }), {
      database: await seeded(backends[0]!),
    });
    browser = await chromium.launch({ executablePath, args: chromiumArgs });
  });

  afterAll(async () => {
    await browser?.close();
    site?.close();
    await api?.close();
    await refusing?.close();
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

  it('says a request refused by CORS is that, once in the console, without retrying it or dropping a queued message', async () => {
    const page = await browser.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.goto(`${siteUrl}/refused`);
    await page.waitForFunction(() => 'result' in window, undefined, { timeout: 15_000 });
    const result = await page.evaluate(() => (window as unknown as { result: unknown }).result);
    const told =
      `GET /api/v1/students/{studentId}/goals failed: ${siteUrl} is not an allowed origin of this Tandem server ` +
      `(${refusing.url}): add it to TANDEM_ALLOWED_ORIGINS, or to the district's allowedOrigins setting.`;
    expect(result).toEqual({
      read: {
        kind: 'origin-not-allowed',
        message: told,
        origin: siteUrl,
        route: { method: 'GET', path: '/api/v1/students/{studentId}/goals' },
      },
      // The request; the server, found there without CORS; the origin, refused with CORS. No retry.
      calls: ['cors /api/v1/students/stu_mateo/goals', 'no-cors /cdn/tandem.js', 'cors /api/health'],
      outbox: [{ body: 'Kept while the origin is refused', state: 'failed', error: 'origin-not-allowed' }],
      stream: 'origin-not-allowed',
      unreachable: 'network',
      blip: 'network',
    });
    // Logged once for that server, however many calls it refused.
    expect(consoleErrors.filter((text) => text.includes('TANDEM_ALLOWED_ORIGINS'))).toEqual([told]);
    // The browser never let the message through: the server has no copy of it.
    const reader = createTandemClient({ baseUrl: refusing.url, tokenProvider: () => tokenFor(people.educator) });
    const thread = await messages.list(reader, { threadId: 'thr_mateo_garcia_rivera', limit: 100 });
    expect(thread.items.length).toBeGreaterThan(0);
    expect(thread.items.map((m) => m.body)).not.toContain('Kept while the origin is refused');
  });
});
