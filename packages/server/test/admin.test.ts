// District administration: a district's settings through GET/PATCH /api/v1/admin/tenant, and
// what each one changes at once, without a restart — CORS on every instance sharing the
// database, educators' default quiet hours, and each district's translation service.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { problemTypes } from '@tandem/contract';
import { and, eq } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase, type Database } from '../src/db/database.js';
import { auditEvents, messageTranslations, people as peopleTable, tenants } from '../src/db/schema.js';
import { retryTranslations } from '../src/routes/messages.js';
import { seedDemo, seedDistrict } from '../src/seed.js';
import { libreTranslate, Translators } from '../src/translator.js';
import {
  backends,
  client,
  expectProblem,
  otherDistrict,
  people,
  scratchPostgres,
  seeded,
  testConfig,
  tokenFor,
  type Backend,
} from './harness.js';

const ADMIN_URL = '/api/v1/admin/tenant';
const lakesideAdmin = { id: 'per_lake_admin', tenant: 'ten_lakeside' } as const;

/** Lakeside's district office: an administrator of the other district. */
async function addLakesideAdmin(database: Database): Promise<void> {
  await database.db.insert(peopleTable).values({
    id: lakesideAdmin.id,
    tenantId: lakesideAdmin.tenant,
    kind: 'admin',
    displayName: 'Lou Lakeside',
    timeZone: 'America/Los_Angeles',
    educatorRole: 'administrator',
  });
}

const tenantRow = async (database: Database, id: string) =>
  (await database.db.select().from(tenants).where(eq(tenants.id, id)))[0]!;

describe.each(backends)('tenant settings on $name', (backend) => {
  let database: Database;
  let call: ReturnType<typeof client>;
  let admin: string;

  beforeAll(async () => {
    database = await seeded(backend);
    await addLakesideAdmin(database);
    call = client(database);
    admin = await tokenFor(people.admin);
  });
  afterAll(() => database.close());

  it('shows a new district its defaults', async () => {
    const settings = await call('GET', ADMIN_URL, { token: admin });
    expect(settings.status).toBe(200);
    expect(settings.json).toEqual({
      id: 'ten_riverside',
      name: 'Riverside Unified School District',
      timeZone: 'America/Chicago', // its first school's clock
      allowedOrigins: [],
      educatorQuietHours: null,
      translation: { mode: 'server' },
      retentionDays: null,
    });
  });

  it('changes every setting, shows them back field by field, never shows the key, and audits the change', async () => {
    const before = await tenantRow(database, 'ten_riverside');
    const changed = await call('PATCH', ADMIN_URL, {
      token: admin,
      body: {
        name: '  Riverside Unified  ',
        timeZone: 'America/New_York',
        allowedOrigins: ['https://www.riverside.example', 'https://lms.example:8443', 'http://localhost:5173'],
        educatorQuietHours: { start: '18:00', end: '07:00' },
        translation: { mode: 'custom', url: 'https://translate.riverside.example/libre', apiKey: 'secret-key-123' },
        retentionDays: 2555,
      },
    });
    expect(changed.status).toBe(200);
    const expected = {
      id: 'ten_riverside',
      name: 'Riverside Unified',
      timeZone: 'America/New_York',
      allowedOrigins: ['https://www.riverside.example', 'https://lms.example:8443', 'http://localhost:5173'],
      educatorQuietHours: { start: '18:00', end: '07:00' },
      translation: {
        mode: 'custom',
        url: 'https://translate.riverside.example/libre',
        hasApiKey: true,
        protocol: 'libretranslate',
      },
      retentionDays: 2555,
    };
    expect(changed.json.id).toBe(expected.id);
    expect(changed.json.name).toBe(expected.name);
    expect(changed.json.timeZone).toBe(expected.timeZone);
    expect(changed.json.allowedOrigins).toEqual(expected.allowedOrigins);
    expect(changed.json.educatorQuietHours).toEqual(expected.educatorQuietHours);
    expect(changed.json.translation).toEqual(expected.translation);
    expect(changed.json.retentionDays).toBe(expected.retentionDays);
    expect(changed.json).toEqual(expected); // and nothing else
    const read = await call('GET', ADMIN_URL, { token: admin });
    expect(read.json).toEqual(expected);
    expect(JSON.stringify(read.json)).not.toContain('secret-key-123');

    // Stored as given, the key included.
    const row = await tenantRow(database, 'ten_riverside');
    expect(row).toMatchObject({
      name: 'Riverside Unified',
      timeZone: 'America/New_York',
      quietHoursStart: '18:00',
      quietHoursEnd: '07:00',
      translationMode: 'custom',
      translationUrl: 'https://translate.riverside.example/libre',
      translationApiKey: 'secret-key-123',
      retentionDays: 2555,
    });
    expect(row.createdAt).toEqual(before.createdAt);

    const audited = await database.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.resourceType, 'tenant'), eq(auditEvents.requestId, changed.headers.get('X-Request-Id')!)),
      );
    expect(audited).toEqual([
      expect.objectContaining({
        tenantId: 'ten_riverside',
        actorId: 'per_kim',
        action: 'update',
        resourceType: 'tenant',
        resourceId: 'ten_riverside',
        studentId: null,
      }),
    ]);

    // Only what is given changes.
    const partial = await call('PATCH', ADMIN_URL, { token: admin, body: { retentionDays: null } });
    expect(partial.json).toEqual({ ...expected, retentionDays: null });
  });

  it('keeps a key only for the address it was given for, and forgets a custom service once it is not used', async () => {
    const patch = (translation: unknown) => call('PATCH', ADMIN_URL, { token: admin, body: { translation } });
    const key = async () => (await tenantRow(database, 'ten_riverside')).translationApiKey;
    const url = 'https://translate.riverside.example/libre';
    expect((await patch({ mode: 'custom', url, apiKey: 'first-key' })).json.translation).toEqual({
      mode: 'custom',
      url,
      hasApiKey: true,
      protocol: 'libretranslate',
    });
    // The same address without a key keeps the stored one.
    expect((await patch({ mode: 'custom', url })).json.translation.hasApiKey).toBe(true);
    expect(await key()).toBe('first-key');
    // Another address without a key starts without one.
    const other = 'https://other-translate.example';
    expect((await patch({ mode: 'custom', url: other })).json.translation).toEqual({
      mode: 'custom',
      url: other,
      hasApiKey: false,
      protocol: 'libretranslate',
    });
    expect(await key()).toBeNull();
    expect((await patch({ mode: 'custom', url: other, apiKey: 'second-key' })).json.translation.hasApiKey).toBe(true);
    expect((await patch({ mode: 'custom', url: other, apiKey: null })).json.translation.hasApiKey).toBe(false);
    await patch({ mode: 'custom', url: other, apiKey: 'third-key' });
    expect((await patch({ mode: 'off' })).json.translation).toEqual({ mode: 'off' });
    expect(await tenantRow(database, 'ten_riverside')).toMatchObject({
      translationMode: 'off',
      translationUrl: null,
      translationApiKey: null,
    });
    expect((await patch({ mode: 'server' })).json.translation).toEqual({ mode: 'server' });
  });

  it('writes and audits nothing for an empty change', async () => {
    const before = await tenantRow(database, 'ten_riverside');
    const audits = async () =>
      (await database.db.select().from(auditEvents).where(eq(auditEvents.resourceType, 'tenant'))).length;
    const count = await audits();
    const empty = await call('PATCH', ADMIN_URL, { token: admin, body: {} });
    expect(empty.status).toBe(200);
    expect(empty.json.id).toBe('ten_riverside');
    expect(await tenantRow(database, 'ten_riverside')).toEqual(before);
    expect(await audits()).toBe(count);
  });

  it('refuses settings that cannot work, naming each field, and changes nothing', async () => {
    const before = await tenantRow(database, 'ten_riverside');
    const refused = await call('PATCH', ADMIN_URL, {
      token: admin,
      body: {
        name: '   ',
        timeZone: 'Mars/Olympus_Mons',
        allowedOrigins: ['http://www.riverside.example', 'https://*.riverside.example', 'https://lms.example/embed'],
        educatorQuietHours: { start: '18:00', end: '18:00' },
        translation: { mode: 'custom', url: 'http://translate.example' },
        retentionDays: 7,
      },
    });
    expectProblem(refused, 400, problemTypes.validation);
    const errors = (refused.json.errors as { path: string; code: string; message: string }[]).map(
      ({ path, code }) => `${path} ${code}`,
    );
    expect(errors.sort()).toEqual(
      [
        'body.name too_small',
        'body.timeZone unknown_time_zone',
        'body.allowedOrigins.0 not_https',
        'body.allowedOrigins.1 wildcard',
        'body.allowedOrigins.2 not_an_origin',
        'body.educatorQuietHours.end empty_range',
        'body.translation.url not_https',
        'body.retentionDays too_small',
      ].sort(),
    );
    // The message says what to write instead.
    expect(refused.json.errors).toContainEqual({
      path: 'body.allowedOrigins.2',
      code: 'not_an_origin',
      message: 'Write the origin as a browser sends it: https://lms.example (scheme, host and port only).',
    });

    const tooMany = await call('PATCH', ADMIN_URL, {
      token: admin,
      body: { allowedOrigins: Array.from({ length: 51 }, (_, i) => `https://school${i}.example`) },
    });
    expectProblem(tooMany, 400, problemTypes.validation, {
      errors: [expect.objectContaining({ path: 'body.allowedOrigins', code: 'too_big' })],
    });
    // The key is write-only, and the id is not a setting.
    const unknown = await call('PATCH', ADMIN_URL, {
      token: admin,
      body: { id: 'ten_lakeside', translation: { mode: 'custom', url: 'https://t.example', hasApiKey: true } },
    });
    expectProblem(unknown, 400, problemTypes.validation);
    expect((unknown.json.errors as { path: string }[]).map((e) => e.path).sort()).toEqual([
      'body.id',
      'body.translation.hasApiKey',
    ]);
    expect(await tenantRow(database, 'ten_riverside')).toEqual(before);
  });

  it('is for district administrators only', async () => {
    const before = await tenantRow(database, 'ten_riverside');
    for (const person of [people.guardian, people.educator, people.otherTenant]) {
      const token = await tokenFor(person);
      const read = await call('GET', ADMIN_URL, { token });
      expectProblem(read, 403, problemTypes.forbidden, { detail: "Only the district's administrators can do this." });
      const write = await call('PATCH', ADMIN_URL, { token, body: { allowedOrigins: ['https://evil.example'] } });
      expectProblem(write, 403, problemTypes.forbidden);
    }
    expectProblem(await call('GET', ADMIN_URL), 401, problemTypes.unauthorized);
    expect(await tenantRow(database, 'ten_riverside')).toEqual(before);
  });

  it("shows and changes only the administrator's own district", async () => {
    const riverside = await tenantRow(database, 'ten_riverside');
    const token = await tokenFor(lakesideAdmin);
    const read = await call('GET', ADMIN_URL, { token });
    expect(read.json).toMatchObject({ id: 'ten_lakeside', name: 'Lakeside School District' });
    const write = await call('PATCH', ADMIN_URL, { token, body: { translation: { mode: 'off' }, retentionDays: 400 } });
    expect(write.json).toMatchObject({ id: 'ten_lakeside', translation: { mode: 'off' }, retentionDays: 400 });
    expect(await tenantRow(database, 'ten_riverside')).toEqual(riverside);
    expect((await call('GET', ADMIN_URL, { token: admin })).json.id).toBe('ten_riverside');
    await call('PATCH', ADMIN_URL, { token, body: { translation: { mode: 'server' }, retentionDays: null } });
  });
});

/** `HH:MM` in Chicago (the demo district's people's clock), `minutes` from now. */
const chicagoClock = (minutes: number) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'America/Chicago',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(Date.now() + minutes * 60_000));

describe.each(backends)("the district's quiet hours for educators on $name", (backend) => {
  let database: Database;
  let call: ReturnType<typeof client>;
  let admin: string;

  beforeAll(async () => {
    database = await seeded(backend);
    call = client(database);
    admin = await tokenFor(people.admin);
  });
  afterAll(() => database.close());

  let n = 0;
  const send = async (threadId: string, from: { id: string; tenant: string }) => {
    const sent = await call('POST', `/api/v1/threads/${threadId}/messages`, {
      token: await tokenFor(from),
      body: { body: 'Can we talk tomorrow?', clientMessageId: `quiet-${++n}` },
    });
    expect(sent.status).toBe(201);
    return sent.json as { deliverAfter: string | null };
  };
  const setDistrictHours = async (hours: { start: string; end: string } | null) => {
    const changed = await call('PATCH', ADMIN_URL, { token: admin, body: { educatorQuietHours: hours } });
    expect(changed.json.educatorQuietHours).toEqual(hours);
  };
  // Ms. Chen, Yusuf's psychologist, has no quiet hours of her own.
  const toChen = 'thr_yusuf_alsayed_omar_chen';
  const omar = { id: 'per_alsayed_omar', tenant: 'ten_riverside' };

  it('holds a family’s message to an educator without quiet hours of her own for the end of the district’s', async () => {
    await setDistrictHours(null);
    expect((await send(toChen, omar)).deliverAfter).toBeNull();

    const quiet = { start: chicagoClock(-60), end: chicagoClock(60) };
    await setDistrictHours(quiet);
    const held = await send(toChen, omar);
    expect(held.deliverAfter).toEqual(expect.any(String));
    const until = Date.parse(held.deliverAfter!);
    // The end of the window: an hour from now, to the minute.
    expect(Math.abs(until - (Date.now() + 60 * 60_000))).toBeLessThan(2 * 60_000);
    // The conversation shows the hours that hold for her.
    const threads = await call('GET', '/api/v1/students/stu_yusuf/threads', { token: await tokenFor(omar) });
    const thread = threads.json.items.find((t: { id: string }) => t.id === toChen);
    expect(thread.participants.find((p: { id: string }) => p.id === 'per_chen').quietHours).toEqual(quiet);
    expect(thread.participants.find((p: { id: string }) => p.id === 'per_alsayed_omar').quietHours).toBeNull();

    // Moved to later: the next message goes at once.
    await setDistrictHours({ start: chicagoClock(120), end: chicagoClock(180) });
    expect((await send(toChen, omar)).deliverAfter).toBeNull();
    await setDistrictHours(quiet);
    expect((await send(toChen, omar)).deliverAfter).toEqual(expect.any(String));
    await setDistrictHours(null);
    expect((await send(toChen, omar)).deliverAfter).toBeNull();
  });

  it("leaves an educator's own quiet hours, and other districts, as they are", async () => {
    await setDistrictHours({ start: chicagoClock(-60), end: chicagoClock(60) });
    // Ms. Rivera's own hours start later: hers hold, not the district's.
    await database.db
      .update(peopleTable)
      .set({ quietHoursStart: chicagoClock(120), quietHoursEnd: chicagoClock(180) })
      .where(eq(peopleTable.id, 'per_rivera'));
    expect((await send('thr_mateo_garcia_rivera', people.guardian)).deliverAfter).toBeNull();
    // Lakeside has no default of its own.
    expect(
      (await send('thr_lake_lake_parent_lake_teacher', { id: 'per_lake_parent', tenant: 'ten_lakeside' })).deliverAfter,
    ).toBeNull();
    // An educator writing in the district's quiet hours is never held.
    expect((await send(toChen, { id: 'per_chen', tenant: 'ten_riverside' })).deliverAfter).toBeNull();
    await setDistrictHours(null);
  });
});

interface TranslateRequest {
  q: string;
  source: string;
  target: string;
  api_key?: string;
}

/** A LibreTranslate-compatible service on loopback, answering `[tag] text`. */
async function fakeService(
  tag: string,
): Promise<{ url: string; received: TranslateRequest[]; close(): Promise<void> }> {
  const received: TranslateRequest[] = [];
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const body = JSON.parse(raw) as TranslateRequest;
      received.push(body);
      res.setHeader('Content-Type', 'application/json');
      if (req.url !== '/translate') return res.writeHead(404).end('{"error":"Not Found"}');
      res.end(JSON.stringify({ translatedText: `[${tag}] ${body.q}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe.each(backends)("each district's translation service on $name", (backend) => {
  let database: Database;
  let call: ReturnType<typeof client>;
  let serverService: Awaited<ReturnType<typeof fakeService>>;
  let districtService: Awaited<ReturnType<typeof fakeService>>;
  let admin: string;

  beforeAll(async () => {
    [serverService, districtService] = await Promise.all([fakeService('server'), fakeService('district')]);
    database = await seeded(backend);
    call = client(database, testConfig({ translation: { url: serverService.url } }));
    admin = await tokenFor(people.admin);
  });
  afterAll(async () => {
    await database.close();
    await Promise.all([serverService.close(), districtService.close()]);
  });

  const setTranslation = async (translation: unknown) => {
    const changed = await call('PATCH', ADMIN_URL, { token: admin, body: { translation } });
    expect(changed.status).toBe(200);
  };
  /** Mateo's mother writes in Spanish; Ms. Rivera reads English. */
  let n = 0;
  const sendInSpanish = async (body: string) => {
    const sent = await call('POST', '/api/v1/threads/thr_mateo_garcia_rivera/messages', {
      token: await tokenFor(people.guardian),
      body: { body, clientMessageId: `tr-admin-${++n}` },
    });
    expect(sent.status).toBe(201);
    return sent.json.id as string;
  };
  /** Lakeside's parent writes in Spanish to an English-speaking teacher. */
  const sendAtLakeside = async (body: string) => {
    const sent = await call('POST', '/api/v1/threads/thr_lake_lake_parent_lake_teacher/messages', {
      token: await tokenFor({ id: 'per_lake_parent', tenant: 'ten_lakeside' }),
      body: { body, clientMessageId: `tr-lake-${++n}`, language: 'es' },
    });
    expect(sent.status).toBe(201);
    return sent.json.id as string;
  };
  const translationsOf = async (messageId: string) =>
    (await database.db.select().from(messageTranslations).where(eq(messageTranslations.messageId, messageId))).map(
      (t) => `${t.language}: ${t.body}`,
    );
  const translated = (messageId: string) =>
    expect.poll(() => translationsOf(messageId), { timeout: 10_000, interval: 20 });

  it("'off' stops translation for that district only, and 'server' brings it back", async () => {
    await setTranslation({ mode: 'off' });
    const untranslated = await sendInSpanish('¿Hay tarea hoy?');
    // Lakeside still uses the server's service: its message, sent after, is translated...
    const control = await sendAtLakeside('¿Hay excursión?');
    await translated(control).toEqual(['en: [server] ¿Hay excursión?']);
    // ...while Riverside's was never sent to any service.
    expect(await translationsOf(untranslated)).toEqual([]);
    expect(serverService.received.map((r) => r.q)).not.toContain('¿Hay tarea hoy?');
    expect(districtService.received).toEqual([]);

    await setTranslation({ mode: 'server' });
    const again = await sendInSpanish('¿Y mañana?');
    await translated(again).toEqual(['en: [server] ¿Y mañana?']);
  });

  it("'custom' sends a district's messages to its own service, with its key", async () => {
    await setTranslation({ mode: 'custom', url: districtService.url, apiKey: 'riverside-key' });
    const id = await sendInSpanish('¿Puedo llamar?');
    await translated(id).toEqual(['en: [district] ¿Puedo llamar?']);
    expect(districtService.received.at(-1)).toMatchObject({ q: '¿Puedo llamar?', api_key: 'riverside-key' });
    expect(serverService.received.map((r) => r.q)).not.toContain('¿Puedo llamar?');
    // Lakeside is unchanged, on the server's service without a key.
    const lake = await sendAtLakeside('Gracias');
    await translated(lake).toEqual(['en: [server] Gracias']);
    expect(serverService.received.at(-1)).not.toHaveProperty('api_key');
    await setTranslation({ mode: 'server' });
  });

  it("the retry sweep follows each district's choice at the moment it runs", async () => {
    const translators = new Translators(libreTranslate({ url: serverService.url }));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      // The district's service is down (nothing listens there) when the message is sent.
      await setTranslation({ mode: 'custom', url: 'http://127.0.0.1:9' });
      const missed = await sendInSpanish('¿A qué hora?');
      await expect
        .poll(() => warn.mock.calls.some(([line]) => String(line).startsWith(`Translation of ${missed} to en failed`)))
        .toBe(true);
      // Turned off: the sweep leaves the district's messages alone (it tries none of them).
      await setTranslation({ mode: 'off' });
      expect(await retryTranslations(database.db, translators, new Date())).toBe(0);
      expect(await translationsOf(missed)).toEqual([]);
      // Its own service, working: the sweep translates what was missed, there.
      await setTranslation({ mode: 'custom', url: districtService.url });
      let tried = 0;
      for (let batch = 1; batch > 0 && tried < 1_000; tried += batch) {
        batch = await retryTranslations(database.db, translators, new Date());
      }
      expect(tried).toBeGreaterThan(0);
      expect(await translationsOf(missed)).toEqual(['en: [district] ¿A qué hora?']);
    } finally {
      warn.mockRestore();
      await setTranslation({ mode: 'server' });
    }
  });
});

/** Two server instances on one database: one PGlite shared in-process, or two pools on one PostgreSQL. */
async function twoInstances(backend: Backend) {
  if (backend.name === 'pglite') {
    const database = await seeded(backend);
    return { first: database, second: database, url: undefined, close: () => database.close() };
  }
  const scratch = await scratchPostgres(process.env.DATABASE_URL!);
  const first = await openDatabase({ databaseUrl: scratch.url });
  await seedDemo(first.db);
  await seedDistrict(first.db, otherDistrict);
  const second = await openDatabase({ databaseUrl: scratch.url });
  return {
    first,
    second,
    url: scratch.url,
    async close() {
      await first.close();
      await second.close();
      await scratch.drop();
    },
  };
}

describe.each(backends)('allowed origins on two instances on $name', (backend) => {
  let run: Awaited<ReturnType<typeof twoInstances>>;
  let one: ReturnType<typeof client>;
  let two: ReturnType<typeof client>;
  let admin: string;
  const config = testConfig({ allowedOrigins: ['https://static.example'] });

  beforeAll(async () => {
    run = await twoInstances(backend);
    one = client(run.first, config);
    two = client(run.second, config);
    admin = await tokenFor(people.admin);
  });
  afterAll(() => run.close());

  const preflight = async (instance: ReturnType<typeof client>, origin: string) => {
    const response = await instance('OPTIONS', '/api/v1/me', {
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization',
      },
    });
    return response.headers.get('Access-Control-Allow-Origin');
  };
  const allowedOn = (instance: ReturnType<typeof client>, origin: string) =>
    expect.poll(() => preflight(instance, origin), { timeout: 10_000, interval: 20 });

  it('allows an origin on every instance as soon as an administrator adds it, and refuses it once removed', async () => {
    const page = 'https://www.riverside.example';
    expect(await preflight(one, page)).toBeNull();
    expect(await preflight(two, page)).toBeNull();
    expect(await preflight(one, 'https://static.example')).toBe('https://static.example');

    const added = await one('PATCH', ADMIN_URL, { token: admin, body: { allowedOrigins: [page] } });
    expect(added.status).toBe(200);
    await allowedOn(one, page).toBe(page);
    await allowedOn(two, page).toBe(page);
    // The answer to the real request carries the header too.
    const me = await two('GET', '/api/v1/me', { token: admin, headers: { Origin: page } });
    expect(me.headers.get('Access-Control-Allow-Origin')).toBe(page);

    // Removed through the other instance: refused on both again. The environment's origin stays.
    const removed = await two('PATCH', ADMIN_URL, { token: admin, body: { allowedOrigins: [] } });
    expect(removed.json.allowedOrigins).toEqual([]);
    await allowedOn(one, page).toBeNull();
    await allowedOn(two, page).toBeNull();
    expect(await preflight(two, 'https://static.example')).toBe('https://static.example');
  });

  it('answers preflights from memory, without a query', async () => {
    const page = 'https://lms.riverside.example';
    await one('PATCH', ADMIN_URL, { token: admin, body: { allowedOrigins: [page] } });
    await allowedOn(two, page).toBe(page);
    const db = run.second.db;
    const spies = (['select', 'execute', 'insert', 'update', 'delete', 'transaction'] as const).map((method) =>
      vi.spyOn(db, method),
    );
    try {
      for (let i = 0; i < 20; i++) {
        expect(await preflight(two, i % 2 ? page : 'https://evil.example')).toBe(i % 2 ? page : null);
      }
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    await one('PATCH', ADMIN_URL, { token: admin, body: { allowedOrigins: [] } });
    await allowedOn(two, page).toBeNull();
  });

  it.skipIf(backend.name !== 'postgres')(
    'reads the origins again when its LISTEN connection comes back (a change may have been missed)',
    async () => {
      const page = 'https://missed.riverside.example';
      // Both instances have loaded the origins (an app loads them when it is made)...
      expect(await preflight(one, page)).toBeNull();
      expect(await preflight(two, page)).toBeNull();
      // ...then a change no instance is told about (written without the API's notification)...
      await run.first.db
        .update(tenants)
        .set({ allowedOrigins: [page] })
        .where(eq(tenants.id, 'ten_riverside'));
      expect(await preflight(two, page)).toBeNull();
      // ...is picked up when the listening connections are cut and come back.
      const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      try {
        const killer = new pg.Client({ connectionString: run.url });
        await killer.connect();
        const cut = await killer.query(
          `select count(*)::int as n from (select pg_terminate_backend(pid) from pg_stat_activity
             where datname = current_database() and pid <> pg_backend_pid() and query ilike 'listen %') t`,
        );
        await killer.end();
        expect(cut.rows[0].n).toBe(2); // one per instance
        await allowedOn(one, page).toBe(page);
        await allowedOn(two, page).toBe(page);
      } finally {
        errors.mockRestore();
      }
    },
  );
});
