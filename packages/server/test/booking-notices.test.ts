// Meetings by email: a booking is confirmed to the family (with the calendar file, in their
// language, with the arrangements they asked for) and told to the educator; the day before,
// both are reminded; a cancelled meeting is said, and its reminder never goes.
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { selectRows, type Database } from '../src/db/database.js';
import { notifications } from '../src/db/schema.js';
import { labelsFor } from '../src/ics-labels.js';
import { copyFor } from '../src/notification-copy.js';
import { type SmtpSink } from '../src/smtp-sink.js';
import { backends } from './harness.js';
import { mailsTo, MINUTE, type Opened, type Rig, openDistrict } from './notify-rig.js';

// Hours of test time pass in these tests: each tick runs the queue's polls, slower on a loaded machine.
vi.setConfig({ testTimeout: 120_000 });

const ANA = 'ana.torres@families.example';
const RIVERA = 'rivera@riverside.example';
/** The part of a subject before its `{when}`. */
const opening = (template: string) => template.split('{when}')[0]!;

describe.each(backends)('meeting notices on $name', (backend) => {
  let database: Database;
  let smtp: SmtpSink;
  let rig: Rig;
  let opened: Opened;
  const slotIds: string[] = [];

  beforeAll(async () => {
    opened = await openDistrict(backend);
    ({ database, smtp, rig } = opened);
    // Friday of the same week, 15:00–16:00 in Chicago, two half-hour meetings.
    const offer = await rig.api('POST', '/api/v1/educators/per_n_rivera/offers', {
      token: await rig.as('per_n_rivera'),
      body: {
        recurrence: 'once',
        startDate: '2026-03-13',
        startTime: '15:00',
        endTime: '16:00',
        durationMinutes: 30,
        modalities: ['in_person'],
        location: 'Room 12',
        maxBookingsPerHousehold: 2,
      },
    });
    expect(offer.status).toBe(201);
    const slots = await rig.api(
      'GET',
      '/api/v1/educators/per_n_rivera/slots?from=2026-03-13T00:00:00Z&to=2026-03-14T06:00:00Z',
      { token: await rig.as('per_n_ana') },
    );
    slotIds.push(...(slots.json.items as { id: string }[]).map((s) => s.id));
    expect(slotIds).toHaveLength(2);
  });
  afterAll(() => opened?.close());

  it('confirms a booking to the family in Spanish with the calendar file and the arrangements, and tells the educator', async () => {
    const booked = await rig.api('POST', `/api/v1/slots/${slotIds[0]}/bookings`, {
      token: await rig.as('per_n_ana'),
      body: { studentId: 'stu_n_mateo', modality: 'in_person', needs: { interpreterLanguage: 'es', childCare: true } },
    });
    expect(booked.status).toBe(201);
    // Each notice has its job, queued for its time and recorded beside it (a notice without one
    // would be queued again by the next booking's transaction).
    const queued = await database.db
      .select({ id: notifications.id, jobId: notifications.jobId, dueAt: notifications.dueAt })
      .from(notifications)
      .where(eq(notifications.bookingId, booked.json.id as string));
    const jobs = await selectRows<{ id: string; startAfter: Date }>(
      database.db,
      sql`select id::text as id, start_after as "startAfter" from tandem_jobs.job where name = 'notify'`,
    );
    const jobOf = new Map(jobs.map((job) => [job.id, new Date(job.startAfter).getTime()]));
    expect(queued.map((notice) => jobOf.get(notice.jobId ?? 'none'))).toEqual(queued.map((n) => n.dueAt.getTime()));
    expect(queued).toHaveLength(4); // the confirmation and the reminder, to each of them
    await rig.clock.tick(6 * MINUTE);
    await expect.poll(() => mailsTo(smtp, ANA).length, { timeout: 10_000 }).toBe(1);
    await expect.poll(() => mailsTo(smtp, RIVERA).length, { timeout: 10_000 }).toBe(1);
    const { mail } = mailsTo(smtp, ANA)[0]!;
    const es = copyFor('es').copy;
    expect(mail.subject?.startsWith(opening(es.bookingConfirmedSubject))).toBe(true);
    expect(mail.subject).toContain('13'); // the meeting's day, in her words
    const labels = labelsFor('es').labels;
    expect(mail.text).toContain(labels.childCare);
    expect(mail.text).toContain('Room 12');
    expect(mail.attachments.map((a) => [a.filename, a.contentType])).toEqual([['meeting.ics', 'text/calendar']]);
    const ics = mail.attachments[0]!.content.toString();
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain('STATUS:CONFIRMED');
    expect(ics).toContain('DTSTART:20260313T200000Z');
    expect(
      mailsTo(smtp, RIVERA)[0]!.mail.subject?.startsWith(opening(copyFor('en').copy.bookingConfirmedSubject)),
    ).toBe(true);
  });

  it('reminds both the day before, not earlier', async () => {
    const remindAt = new Date('2026-03-12T20:00:00Z'); // a day before 15:00 Friday in Chicago
    await rig.clock.setTime(new Date(remindAt.getTime() - 10 * MINUTE));
    await rig.clock.tick(MINUTE);
    expect(mailsTo(smtp, ANA)).toHaveLength(1);
    await rig.clock.tick(15 * MINUTE);
    await expect.poll(() => mailsTo(smtp, ANA).length, { timeout: 10_000 }).toBe(2);
    await expect.poll(() => mailsTo(smtp, RIVERA).length, { timeout: 10_000 }).toBe(2);
    const reminder = mailsTo(smtp, ANA)[1]!.mail;
    expect(reminder.subject?.startsWith(opening(copyFor('es').copy.bookingReminderSubject))).toBe(true);
    expect(reminder.text).toContain(copyFor('es').copy.bookingArrangements);
  });

  it('tells both of a cancellation, and a cancelled meeting’s reminder never goes', async () => {
    const token = await rig.as('per_n_ana');
    const booked = await rig.api('POST', `/api/v1/slots/${slotIds[1]}/bookings`, {
      token,
      body: { studentId: 'stu_n_mateo', modality: 'in_person' },
    });
    expect(booked.status).toBe(201);
    // Its reminder is due in a quarter of an hour (a day before 15:30 Friday); cancel it first.
    const cancelled = await rig.api('POST', `/api/v1/bookings/${booked.json.id as string}/cancel`, {
      token,
      body: { reason: 'Work shift' },
    });
    expect(cancelled.status).toBe(200);
    await rig.clock.tick(6 * MINUTE);
    await expect.poll(() => mailsTo(smtp, ANA).length, { timeout: 10_000 }).toBe(4); // its confirmation, then this
    // Both were due at once: either may arrive first.
    const latest = mailsTo(smtp, ANA)
      .slice(2)
      .map((m) => m.mail);
    const es = copyFor('es').copy;
    const subjects = latest.map((m) => m.subject ?? '');
    expect(subjects.filter((s) => s.startsWith(opening(es.bookingCancelledSubject)))).toHaveLength(1);
    expect(subjects.filter((s) => s.startsWith(opening(es.bookingConfirmedSubject)))).toHaveLength(1);
    const said = latest.find((m) => m.subject?.startsWith(opening(es.bookingCancelledSubject)));
    expect(said?.attachments[0]?.content.toString()).toContain('STATUS:CANCELLED');
    await expect.poll(() => mailsTo(smtp, RIVERA).length, { timeout: 10_000 }).toBe(4);

    await rig.clock.tick(30 * MINUTE); // past when its reminder was due
    const notices = async () =>
      (
        await database.db
          .select({ kind: notifications.kind, status: notifications.status, outcome: notifications.outcome })
          .from(notifications)
          .where(and(eq(notifications.bookingId, booked.json.id as string), eq(notifications.recipientId, 'per_n_ana')))
      ).sort((a, b) => a.kind.localeCompare(b.kind));
    await expect
      .poll(async () => (await notices()).find((n) => n.kind === 'booking_reminder')?.status, { timeout: 10_000 })
      .toBe('skipped');
    expect(await notices()).toEqual([
      { kind: 'booking_cancelled', status: 'sent', outcome: null },
      { kind: 'booking_confirmed', status: 'sent', outcome: null },
      { kind: 'booking_reminder', status: 'skipped', outcome: 'cancelled' },
    ]);
    expect(mailsTo(smtp, ANA)).toHaveLength(4);
  });
});
