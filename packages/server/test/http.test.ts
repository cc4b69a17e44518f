// The HTTP envelope: auth edge cases, JWKS, CORS, headers, limits, health, OpenAPI, shutdown.
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, loadDatabaseConfig } from '../src/config.js';
import type { Database } from '../src/db/database.js';
import { createApp } from '../src/app.js';
import { startServer } from '../src/server.js';
import { problemTypes } from '@tandem/contract';
import { eq, sql } from 'drizzle-orm';
import { progressEntries } from '../src/db/schema.js';
import { publish } from '../src/realtime.js';
import {
  AUDIENCE,
  backends,
  client,
  expectProblem,
  ISSUER,
  people,
  seeded,
  testConfig,
  today,
  tokenFor,
} from './harness.js';

const [pglite] = backends;
const postgres = backends.find((backend) => backend.name === 'postgres');

describe('HTTP envelope', () => {
  let database: Database;
  let call: ReturnType<typeof client>;
  let token: string;

  beforeAll(async () => {
    database = await seeded(pglite!);
    call = client(database, testConfig({ allowedOrigins: ['https://school.example'] }));
    token = await tokenFor(people.guardian);
  });
  afterAll(() => database.close());

  it('serves health and an OpenAPI 3.1 document with the goals paths', async () => {
    const health = await call('GET', '/api/health');
    expect(health.json).toEqual({ status: 'ok', version: expect.any(String), database: 'pglite', demo: true });
    const doc = await call('GET', '/api/openapi.json');
    expect(doc.json.openapi).toBe('3.1.0');
    expect(Object.keys(doc.json.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/students/{studentId}/goals',
        '/api/v1/goals/{goalId}',
        '/api/v1/goals/{goalId}/progress',
      ]),
    );
  });

  it('refuses a malformed place to resume an event stream from, in the header as in the query', async () => {
    // Falling back to "from now" would skip every event the client missed while away.
    const header = await call('GET', '/api/v1/events', {
      token,
      headers: { 'Last-Event-ID': '12abc' },
      headersOnly: true, // were it a stream, not read to its end
    });
    expectProblem(header, 400, problemTypes.validation, {
      errors: [{ path: 'header.Last-Event-ID', code: 'invalid_format', message: 'Give an event id: up to 18 digits.' }],
    });
    const query = await call('GET', '/api/v1/events?lastEventId=-1', { token });
    expectProblem(query, 400, problemTypes.validation, {
      errors: [expect.objectContaining({ path: 'query.lastEventId', code: 'invalid_format' })],
    });
  });

  it('sets request ids, secure headers, and no-store on records', async () => {
    const response = await call('GET', '/api/v1/students/stu_mateo/goals', { token });
    expect(response.headers.get('X-Request-Id')).toMatch(/.{8,}/);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const problem = await call('GET', '/api/v1/students/stu_nobody', { token });
    expect(problem.json.requestId).toBe(problem.headers.get('X-Request-Id'));
    expect(problem.json.type).toBe('urn:tandem:problem:not-found');
    expect(problem.headers.get('Cache-Control')).toBe('no-store'); // a problem is no-store too
    const refused = await call('GET', '/api/v1/me', { token: 'not-a-token' });
    expect(refused.json.type).toBe('urn:tandem:problem:unauthorized');
    expect(refused.headers.get('Cache-Control')).toBe('no-store');
  });

  it('answers CORS only for allowed origins', async () => {
    const allowed = await call('OPTIONS', '/api/v1/me', {
      headers: { Origin: 'https://school.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(allowed.headers.get('Access-Control-Allow-Origin')).toBe('https://school.example');
    expect(allowed.headers.get('Access-Control-Allow-Headers')).toContain('Idempotency-Key');
    const other = await call('OPTIONS', '/api/v1/me', {
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(other.headers.get('Access-Control-Allow-Origin')).toBeNull();
    // The answers themselves: the allowed origin is named, with the headers a page may read.
    const read = await call('GET', '/api/v1/me', { token, headers: { Origin: 'https://school.example' } });
    expect(read.status).toBe(200);
    expect(read.headers.get('Access-Control-Allow-Origin')).toBe('https://school.example');
    expect(read.headers.get('Access-Control-Expose-Headers')).toBe('Retry-After,Idempotent-Replayed,X-Request-Id');
    expect(read.headers.get('Vary')).toMatch(/\bOrigin\b/);
    const refused = await call('GET', '/api/v1/students/stu_nobody', {
      token,
      headers: { Origin: 'https://school.example' },
    });
    expect(refused.json.type).toBe('urn:tandem:problem:not-found');
    expect(refused.headers.get('Access-Control-Allow-Origin')).toBe('https://school.example'); // a page can read the problem
    const elsewhere = await call('GET', '/api/v1/me', { token, headers: { Origin: 'https://evil.example' } });
    expect(elsewhere.headers.get('Access-Control-Allow-Origin')).toBeNull();
    expect(elsewhere.headers.get('Access-Control-Expose-Headers')).toBeNull();
    expect(elsewhere.headers.get('Vary')).toMatch(/\bOrigin\b/);
  });

  it('refuses oversized bodies and non-JSON bodies with problem+json', async () => {
    const entries = () =>
      database.db.select().from(progressEntries).where(eq(progressEntries.goalId, 'goal_mateo_reading'));
    const before = (await entries()).map((e) => e.id).sort();
    expect(before.length).toBeGreaterThan(0); // seeded
    const huge = await call('POST', '/api/v1/goals/goal_mateo_reading/progress', {
      token,
      body: { value: 1, date: today(), note: 'x'.repeat(70_000) },
    });
    expectProblem(huge, 413, problemTypes.payloadTooLarge);
    const text = await call('POST', '/api/v1/goals/goal_mateo_reading/progress', {
      token,
      rawBody: 'value=1',
      headers: { 'Content-Type': 'text/plain' },
    });
    expectProblem(text, 415, problemTypes.unsupportedMediaType, { detail: 'Send the body as application/json.' });
    const unknownPath = await call('GET', '/api/v1/nothing');
    expectProblem(unknownPath, 404, problemTypes.notFound);
    // Neither refused body was recorded.
    expect((await entries()).map((e) => e.id).sort()).toEqual(before);
  });

  it('refuses expired, foreign, long-lived and forged tokens', async () => {
    const cases = {
      expired: await tokenFor(people.guardian, { expiresIn: -120 }),
      wrongAudience: await tokenFor(people.guardian, { audience: 'someone-else' }),
      wrongIssuer: await tokenFor(people.guardian, { issuer: 'https://evil.example' }),
      tooLong: await tokenFor(people.guardian, { expiresIn: 3600 }),
      forged: await tokenFor(people.guardian, { secret: 'another-secret-that-is-32-bytes-or-more!!' }),
      wrongTenant: await tokenFor({ id: 'per_garcia', tenant: 'ten_lakeside' }),
      unknownPerson: await tokenFor({ id: 'per_ghost', tenant: 'ten_riverside' }),
      garbage: 'not-a-jwt',
    };
    for (const [name, bad] of Object.entries(cases)) {
      const response = await call('GET', '/api/v1/me', { token: bad });
      expect(response.status, name).toBe(401);
      expect(response.headers.get('WWW-Authenticate'), name).toBe('Bearer');
    }
    const noTenant = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setSubject('per_garcia')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('test-secret-that-is-at-least-32-bytes-long!'));
    expect((await call('GET', '/api/v1/me', { token: noTenant })).status).toBe(401);
    expect((await call('GET', '/api/v1/me', { token })).json.person.id).toBe('per_garcia');
  });

  it('rate-limits per person with Retry-After, and lets a burst of 30 through by default', async () => {
    const defaults = loadConfig({}, { demo: true }).rateLimit;
    expect(defaults.burst).toBeGreaterThanOrEqual(30);
    const strict = client(database, testConfig({ rateLimit: { burst: 3, perSecond: 1 } }));
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push(await strict('GET', '/api/v1/me', { token }));
    expect(statuses.map((r) => r.status)).toEqual([200, 200, 200, 429]);
    expect(statuses[3]?.headers.get('Retry-After')).toBe('1');
    expect(statuses[3]?.json.type).toBe('urn:tandem:problem:rate-limited');
    const someoneElse = await strict('GET', '/api/v1/me', { token: await tokenFor(people.educator) });
    expect(someoneElse.status).toBe(200);

    // Buckets live in the database, shared by every app on it: someone with a full one.
    const generous = client(database, testConfig({ rateLimit: defaults }));
    const admin = await tokenFor(people.admin);
    const burst = await Promise.all(Array.from({ length: 30 }, () => generous('GET', '/api/v1/me', { token: admin })));
    expect(burst.every((r) => r.status === 200)).toBe(true);
  });

  it('verifies EdDSA tokens against a JWKS endpoint', async () => {
    const { publicKey, privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'EdDSA', use: 'sig' };
    const jwksServer: Server = createServer((_, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = jwksServer.address() as AddressInfo;
      const config = loadConfig({
        TANDEM_JWKS_URL: `http://127.0.0.1:${port}/.well-known/jwks.json`,
        TANDEM_JWT_ISSUER: ISSUER,
        TANDEM_JWT_AUDIENCE: AUDIENCE,
      });
      const production = client(database, config);
      const signed = await new SignJWT({ tenant: 'ten_riverside' })
        .setProtectedHeader({ alg: 'EdDSA', kid: 'k1' })
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setSubject('per_rivera')
        .setIssuedAt()
        .setExpirationTime('10m')
        .sign(privateKey);
      const me = await production('GET', '/api/v1/me', { token: signed });
      expect(me.status).toBe(200);
      expect(me.json.person.id).toBe('per_rivera');
      // HS256 tokens mean nothing to a JWKS-only server.
      expect((await production('GET', '/api/v1/me', { token })).status).toBe(401);
    } finally {
      jwksServer.close();
    }
  });

  it('refuses to start without a way to verify tokens, outside demo mode', () => {
    expect(() => loadConfig({ TANDEM_JWT_ISSUER: ISSUER })).toThrow(ConfigError);
    expect(() => loadConfig({ TANDEM_JWT_SECRET: 'short', TANDEM_JWT_ISSUER: ISSUER })).toThrow(/32 bytes/);
    expect(() => loadConfig({ TANDEM_JWT_SECRET: 'x'.repeat(32) })).toThrow(/TANDEM_JWT_ISSUER/);
    expect(() => loadConfig({ PORT: 'eighty' }, { demo: true })).toThrow(/PORT/);
  });

  it('reads the database alone for commands that need no token settings (roster import)', () => {
    const url = 'postgres://tandem@db.invalid/tandem';
    expect(loadDatabaseConfig({})).toEqual({ dataDir: '.tandem/data' });
    expect(loadDatabaseConfig({ TANDEM_DATA_DIR: '/var/lib/tandem' })).toEqual({ dataDir: '/var/lib/tandem' });
    expect(loadDatabaseConfig({ DATABASE_URL: url, TANDEM_DB_POOL_MAX: '3' })).toEqual({
      databaseUrl: url,
      pool: { max: 3, acquireTimeoutMs: 5_000 },
    });
    expect(() => loadDatabaseConfig({ DATABASE_URL: url, TANDEM_DB_POOL_MAX: 'many' })).toThrow(/TANDEM_DB_POOL_MAX/);
    // The server reads the same settings.
    const env = { DATABASE_URL: url, TANDEM_JWT_SECRET: 'x'.repeat(32), TANDEM_JWT_ISSUER: ISSUER };
    expect(loadConfig(env).database).toEqual(loadDatabaseConfig(env));
  });
});

describe('graceful shutdown', () => {
  it('finishes a request in flight, refuses new connections, then closes the database', async () => {
    const database = await seeded(pglite!);
    const server = await startServer(testConfig({ port: 0 }), { database });
    const token = await tokenFor(people.guardian);
    const { port } = new URL(server.url);
    const body = JSON.stringify({ value: 9, date: today(), note: 'sent while stopping' });
    const path = '/api/v1/goals/goal_mateo_reading/progress';
    // Node announces each request whose headers it has parsed: then, and not before, it is in flight.
    const channel = 'http.server.request.start';
    let onStart: (message: unknown) => void = () => {};
    const started = new Promise<void>((resolve) => {
      onStart = (message) => {
        if ((message as { request: IncomingMessage }).request.url === path) resolve();
      };
    });
    subscribe(channel, onStart);
    // Headers and half the body now, the rest after close() began: the request is in flight.
    const socket = connect(Number(port), '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    const reply = new Promise<string>((resolve) => {
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('close', () => resolve(text));
    });
    socket.write(
      `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${token}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n` +
        body.slice(0, 10),
    );
    try {
      await started;
    } finally {
      unsubscribe(channel, onStart);
    }
    const closed = server.close();
    await expect(fetch(`${server.url}/api/health`)).rejects.toThrow();
    // The rest of the body, without half-closing: Node's server ends a half-closed socket once
    // it reads the close, an answer not written by then is lost (`Connection: close` ends it after).
    socket.write(body.slice(10));
    const text = await reply;
    expect(text).toMatch(/^HTTP\/1\.1 201/);
    expect(text).toContain('"setting":"home"');
    await closed;
  });
});

describe('stopping', () => {
  it('ends a mail exchanger’s idle session within the grace period, not the SMTP library’s 30 s', async () => {
    const database = await seeded(pglite!);
    const server = await startServer(
      testConfig({
        port: 0,
        shutdownGraceMs: 500,
        inboundSmtpPort: 0,
        reply: { secret: new TextEncoder().encode('r'.repeat(32)), domain: 'reply.example' },
      }),
      { database },
    );
    const exchanger = connect(server.replyPort!, '127.0.0.1');
    exchanger.on('error', () => undefined);
    const ended = new Promise<void>((resolve) => exchanger.once('close', () => resolve()));
    let said = '';
    exchanger.on('data', (chunk: Buffer) => (said += String(chunk)));
    await expect.poll(() => said).toMatch(/^220 /);
    exchanger.write('EHLO mx.example\r\n'); // and then nothing: a session held open between mails
    await expect.poll(() => said).toMatch(/^250 /m);
    const started = Date.now();
    await server.close();
    const took = Date.now() - started;
    await ended;
    expect(took).toBeLessThan(5_000); // a bound, not a figure: the grace period is 0.5 s, the library's default 30 s
  });
});

/**
 * Opens streams until one is let in (the person's place freed), then closes it: a 429 is
 * asked again, as a tab would.
 */
async function untilLetIn(open: () => Response | Promise<Response>, timeout?: number): Promise<void> {
  let next: Response | undefined;
  await expect
    .poll(
      async () => {
        next = await open();
        if (next.status !== 200) await next.body?.cancel();
        return next.status;
      },
      timeout ? { timeout } : {},
    )
    .toBe(200);
  await next!.body!.cancel();
}

describe('an event stream on Node’s response', () => {
  it('sends the route’s headers, and frees its place among the person’s streams once the tab goes away', async () => {
    const database = await seeded(pglite!);
    // Leases outlive the test: only the stream's own release can free the place.
    const server = await startServer(testConfig({ port: 0, maxStreamsPerPerson: 1, heartbeatMs: 60_000 }), {
      database,
    });
    const token = await tokenFor(people.guardian);
    const open = (signal?: AbortSignal) =>
      fetch(`${server.url}/api/v1/events`, {
        headers: { Authorization: `Bearer ${token}` },
        ...(signal ? { signal } : {}),
      });
    try {
      const tab = new AbortController();
      const first = await open(tab.signal);
      expect(first.status).toBe(200);
      expect(first.headers.get('content-type')).toBe('text/event-stream');
      expect(first.headers.get('cache-control')).toBe('no-store');
      expect(first.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(first.headers.get('x-content-type-options')).toBe('nosniff');
      const reader = first.body!.pipeThrough(new TextDecoderStream()).getReader();
      expect((await reader.read()).value).toBe(': connected\nid: 0\n\n'); // the seed writes no events

      const second = await open();
      expect(second.status).toBe(429);
      expect(await second.json()).toMatchObject({
        type: problemTypes.rateLimited,
        detail: 'Close another Tandem tab or window first.',
      });

      tab.abort();
      await reader.cancel().catch(() => undefined);
      await untilLetIn(() => open());
    } finally {
      await server.close();
    }
  });

  it('frees the place of a tab that went away while its stream was still being opened', async () => {
    const database = await seeded(pglite!);
    const server = await startServer(testConfig({ port: 0, maxStreamsPerPerson: 1, heartbeatMs: 60_000 }), {
      database,
    });
    const token = await tokenFor(people.guardian);
    const channel = 'http.server.request.start';
    // Gone as soon as the server has the request: before it signed the person in or took the lease.
    const socket = connect(Number(new URL(server.url).port), '127.0.0.1');
    const gone = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    const leave = (message: unknown) => {
      if ((message as { request: IncomingMessage }).request.url === '/api/v1/events') socket.destroy();
    };
    subscribe(channel, leave);
    try {
      await new Promise((resolve) => socket.once('connect', resolve));
      socket.write(`GET /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${token}\r\n\r\n`);
      await gone;
      await untilLetIn(() => fetch(`${server.url}/api/v1/events`, { headers: { Authorization: `Bearer ${token}` } }));
    } finally {
      unsubscribe(channel, leave);
      await server.close();
    }
  });

  // On PostgreSQL: the events are published from other connections while the stream reads
  // (PGlite's one connection would queue its reads behind them).
  it.skipIf(!postgres)(
    'keeps its heartbeat a beat after its last write, however often it is woken for nothing',
    async () => {
      const database = await seeded(postgres!);
      const server = await startServer(testConfig({ port: 0, heartbeatMs: 300 }), { database });
      const tab = new AbortController();
      try {
        const response = await fetch(`${server.url}/api/v1/events`, {
          headers: { Authorization: `Bearer ${await tokenFor(people.guardian)}` },
          signal: tab.signal,
        });
        let received = '';
        const reading = (async () => {
          const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
          for (;;) {
            const { value, done } = await reader.read();
            if (done) return;
            received += value;
          }
        })().catch(() => undefined);
        await expect.poll(() => received).toMatch(/^: connected\n/);
        // Events about a child who is not hers: each wakes her stream, which writes nothing.
        let wakes = 0;
        const deadline = Date.now() + 3_000;
        while (!received.includes(': heartbeat') && Date.now() < deadline) {
          await database.db.transaction((tx) =>
            publish(tx, [people.guardian.id], { type: 'message.created', studentId: 'stu_ava', threadId: 'thr_x' }),
          );
          wakes += 1;
        }
        expect(received).toContain(': heartbeat\n\n');
        expect(received).not.toContain('event:');
        expect(wakes).toBeGreaterThan(3); // woken several times within the beat, each time for nothing
        tab.abort();
        await reading;
      } finally {
        tab.abort();
        await server.close();
      }
    },
  );

  /** console.warn's lines while `run` runs. */
  async function warnings(run: (warned: string[]) => Promise<void>) {
    const warned: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warned.push(args.join(' '));
    try {
      await run(warned);
    } finally {
      console.warn = warn;
    }
  }

  it('cuts off a stream whose reader stopped reading, and frees its place (in process: a web stream)', async () => {
    // The clock stands still, so the lease never lapses: only the stream's own release frees the
    // place. In process, the response is a web stream: unread, its first line already waits.
    const database = await seeded(pglite!);
    const now = new Date();
    const app = await createApp({
      database,
      config: testConfig({ maxStreamsPerPerson: 1, heartbeatMs: 50 }),
      clock: () => now,
    });
    const token = await tokenFor(people.guardian);
    const open = () => app.request('/api/v1/events', { headers: { Authorization: `Bearer ${token}` } });
    try {
      await warnings(async (warned) => {
        const frozen = await open(); // a tab frozen in the background: its body is never read
        expect(frozen.status).toBe(200);
        await untilLetIn(open);
        expect(warned).toContain(
          `[${frozen.headers.get('X-Request-Id')}] event stream cut off: its reader took nothing for 50 ms`,
        );
      });
    } finally {
      await database.close();
    }
  });

  // On PostgreSQL: megabytes of events, for Node's and the kernel's buffers to fill.
  it.skipIf(!postgres)('cuts off a stream on a socket that stopped reading, and frees its place', async () => {
    const database = await seeded(postgres!);
    const id = 'x'.repeat(2_000); // large events, so that a few thousand fill the buffers
    await database.db.execute(sql`
      insert into events (recipient_id, type, student_id, thread_id, message_id, created_at)
      select ${people.guardian.id}, 'message.created', 'stu_mateo', 'thr_mateo_garcia_rivera', ${id} || g, now()
      from generate_series(1, 8000) g`);
    const server = await startServer(testConfig({ port: 0, maxStreamsPerPerson: 1, heartbeatMs: 300 }), { database });
    const token = await tokenFor(people.guardian);
    const socket = connect(Number(new URL(server.url).port), '127.0.0.1');
    socket.on('error', () => undefined);
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    try {
      await warnings(async (warned) => {
        await new Promise((resolve) => socket.once('connect', resolve));
        socket.write(
          `GET /api/v1/events HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${token}\r\nLast-Event-ID: 0\r\n\r\n`,
        );
        socket.pause(); // a tab frozen with a replay under way: nothing more is read
        await untilLetIn(
          () => fetch(`${server.url}/api/v1/events`, { headers: { Authorization: `Bearer ${token}` } }),
          15_000,
        );
        expect(warned).toContainEqual(
          expect.stringMatching(/^\[[\w-]+\] event stream cut off: its reader took nothing for 300 ms$/),
        );
        socket.resume(); // what was buffered drains, then the connection ends
        await closed;
      });
    } finally {
      socket.destroy();
      await server.close(); // and its database
    }
  });

  it('ends a stream whose lease lapsed and went to another stream', async () => {
    // The server's clock jumps past the lease while the stream lives (a stream held up on the
    // database for longer than its lease would meet the same).
    const database = await seeded(pglite!);
    let ahead = 0;
    const app = await createApp({
      database,
      // A heartbeat far longer than the test: the first stream sleeps until the event below wakes it.
      config: testConfig({ maxStreamsPerPerson: 1, heartbeatMs: 4 * 60_000 }),
      clock: () => new Date(Date.now() + ahead),
    });
    // Its longest allowed life (15 min): still good after the jump below.
    const token = await tokenFor(people.guardian, { expiresIn: 15 * 60 });
    const open = () => app.request('/api/v1/events', { headers: { Authorization: `Bearer ${token}` } });
    try {
      await warnings(async (warned) => {
        const first = await open();
        expect(first.status).toBe(200);
        let text = '';
        let ended = false;
        void (async () => {
          const reader = first.body!.pipeThrough(new TextDecoderStream()).getReader();
          for (let part = await reader.read(); !part.done; part = await reader.read()) text += part.value;
          ended = true;
        })();
        await expect.poll(() => text).toMatch(/^: connected\n/);
        ahead = 13 * 60_000; // its lease (3 × 4 min) has lapsed
        const second = await open(); // takes the place the lapsed lease held
        expect(second.status).toBe(200);
        await second.body!.cancel();
        expect(ended).toBe(false);
        // Woken, the first stream renews before it reads: its lease is gone, so it ends (the
        // event is replayed to the stream the client opens next).
        await publish(database.db, [people.guardian.id], {
          type: 'message.created',
          studentId: 'stu_mateo',
          threadId: 'thr_mateo_garcia_rivera',
          messageId: 'msg_after_lapse',
        });
        await expect.poll(() => ended).toBe(true);
        expect(warned).toContain(`[${first.headers.get('X-Request-Id')}] event stream ended: its lease had lapsed`);
      });
    } finally {
      await database.close();
    }
  });
});
