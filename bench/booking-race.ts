// The booking race: 200 concurrent attempts at one seat, over real HTTP, from the families of
// Ms. Rivera's students. Exactly one wins; what is measured is how long every family waits for
// its answer (the 199 are told the time is taken). Five measured rounds after three of warm-up,
// each on a fresh slot.
// The families' requests come from a worker thread, so that the server's event loop does the
// server's work only, as it would with families on their own phones.
// Run: pnpm bench:booking (PGlite), or DATABASE_URL=… pnpm bench:booking (PostgreSQL; BENCH_POOL sets
// the pool's size, default 10; BENCH_ROUNDS and BENCH_WARMUP the rounds, default 5 and 3).
import { loadavg } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import {
  isEmpty,
  loadConfig,
  openDatabase,
  seedDemo,
  signDemoToken,
  startServer,
} from '../packages/server/dist/index.js';
import { riveraFamilies as families } from '../packages/server/test/rivera-families.js';

const ATTEMPTS = Number(process.env.BENCH_ATTEMPTS ?? 200);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
/** Rounds before the measured ones: the first on a server just started, then V8 still compiling the route. */
const WARMUP = Math.max(1, Number(process.env.BENCH_WARMUP ?? 3));

interface Race {
  url: string;
  slotIds: string[];
  tokens: Record<string, string>;
}

/** In the worker: every round's 200 attempts at once; each round's waits. */
async function race({ url, slotIds, tokens }: Race) {
  const rounds: number[][] = [];
  for (const [round, slotId] of slotIds.entries()) {
    const answers = await Promise.all(
      Array.from({ length: ATTEMPTS }, async (_, i) => {
        const [family, studentId] = families[i % families.length]!;
        const started = performance.now();
        const response = await fetch(`${url}/api/v1/slots/${slotId}/bookings`, {
          method: 'POST',
          headers: {
            Authorization: `Bearer ${tokens[family]}`,
            'Content-Type': 'application/json',
            'Idempotency-Key': crypto.randomUUID(),
          },
          body: JSON.stringify({ studentId, modality: 'phone' }),
        });
        await response.arrayBuffer();
        return { status: response.status, wait: performance.now() - started };
      }),
    );
    const wins = answers.filter((a) => a.status === 201).length;
    const taken = answers.filter((a) => a.status === 409).length;
    if (wins !== 1 || taken !== ATTEMPTS - 1) throw new Error(`round ${round}: ${wins} won, ${taken} taken`);
    rounds.push(answers.map((a) => a.wait));
  }
  return rounds;
}

if (!isMainThread) {
  parentPort!.postMessage(await race(workerData as Race));
} else {
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
  const server = await startServer(config, { database, log: () => undefined });
  const tokens = Object.fromEntries(
    await Promise.all(
      [...families.map(([id]) => id), 'per_rivera'].map(async (id) => [
        id,
        (await signDemoToken(config.auth, { id, tenantId: 'ten_riverside' })).token,
      ]),
    ),
  ) as Record<string, string>;

  // A one-seat offer of this run's own, a week ahead: the seeded slots are left alone, and the
  // same families book again and again (the per-household limit, at its most, is not under test).
  const day = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  const asRivera = { Authorization: `Bearer ${tokens.per_rivera}`, 'Content-Type': 'application/json' };
  const offer = await fetch(`${server.url}/api/v1/educators/per_rivera/offers`, {
    method: 'POST',
    headers: asRivera,
    body: JSON.stringify({
      recurrence: 'once',
      startDate: day,
      startTime: '08:00',
      endTime: '16:00',
      durationMinutes: 15,
      modalities: ['phone'],
      capacity: 1,
      maxBookingsPerHousehold: 20,
    }),
  });
  if (offer.status !== 201) throw new Error(`offer: ${offer.status} ${await offer.text()}`);
  const { id: offerId } = (await offer.json()) as { id: string };
  const from = `${day}T00:00:00Z`;
  const to = new Date(Date.parse(from) + 2 * 86_400_000).toISOString();
  const slotsUrl = `${server.url}/api/v1/educators/per_rivera/slots?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&limit=500`;
  const free = (
    (await (await fetch(slotsUrl, { headers: asRivera })).json()) as {
      items: { id: string; offerId: string; available: boolean }[];
    }
  ).items.filter((slot) => slot.offerId === offerId && slot.available);
  // Three rounds first (BENCH_WARMUP): one on a server just started (its pool opens, its
  // statements are prepared), then two while V8 is still compiling the route's code. Each kind is
  // reported on its own line; the measured rounds are a server that has been running.
  if (free.length < ROUNDS + WARMUP) {
    throw new Error(`${free.length} free slots in the new offer; need ${ROUNDS + WARMUP}`);
  }

  const all = await new Promise<number[][]>((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), {
      workerData: {
        url: server.url,
        slotIds: free.slice(0, ROUNDS + WARMUP).map((slot) => slot.id),
        tokens,
      } satisfies Race,
      execArgv: ['--import', 'tsx'],
    });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  // The offer ends, so that it no longer counts among Ms. Rivera's current offers (50 at most):
  // runs can follow each other on one database for good.
  await database.db.execute(`update availability_offers set end_date = start_date - 1 where id = '${offerId}'`);
  await server.close();
  const [cold, ...warming] = all.slice(0, WARMUP);
  const warm = all.slice(WARMUP);

  const row = (label: string, waits: number[]) => {
    const sorted = [...waits].sort((x, y) => x - y);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(1);
    return `| ${database.kind} | ${label} | ${at(0.5)} ms | ${at(0.99)} ms | ${sorted.at(-1)!.toFixed(1)} ms |`;
  };
  console.log(`| database | rounds (one winner each) | p50 | p99 | max |`);
  console.log('| --- | --- | --- | --- | --- |');
  console.log(row(`${ROUNDS} × ${ATTEMPTS}, warm`, warm.flat()));
  console.log(
    `p99 of each warm round: ${warm
      .map((waits) => [...waits].sort((x, y) => x - y)[Math.floor(0.99 * waits.length)]!.toFixed(0))
      .join(', ')} ms`,
  );
  if (warming.length) console.log(row(`${warming.length} × ${ATTEMPTS}, warming (rounds 2–${WARMUP})`, warming.flat()));
  console.log(row(`1 × ${ATTEMPTS}, cold (first after start)`, cold!));
  console.log(
    `load average before ${loadBefore.map((x) => x.toFixed(2)).join(' ')}, after ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
}
