// DESIGN.md §8: a page read from the database should run at ≥ 0.5 × the throughput of a
// static-JSON route of the same server, in the same run. Both routes answer the same bytes:
// the static one returns a copy of the goals page captured at start-up. Loopback only,
// bounded in time. Run: pnpm bench:api (PGlite) or DATABASE_URL=… pnpm bench:api.
import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import type { AddressInfo } from 'node:net';
import { createApp, isEmpty, loadConfig, openDatabase, seedDemo, signDemoToken } from '../src/index.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 8;

const config = { ...loadConfig({ PORT: '0' }, { demo: true }), rateLimit: { burst: 1e9, perSecond: 1e9 } };
const database = await openDatabase(
  process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : { memory: true },
);
if (await isEmpty(database.db)) await seedDemo(database.db);
const app = await createApp({ database, config });
const { token } = await signDemoToken(config.auth, { id: 'per_rivera', tenantId: 'ten_riverside' });
const headers = { Authorization: `Bearer ${token}` };
const pagePath = '/api/v1/students/stu_mateo/goals';
const captured = await (await app.request(pagePath, { headers })).text();
// The static route answers before Hono's middleware runs, so the comparison is, if anything,
// harder on the database route.
const server = serve({
  fetch: (request) =>
    new URL(request.url).pathname === '/bench/static'
      ? new Response(captured, { headers: { 'Content-Type': 'application/json' } })
      : app.fetch(request),
  hostname: '127.0.0.1',
  port: 0,
});
await new Promise((resolve) => server.once('listening', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

async function run(path: string) {
  // The load comes from a worker thread, so it does not share the server's event loop.
  const result = await autocannon({
    url: `${base}${path}`,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers,
    workers: 1,
  });
  if (result.non2xx) throw new Error(`${path}: ${result.non2xx} non-2xx answers`);
  return result;
}

const staticResult = await run('/bench/static');
const pageResult = await run(pagePath);
await new Promise((resolve) => setTimeout(resolve, 500)); // the load's last requests
await new Promise((resolve) => {
  server.close(resolve);
  if ('closeAllConnections' in server) server.closeAllConnections();
});
await database.close();

const ratio = pageResult.requests.average / staticResult.requests.average;
console.log(`| route | req/s (mean) | latency p50 | latency p99 |`);
console.log(`| --- | --- | --- | --- |`);
for (const [name, r] of [
  ['static JSON (same bytes)', staticResult],
  [`GET ${pagePath} (${database.kind})`, pageResult],
] as const) {
  console.log(`| ${name} | ${r.requests.average.toFixed(0)} | ${r.latency.p50} ms | ${r.latency.p99} ms |`);
}
console.log(`\nratio page/static: ${ratio.toFixed(2)} (budget ≥ 0.5) — ${CONNECTIONS} connections, ${SECONDS} s each`);
