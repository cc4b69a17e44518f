// A fleet: three server instances, each its own process, on one PostgreSQL, behind Debian's nginx.
// While the teacher and four families hold event streams open through nginx and ten senders post
// 360 messages through it, one instance is killed (SIGKILL: no goodbye, no closing of streams).
// The streams it held break and resume through another instance with Last-Event-ID; sends that
// failed are sent again with the same clientMessageId. Every listener must end with each message
// of its threads exactly once, in log order.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/database.js';
import { seedDistrict } from '../src/seed.js';
import {
  findNginx,
  PROXY_DIRECTIVES,
  startInstance,
  startNginx,
  stopChild,
  UPSTREAM_DIRECTIVES,
  UPSTREAM_SERVER_FLAGS,
  waitFor,
  type Child,
  type Instance,
  type Proxy,
} from './fleet.js';
import { busyDistrict, scratchPostgres, tokenFor } from './harness.js';
import { sseEvents, type Received } from './sse.js';

const INSTANCES = 3;
const FAMILIES = 8;
const MESSAGES = 360; // 45 per thread, every third one from the teacher
const SENDERS = 10; // requests at once
const KILL_AFTER = 120; // messages sent before an instance dies
const LISTENING_FAMILIES = 4; // listen besides the teacher, who hears every thread
const HEARTBEAT_MS = 2_000;

const threadOf = (i: number) => `thr_busy${i}_busy${i}_busy_teacher`;
const teacher = { id: 'per_busy_teacher', tenant: 'ten_busy' };
const guardian = (i: number) => ({ id: `per_busy${i}`, tenant: 'ten_busy' });

const databaseUrl = process.env.DATABASE_URL;
const nginx = findNginx();
// CI installs nginx (scripts/machine-setup.sh), so there a missing nginx fails instead of skipping.
const skipReason = !databaseUrl
  ? ' (skipped: needs DATABASE_URL, the PostgreSQL the instances share)'
  : !nginx && !process.env.CI
    ? ' (skipped: no nginx on PATH or in /usr/sbin; Debian: apt-get install nginx, or set TANDEM_NGINX)'
    : '';

/** A send that another try would not fix. */
class Refused extends Error {}

/** One stream connection through nginx: which instance answered, how many events, how it ended. */
interface Connection {
  upstream: string;
  events: number;
  end?: 'ended' | 'broken' | 'stopped';
}

interface Listener {
  name: string;
  token: string;
  threads: Set<string>;
  received: Received[];
  connections: Connection[];
  /** Attempts that got no stream (a status or a network error), retried. */
  refused: string[];
}

/**
 * Holds the listener's stream open through `url` until `stop`: whenever it ends or breaks, opens
 * it again after a short backoff with Last-Event-ID = the last id seen, as a client should.
 */
async function listen(listener: Listener, url: string, stop: AbortSignal, deadline: number): Promise<void> {
  let backoff = 50;
  while (!stop.aborted && Date.now() < deadline) {
    const signal = AbortSignal.any([stop, AbortSignal.timeout(Math.max(1, deadline - Date.now()))]);
    let connection: Connection | undefined;
    try {
      const response = await fetch(`${url}/api/v1/events`, {
        headers: {
          Authorization: `Bearer ${listener.token}`,
          'Last-Event-ID': String(listener.received.at(-1)?.id ?? 0), // 0: from the start (the seed wrote no events)
        },
        signal,
      });
      if (response.status !== 200) {
        listener.refused.push(`HTTP ${response.status}`);
        await response.body?.cancel();
      } else {
        // $upstream_addr lists every instance tried; the last one answered.
        const upstream = response.headers.get('X-Tandem-Upstream')?.split(',').at(-1)?.trim() ?? 'unknown';
        connection = { upstream, events: 0 };
        listener.connections.push(connection);
        backoff = 50;
        for await (const event of sseEvents(response.body!)) {
          listener.received.push(event);
          connection.events++;
        }
        connection.end = 'ended';
      }
    } catch (error) {
      if (connection) connection.end = signal.aborted ? 'stopped' : 'broken';
      else if (!signal.aborted) listener.refused.push(error instanceof Error ? error.message : String(error));
    }
    if (stop.aborted) return;
    await new Promise((resolve) => setTimeout(resolve, backoff * (0.5 + Math.random())));
    backoff = Math.min(backoff * 2, 400);
  }
}

const open = (listener: Listener) => {
  const last = listener.connections.at(-1);
  return last && !last.end ? last : undefined;
};

describe.skipIf(skipReason !== '')(`${INSTANCES} instances on one PostgreSQL behind nginx${skipReason}`, () => {
  let dir: string | undefined;
  let scratch: Awaited<ReturnType<typeof scratchPostgres>> | undefined;
  const instances: Instance[] = [];
  let proxy: Proxy | undefined;
  const children = (): Child[] => [...(proxy ? [proxy] : []), ...instances];
  // If the test runner itself goes away, take the processes along.
  const killAll = () => {
    for (const child of children()) child.process.kill('SIGKILL');
  };

  beforeAll(async () => {
    if (!nginx) throw new Error('CI is set but no nginx was found; scripts/machine-setup.sh installs it (as root).');
    process.once('exit', killAll);
    const deadline = Date.now() + 60_000;
    scratch = await scratchPostgres(databaseUrl!);
    const database = await openDatabase({ databaseUrl: scratch.url }); // migrates
    await seedDistrict(database.db, busyDistrict(FAMILIES));
    await database.close();
    const started = await Promise.allSettled(
      Array.from({ length: INSTANCES }, (_, i) =>
        startInstance(scratch!.url, `instance ${i + 1}`, { deadline, heartbeatMs: HEARTBEAT_MS }),
      ),
    );
    for (const result of started) if (result.status === 'fulfilled') instances.push(result.value);
    for (const result of started) if (result.status === 'rejected') throw result.reason;
    dir = mkdtempSync(join(tmpdir(), 'tandem-nginx-'));
    proxy = await startNginx(
      nginx,
      dir,
      instances.map((instance) => instance.address),
      { deadline },
    );
  });

  afterAll(async () => {
    try {
      await Promise.all(children().map((child) => stopChild(child)));
    } finally {
      process.off('exit', killAll);
      if (dir) rmSync(dir, { recursive: true, force: true });
      await scratch?.drop();
    }
  });

  it(`loses and repeats none of ${MESSAGES} messages on any stream when an instance is killed mid-way`, async ({
    annotate,
  }) => {
    const url = proxy!.url;
    const deadline = Date.now() + 90_000;
    const teacherToken = await tokenFor(teacher);
    const familyTokens = await Promise.all(Array.from({ length: FAMILIES }, (_, i) => tokenFor(guardian(i))));
    const listeners: Listener[] = [
      {
        name: 'teacher',
        token: teacherToken,
        threads: new Set(Array.from({ length: FAMILIES }, (_, i) => threadOf(i))),
        received: [],
        connections: [],
        refused: [],
      },
      ...Array.from({ length: LISTENING_FAMILIES }, (_, i) => ({
        name: `family ${i}`,
        token: familyTokens[i]!,
        threads: new Set([threadOf(i)]),
        received: [],
        connections: [],
        refused: [],
      })),
    ];

    // Streams first: round robin spreads them over the instances.
    const stop = new AbortController();
    const listening = Promise.all(listeners.map((listener) => listen(listener, url, stop.signal, deadline)));
    try {
      expect(await waitFor(deadline, () => listeners.every((listener) => open(listener)))).toBe(true);

      // The instance holding the most streams dies once KILL_AFTER messages are in.
      let killed: Instance | undefined;
      let killing: Promise<void> | undefined;
      const kill = async () => {
        const streamsOn = (instance: Instance) =>
          listeners.filter((listener) => open(listener)?.upstream === instance.address).length;
        const victim = [...instances].sort((a, b) => streamsOn(b) - streamsOn(a))[0]!;
        killed = victim;
        victim.process.kill('SIGKILL');
        await victim.exited;
      };

      // Each message is sent until it is answered; a retry carries the same clientMessageId, so
      // the API answers with the first message and nothing is sent twice.
      const sent = new Map<number, { messageId: string; threadId: string }>();
      const retries = new Map<string, number>();
      const jobs = Array.from({ length: MESSAGES }, (_, n) => n);
      const sender = async () => {
        for (let n = jobs.shift(); n !== undefined; n = jobs.shift()) {
          const family = n % FAMILIES;
          const threadId = threadOf(family);
          const token = n % 3 === 0 ? teacherToken : familyTokens[family]!;
          for (let attempt = 1; ; attempt++) {
            let failure: string;
            try {
              const response = await fetch(`${url}/api/v1/threads/${threadId}/messages`, {
                method: 'POST',
                headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
                body: JSON.stringify({ body: `message ${n}`, clientMessageId: `fleet-${n}` }),
                signal: AbortSignal.timeout(10_000),
              });
              const text = await response.text();
              if (response.status === 201) {
                sent.set(n, { messageId: (JSON.parse(text) as { id: string }).id, threadId });
                break;
              }
              failure = `HTTP ${response.status}`;
              // Only what a load balancer or a dying instance causes is worth another try.
              if (![429, 502, 503, 504].includes(response.status)) {
                throw new Refused(`message ${n}: ${failure} ${text}`);
              }
            } catch (error) {
              if (error instanceof Refused) throw error;
              failure = error instanceof Error ? error.message : String(error);
            }
            retries.set(failure, (retries.get(failure) ?? 0) + 1);
            if (attempt >= 20 || Date.now() > deadline) throw new Error(`message ${n}: gave up after ${failure}`);
            await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
          }
          if (sent.size === KILL_AFTER) killing = kill();
        }
      };
      await Promise.all(Array.from({ length: SENDERS }, sender));
      await killing;
      expect(killed).toBeDefined();
      expect(sent.size).toBe(MESSAGES);

      const expectedOf = (listener: Listener) =>
        new Set([...sent.values()].filter((s) => listener.threads.has(s.threadId)).map((s) => s.messageId));
      const complete = (listener: Listener) => {
        const arrived = new Set(listener.received.map((event) => event.messageId));
        return [...expectedOf(listener)].every((id) => arrived.has(id));
      };
      // Wait for the streams to catch up (a loss shows as a timeout here, then in the counts below).
      await waitFor(Math.min(deadline, Date.now() + 30_000), () => listeners.every(complete));
      stop.abort();
      await listening;

      const report = listeners.map((listener) => {
        const expected = expectedOf(listener);
        const created = listener.received.filter((event) => event.type === 'message.created');
        const times = new Map<string, number>();
        for (const event of created) times.set(event.messageId!, (times.get(event.messageId!) ?? 0) + 1);
        const ids = listener.received.map((event) => event.id);
        const cut = listener.connections.findIndex(
          (connection) => connection.upstream === killed!.address && connection.end !== 'stopped',
        );
        return {
          name: listener.name,
          expected: expected.size,
          events: created.length,
          lost: [...expected].filter((id) => !times.has(id)).length,
          duplicated: [...times.values()].reduce((sum, count) => sum + count - 1, 0),
          // Messages no sender was answered with: a retry that created a second message.
          unexpected: [...times.keys()].filter((id) => !expected.has(id)).length,
          increasing: ids.every((id, i) => i === 0 || id > ids[i - 1]!),
          reconnects: listener.connections.length - 1,
          // Cut by the kill, then resumed on another instance.
          resumed:
            cut !== -1 &&
            listener.connections.slice(cut + 1).some((connection) => connection.upstream !== killed!.address),
          upstreams: listener.connections.map((connection) => `${connection.upstream} ${connection.end}`),
          refused: listener.refused,
        };
      });
      const summary = {
        messages: sent.size,
        killed: killed!.address,
        retriedSends: Object.fromEntries(retries),
        listeners: report.map(
          ({ name, events, lost, duplicated, unexpected, reconnects, resumed }) =>
            `${name}: ${events} events, ${lost} lost, ${duplicated} duplicated, ${unexpected} unexpected, ${reconnects} reconnects${resumed ? ', cut by the kill and resumed' : ''}`,
        ),
      };
      const details = JSON.stringify({ ...summary, report }, null, 2);

      expect(
        report.map(({ name, lost, duplicated, unexpected, increasing }) => ({
          name,
          lost,
          duplicated,
          unexpected,
          increasing,
        })),
        details,
      ).toEqual(report.map(({ name }) => ({ name, lost: 0, duplicated: 0, unexpected: 0, increasing: true })));
      expect(
        report.map((r) => r.events),
        details,
      ).toEqual(report.map((r) => r.expected));
      expect(
        report.filter((r) => r.resumed).length,
        `no stream was cut by the kill and resumed\n${details}`,
      ).toBeGreaterThan(0);

      // And in the database: each message once, each thread's numbers without a gap.
      const check = new pg.Client({ connectionString: scratch!.url });
      await check.connect();
      try {
        const { rows } = await check.query<{ thread_id: string; n: number; distinct_ids: number; last: number }>(
          `select thread_id, count(*)::int as n, count(distinct client_message_id)::int as distinct_ids, max(seq) as last
             from messages where client_message_id like 'fleet-%' group by thread_id order by thread_id`,
        );
        expect(rows.reduce((sum, row) => sum + row.n, 0)).toBe(MESSAGES);
        for (const row of rows) expect(row).toEqual({ ...row, distinct_ids: row.n, last: row.n });
      } finally {
        await check.end();
      }
      await annotate(JSON.stringify(summary));
    } finally {
      stop.abort();
      await listening;
    }
  }, 120_000);
});

describe('docs/deploy.md', () => {
  it('shows the proxy settings the fleet test runs nginx with', () => {
    const doc = readFileSync(new URL('../../../docs/deploy.md', import.meta.url), 'utf8');
    const lines = [...PROXY_DIRECTIVES, ...UPSTREAM_DIRECTIVES, UPSTREAM_SERVER_FLAGS];
    expect(lines.filter((line) => !doc.includes(line))).toEqual([]);
  });
});
