// The client against the real server over real HTTP. The only stand-ins are for what a server
// cannot be asked to do on cue: a lost response, a 503, a malformed answer.
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '@tandem/server';
import { backends, people, seeded, testConfig, today, tokenFor } from '../../server/test/harness.js';
import {
  admin,
  availability,
  ConflictError,
  createTandemClient,
  ForbiddenError,
  goals,
  me,
  messages,
  NetworkError,
  NotFoundError,
  paginate,
  progress,
  RateLimitedError,
  ResponseShapeError,
  students,
  system,
  TimeoutError,
  UnauthorizedError,
  ValidationError,
  type TokenProvider,
} from '../src/index.js';

const pglite = backends[0]!;
let server: RunningServer;
let guardianToken: string;
let educatorToken: string;

beforeAll(async () => {
  server = await startServer(testConfig({ port: 0 }), { database: await seeded(pglite) });
  [guardianToken, educatorToken] = await Promise.all([tokenFor(people.guardian), tokenFor(people.educator)]);
});
afterAll(() => server.close());

/** A fetch that counts the requests it lets through. */
function countingFetch() {
  const counted = Object.assign(
    (input: RequestInfo | URL, init?: RequestInit) => {
      counted.calls += 1;
      return fetch(input, init);
    },
    { calls: 0 },
  );
  return counted;
}

/** A real HTTP server that answers from a script, for responses Tandem never gives on cue. */
async function scriptedServer(answers: { status: number; headers?: Record<string, string>; body: string }[]) {
  let hits = 0;
  const http: Server = createServer((_, res) => {
    const answer = answers[Math.min(hits, answers.length - 1)]!;
    hits += 1;
    res.writeHead(answer.status, { 'Content-Type': 'application/json', ...answer.headers }).end(answer.body);
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, hits: () => hits, close: () => new Promise((r) => http.close(r)) };
}

/** A real HTTP server that takes requests and never answers them, until it is closed. */
async function silentServer() {
  const held: ServerResponse[] = [];
  let received: () => void = () => {};
  const firstRequest = new Promise<void>((resolve) => (received = resolve));
  const http: Server = createServer((_, res) => {
    held.push(res);
    received();
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    firstRequest,
    close: () => {
      for (const res of held) res.destroy();
      return new Promise((r) => http.close(r));
    },
  };
}

describe('typed calls', () => {
  it('reads the signed-in person, their students, goals and progress', async () => {
    const client = createTandemClient({ baseUrl: server.url, tokenProvider: () => guardianToken });
    expect((await system.health(client)).status).toBe('ok');
    expect((await me.get(client)).person).toMatchObject({
      id: 'per_garcia',
      kind: 'guardian',
      preferredLanguage: 'es',
    });
    const mine = await students.list(client);
    expect(mine.items.map((s) => s.id).sort()).toEqual(['stu_mateo', 'stu_sofia']);
    const page = await goals.list(client, { studentId: 'stu_mateo' });
    expect(page.items[0]?.statement).toBe('Read for 20 minutes a day');
    const goal = await goals.get(client, { goalId: 'goal_mateo_reading' });
    expect(goal.actionSteps.map((s) => s.owner)).toEqual(['home', 'school']);
  });

  it('reads and sets how the person hears of unread messages, and refuses a setting the contract does not allow', async () => {
    const client = createTandemClient({ baseUrl: server.url, tokenProvider: () => guardianToken });
    const before = await me.notificationSettings(client);
    expect(before).toMatchObject({ contactChannel: 'email', notifyAfterMinutes: null, smsStopped: false });
    const after = await me.setNotificationSettings(client, {
      contactChannel: 'sms',
      quietHours: { start: '21:00', end: '06:30' },
      notifyAfterMinutes: 15,
    });
    expect(after).toMatchObject({
      contactChannel: 'sms',
      quietHours: { start: '21:00', end: '06:30' },
      notifyAfterMinutes: 15,
    });
    await expect(
      me.setNotificationSettings(client, { contactChannel: 'email', quietHours: null, notifyAfterMinutes: 100_000 }),
    ).rejects.toBeInstanceOf(ValidationError);
    await me.setNotificationSettings(client, {
      contactChannel: before.contactChannel,
      quietHours: before.quietHours,
      notifyAfterMinutes: null,
    });
  });

  it('paginate() walks every page in order', async () => {
    const client = createTandemClient({ baseUrl: server.url, tokenProvider: () => educatorToken });
    const walked = [];
    for await (const entry of paginate((cursor) =>
      progress.list(client, { goalId: 'goal_yusuf_reading', limit: 4, cursor }),
    )) {
      walked.push(entry.id);
    }
    const whole = await progress.list(client, { goalId: 'goal_yusuf_reading', limit: 100 });
    expect(walked).toEqual(whole.items.map((e) => e.id));
    expect(walked.length).toBeGreaterThan(8);
  });

  it('records progress that the server stamps', async () => {
    const client = createTandemClient({ baseUrl: server.url, tokenProvider: () => guardianToken });
    const entry = await progress.record(client, { goalId: 'goal_mateo_math' }, { value: 18, date: today() });
    expect(entry).toMatchObject({ recordedBy: 'per_garcia', recorderRole: 'guardian', setting: 'home', value: 18 });
  });
});

describe('student record', () => {
  it('reads the family copy as JSON and as a printable page; a stranger gets NotFoundError', async () => {
    const family = createTandemClient({ baseUrl: server.url, tokenProvider: () => guardianToken });
    const copy = await students.record(family, { studentId: 'stu_mateo' });
    expect(copy).toMatchObject({ view: 'family', viewer: { id: 'per_garcia' }, student: { id: 'stu_mateo' } });
    expect(copy.goals.map((g) => g.id)).toContain('goal_mateo_reading');
    const page = await students.recordPage(family, { studentId: 'stu_mateo' });
    expect(page).toContain('<h1>Student record: Mateo García</h1>');
    const stranger = createTandemClient({ baseUrl: server.url, tokenProvider: () => educatorToken });
    await expect(students.record(stranger, { studentId: 'stu_sofia' })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('availability', () => {
  it('lists slots, books one with needs, downloads it as iCalendar, and reports a taken seat as a conflict', async () => {
    const family = createTandemClient({ baseUrl: server.url, tokenProvider: () => guardianToken });
    const teacher = createTandemClient({ baseUrl: server.url, tokenProvider: () => educatorToken });
    const { items } = await availability.listSlots(family, {
      educatorId: 'per_rivera',
      from: new Date(),
      to: new Date(Date.now() + 21 * 86_400_000),
    });
    const slot = items.find((s) => s.available)!;
    const booking = await availability.book(
      family,
      { slotId: slot.id },
      { studentId: 'stu_mateo', modality: 'video', needs: { interpreterLanguage: 'es', transport: true } },
    );
    expect(booking).toMatchObject({ slotId: slot.id, start: slot.start, status: 'booked' });
    const ics = await availability.calendarFile(family, { bookingId: booking.id });
    expect(ics).toMatch(/^BEGIN:VCALENDAR/);
    // Written in the family's language (García reads Spanish).
    expect(ics.replace(/\r\n[ \t]/g, '')).toContain('Intérprete: español');
    const seen = await availability.listBookings(teacher, { studentId: 'stu_mateo' });
    expect(seen.items.map((b) => b.id)).toContain(booking.id);
    const taken = availability.book(family, { slotId: slot.id }, { studentId: 'stu_mateo', modality: 'phone' });
    await expect(taken).rejects.toBeInstanceOf(ConflictError);
    await expect(availability.calendarFile(family, { bookingId: 'bkg_missing' })).rejects.toBeInstanceOf(NotFoundError);
    expect((await availability.cancel(family, { bookingId: booking.id })).status).toBe('cancelled');
  });
});

describe('messages', () => {
  it('lists threads, sends, reads, edits and reports with typed results', async () => {
    const family = createTandemClient({ baseUrl: server.url, tokenProvider: () => guardianToken });
    const threads = await messages.listThreads(family, { studentId: 'stu_mateo' });
    const thread = threads.items.find((t) => t.participantIds.includes('per_rivera'))!;
    expect(thread.participants.map((p) => p.displayName)).toContain('Ana Rivera');
    const sent = await messages.send(family, { threadId: thread.id }, { body: 'Hola', clientMessageId: 'typed-1' });
    expect(sent).toMatchObject({ senderRole: 'guardian', language: 'es', translations: [], editedAt: null });
    const page = await messages.list(family, { threadId: thread.id, limit: 1 });
    expect(page.items[0]?.id).toBe(sent.id);
    expect((await messages.markRead(family, { threadId: thread.id }, { seq: sent.seq })).unreadCount).toBe(0);
    expect((await messages.edit(family, { messageId: sent.id }, { body: 'Hola, maestra' })).editedAt).not.toBeNull();
    expect((await messages.report(family, { messageId: sent.id }, { reason: 'other' })).reason).toBe('other');
  });
});

describe('district administration', () => {
  it("reads and changes the district's settings, and refuses anyone but its administrators", async () => {
    const office = createTandemClient({ baseUrl: server.url, tokenProvider: () => tokenFor(people.admin) });
    expect((await admin.tenant(office)).id).toBe('ten_riverside');
    const changed = await admin.updateTenant(office, {
      translation: { mode: 'custom', url: 'https://translate.riverside.example', apiKey: 'k' },
    });
    expect(changed.translation).toEqual({
      mode: 'custom',
      url: 'https://translate.riverside.example',
      hasApiKey: true,
      protocol: 'libretranslate',
    });
    await expect(admin.updateTenant(office, { allowedOrigins: ['https://*.example'] })).rejects.toBeInstanceOf(
      ValidationError,
    );
    const family = createTandemClient({ baseUrl: server.url, tokenProvider: () => guardianToken, retry: 0 });
    await expect(admin.tenant(family)).rejects.toBeInstanceOf(ForbiddenError);
    await admin.updateTenant(office, { translation: { mode: 'server' } });
  });
});

describe('typed errors', () => {
  const guardian = () => createTandemClient({ baseUrl: server.url, tokenProvider: () => guardianToken, retry: 0 });

  it('maps problem+json to error classes with the request id', async () => {
    const notFound = await goals.list(guardian(), { studentId: 'stu_arjun' }).catch((e: unknown) => e);
    expect(notFound).toBeInstanceOf(NotFoundError);
    expect((notFound as NotFoundError).kind).toBe('not-found');
    expect((notFound as NotFoundError).requestId).toEqual(expect.any(String));

    const invalid = await progress
      .record(guardian(), { goalId: 'goal_mateo_math' }, { value: 1, date: today(), mood: 'ok' } as never)
      .catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(ValidationError);
    expect((invalid as ValidationError).errors[0]?.path).toBe('body.mood');

    const forbidden = await goals
      .update(guardian(), { goalId: 'goal_mateo_math' }, { version: 1, unit: 'x' })
      .catch((e: unknown) => e);
    expect(forbidden).toBeInstanceOf(ForbiddenError);

    const educator = createTandemClient({ baseUrl: server.url, tokenProvider: () => educatorToken });
    const current = await goals.get(educator, { goalId: 'goal_lucia_reading' });
    await goals.update(educator, { goalId: current.id }, { version: current.version, unit: 'of 20 sight words' });
    const stale = await goals
      .update(educator, { goalId: current.id }, { version: current.version, unit: 'words' })
      .catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(ConflictError);
  });

  it('names the route that failed, by its method and path template, in the message and in `route`', async () => {
    const notFound = await goals.list(guardian(), { studentId: 'stu_arjun' }).catch((e: unknown) => e);
    expect(notFound).toBeInstanceOf(NotFoundError);
    const listGoals = { method: 'GET', path: '/api/v1/students/{studentId}/goals' };
    expect(notFound).toMatchObject({ kind: 'not-found', status: 404, route: listGoals });
    const { problem, message } = notFound as NotFoundError;
    expect(problem?.type).toBe('urn:tandem:problem:not-found');
    expect(message).toBe(`GET /api/v1/students/{studentId}/goals failed: 404 ${problem?.detail}`);
    expect(message).not.toContain('stu_arjun'); // the template, never the filled-in path's ids

    const closed = await scriptedServer([{ status: 200, body: '{}' }]);
    await closed.close();
    const unreachable = await system
      .health(createTandemClient({ baseUrl: closed.url, retry: 0 }))
      .catch((e: unknown) => e);
    expect(unreachable).toBeInstanceOf(NetworkError);
    expect(unreachable).toMatchObject({ kind: 'network', route: { method: 'GET', path: '/api/health' } });
    expect((unreachable as NetworkError).message).toBe('GET /api/health failed: could not reach the server.');

    const invalid = await progress
      .record(guardian(), { goalId: 'goal_mateo_math' }, { value: 1, date: today(), mood: 'ok' } as never)
      .catch((e: unknown) => e);
    expect(invalid).toMatchObject({
      kind: 'validation',
      route: { method: 'POST', path: '/api/v1/goals/{goalId}/progress' },
    });
    expect((invalid as ValidationError).message).toMatch(
      /^POST \/api\/v1\/goals\/\{goalId\}\/progress failed: 4\d\d \S/,
    );
  });

  it('throws NetworkError when nothing listens, TimeoutError when the answer is late, and AbortError on abort', async () => {
    const closed = await scriptedServer([{ status: 200, body: '{}' }]);
    await closed.close();
    const offline = createTandemClient({ baseUrl: closed.url, retry: 0 });
    await expect(system.health(offline)).rejects.toBeInstanceOf(NetworkError);

    // A server that takes the request and never answers: only the client's timeout can end the call.
    const silent = await silentServer();
    try {
      const slow = createTandemClient({ baseUrl: silent.url, timeout: 100, retry: 0 });
      const late = system.health(slow).catch((e: unknown) => e);
      await silent.firstRequest; // it did reach a server: what follows is not a network error
      const timedOut = await late;
      expect(timedOut).toBeInstanceOf(TimeoutError);
      expect((timedOut as TimeoutError).message).toBe('GET /api/health failed: the server took too long to answer.');
    } finally {
      await silent.close();
    }

    const controller = new AbortController();
    controller.abort();
    const aborted = await system.health(guardian(), { signal: controller.signal }).catch((e: unknown) => e);
    expect((aborted as Error).name).toBe('AbortError');
  });

  it('throws ResponseShapeError when the answer breaks the contract', async () => {
    const liar = await scriptedServer([{ status: 200, body: '{"status":"ok"}' }]);
    try {
      const error = await system.health(createTandemClient({ baseUrl: liar.url })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ResponseShapeError);
      expect((error as ResponseShapeError).issues.map((i) => i.path)).toContain('version');
      expect((error as ResponseShapeError).message).toBe(
        'GET /api/health failed: the answer does not match the contract.',
      );
    } finally {
      await liar.close();
    }
  });
});

describe('retries', () => {
  it('retries a POST whose response was lost with the same Idempotency-Key: one entry', async () => {
    let dropped = false;
    const lossy = async (input: RequestInfo | URL, init?: RequestInit) => {
      const response = await fetch(input, init);
      if (!dropped && (input instanceof Request ? input.method : init?.method) === 'POST') {
        dropped = true;
        await response.arrayBuffer();
        throw new TypeError('fetch failed: connection reset after the server answered');
      }
      return response;
    };
    const note = `lost response ${crypto.randomUUID()}`;
    const client = createTandemClient({
      baseUrl: server.url,
      tokenProvider: () => guardianToken,
      fetch: lossy,
      retry: { limit: 2, backoffLimit: 50 },
    });
    const entry = await progress.record(client, { goalId: 'goal_mateo_reading' }, { value: 14, date: today(), note });
    expect(dropped).toBe(true);
    const reader = createTandemClient({ baseUrl: server.url, tokenProvider: () => educatorToken });
    const all = await progress.list(reader, { goalId: 'goal_mateo_reading', limit: 100 });
    expect(all.items.filter((e) => e.note === note)).toEqual([entry]);
  });

  it('retries 503 after Retry-After, then succeeds', async () => {
    const health = JSON.stringify({ status: 'ok', version: '9.9.9', database: 'pglite', demo: false });
    const flaky = await scriptedServer([
      { status: 503, headers: { 'Retry-After': '0' }, body: '{"type":"x","title":"Unavailable","status":503}' },
      { status: 200, body: health },
    ]);
    try {
      const result = await system.health(
        createTandemClient({ baseUrl: flaky.url, retry: { limit: 2, backoffLimit: 50 } }),
      );
      expect(result.version).toBe('9.9.9');
      expect(flaky.hits()).toBe(2);
    } finally {
      await flaky.close();
    }
  });

  it('surfaces 429 as RateLimitedError with retryAfter, and waits it out when retries are on', async () => {
    const strict = await startServer(testConfig({ port: 0, rateLimit: { burst: 2, perSecond: 1 } }), {
      database: await seeded(pglite),
    });
    try {
      const impatient = createTandemClient({ baseUrl: strict.url, tokenProvider: () => guardianToken, retry: 0 });
      await me.get(impatient);
      await me.get(impatient);
      const limited = await me.get(impatient).catch((e: unknown) => e);
      expect(limited).toBeInstanceOf(RateLimitedError);
      expect((limited as RateLimitedError).retryAfter).toBe(1);
      const patient = createTandemClient({ baseUrl: strict.url, tokenProvider: () => guardianToken });
      expect((await me.get(patient)).person.id).toBe('per_garcia');
    } finally {
      await strict.close();
    }
  });
});

describe('tokens', () => {
  it('refreshes once for many calls that saw a 401 together, and retries each once', async () => {
    // The refresh is held until all three calls have had their 401, so that they all meet it in flight.
    let refused = 0;
    let allRefused: () => void = () => {};
    const threeRefusals = new Promise<void>((resolve) => (allRefused = resolve));
    const calls: boolean[] = [];
    const provider: TokenProvider = async ({ forceRefresh }) => {
      calls.push(forceRefresh);
      if (!forceRefresh) return 'expired-or-revoked';
      await threeRefusals;
      return guardianToken;
    };
    const counted = Object.assign(
      async (input: RequestInfo | URL, init?: RequestInit) => {
        counted.calls += 1;
        const response = await fetch(input, init);
        if (response.status === 401 && ++refused === 3) allRefused();
        return response;
      },
      { calls: 0 },
    );
    const client = createTandemClient({ baseUrl: server.url, tokenProvider: provider, fetch: counted });
    const results = await Promise.all([
      me.get(client),
      students.list(client),
      goals.list(client, { studentId: 'stu_mateo' }),
    ]);
    expect(results[0].person.id).toBe('per_garcia');
    expect(results[1].items.map((s) => s.id).sort()).toEqual(['stu_mateo', 'stu_sofia']);
    expect(results[2].items.map((g) => g.id)).toEqual(
      expect.arrayContaining(['goal_mateo_reading', 'goal_mateo_math']),
    );
    expect(refused).toBe(3);
    expect(calls).toEqual([false, true]);
    expect(counted.calls).toBe(6);
  });

  it('gives up with UnauthorizedError after one refresh', async () => {
    const counted = countingFetch();
    const client = createTandemClient({ baseUrl: server.url, tokenProvider: () => 'never-valid', fetch: counted });
    await expect(me.get(client)).rejects.toBeInstanceOf(UnauthorizedError);
    expect(counted.calls).toBe(2);
  });

  it('refreshes a token that is about to expire before using it', async () => {
    const soon = await tokenFor(people.guardian, { expiresIn: 10 });
    const calls: boolean[] = [];
    const client = createTandemClient({
      baseUrl: server.url,
      tokenProvider: ({ forceRefresh }) => {
        calls.push(forceRefresh);
        return forceRefresh ? guardianToken : soon;
      },
    });
    await me.get(client);
    expect(calls).toEqual([false, true]);
  });

  it('a call waiting on a token read that another call cancelled asks again, with its own signal', async () => {
    // A provider that honours its signal, as the type invites: a sign-in fetch cancelled with it.
    const asked: (AbortSignal | undefined)[] = [];
    let answer: (token: string) => void = () => undefined;
    const client = createTandemClient({
      baseUrl: server.url,
      tokenProvider: ({ signal }) =>
        new Promise<string>((resolve, reject) => {
          asked.push(signal);
          answer = resolve;
          signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')), { once: true });
        }),
    });
    const leaving = new AbortController(); // a widget removed from the page
    const removed = me.get(client, { signal: leaving.signal });
    const staying = me.get(client); // another widget, waiting on the same token read
    await expect.poll(() => asked.length).toBe(1);
    leaving.abort();
    await expect(removed).rejects.toMatchObject({ name: 'AbortError' });
    await expect.poll(() => asked.length).toBe(2); // asked again for the one still there
    expect(asked[1]).not.toBe(leaving.signal);
    answer(guardianToken);
    expect((await staying).person.id).toBe('per_garcia');
  });

  it('calls still waiting on a cancelled token read share one new read, not one each', async () => {
    const answers: ((token: string) => void)[] = [];
    const client = createTandemClient({
      baseUrl: server.url,
      tokenProvider: ({ signal }) =>
        new Promise<string>((resolve, reject) => {
          answers.push(resolve);
          signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')), { once: true });
        }),
    });
    const leaving = new AbortController();
    const removed = me.get(client, { signal: leaving.signal });
    const staying = Promise.all([me.get(client), students.list(client), me.get(client)]); // three widgets still there
    await expect.poll(() => answers.length).toBe(1);
    leaving.abort();
    await expect(removed).rejects.toMatchObject({ name: 'AbortError' });
    await expect.poll(() => answers.length).toBeGreaterThan(1);
    for (const answer of answers) answer(guardianToken);
    const [first, list, second] = await staying;
    expect([first.person.id, second.person.id]).toEqual(['per_garcia', 'per_garcia']);
    expect(list.items.map((s) => s.id).sort()).toEqual(['stu_mateo', 'stu_sofia']);
    expect(answers).toHaveLength(2); // the cancelled read and one shared new one
  });
});
