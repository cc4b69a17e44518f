// The booking race: 200 concurrent attempts at one seat, over real HTTP, from the families of
// Ms. Rivera's students. Exactly one wins; what is measured is how long every family waits for
// its answer (the 199 are told the time is taken). Five rounds, each on a fresh slot.
// Run: pnpm bench:booking (PGlite), or DATABASE_URL=… pnpm bench:booking (PostgreSQL; BENCH_POOL sets
// the pool's size, default 10).
import { loadavg } from 'node:os';
import {
  isEmpty,
  loadConfig,
  openDatabase,
  seedDemo,
  signDemoToken,
  startServer,
} from '../packages/server/src/index.js';

const ATTEMPTS = Number(process.env.BENCH_ATTEMPTS ?? 200);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const families = [
  ['per_garcia', 'stu_mateo'],
  ['per_alsayed_omar', 'stu_yusuf'],
  ['per_alsayed_huda', 'stu_yusuf'],
  ['per_johnson', 'stu_jaylen'],
  ['per_miller', 'stu_jaylen'],
  ['per_nguyen', 'stu_emma'],
  ['per_ramirez', 'stu_lucia'],
] as const;

const loadBefore = loadavg();
const config = { ...loadConfig({ PORT: '0' }, { demo: true }), rateLimit: { burst: 1e9, perSecond: 1e9 } };
const database = await openDatabase(
  process.env.DATABASE_URL
    ? {
        databaseUrl: process.env.DATABASE_URL,
        pool: { max: Number(process.env.BENCH_POOL ?? 10), acquireTimeoutMs: 5_000 },
      }
    : { memory: true },
);
if (await isEmpty(database.db)) await seedDemo(database.db);
// The same families book again and again: the per-household limit is not under test.
await database.db.execute(
  "update availability_offers set max_bookings_per_household = 1000 where educator_id = 'per_rivera'",
);
const server = await startServer(config, { database, log: () => undefined });
const tokens = Object.fromEntries(
  await Promise.all(
    families.map(async ([id]) => [id, (await signDemoToken(config.auth, { id, tenantId: 'ten_riverside' })).token]),
  ),
) as Record<string, string>;

const from = new Date().toISOString();
const to = new Date(Date.now() + 60 * 86_400_000).toISOString();
const slotsUrl = `${server.url}/api/v1/educators/per_rivera/slots?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&limit=500`;
const free = (
  (await (await fetch(slotsUrl, { headers: { Authorization: `Bearer ${tokens.per_garcia}` } })).json()) as {
    items: { id: string; available: boolean; capacity: number }[];
  }
).items.filter((slot) => slot.available && slot.capacity === 1);
if (free.length < ROUNDS) throw new Error(`${free.length} free one-seat slots; need ${ROUNDS}`);

const waits: number[] = [];
let won = 0;
for (let round = 0; round < ROUNDS; round++) {
  const slot = free[round]!;
  const answers = await Promise.all(
    Array.from({ length: ATTEMPTS }, async (_, i) => {
      const [family, studentId] = families[i % families.length]!;
      const started = performance.now();
      const response = await fetch(`${server.url}/api/v1/slots/${slot.id}/bookings`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${tokens[family]}`,
          'Content-Type': 'application/json',
          'Idempotency-Key': crypto.randomUUID(),
        },
        body: JSON.stringify({ studentId, modality: 'phone' }),
      });
      await response.arrayBuffer();
      waits.push(performance.now() - started);
      return response.status;
    }),
  );
  const wins = answers.filter((status) => status === 201).length;
  const taken = answers.filter((status) => status === 409).length;
  if (wins !== 1 || taken !== ATTEMPTS - 1) throw new Error(`round ${round}: ${wins} won, ${taken} taken`);
  won += wins;
}
await server.close();

const sorted = [...waits].sort((a, b) => a - b);
const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(1);
console.log(`| database | attempts × rounds | won | p50 | p99 | max |`);
console.log('| --- | --- | --- | --- | --- | --- |');
console.log(
  `| ${database.kind} | ${ATTEMPTS} × ${ROUNDS} | ${won} | ${at(0.5)} ms | ${at(0.99)} ms | ${sorted.at(-1)!.toFixed(1)} ms |`,
);
console.log(
  `load average before ${loadBefore.map((x) => x.toFixed(2)).join(' ')}, after ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
