// Unread messages reaching people outside the page, end to end: a running server with its job
// queue, a real SMTP server receiving the mail, the local Twilio-style provider receiving the
// texts, and pg-boss's test clock moving time (for the queue and the database alike).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { TestClock } from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase, type Database } from '../src/db/database.js';
import { auditEvents, events, people as peopleTable } from '../src/db/schema.js';
import { copyFor, fillCopy } from '../src/notification-copy.js';
import { seedDistrict } from '../src/seed.js';
import { smsSize } from '../src/sms-text.js';
import { startSmsStub, type SmsStub } from '../src/sms-stub.js';
import { startSmtpSink, type SmtpSink } from '../src/smtp-sink.js';
import { backends, scratchPostgres } from './harness.js';
import {
  district,
  mailsTo,
  MINUTE,
  notificationOf,
  START,
  startRig,
  startThread,
  textsTo,
  write,
  type Opened,
  type Rig,
  openDistrict,
} from './notify-rig.js';

// Hours of test time pass in these tests: each tick runs the queue's polls, slower on a loaded machine.
vi.setConfig({ testTimeout: 120_000 });

describe.each(backends)('notifications of unread messages on $name', (backend) => {
  let database: Database;
  let smtp: SmtpSink;
  let sms: SmsStub;
  let rig: Rig;

  let opened: Opened;

  beforeAll(async () => {
    opened = await openDistrict(backend);
    ({ database, smtp, sms, rig } = opened);
  });
  afterAll(() => opened?.close());

  it('emails a message left unread once, after the delay, in Spanish, with later messages in the same mail and a link back', async () => {
    const threadId = await startThread(rig, 'stu_n_mateo', ['per_n_ana', 'per_n_sam'], 'Reading');
    const first = await write(rig, threadId, 'per_n_rivera', 'Mateo read a whole chapter today.', [
      'es',
      'Mateo leyó un capítulo entero hoy.',
    ]);
    await rig.clock.tick(20 * MINUTE);
    const second = await write(rig, threadId, 'per_n_rivera', 'Could we talk on Thursday?', [
      'es',
      '¿Podríamos hablar el jueves?',
    ]);
    await rig.clock.tick(9 * MINUTE); // 29 minutes after the first: not yet
    expect(mailsTo(smtp, 'ana.torres@families.example')).toEqual([]);
    await rig.clock.tick(7 * MINUTE); // past the 30 minutes, and the next poll
    await expect.poll(() => mailsTo(smtp, 'ana.torres@families.example').length, { timeout: 10_000 }).toBe(1);

    const { mail } = mailsTo(smtp, 'ana.torres@families.example')[0]!;
    const { copy } = copyFor('es');
    expect(mail.subject).toBe(fillCopy(copy.messageSubject, { sender: 'Ms. Rivera', student: 'Mateo' }));
    expect(mail.subject).not.toBe('Message from Ms. Rivera about Mateo');
    expect(mail.headers.get('content-language')).toBe('es');
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
    const text = mail.text ?? '';
    expect(text.indexOf('Mateo leyó un capítulo entero hoy.')).toBeGreaterThan(-1);
    expect(text.indexOf('¿Podríamos hablar el jueves?')).toBeGreaterThan(text.indexOf('Mateo leyó'));
    expect(text).not.toContain('Mateo read a whole chapter'); // the translation, not the original
    expect(text).toContain(`https://riverside.example/family?thread=${threadId}`);
    expect(mail.html).toContain('lang="es"');
    expect(mail.replyTo?.value[0]?.address).toMatch(/^r-[a-z2-7]+-[a-z2-7]{16}@replies\.riverside\.example$/);

    // Never twice: an hour later (polls passed), still the one mail; the co-parent who reads in the page got nothing.
    await rig.clock.tick(60 * MINUTE);
    const [row] = await notificationOf(database, threadId, 'per_n_ana');
    expect(row).toMatchObject({ status: 'sent', channel: 'email', fromSeq: first.seq, throughSeq: second.seq });
    expect(mailsTo(smtp, 'ana.torres@families.example')).toHaveLength(1);
    expect(await notificationOf(database, threadId, 'per_n_sam')).toEqual([]);

    // The conversation shows how each message reached her; the audit log has the send, not its words.
    const page = await rig.api('GET', `/api/v1/threads/${threadId}/messages`, { token: await rig.as('per_n_rivera') });
    const reached = (page.json.items as { id: string; reachedBy: unknown[] }[]).map((m) => [m.id, m.reachedBy]);
    const entry = [{ personId: 'per_n_ana', channel: 'email', at: row!.sentAt!.toISOString() }];
    expect(reached).toEqual([
      [second.id, entry],
      [first.id, entry],
    ]);
    // Open conversations hear of it at once: every participant's stream gets the update.
    const updates = await database.db
      .select({ recipientId: events.recipientId, seq: events.seq })
      .from(events)
      .where(and(eq(events.threadId, threadId), eq(events.type, 'message.updated')))
      .orderBy(events.recipientId);
    expect(updates).toEqual(
      ['per_n_ana', 'per_n_rivera', 'per_n_sam'].map((recipientId) => ({ recipientId, seq: first.seq })),
    );
    const audited = await database.db.select().from(auditEvents).where(eq(auditEvents.resourceId, row!.id));
    expect(audited).toEqual([
      expect.objectContaining({
        actorId: 'system:notifications',
        action: 'create',
        resourceType: 'notification:email',
        studentId: 'stu_n_mateo',
      }),
    ]);
  });

  it('sends nothing for a message read within the delay', async () => {
    const threadId = await startThread(rig, 'stu_n_mateo', ['per_n_ana'], 'Field trip');
    const message = await write(rig, threadId, 'per_n_rivera', 'The field trip form is due Friday.');
    await rig.clock.tick(10 * MINUTE);
    const read = await rig.api('POST', `/api/v1/threads/${threadId}/read`, {
      token: await rig.as('per_n_ana'),
      body: { seq: message.seq },
    });
    expect(read.status).toBe(200);
    const before = mailsTo(smtp, 'ana.torres@families.example').length;
    await rig.clock.tick(30 * MINUTE);
    await expect
      .poll(async () => (await notificationOf(database, threadId, 'per_n_ana'))[0]?.status, { timeout: 10_000 })
      .toBe('skipped');
    expect((await notificationOf(database, threadId, 'per_n_ana'))[0]?.outcome).toBe('read');
    expect(mailsTo(smtp, 'ana.torres@families.example')).toHaveLength(before);
  });

  it('texts a family who chose texts, never in their quiet hours: at their end, in Vietnamese, in two segments with the link', async () => {
    // 19:45 in Chicago: the delay ends at 20:15, inside her quiet hours (20:00–07:00).
    await rig.clock.setTime(new Date('2026-03-11T00:45:00Z'));
    const threadId = await startThread(rig, 'stu_n_bao', ['per_n_linh'], 'Homework');
    await write(rig, threadId, 'per_n_rivera', 'Bao left his math book at school.', [
      'vi',
      'Bảo để quên sách toán ở trường.',
    ]);
    await rig.clock.tick(40 * MINUTE);
    const morning = new Date('2026-03-11T12:00:00Z'); // 07:00 in Chicago
    await expect
      .poll(async () => (await notificationOf(database, threadId, 'per_n_linh'))[0]?.dueAt.getTime(), {
        timeout: 10_000,
      })
      .toBe(morning.getTime());
    await rig.clock.setTime(new Date(morning.getTime() - MINUTE));
    await rig.clock.tick(MINUTE / 2);
    expect(textsTo(sms, '+15125550142')).toEqual([]);
    await rig.clock.tick(6 * MINUTE);
    await expect.poll(() => textsTo(sms, '+15125550142').length, { timeout: 10_000 }).toBe(1);
    const [text] = textsTo(sms, '+15125550142');
    const { copy } = copyFor('vi');
    expect(text!.body).toBe(
      `${fillCopy(copy.smsMessage, { sender: 'Ms. Rivera', student: 'Bảo', message: 'Bảo để quên sách toán ở trường.' })}\n${fillCopy(copy.smsOpen, { link: `https://riverside.example/family?thread=${threadId}` })}`,
    );
    expect(smsSize(text!.body).segments).toBeLessThanOrEqual(2);
    expect(mailsTo(smtp, 'linh@families.example')).toEqual([]); // her channel is texts
  });

  it('after STOP, a family who chose texts is emailed instead; with no way to reach them, nothing is sent', async () => {
    await database.db
      .update(peopleTable)
      .set({ smsStoppedAt: new Date(rig.clock.now()) })
      .where(eq(peopleTable.id, 'per_n_linh'));
    const threadId = await startThread(rig, 'stu_n_bao', ['per_n_linh'], 'Library');
    await write(rig, threadId, 'per_n_rivera', 'Library books are due back Monday.');
    const texts = textsTo(sms, '+15125550142').length;
    await rig.clock.tick(36 * MINUTE);
    await expect.poll(() => mailsTo(smtp, 'linh@families.example').length, { timeout: 10_000 }).toBe(1);
    expect(textsTo(sms, '+15125550142')).toHaveLength(texts);

    await database.db.update(peopleTable).set({ email: null }).where(eq(peopleTable.id, 'per_n_linh'));
    const unreachable = await startThread(rig, 'stu_n_bao', ['per_n_linh'], 'Lunch');
    await write(rig, unreachable, 'per_n_rivera', 'Lunch money is low.');
    await rig.clock.tick(36 * MINUTE);
    await expect
      .poll(async () => (await notificationOf(database, unreachable, 'per_n_linh'))[0]?.outcome, { timeout: 10_000 })
      .toBe('no_channel');
    expect(mailsTo(smtp, 'linh@families.example')).toHaveLength(1);
  });
});

describe('notifications across a restart (PGlite in a folder)', () => {
  let folder: string;
  let smtp: SmtpSink;
  let sms: SmsStub;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'tandem-notify-'));
    [smtp, sms] = await Promise.all([startSmtpSink(), startSmsStub()]);
  });
  afterAll(async () => {
    await Promise.all([smtp?.close(), sms?.close()]);
    await rm(folder, { recursive: true, force: true });
  });

  it('a message written before the server stopped is emailed after it starts again, once', async () => {
    const first = await openDatabase({ dataDir: folder });
    await seedDistrict(first.db, district, START);
    const before = await startRig(first, new TestClock(START), smtp, sms);
    const threadId = await startThread(before, 'stu_n_mateo', ['per_n_ana'], 'Restart');
    await write(before, threadId, 'per_n_rivera', 'See you at pickup.');
    await before.server.close();

    const second = await openDatabase({ dataDir: folder });
    const after = await startRig(second, new TestClock(START.getTime() + 5 * MINUTE), smtp, sms);
    try {
      await after.clock.tick(31 * MINUTE);
      await expect.poll(() => mailsTo(smtp, 'ana.torres@families.example').length, { timeout: 10_000 }).toBe(1);
      await after.clock.tick(60 * MINUTE);
      expect(mailsTo(smtp, 'ana.torres@families.example')).toHaveLength(1);
      expect(mailsTo(smtp, 'ana.torres@families.example')[0]?.mail.text).toContain('See you at pickup.');
    } finally {
      await after.server.close();
    }
  });
});

describe.skipIf(!process.env.DATABASE_URL)('notifications from two server instances (PostgreSQL)', () => {
  it('each notification is sent once, whichever instance takes it', async () => {
    const scratch = await scratchPostgres(process.env.DATABASE_URL!);
    const [smtp, sms] = await Promise.all([startSmtpSink(), startSmsStub()]);
    const a = await openDatabase({ databaseUrl: scratch.url });
    const b = await openDatabase({ databaseUrl: scratch.url });
    await seedDistrict(a.db, district, START);
    const clock = new TestClock(START); // one clock for both queues, as the database has one time
    const rigs = [await startRig(a, clock, smtp, sms), await startRig(b, clock, smtp, sms)];
    try {
      // Four messages (one thread: the same people), written on either instance in turn.
      const threads: string[] = [];
      for (let i = 0; i < 4; i++) {
        const rig = rigs[i % 2]!;
        const threadId = await startThread(rig, 'stu_n_mateo', ['per_n_ana'], `Topic ${i}`);
        await write(rig, threadId, 'per_n_rivera', `Note number ${i} for the family.`);
        threads.push(threadId);
        await clock.tick(36 * MINUTE); // the delay and a poll: each escalates before the next is written
        await expect.poll(() => mailsTo(smtp, 'ana.torres@families.example').length, { timeout: 10_000 }).toBe(i + 1);
      }
      await clock.tick(60 * MINUTE);
      const bodies = mailsTo(smtp, 'ana.torres@families.example').map(
        (m) => /Note number (\d)/.exec(m.mail.text ?? '')?.[1],
      );
      expect(bodies).toEqual(['0', '1', '2', '3']);
    } finally {
      for (const rig of rigs) await rig.server.close();
      await Promise.all([smtp.close(), sms.close()]);
      await scratch.drop();
    }
  });
});
