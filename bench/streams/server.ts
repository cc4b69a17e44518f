import { randomBytes } from 'node:crypto';
import { writeHeapSnapshot } from 'node:v8';
// The server side of bench/streams.ts: a Tandem server in a process of its own (so the load's
// sockets do not count), answering "measure" on stdin with its heap after a full GC.
import {
  loadConfig,
  openDatabase,
  seedDistrict,
  signDemoToken,
  startServer,
} from '../../packages/server/dist/index.js';
import type { DistrictSpec } from '../../packages/server/dist/index.js';

const FAMILIES = Number(process.env.BENCH_FAMILIES ?? 200);
const range = Array.from({ length: FAMILIES }, (_, i) => i);
const district: DistrictSpec = {
  tenant: { id: 'ten_streams', name: 'Streams District' },
  schools: [{ id: 'sch_streams', name: 'Streams Elementary', timeZone: 'America/Chicago' }],
  staff: [
    {
      id: 'per_streams_teacher',
      name: 'Teacher',
      kind: 'educator',
      role: 'teacher',
      students: range.map((i) => `stu_streams${i}`),
    },
  ],
  households: range.map((i) => ({
    guardians: [{ id: `per_streams${i}`, name: `Parent ${i}`, language: 'en', relationship: 'parent' }],
    students: [{ id: `stu_streams${i}`, given: `Kid${i}`, family: 'Streams', grade: '2', school: 'sch_streams' }],
  })),
  goals: [],
  conversations: [],
};

const config = {
  ...loadConfig({ PORT: '0', TANDEM_JWT_SECRET: randomBytes(32).toString('hex'), TANDEM_JWT_ISSUER: 'bench' }),
  rateLimit: { burst: 1e9, perSecond: 1e9 },
  maxStreamsPerPerson: 1_000,
  heartbeatMs: 60_000,
};
const database = await openDatabase(
  process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : { memory: true },
);
await seedDistrict(database.db, district).catch(() => undefined); // seeded by an earlier run
const server = await startServer(config, { database, log: () => undefined });
const tokens = await Promise.all(
  range.map(async (i) => (await signDemoToken(config.auth, { id: `per_streams${i}`, tenantId: 'ten_streams' })).token),
);
process.stdout.write(`${JSON.stringify({ url: server.url, tokens })}\n`);

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
process.stdin.setEncoding('utf8');
let buffered = '';
process.stdin.on('data', (chunk: string) => {
  buffered += chunk;
  for (let end; (end = buffered.indexOf('\n')) >= 0;) {
    const line = buffered.slice(0, end);
    buffered = buffered.slice(end + 1);
    if (line === 'measure') {
      for (let i = 0; i < 4; i++) gc();
      const { heapUsed, rss } = process.memoryUsage();
      process.stdout.write(`${JSON.stringify({ heapUsed, rss })}\n`);
    } else if (line.startsWith('snapshot ')) {
      for (let i = 0; i < 4; i++) gc();
      writeHeapSnapshot(line.slice('snapshot '.length));
      process.stdout.write('{}\n');
    } else if (line === 'stop') {
      void server.close().then(() => process.exit(0));
    }
  }
});
