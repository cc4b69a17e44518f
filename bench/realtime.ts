// Send → receive latency of the realtime stream on loopback, with 1,000 event streams open.
// Run: pnpm bench (PGlite), or DATABASE_URL=… pnpm bench (PostgreSQL, LISTEN/NOTIFY).
// Each sample: the time from just before the teacher's POST to the family's stream receiving
// the message.created event. Two shapes of load:
//   typical: 999 streams of people the message does not concern, and the family's one;
//   crowded: 500 of the streams are the family's own, all woken by every message.
import { createTandemClient, messages, subscribe } from '../packages/client/src/index.js';
import { getEvents } from '../packages/contract/src/index.js';
import { loadConfig, openDatabase, seedDemo, signDemoToken, startServer } from '../packages/server/dist/index.js';

const STREAMS = 1000;
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);
const CROWDED = process.argv.includes('--crowded');

const config = {
  ...loadConfig({ PORT: '0' }, { demo: true }),
  rateLimit: { burst: 1_000_000, perSecond: 1_000_000 },
  maxStreamsPerPerson: STREAMS,
};
const database = await openDatabase(
  process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : { memory: true },
);
if (!process.env.DATABASE_URL) await seedDemo(database.db);
const server = await startServer(config, { database });

const tokenFor = async (id: string) => (await signDemoToken(config.auth, { id, tenantId: 'ten_riverside' })).token;
const family = createTandemClient({ baseUrl: server.url, tokenProvider: () => tokenFor('per_garcia') });
const teacher = createTandemClient({ baseUrl: server.url, tokenProvider: () => tokenFor('per_rivera'), retry: 0 });
const bystander = createTandemClient({ baseUrl: server.url, tokenProvider: () => tokenFor('per_patel') });

const background: Response[] = [];
for (let i = 0; i < STREAMS - 1; i++) {
  background.push(await (CROWDED && i % 2 === 0 ? family : bystander).open(getEvents, {}));
}
// Drain the background streams so the server never blocks on a full socket.
for (const response of background) void response.body?.pipeTo(new WritableStream()).catch(() => undefined);

const arrived = new Map<string, number>();
let open = false;
const subscription = subscribe(family, {
  onEvent: (event) => {
    if (event.type === 'message.created' && event.messageId) arrived.set(event.messageId, performance.now());
  },
  onStatus: (status) => {
    if (status === 'open') open = true;
  },
});
while (!open) await new Promise((r) => setTimeout(r, 10));

const latencies: number[] = [];
for (let i = 0; i < SAMPLES; i++) {
  const started = performance.now();
  const sent = await messages.send(
    teacher,
    { threadId: 'thr_mateo_garcia_rivera' },
    { body: `bench ${i}`, clientMessageId: `bench-${Date.now()}-${i}` },
  );
  while (!arrived.has(sent.id)) await new Promise((r) => setImmediate(r));
  latencies.push(arrived.get(sent.id)! - started);
}

subscription.close();
for (const response of background) await response.body?.cancel().catch(() => undefined);
await server.close();

latencies.sort((a, b) => a - b);
const at = (p: number) =>
  latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(1);
const shape = CROWDED ? 'crowded: 500 of them the recipient’s' : 'typical';
console.log(
  `| ${database.kind} | ${STREAMS} open (${shape}) | ${SAMPLES} | ${at(50)} ms | ${at(99)} ms | ${latencies.at(-1)!.toFixed(1)} ms |`,
);
