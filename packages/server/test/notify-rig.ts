// What the notification tests share: a district whose people have every channel, a running
// server with its job queue on pg-boss's test clock, and helpers to write and to look.
import { and, desc, eq } from 'drizzle-orm';
import { TestClock } from 'pg-boss';
import { expect } from 'vitest';
import type { Database } from '../src/db/database.js';
import { messageTranslations, notifications } from '../src/db/schema.js';
import { seedDistrict, type DistrictSpec } from '../src/seed.js';
import { startServer, type RunningServer } from '../src/server.js';
import { startSmsStub, type SmsStub } from '../src/sms-stub.js';
import { startSmtpSink, type SmtpSink } from '../src/smtp-sink.js';
import { startPushStub, type PushStub } from '../src/push-stub.js';
import type { ServerConfig } from '../src/config.js';
import { generateVapidKeys } from '../src/push.js';
import { httpClient, testConfig, tokenFor, type Backend } from './harness.js';

export const TENANT = 'ten_notify';
export const MINUTE = 60_000;
/** A Tuesday, 10:00 in Chicago (daylight time): every instant below is relative to it. */
export const START = new Date('2026-03-10T15:00:00Z');

export const district: DistrictSpec = {
  tenant: { id: TENANT, name: 'Riverside Schools' },
  schools: [{ id: 'sch_notify', name: 'Riverside Elementary', timeZone: 'America/Chicago' }],
  staff: [
    {
      id: 'per_n_rivera',
      name: 'Ms. Rivera',
      kind: 'educator',
      role: 'teacher',
      students: ['stu_n_mateo', 'stu_n_bao', 'stu_n_amira', 'stu_n_yusuf', 'stu_n_ama'],
      contact: { channel: 'email', email: 'rivera@riverside.example' },
    },
  ],
  households: [
    {
      guardians: [
        {
          id: 'per_n_ana',
          name: 'Ana Torres',
          language: 'es',
          relationship: 'mother',
          contact: { channel: 'email', email: 'ana.torres@families.example' },
        },
        { id: 'per_n_sam', name: 'Sam Torres', language: 'en', relationship: 'father', contact: { channel: 'app' } },
      ],
      students: [{ id: 'stu_n_mateo', given: 'Mateo', family: 'Torres', grade: '3', school: 'sch_notify' }],
    },
    {
      guardians: [
        {
          id: 'per_n_linh',
          name: 'Linh Nguyen',
          language: 'vi',
          relationship: 'mother',
          contact: { channel: 'sms', phone: '+15125550142', email: 'linh@families.example' },
          quietHours: ['20:00', '07:00'],
        },
      ],
      students: [{ id: 'stu_n_bao', given: 'Bảo', family: 'Nguyen', grade: '2', school: 'sch_notify' }],
    },
    {
      // Push notifications in the browser, with an address to fall back on.
      guardians: [
        {
          id: 'per_n_kofi',
          name: 'Kofi Mensah',
          language: 'fr',
          relationship: 'father',
          contact: { channel: 'push', email: 'kofi.mensah@families.example' },
        },
      ],
      students: [{ id: 'stu_n_ama', given: 'Ama', family: 'Mensah', grade: '5', school: 'sch_notify' }],
    },
    {
      // Two children, one number, never texted yet: a text from him must say which conversation.
      guardians: [
        {
          id: 'per_n_omar',
          name: 'Omar Haddad',
          language: 'en',
          relationship: 'father',
          contact: { channel: 'sms', phone: '+1 (512) 555-0199' },
        },
      ],
      students: [
        { id: 'stu_n_amira', given: 'Amira', family: 'Haddad', grade: '4', school: 'sch_notify' },
        { id: 'stu_n_yusuf', given: 'Yusuf', family: 'Haddad', grade: '1', school: 'sch_notify' },
      ],
    },
  ],
  goals: [],
};

export const person = (id: string) => ({ id, tenant: TENANT });
export const CONVERSATION = 'https://riverside.example/family?thread={threadId}';

export interface Rig {
  server: RunningServer;
  clock: TestClock;
  api: ReturnType<typeof httpClient>;
  as: (id: string) => Promise<string>;
}

export const REPLY_DOMAIN = 'replies.riverside.example';

/** The server's VAPID keys: the push stub takes only what they sign. */
export const VAPID = { ...generateVapidKeys(), subject: 'mailto:it@riverside.example' };

export async function startRig(
  database: Database,
  clock: TestClock,
  smtp: SmtpSink,
  sms: SmsStub,
  overrides: Partial<ServerConfig> = {},
): Promise<Rig> {
  const config = testConfig({
    push: VAPID,
    mail: { smtpUrl: smtp.url, from: 'Riverside Schools <no-reply@riverside.example>' },
    sms: sms.config,
    conversationUrl: CONVERSATION,
    notifyAfterSeconds: 30 * 60,
    reply: {
      secret: new TextEncoder().encode('reply-secret-for-the-notification-tests'),
      domain: REPLY_DOMAIN,
    },
    ...overrides,
  });
  // Polls every five minutes of test time: few polls per tick, none missed.
  const server = await startServer(config, { database, jobClock: clock, jobPollingSeconds: 300 });
  return {
    server,
    clock,
    api: httpClient(server.url),
    as: (id) => tokenFor(person(id), { issuedAt: new Date(clock.now()) }),
  };
}

export async function startThread(rig: Rig, student: string, guardians: string[], subject: string): Promise<string> {
  const started = await rig.api('POST', `/api/v1/students/${student}/threads`, {
    token: await rig.as('per_n_rivera'),
    body: { participantIds: guardians, subject },
  });
  expect(started.status).toBe(201);
  return started.json.id as string;
}

export async function write(rig: Rig, threadId: string, from: string, body: string, translation?: [string, string]) {
  const sent = await rig.api('POST', `/api/v1/threads/${threadId}/messages`, {
    token: await rig.as(from),
    body: { body, clientMessageId: `c-${body.length}-${rig.clock.now()}` },
  });
  expect(sent.status).toBe(201);
  if (translation) {
    // What the translation service stores after the send; the notification reads it.
    await rig.server.database.db.insert(messageTranslations).values({
      messageId: sent.json.id as string,
      language: translation[0],
      body: translation[1],
      createdAt: new Date(rig.clock.now()),
    });
  }
  return sent.json as { id: string; seq: number };
}

/** A person's notifications about a thread, newest first (a thread with the same people is the same thread). */
export const notificationOf = async (database: Database, threadId: string, recipientId: string) =>
  database.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.threadId, threadId), eq(notifications.recipientId, recipientId)))
    .orderBy(desc(notifications.createdAt));

export const mailsTo = (smtp: SmtpSink, address: string) => smtp.received.filter((m) => m.envelopeTo.includes(address));
export const textsTo = (sms: SmsStub, number: string) => sms.sent.filter((t) => t.to === number);

/** A seeded district on a backend, the providers' stand-ins (mail, texts, push) and a running server on the test clock. */
export interface Opened {
  database: Database;
  smtp: SmtpSink;
  sms: SmsStub;
  push: PushStub;
  rig: Rig;
  close(): Promise<void>;
}

export async function openDistrict(backend: Backend, overrides: Partial<ServerConfig> = {}): Promise<Opened> {
  const database = await backend.open();
  await seedDistrict(database.db, district, START);
  const [smtp, sms, push] = await Promise.all([
    startSmtpSink(),
    startSmsStub(),
    startPushStub({ vapidPublicKey: VAPID.publicKey }),
  ]);
  const rig = await startRig(database, new TestClock(START), smtp, sms, overrides);
  return {
    database,
    smtp,
    sms,
    push,
    rig,
    async close() {
      await rig.server.close(); // closes the database too
      await Promise.all([smtp.close(), sms.close(), push.close()]);
    },
  };
}
