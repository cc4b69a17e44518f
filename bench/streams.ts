// Memory per open event stream on the server: 1,000, 5,000 and 10,000 streams of 200 families,
// each a socket of its own, with the server in a process of its own (bench/streams/server.ts)
// measured after a full GC. Also how long opening them takes. Run: pnpm bench:streams (PGlite),
// or DATABASE_URL=… pnpm bench:streams (PostgreSQL).
import { spawn } from 'node:child_process';
import { request, type ClientRequest, type IncomingMessage } from 'node:http';
import { createInterface } from 'node:readline';

const STEPS = (process.env.BENCH_STREAMS ?? '1000,5000,10000').split(',').map(Number);
const FAMILIES = 200;

const child = spawn(
  process.execPath,
  [
    '--expose-gc',
    '--max-old-space-size=4096',
    '--import',
    'tsx',
    new URL('streams/server.ts', import.meta.url).pathname,
  ],
  { env: { ...process.env, BENCH_FAMILIES: String(FAMILIES) }, stdio: ['pipe', 'pipe', 'inherit'] },
);
const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
const next = async () => JSON.parse(((await lines.next()).value as string) ?? 'null') as Record<string, unknown>;
const { url, tokens } = (await next()) as { url: string; tokens: string[] };
const measure = async () => {
  child.stdin!.write('measure\n');
  return (await next()) as { heapUsed: number; rss: number };
};

const held: { request: ClientRequest; response: IncomingMessage }[] = [];
/** Opens one stream and resolves once its first line (": connected") arrived. */
const open = (i: number) =>
  new Promise<void>((resolve, reject) => {
    const req = request(`${url}/api/v1/events`, {
      agent: false,
      headers: { Authorization: `Bearer ${tokens[i % FAMILIES]}` },
    });
    req.on('response', (response) => {
      if (response.statusCode !== 200) return reject(new Error(`stream ${i}: ${response.statusCode}`));
      response.once('data', () => resolve());
      response.on('data', () => undefined); // keep reading: the server never waits on a full socket
      held.push({ request: req, response });
    });
    req.on('error', reject);
    req.end();
  });

const snapshot = async (file: string) => {
  child.stdin!.write(`snapshot ${file}\n`);
  await next();
};
const baseline = await measure();
if (process.env.BENCH_SNAPSHOTS) await snapshot(`${process.env.BENCH_SNAPSHOTS}/before.heapsnapshot`);
const rows: string[] = [];
let opened = 0;
for (const target of STEPS) {
  const started = performance.now();
  for (let batch = opened; batch < target; batch += 200) {
    await Promise.all(Array.from({ length: Math.min(200, target - batch) }, (_, j) => open(batch + j)));
  }
  const seconds = (performance.now() - started) / 1000;
  const added = target - opened;
  opened = target;
  const now = await measure();
  const perStream = (now.heapUsed - baseline.heapUsed) / target / 1024;
  rows.push(
    `| ${target.toLocaleString('en')} | ${(now.heapUsed / 2 ** 20).toFixed(0)} MiB | ${perStream.toFixed(1)} KiB | ${(now.rss / 2 ** 20).toFixed(0)} MiB | ${added.toLocaleString('en')} in ${seconds.toFixed(1)} s |`,
  );
}
if (process.env.BENCH_SNAPSHOTS) await snapshot(`${process.env.BENCH_SNAPSHOTS}/after.heapsnapshot`);
for (const { request } of held) request.destroy();
child.stdin!.write('stop\n');
await new Promise((resolve) => child.once('exit', resolve));

console.log(
  `baseline heap ${(baseline.heapUsed / 2 ** 20).toFixed(1)} MiB (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`,
);
console.log('| open streams | server heap | heap per stream | server RSS | opened |');
console.log('| --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);
