// Every route × every role. A route missing here fails the suite: add its row the day it is written.
import { routes, type RouteName } from '@tandem/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../src/db/database.js';
import { availabilityOffers, pushSubscriptions } from '../src/db/schema.js';
import { newId } from '../src/ids.js';
import { createECDH, randomBytes } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBundle } from '../src/roster/bundle.js';
import { importRoster } from '../src/roster/import.js';
import { DEMO_ROSTER } from '../src/seed.js';
import { backends, client, people, seeded, testConfig, today, tokenFor, zipFolder } from './harness.js';

const roles = ['guardian', 'otherGuardian', 'educator', 'otherEducator', 'admin', 'otherTenant', 'anonymous'] as const;
type Role = (typeof roles)[number];

/** Mateo García is the subject: the guardian is his mother, the educator his teacher. */
interface Row {
  request: () => {
    method: string;
    path: string;
    body?: unknown;
    rawBody?: Uint8Array;
    headers?: Record<string, string>;
  };
  expect: Record<Role, number>;
}

const scoped = (ok: number): Record<Role, number> => ({
  guardian: ok,
  otherGuardian: 404,
  educator: ok,
  otherEducator: 404,
  admin: ok,
  otherTenant: 404,
  anonymous: 401,
});
const everyone = (status: number): Record<Role, number> =>
  Object.fromEntries(roles.map((r) => [r, status])) as Record<Role, number>;
const signedIn = (status: number): Record<Role, number> => ({ ...everyone(status), anonymous: 401 });
/** District administration: the district's admins; everyone else signed in is forbidden. */
const adminOnly = (ok: number): Record<Role, number> => ({ ...signedIn(403), admin: ok });

const newGoal = {
  domain: 'behavior',
  statement: 'Put the backpack by the door each night',
  measureType: 'yes_no',
  unit: 'done',
  baseline: null,
  target: 1,
};

/** Free slots of Mateo's teacher and bookings of some, made before the matrix runs. */
const fixtures = {
  freeSlot: '',
  booking: '',
  movable: '',
  target: '',
  fullSlot: '',
  rosterImport: '',
  rosterZip: new Uint8Array(),
  /** A browser of Mateo's mother that receives push notifications. */
  pushSubscription: '',
};

/** A browser's subscription as PushSubscription.toJSON() gives it (a real P-256 key; the demo's loopback push service). */
const browserSubscription = () => {
  const key = createECDH('prime256v1');
  key.generateKeys();
  return {
    endpoint: `http://127.0.0.1:9/push/${randomBytes(8).toString('hex')}`,
    expirationTime: null,
    keys: { p256dh: key.getPublicKey().toString('base64url'), auth: randomBytes(16).toString('base64url') },
  };
};
const slotRange = () =>
  new URLSearchParams({
    from: new Date().toISOString(),
    to: new Date(Date.now() + 30 * 86_400_000).toISOString(),
  }).toString();

const matrix: Record<RouteName, Row> = {
  // A dry run of the demo district's own bundle: the admin's import starts (202) and writes nothing.
  createRosterImport: {
    request: () => ({
      method: 'POST',
      path: '/api/v1/admin/roster-imports?dryRun=true',
      rawBody: fixtures.rosterZip,
      headers: { 'Content-Type': 'application/zip' },
    }),
    expect: adminOnly(202),
  },
  listRosterImports: {
    request: () => ({ method: 'GET', path: '/api/v1/admin/roster-imports' }),
    expect: adminOnly(200),
  },
  getRosterImport: {
    request: () => ({ method: 'GET', path: `/api/v1/admin/roster-imports/${fixtures.rosterImport}` }),
    expect: adminOnly(200),
  },
  getHealth: { request: () => ({ method: 'GET', path: '/api/health' }), expect: everyone(200) },
  getOpenApi: { request: () => ({ method: 'GET', path: '/api/openapi.json' }), expect: everyone(200) },
  getMe: { request: () => ({ method: 'GET', path: '/api/v1/me' }), expect: signedIn(200) },
  listStudents: { request: () => ({ method: 'GET', path: '/api/v1/students' }), expect: signedIn(200) },
  getStudent: { request: () => ({ method: 'GET', path: '/api/v1/students/stu_mateo' }), expect: scoped(200) },
  listGoals: { request: () => ({ method: 'GET', path: '/api/v1/students/stu_mateo/goals' }), expect: scoped(200) },
  createGoal: {
    request: () => ({ method: 'POST', path: '/api/v1/students/stu_mateo/goals', body: newGoal }),
    expect: scoped(201),
  },
  getGoal: { request: () => ({ method: 'GET', path: '/api/v1/goals/goal_mateo_reading' }), expect: scoped(200) },
  updateGoal: {
    // `version` is filled in with the current one just before the call.
    request: () => ({ method: 'PATCH', path: '/api/v1/goals/goal_mateo_math', body: { version: 0, unit: 'facts' } }),
    expect: { ...scoped(200), guardian: 403 },
  },
  // An interpreter's review is asked for by the student's educators; the family sees it, the admin does not set it.
  setGoalInterpreterReview: {
    request: () => ({
      method: 'PUT',
      path: '/api/v1/goals/goal_mateo_reading/interpreter-review',
      body: { interpreterReview: 'needed' },
    }),
    expect: { ...scoped(200), guardian: 403, admin: 403 },
  },
  listProgress: {
    request: () => ({ method: 'GET', path: '/api/v1/goals/goal_mateo_reading/progress' }),
    expect: scoped(200),
  },
  recordProgress: {
    request: () => ({
      method: 'POST',
      path: '/api/v1/goals/goal_mateo_reading/progress',
      body: { value: 15, date: today() },
    }),
    expect: scoped(201),
  },
  listThreads: { request: () => ({ method: 'GET', path: '/api/v1/students/stu_mateo/threads' }), expect: scoped(200) },
  startThread: {
    // The actor is left out of its own participant list: a guardian or an educator gets a direct thread, the admin a group.
    request: () => ({
      method: 'POST',
      path: '/api/v1/students/stu_mateo/threads',
      body: { participantIds: ['per_garcia', 'per_rivera'] },
    }),
    expect: scoped(201),
  },
  // A conversation between Mateo's mother and his teacher: only they take part.
  listMessages: {
    request: () => ({ method: 'GET', path: '/api/v1/threads/thr_mateo_garcia_rivera/messages' }),
    expect: { ...scoped(200), admin: 404 },
  },
  sendMessage: {
    request: () => ({
      method: 'POST',
      path: '/api/v1/threads/thr_mateo_garcia_rivera/messages',
      body: { body: 'Thank you!', clientMessageId: crypto.randomUUID() },
    }),
    expect: { ...scoped(201), admin: 404 },
  },
  markThreadRead: {
    request: () => ({ method: 'POST', path: '/api/v1/threads/thr_mateo_garcia_rivera/read', body: { seq: 1 } }),
    expect: { ...scoped(200), admin: 404 },
  },
  // The teacher's first message, sent a day ago: too late for even her to change it.
  editMessage: {
    request: () => ({ method: 'PATCH', path: '/api/v1/messages/msg_mateo_garcia_rivera_1', body: { body: 'Changed' } }),
    expect: { ...scoped(200), guardian: 403, educator: 409, admin: 404 },
  },
  // The teacher in the thread; the mother in it sees the status but may not set it.
  setMessageInterpreterReview: {
    request: () => ({
      method: 'PUT',
      path: '/api/v1/messages/msg_mateo_garcia_rivera_1/interpreter-review',
      body: { interpreterReview: 'needed' },
    }),
    expect: { ...scoped(200), guardian: 403, admin: 404 },
  },
  reportMessage: {
    request: () => ({
      method: 'POST',
      path: '/api/v1/messages/msg_mateo_garcia_rivera_1/reports',
      body: { reason: 'other', note: 'Test' },
    }),
    expect: { ...scoped(201), admin: 404 },
  },
  getEvents: { request: () => ({ method: 'GET', path: '/api/v1/events' }), expect: signedIn(200) },
  listStudentEducators: {
    request: () => ({ method: 'GET', path: '/api/v1/students/stu_mateo/educators' }),
    expect: scoped(200),
  },
  // Mateo's teacher's slots; the family books them, the teacher offers them.
  listSlots: {
    request: () => ({ method: 'GET', path: `/api/v1/educators/per_rivera/slots?${slotRange()}` }),
    expect: scoped(200),
  },
  createOffer: {
    request: () => ({
      method: 'POST',
      path: '/api/v1/educators/per_rivera/offers',
      body: {
        recurrence: 'once',
        startDate: today(),
        startTime: '08:00',
        endTime: '09:00',
        durationMinutes: 20,
        modalities: ['video'],
      },
    }),
    // Those who may see Rivera's times are told no; the rest learn nothing (404).
    expect: { ...everyone(404), guardian: 403, admin: 403, educator: 201, anonymous: 401 },
  },
  // Only a family books; the admin and the teacher may see Mateo but not book for him.
  createBooking: {
    request: () => ({
      method: 'POST',
      path: `/api/v1/slots/${fixtures.freeSlot}/bookings`,
      body: { studentId: 'stu_mateo', modality: 'phone', needs: { interpreterLanguage: 'es' } },
    }),
    expect: { ...scoped(201), educator: 403, admin: 403 },
  },
  listStudentBookings: {
    request: () => ({ method: 'GET', path: '/api/v1/students/stu_mateo/bookings' }),
    expect: scoped(200),
  },
  getBooking: { request: () => ({ method: 'GET', path: `/api/v1/bookings/${fixtures.booking}` }), expect: scoped(200) },
  // The family who booked, or the teacher; the admin may see it but not cancel it.
  cancelBooking: {
    request: () => ({ method: 'POST', path: `/api/v1/bookings/${fixtures.booking}/cancel`, body: {} }),
    expect: { ...scoped(200), admin: 403 },
  },
  getBookingIcs: {
    request: () => ({ method: 'GET', path: `/api/v1/bookings/${fixtures.booking}/ics` }),
    expect: scoped(200),
  },
  // Only the family who booked moves a meeting.
  rescheduleBooking: {
    request: () => ({
      method: 'POST',
      path: `/api/v1/bookings/${fixtures.movable}/reschedule`,
      body: { slotId: fixtures.target },
    }),
    expect: { ...scoped(201), educator: 403, admin: 403 },
  },
  // A slot another family booked before the matrix runs: full, so Mateo's family may wait for it.
  joinWaitlist: {
    request: () => ({
      method: 'POST',
      path: `/api/v1/slots/${fixtures.fullSlot}/waitlist`,
      body: { studentId: 'stu_mateo', modality: 'phone' },
    }),
    expect: { ...scoped(201), educator: 403, admin: 403 },
  },
  getSchedulingRecord: {
    request: () => ({ method: 'GET', path: '/api/v1/students/stu_mateo/scheduling-record' }),
    expect: scoped(200),
  },
  // The whole record: the family (with record access), the assigned educator and the admin, each their own copy.
  getStudentRecord: {
    request: () => ({ method: 'GET', path: '/api/v1/students/stu_mateo/record' }),
    expect: scoped(200),
  },
  getMyWindows: { request: () => ({ method: 'GET', path: '/api/v1/me/availability-windows' }), expect: signedIn(200) },
  putMyWindows: {
    request: () => ({
      method: 'PUT',
      path: '/api/v1/me/availability-windows',
      body: { windows: [{ weekday: 2, startTime: '18:00', endTime: '20:00' }] },
    }),
    expect: signedIn(200),
  },
  // The school's view: a family does not see another home's free times.
  listStudentFamilyWindows: {
    request: () => ({ method: 'GET', path: '/api/v1/students/stu_mateo/family-windows' }),
    expect: { ...scoped(200), guardian: 403 },
  },
  // District administration: the district's own administrators, and nobody else.
  getTenantSettings: {
    request: () => ({ method: 'GET', path: '/api/v1/admin/tenant' }),
    expect: { ...signedIn(403), admin: 200 },
  },
  updateTenantSettings: {
    request: () => ({ method: 'PATCH', path: '/api/v1/admin/tenant', body: { retentionDays: 3650 } }),
    expect: { ...signedIn(403), admin: 200 },
  },
  // Demo-only routes need no token; outside demo mode they do not exist (checked below).
  listDevUsers: { request: () => ({ method: 'GET', path: '/api/dev/users' }), expect: everyone(200) },
  createDevToken: {
    request: () => ({ method: 'POST', path: '/api/dev/tokens', body: { userId: 'per_garcia' } }),
    expect: everyone(201),
  },
  // Everyone has their own settings and browsers; nobody reaches another's.
  getMyNotificationSettings: {
    request: () => ({ method: 'GET', path: '/api/v1/me/notification-settings' }),
    expect: signedIn(200),
  },
  putMyNotificationSettings: {
    request: () => ({
      method: 'PUT',
      path: '/api/v1/me/notification-settings',
      body: { contactChannel: 'email', quietHours: { start: '21:00', end: '07:00' }, notifyAfterMinutes: null },
    }),
    expect: signedIn(200),
  },
  addPushSubscription: {
    request: () => ({ method: 'POST', path: '/api/v1/me/push-subscriptions', body: browserSubscription() }),
    expect: signedIn(201),
  },
  removePushSubscription: {
    request: () => ({ method: 'DELETE', path: `/api/v1/me/push-subscriptions/${fixtures.pushSubscription}` }),
    expect: { ...signedIn(404), guardian: 200 },
  },
  // Provider webhooks: a district token opens neither; only the provider's own secret does.
  receiveMailReply: {
    request: () => ({
      method: 'POST',
      path: '/api/v1/inbound/mail',
      rawBody: new TextEncoder().encode('From: a@b.example\r\nTo: r-x-y@replies.tandem.localhost\r\n\r\nHi\r\n'),
      headers: { 'Content-Type': 'message/rfc822' },
    }),
    expect: everyone(401),
  },
  receiveSms: {
    request: () => ({
      method: 'POST',
      path: '/api/v1/inbound/sms',
      rawBody: new TextEncoder().encode('MessageSid=SM1&AccountSid=AC1&From=%2B15125550142&Body=STOP'),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    }),
    expect: everyone(401),
  },
};

/** The webhooks are on (a mail token, a provider account), so that what the matrix sees is their own check. */
const matrixConfig = () =>
  testConfig({
    inboundMailToken: 'the-mail-providers-token-of-32-bytes-or-more',
    sms: {
      apiUrl: 'http://127.0.0.1:9',
      accountSid: 'AC1',
      authToken: 'provider-auth-token',
      messagingServiceSid: 'MG1',
    },
  });

describe.each(backends)('authorization matrix on $name', (backend) => {
  let database: Database;
  let call: ReturnType<typeof client>;
  const tokens = {} as Record<Role, string | undefined>;

  beforeAll(async () => {
    database = await seeded(backend);
    // Mateo's family holds several of Ms. Rivera's times below (one to cancel, one to move, one
    // to book): more than the per-household limit of 1, which scheduling.test.ts checks itself.
    await database.db
      .update(availabilityOffers)
      .set({ maxBookingsPerHousehold: 20 })
      .where(eq(availabilityOffers.educatorId, 'per_rivera'));
    call = client(database, matrixConfig());
    fixtures.pushSubscription = newId('psub');
    const browser = browserSubscription();
    await database.db.insert(pushSubscriptions).values({
      id: fixtures.pushSubscription,
      personId: people.guardian.id,
      endpoint: browser.endpoint,
      p256dh: browser.keys.p256dh,
      auth: browser.keys.auth,
      createdAt: new Date(),
    });
    for (const role of roles) tokens[role] = role === 'anonymous' ? undefined : await tokenFor(people[role]);
    const slots = await call('GET', `/api/v1/educators/per_rivera/slots?${slotRange()}`, { token: tokens.guardian });
    const [first, second, third, fourth, fifth] = (slots.json.items as { id: string; available: boolean }[]).filter(
      (s) => s.available,
    );
    if (!first || !second || !third || !fourth || !fifth) throw new Error('the seed offers too few free slots');
    // Another family (Yusuf's father) takes the fifth: a full slot Mateo's family can wait for.
    await call('POST', `/api/v1/slots/${fifth.id}/bookings`, {
      token: await tokenFor({ id: 'per_alsayed_omar', tenant: 'ten_riverside' }),
      body: { studentId: 'stu_yusuf', modality: 'phone' },
    });
    fixtures.fullSlot = fifth.id;
    fixtures.freeSlot = first.id;
    fixtures.target = fourth.id;
    const book = async (slotId: string) =>
      (
        await call('POST', `/api/v1/slots/${slotId}/bookings`, {
          token: tokens.guardian,
          body: { studentId: 'stu_mateo', modality: 'video' },
        })
      ).json.id as string;
    fixtures.booking = await book(second.id);
    fixtures.movable = await book(third.id);
    const zip = join(tmpdir(), `tandem-matrix-${process.pid}.zip`);
    await zipFolder(DEMO_ROSTER, zip);
    fixtures.rosterZip = new Uint8Array(await readFile(zip));
    await rm(zip, { force: true });
    fixtures.rosterImport = (
      await importRoster(database.db, await openBundle(DEMO_ROSTER), {
        tenantId: 'ten_riverside',
        via: 'cli',
        dryRun: true,
      })
    ).id;
  });
  afterAll(async () => {
    await call.idle();
    await database.close();
  });

  it('covers every route of the contract', () => {
    expect(Object.keys(matrix).sort()).toEqual(Object.keys(routes).sort());
  });

  const cases = Object.entries(matrix).flatMap(([name, row]) => roles.map((role) => ({ name, row, role })));
  it.each(cases)('$name as $role', async ({ name, row, role }) => {
    const { method, path, body, rawBody, headers } = row.request();
    const route = routes[name as RouteName];
    expect(route.method).toBe(method);
    let payload = body;
    if (name === 'updateGoal') {
      const current = await call('GET', '/api/v1/goals/goal_mateo_math', { token: tokens.educator });
      payload = { ...(body as object), version: current.json.version };
    }
    const response = await call(method, path, {
      token: tokens[role],
      body: payload,
      headersOnly: true,
      ...(rawBody ? { rawBody } : {}),
      ...(headers ? { headers } : {}),
    });
    expect(response.status).toBe(row.expect[role]);
    if (response.status >= 400) expect(response.headers.get('Content-Type')).toBe('application/problem+json');
  });

  it('lists only the students in scope', async () => {
    const ids = async (role: Role) =>
      (await call('GET', '/api/v1/students?limit=100', { token: tokens[role] })).json.items.map(
        (s: { id: string }) => s.id,
      );
    expect(await ids('guardian')).toContain('stu_mateo');
    expect(await ids('educator')).toContain('stu_mateo');
    expect(await ids('admin')).toContain('stu_mateo');
    expect(await ids('otherGuardian')).not.toContain('stu_mateo');
    expect(await ids('otherEducator')).not.toContain('stu_mateo');
    expect(await ids('otherTenant')).toEqual(['stu_lake']);
  });

  it('in demo mode, a token says whom it signs in, as the list of people does', async () => {
    const minted = await call('POST', '/api/dev/tokens', { body: { userId: 'per_garcia' } });
    expect(minted.status).toBe(201);
    const listed = (await call('GET', '/api/dev/users')).json.items.find((p: { id: string }) => p.id === 'per_garcia');
    expect(minted.json.person).toEqual(listed);
    expect(minted.json.person).toMatchObject({
      id: 'per_garcia',
      role: 'guardian',
      studentIds: ['stu_mateo', 'stu_sofia'],
    });
    const me = await call('GET', '/api/v1/me', { token: minted.json.token });
    expect(me.json.person.id).toBe('per_garcia');
  });

  it('has no demo routes outside demo mode', async () => {
    const production = client(database, testConfig({ demo: false }));
    expect((await production('GET', '/api/dev/users')).status).toBe(404);
    expect((await production('POST', '/api/dev/tokens', { body: { userId: 'per_garcia' } })).status).toBe(404);
    const doc = await production('GET', '/api/openapi.json');
    expect(Object.keys(doc.json.paths)).not.toContain('/api/dev/tokens');
  });
});
