// The authorized page read (`GET /api/v1/students/{id}/goals`) beside its own SQL floor: a plain
// node:http + pg server that issues the very statements the route issued for one request (caught
// from node-postgres as the route ran), as named prepared statements, and answers their rows as
// JSON. What the route costs beyond the floor is ours: token checks, middleware, validation,
// serialization. A static route of the same bytes gives the scale. Rounds alternate the three,
// so drift in the machine's load hits them alike. Load from a worker thread (autocannon),
// loopback, 8 connections. Run: DATABASE_URL=… pnpm bench:api (the floor needs PostgreSQL).
import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import pg from 'pg';
import { statementsOf } from '../test/statements.js';
import {
  createApp,
  flushReadAudits,
  isEmpty,
  loadConfig,
  openDatabase,
  seedDemo,
  signDemoToken,
} from '../dist/index.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = 8;
const databaseUrl = process.env.DATABASE_URL;

const loadBefore = loadavg();
const config = { ...loadConfig({ PORT: '0' }, { demo: true }), rateLimit: { burst: 1e9, perSecond: 1e9 } };
const database = await openDatabase(
  databaseUrl ? { databaseUrl, pool: { max: 10, acquireTimeoutMs: 5_000 } } : { memory: true },
);
if (await isEmpty(database.db)) await seedDemo(database.db);
const app = await createApp({ database, config });
const { token } = await signDemoToken(config.auth, { id: 'per_rivera', tenantId: 'ten_riverside' });
const headers = { Authorization: `Bearer ${token}` };
const pagePath = '/api/v1/students/stu_mateo/goals';

// The statements of one page read, as node-postgres received them from the route.
await app.request(pagePath, { headers }); // once before, so nothing of start-up is caught
await flushReadAudits(database.db); // nor that read's audit batch
const { result: captured, statements } = await statementsOf(async () =>
  (await app.request(pagePath, { headers })).text(),
);

const listen = async (server: Server) => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

const apiServer = serve({
  fetch: (request) =>
    new URL(request.url).pathname === '/bench/static'
      ? new Response(captured, { headers: { 'Content-Type': 'application/json' } })
      : app.fetch(request),
  hostname: '127.0.0.1',
  port: 0,
}) as Server;
await new Promise((resolve) => apiServer.once('listening', resolve));
const api = `http://127.0.0.1:${(apiServer.address() as AddressInfo).port}`;

// The floor: the same statements, one after another, prepared once per connection, on a pool
// of the same size, and the last result's rows as the answer.
const floorPool = databaseUrl ? new pg.Pool({ connectionString: databaseUrl, max: 10 }) : null;
const floorServer = createServer((_request, response) => void answerFromFloor(response));
async function answerFromFloor(response: ServerResponse) {
  const client = await floorPool!.connect();
  try {
    let rows: unknown[] = [];
    for (const [i, statement] of statements.entries()) {
      ({ rows } = await client.query({ name: `floor_${i}`, text: statement.text, values: statement.values }));
    }
    const body = JSON.stringify({ items: rows, nextCursor: null });
    response.writeHead(200, { 'Content-Type': 'application/json' }).end(body);
  } catch (error) {
    response.writeHead(500).end(String(error));
  } finally {
    client.release();
  }
}
const floor = floorPool ? await listen(floorServer) : null;

async function run(url: string) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers, workers: 1 });
  if (result.non2xx || result.errors)
    throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return result;
}

type Leg = 'static' | 'floor' | 'route';
const results: Record<Leg, autocannon.Result[]> = { static: [], floor: [], route: [] };
for (let round = 0; round < ROUNDS; round++) {
  results.static.push(await run(`${api}/bench/static`));
  if (floor) results.floor.push(await run(`${floor}${pagePath}`));
  results.route.push(await run(`${api}${pagePath}`));
}
const loadAfter = loadavg();

await new Promise((resolve) => setTimeout(resolve, 500)); // the load's last requests
for (const server of [apiServer, floorServer]) {
  await new Promise((resolve) => {
    server.close(resolve);
    server.closeAllConnections();
  });
}
await floorPool?.end();
await database.close();

const mean = (rs: autocannon.Result[]) => rs.reduce((sum, r) => sum + r.requests.average, 0) / rs.length;
const range = (rs: autocannon.Result[]) =>
  `${Math.min(...rs.map((r) => r.requests.average)).toFixed(0)}–${Math.max(...rs.map((r) => r.requests.average)).toFixed(0)}`;
const p99 = (rs: autocannon.Result[]) => Math.max(...rs.map((r) => r.latency.p99));
const p50 = (rs: autocannon.Result[]) => Math.max(...rs.map((r) => r.latency.p50));

console.log(`statements per page read (${database.kind}): ${statements.length}`);
for (const statement of statements) console.log(`  ${statement.text.replace(/\s+/g, ' ').slice(0, 140)}`);
console.log(`\n| leg | req/s (mean of ${ROUNDS} × ${SECONDS} s) | range | latency p50 | latency p99 |`);
console.log('| --- | --- | --- | --- | --- |');
const rows: [string, autocannon.Result[]][] = [
  ['static JSON (same bytes)', results.static],
  ...(floor
    ? ([['SQL floor: node:http + pg, the same statements', results.floor]] as [string, autocannon.Result[]][])
    : []),
  [`GET ${pagePath} (${database.kind})`, results.route],
];
for (const [name, rs] of rows) {
  console.log(`| ${name} | ${mean(rs).toFixed(0)} | ${range(rs)} | ${p50(rs)} ms | ${p99(rs)} ms |`);
}
if (floor) {
  const perRound = results.route.map((r, i) => r.requests.average / results.floor[i]!.requests.average);
  console.log(
    `\nroute / SQL floor: ${(mean(results.route) / mean(results.floor)).toFixed(2)} (rounds ${perRound.map((x) => x.toFixed(2)).join(', ')}; budget ≥ 0.8)`,
  );
}
console.log(`route / static: ${(mean(results.route) / mean(results.static)).toFixed(3)}`);
console.log(
  `load average before ${loadBefore.map((x) => x.toFixed(2)).join(' ')}, after ${loadAfter.map((x) => x.toFixed(2)).join(' ')}; ${CONNECTIONS} connections`,
);
