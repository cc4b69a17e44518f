// The student's record (GET /api/v1/students/{studentId}/record): each viewer's copy checked
// against the database, the printable page's escaping and headers, who may ask, and the audit row.
import { problemTypes, StudentRecord } from '@tandem/contract';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorize } from '../src/authz.js';
import type { Database } from '../src/db/database.js';
import {
  assignments,
  auditEvents,
  availabilityOffers,
  bookings,
  contentTranslations,
  goals,
  guardianships,
  messageEdits,
  messageReports,
  messages,
  messageTranslations,
  progressEntries,
  schedulingEvents,
  schools,
  slots,
  students,
  threadParticipants,
  threads,
  waitlistEntries,
} from '../src/db/schema.js';
import { buildStudentRecord, prefersHtml } from '../src/routes/record.js';
import { flushReadAudits } from '../src/read-audit.js';
import { backends, client, expectProblem, seeded, testConfig, tokenFor } from './harness.js';

/** The server's clock: a fixed instant (09:00 in Chicago), so "produced at" is known. */
const NOW = new Date('2031-02-03T15:00:00Z');
const HOSTILE = '<script>alert("x")</script> & <img src=x onerror=alert(1)>';
const person = (id: string) => ({ id, tenant: 'ten_riverside' });
const iso = (at: Date | null) => at?.toISOString() ?? null;
const PATH = '/api/v1/students/stu_jaylen/record';

describe.each(backends)('student record on $name', (backend) => {
  let database: Database;
  let call: ReturnType<typeof client>;
  const tokens: Record<string, string> = {};
  /** What the scenario made: ids to find in (or keep out of) each copy. */
  const made = {
    johnsonMessage: '',
    millerMessage: '',
    groupThread: '',
    johnsonBooking: '',
    millerBooking: '',
    waitlistEntry: '',
    millerReason: 'Night shift that week at the plant',
  };
  const record = async (who: string, headers: Record<string, string> = {}) =>
    call('GET', PATH, { token: tokens[who], headers });

  beforeAll(async () => {
    database = await seeded(backend);
    // Jaylen's mother books one of Mr. Haddad's times and is booked into another from the
    // waiting list: more than the per-household default of one, which has tests of its own.
    await database.db
      .update(availabilityOffers)
      .set({ maxBookingsPerHousehold: 5 })
      .where(eq(availabilityOffers.educatorId, 'per_haddad'));
    call = client(database, testConfig(), () => NOW);
    for (const id of ['per_johnson', 'per_miller', 'per_haddad', 'per_rivera', 'per_kim', 'per_garcia', 'per_okafor']) {
      tokens[id] = await tokenFor(person(id), { issuedAt: NOW });
    }
    const ok = (response: Awaited<ReturnType<typeof call>>, status = 201) => {
      expect(response.status, JSON.stringify(response.json)).toBe(status);
      return response.json;
    };

    // Jaylen's mother writes hostile text, changes it, and the school's translator answers it.
    const sent = ok(
      await call('POST', '/api/v1/threads/thr_jaylen_johnson_haddad/messages', {
        token: tokens.per_johnson,
        body: { body: `First draft ${HOSTILE}`, clientMessageId: 'rec-1' },
      }),
    );
    made.johnsonMessage = sent.id;
    ok(
      await call('PATCH', `/api/v1/messages/${sent.id}`, {
        token: tokens.per_johnson,
        body: { body: `Second try ${HOSTILE}` },
      }),
      200,
    );
    await database.db
      .insert(messageTranslations)
      .values({ messageId: sent.id, language: 'es', body: `Traducción ${HOSTILE}`, createdAt: NOW });
    ok(
      await call('POST', '/api/v1/messages/msg_jaylen_johnson_haddad_1/reports', {
        token: tokens.per_johnson,
        body: { reason: 'other', note: `Report note ${HOSTILE}` },
      }),
    );
    const group = ok(
      await call('POST', '/api/v1/students/stu_jaylen/threads', {
        token: tokens.per_johnson,
        body: { participantIds: ['per_haddad', 'per_rivera'], subject: `"><b>Subject</b> ${HOSTILE}` },
      }),
    );
    made.groupThread = group.id;
    ok(
      await call('POST', '/api/v1/goals/goal_jaylen_start/progress', {
        token: tokens.per_johnson,
        body: { value: 75, date: '2031-02-02', note: `At home ${HOSTILE}` },
      }),
    );

    // The other home: a message, a report, a booking with notes, cancelled with a reason.
    made.millerMessage = ok(
      await call('POST', '/api/v1/threads/thr_jaylen_miller_haddad/messages', {
        token: tokens.per_miller,
        body: { body: 'Private note from the other home', clientMessageId: 'rec-2' },
      }),
    ).id;
    ok(
      await call('POST', '/api/v1/messages/msg_jaylen_miller_haddad_2/reports', {
        token: tokens.per_miller,
        body: { reason: 'privacy', note: 'Miller report' },
      }),
    );
    const range = `from=${encodeURIComponent(NOW.toISOString())}&to=${encodeURIComponent(new Date(NOW.getTime() + 14 * 86_400_000).toISOString())}`;
    const free = (
      ok(await call('GET', `/api/v1/educators/per_haddad/slots?${range}`, { token: tokens.per_johnson }), 200)
        .items as { id: string; available: boolean }[]
    ).filter((s) => s.available);
    const [first, second, third] = free;
    made.johnsonBooking = ok(
      await call('POST', `/api/v1/slots/${first!.id}/bookings`, {
        token: tokens.per_johnson,
        body: { studentId: 'stu_jaylen', modality: 'video', needs: { transport: true, accessibilityNote: HOSTILE } },
      }),
    ).id;
    made.millerBooking = ok(
      await call('POST', `/api/v1/slots/${second!.id}/bookings`, {
        token: tokens.per_miller,
        body: { studentId: 'stu_jaylen', modality: 'phone', needs: { interpreterLanguage: 'fr', childCare: true } },
      }),
    ).id;
    ok(
      await call('POST', `/api/v1/bookings/${made.millerBooking}/cancel`, {
        token: tokens.per_miller,
        body: { reason: made.millerReason },
      }),
      200,
    );
    // Johnson waits for a time Noor's father holds; his cancelling books her into it.
    const omar = await tokenFor(person('per_alsayed_omar'), { issuedAt: NOW });
    const noorBooking = ok(
      await call('POST', `/api/v1/slots/${third!.id}/bookings`, {
        token: omar,
        body: { studentId: 'stu_noor', modality: 'phone', needs: { accessibilityNote: 'Noor family note' } },
      }),
    ).id;
    made.waitlistEntry = ok(
      await call('POST', `/api/v1/slots/${third!.id}/waitlist`, {
        token: tokens.per_johnson,
        body: { studentId: 'stu_jaylen', modality: 'in_person', needs: { childCare: true } },
      }),
    ).id;
    ok(await call('POST', `/api/v1/bookings/${noorBooking}/cancel`, { token: omar, body: {} }), 200);
    // A roster import ended something: the system acted, no person did.
    await database.db.insert(schedulingEvents).values({
      tenantId: 'ten_riverside',
      studentId: 'stu_jaylen',
      bookingId: null,
      actorId: null,
      kind: 'cancelled',
      detail: 'Roster import: access ended',
      at: NOW,
    });

    // Reads for the access log: the school, and the other home.
    ok(await call('GET', '/api/v1/students/stu_jaylen/goals', { token: tokens.per_haddad }), 200);
    ok(await call('GET', '/api/v1/threads/thr_jaylen_johnson_haddad/messages', { token: tokens.per_haddad }), 200);
    ok(await call('GET', '/api/v1/threads/thr_jaylen_miller_haddad/messages', { token: tokens.per_haddad }), 200);
    ok(await call('GET', '/api/v1/students/stu_jaylen/goals', { token: tokens.per_miller }), 200);
    ok(await call('GET', '/api/v1/students/stu_jaylen', { token: tokens.per_kim }), 200);
  });
  afterAll(() => database.close());

  /** What the database holds about Jaylen, read here independently of the server's code. */
  const stored = async () => {
    const db = database.db;
    const [row] = await db
      .select({ student: students, school: schools })
      .from(students)
      .innerJoin(schools, eq(schools.id, students.schoolId))
      .where(eq(students.id, 'stu_jaylen'));
    const goalRows = await db
      .select()
      .from(goals)
      .where(eq(goals.studentId, 'stu_jaylen'))
      .orderBy(asc(goals.createdAt), asc(goals.id));
    const progressRows = await db
      .select()
      .from(progressEntries)
      .where(eq(progressEntries.studentId, 'stu_jaylen'))
      .orderBy(asc(progressEntries.date), asc(progressEntries.createdAt), asc(progressEntries.id));
    const threadRows = await db
      .select()
      .from(threads)
      .where(eq(threads.studentId, 'stu_jaylen'))
      .orderBy(asc(threads.createdAt), asc(threads.id));
    const participantRows = await db
      .select()
      .from(threadParticipants)
      .where(
        inArray(
          threadParticipants.threadId,
          threadRows.map((t) => t.id),
        ),
      )
      .orderBy(asc(threadParticipants.personId));
    const messageRows = await db
      .select()
      .from(messages)
      .where(
        inArray(
          messages.threadId,
          threadRows.map((t) => t.id),
        ),
      )
      .orderBy(asc(messages.seq));
    const ids = messageRows.map((m) => m.id);
    const bookingRows = await db
      .select({ booking: bookings, slot: slots, offer: availabilityOffers })
      .from(bookings)
      .innerJoin(slots, eq(slots.id, bookings.slotId))
      .innerJoin(availabilityOffers, eq(availabilityOffers.id, slots.offerId))
      .where(eq(bookings.studentId, 'stu_jaylen'))
      .orderBy(asc(slots.startsAt), asc(bookings.id));
    return {
      ...row!,
      guardians: await db
        .select()
        .from(guardianships)
        .where(eq(guardianships.studentId, 'stu_jaylen'))
        .orderBy(asc(guardianships.personId)),
      educators: await db
        .select()
        .from(assignments)
        .where(eq(assignments.studentId, 'stu_jaylen'))
        .orderBy(asc(assignments.educatorId)),
      goals: goalRows,
      progress: progressRows,
      threads: threadRows,
      participants: participantRows,
      messages: messageRows,
      translations: await db.select().from(messageTranslations).where(inArray(messageTranslations.messageId, ids)),
      edits: await db.select().from(messageEdits).where(inArray(messageEdits.messageId, ids)),
      reports: await db.select().from(messageReports).where(inArray(messageReports.messageId, ids)),
      bookings: bookingRows,
      scheduling: await db
        .select()
        .from(schedulingEvents)
        .where(eq(schedulingEvents.studentId, 'stu_jaylen'))
        .orderBy(asc(schedulingEvents.id)),
      waitlist: await db
        .select({ entry: waitlistEntries, start: slots.startsAt })
        .from(waitlistEntries)
        .innerJoin(slots, eq(slots.id, waitlistEntries.slotId))
        .where(eq(waitlistEntries.studentId, 'stu_jaylen')),
      // The reads answered so far, whose events wait for their batch, as the record's route sees them.
      audit: await flushReadAudits(db).then(() =>
        db
          .select()
          .from(auditEvents)
          .where(eq(auditEvents.studentId, 'stu_jaylen'))
          .orderBy(asc(auditEvents.at), asc(auditEvents.id)),
      ),
    };
  };

  type Stored = Awaited<ReturnType<typeof stored>>;
  const needsOf = (b: Stored['bookings'][number]['booking']) => ({
    interpreterLanguage: b.interpreterLanguage,
    childCare: b.childCare,
    transport: b.transport,
    accessibilityNote: b.accessibilityNote,
  });
  /** The record's threads as the database holds them, for the given thread ids and report filter. */
  const threadsFrom = (db: Stored, threadIds: string[], reportBy: string | null) =>
    db.threads
      .filter((t) => threadIds.includes(t.id))
      .map((t) => ({
        id: t.id,
        kind: t.kind,
        subject: t.subject,
        createdBy: t.createdBy,
        createdAt: iso(t.createdAt),
        lastMessageAt: iso(t.lastMessageAt),
        participants: db.participants
          .filter((p) => p.threadId === t.id)
          .map((p) => ({
            personId: p.personId,
            lastDeliveredSeq: Math.max(p.lastDeliveredSeq, p.lastReadSeq),
            lastReadSeq: p.lastReadSeq,
          })),
        messages: db.messages
          .filter((m) => m.threadId === t.id)
          .map((m) => ({
            id: m.id,
            seq: m.seq,
            senderId: m.senderId,
            senderRole: m.senderRole,
            body: m.body,
            language: m.language,
            sentAt: iso(m.sentAt),
            deliverAfter: iso(m.deliverAfter),
            editedAt: iso(m.editedAt),
            translations: db.translations
              .filter((x) => x.messageId === m.id)
              .map((x) => ({ language: x.language, body: x.body, createdAt: iso(x.createdAt) })),
            edits: db.edits
              .filter((e) => e.messageId === m.id)
              .map((e) => ({ previousBody: e.previousBody, editedAt: iso(e.editedAt) })),
            reports: db.reports
              .filter((r) => r.messageId === m.id && (reportBy === null || r.reportedBy === reportBy))
              .map((r) => ({
                id: r.id,
                reportedBy: r.reportedBy,
                reason: r.reason,
                note: r.note,
                createdAt: iso(r.createdAt),
              })),
          })),
      }));
  const auditFrom = (rows: Stored['audit']) =>
    rows.map((r) => ({
      id: r.id,
      at: iso(r.at),
      actorId: r.actorId,
      action: r.action,
      resourceType: r.resourceType,
      resourceId: r.resourceId,
      requestId: r.requestId,
    }));

  it("gives Jaylen's mother her family copy, field by field as the database holds it", async () => {
    const db = await stored();
    const response = await record('per_johnson');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(response.headers.get('Vary')).toMatch(/\bAccept\b/);
    expect(StudentRecord.safeParse(response.json).success).toBe(true);
    const copy = response.json as StudentRecord;

    expect(copy.generatedAt).toBe(NOW.toISOString());
    expect(copy.view).toBe('family');
    expect(copy.viewer).toEqual({
      id: 'per_johnson',
      displayName: 'Tasha Johnson',
      kind: 'guardian',
      educatorRole: null,
    });
    expect(copy.district).toEqual({ id: 'ten_riverside', name: 'Riverside Unified School District' });
    expect(copy.school).toEqual({
      id: db.school.id,
      tenantId: db.school.tenantId,
      name: db.school.name,
      timeZone: db.school.timeZone,
    });
    expect(copy.student).toEqual({
      id: db.student.id,
      givenName: db.student.givenName,
      familyName: db.student.familyName,
      preferredName: db.student.preferredName,
      gradeLevel: db.student.gradeLevel,
      sourcedId: db.student.sourcedId,
      deactivatedAt: iso(db.student.deactivatedAt),
    });
    // Her own guardianship only: not the other home's flags or custody note.
    expect(db.guardians.map((g) => g.personId)).toEqual(['per_johnson', 'per_miller']);
    const own = db.guardians.find((g) => g.personId === 'per_johnson')!;
    expect(copy.guardians).toEqual([
      {
        personId: own.personId,
        relationshipLabel: own.relationshipLabel,
        mayViewRecords: own.mayViewRecords,
        mayMessage: own.mayMessage,
        mayBook: own.mayBook,
        custodyNote: own.custodyNote,
      },
    ]);
    expect(copy.educators).toEqual(db.educators.map((a) => ({ personId: a.educatorId, role: a.role })));

    // Translations as stored, per subject (goal, step, entry, offer, booking).
    const allTranslations = await database.db.select().from(contentTranslations);
    const translated = (subjectId: string, fields?: string[]) =>
      allTranslations
        .filter((t) => t.subjectId === subjectId && (!fields || fields.includes(t.field)))
        .sort((a, b) => a.field.localeCompare(b.field) || a.language.localeCompare(b.language))
        .map((t) => ({ field: t.field, language: t.language, text: t.text, machine: t.machine }));
    // Every goal, and every progress entry with who recorded it, in which role and where.
    expect(copy.goals.map((g) => g.id)).toEqual(db.goals.map((g) => g.id));
    for (const [i, goal] of copy.goals.entries()) {
      const row = db.goals[i]!;
      expect({ ...goal, progress: undefined }).toEqual({
        id: row.id,
        studentId: row.studentId,
        domain: row.domain,
        statement: row.statement,
        measureType: row.measureType,
        unit: row.unit,
        baseline: row.baseline,
        target: row.target,
        startDate: row.startDate,
        targetDate: row.targetDate,
        status: row.status,
        actionSteps: row.actionSteps.map((step) => ({
          ...step,
          language: step.language ?? row.language,
          translations: translated(step.id),
        })),
        createdBy: row.createdBy,
        creatorRole: row.creatorRole,
        language: row.language,
        translations: translated(row.id),
        interpreterReview: row.interpreterReview,
        version: row.version,
        createdAt: iso(row.createdAt),
        updatedAt: iso(row.updatedAt),
        progress: undefined,
      });
      const entries = db.progress.filter((p) => p.goalId === row.id);
      expect(entries.length).toBeGreaterThan(0);
      expect(goal.progress).toEqual(
        entries.map((p) => ({
          id: p.id,
          goalId: p.goalId,
          studentId: p.studentId,
          value: p.value,
          date: p.date,
          note: p.note,
          recordedBy: p.recordedBy,
          recorderRole: p.recorderRole,
          setting: p.setting,
          language: p.language,
          translations: translated(p.id),
          createdAt: iso(p.createdAt),
        })),
      );
    }
    const homeEntry = copy.goals.flatMap((g) => g.progress).find((p) => p.note === `At home ${HOSTILE}`);
    expect(homeEntry).toMatchObject({ recordedBy: 'per_johnson', recorderRole: 'guardian', setting: 'home' });

    // Her threads only, with every message, translation, earlier text, and her own reports.
    const hers = db.participants.filter((p) => p.personId === 'per_johnson').map((p) => p.threadId);
    expect(hers.sort()).toEqual(['thr_jaylen_johnson_haddad', 'thr_jaylen_johnson_rivera', made.groupThread].sort());
    expect(copy.threads).toEqual(threadsFrom(db, hers, 'per_johnson'));
    const edited = copy.threads.flatMap((t) => t.messages).find((m) => m.id === made.johnsonMessage)!;
    expect(edited.body).toBe(`Second try ${HOSTILE}`);
    expect(edited.edits).toEqual([{ previousBody: `First draft ${HOSTILE}`, editedAt: NOW.toISOString() }]);
    expect(edited.translations).toEqual([
      { language: 'es', body: `Traducción ${HOSTILE}`, createdAt: NOW.toISOString() },
    ]);
    const reported = copy.threads.flatMap((t) => t.messages).find((m) => m.id === 'msg_jaylen_johnson_haddad_1')!;
    expect(reported.reports).toMatchObject([{ reportedBy: 'per_johnson', reason: 'other' }]);

    // Every booking, cancelled ones too; the other home's notes stay theirs.
    expect(copy.bookings).toEqual(
      db.bookings.map(({ booking, slot, offer }) => ({
        id: booking.id,
        slotId: booking.slotId,
        studentId: booking.studentId,
        educatorId: booking.educatorId,
        bookedBy: booking.bookedBy,
        // Her own name on her bookings; the other home's booker is not hers to see.
        bookedByName: booking.bookedBy === 'per_johnson' ? 'Tasha Johnson' : null,
        start: iso(slot.startsAt),
        end: iso(slot.endsAt),
        timeZone: offer.timeZone,
        modality: booking.modality,
        location: offer.location,
        language: booking.language,
        // Where to meet, translated for the educator's families; a note's only for the home that wrote it.
        translations: [
          ...translated(offer.id, ['location']),
          ...(booking.bookedBy === 'per_johnson' ? translated(booking.id, ['accessibilityNote']) : []),
        ],
        needs: booking.bookedBy === 'per_johnson' ? needsOf(booking) : null,
        status: booking.status,
        createdAt: iso(booking.createdAt),
        cancelledAt: iso(booking.cancelledAt),
      })),
    );
    expect(copy.bookings.map((b) => [b.bookedBy, b.status]).sort()).toEqual([
      ['per_johnson', 'booked'],
      ['per_johnson', 'booked'],
      ['per_miller', 'cancelled'],
    ]);
    expect(copy.schedulingEvents).toEqual(
      db.scheduling.map((e) => ({
        kind: e.kind,
        bookingId: e.bookingId,
        actorId: e.actorId,
        detail: e.actorId === 'per_johnson' ? e.detail : null,
        at: iso(e.at),
      })),
    );
    expect(copy.schedulingEvents.some((e) => e.actorId === null)).toBe(true);
    expect(copy.waitlist).toEqual(
      db.waitlist.map(({ entry, start }) => ({
        id: entry.id,
        slotId: entry.slotId,
        educatorId: 'per_haddad',
        start: iso(start),
        personId: entry.personId,
        modality: entry.modality,
        needs: { interpreterLanguage: null, childCare: true, transport: false, accessibilityNote: null },
        status: entry.status,
        bookingId: entry.bookingId,
        createdAt: iso(entry.createdAt),
      })),
    );
    expect(copy.waitlist).toMatchObject([{ id: made.waitlistEntry, status: 'booked' }]);

    // The access log: her own actions and the school's on what she sees; nothing of the other home.
    const staff = new Set(['per_haddad', 'per_rivera', 'per_kim']);
    const shared = new Set(['student', 'goals', 'goal', 'progress', 'booking', 'waitlist', 'student_record']);
    const visible = new Set([...hers, ...copy.threads.flatMap((t) => t.messages.map((m) => m.id))]);
    const expected = db.audit.filter(
      (r) =>
        r.actorId === 'per_johnson' ||
        (staff.has(r.actorId) && (shared.has(r.resourceType) || visible.has(r.resourceId))),
    );
    expect(copy.audit).toEqual(auditFrom(expected));
    expect(copy.audit.map((r) => [r.actorId, r.resourceType, r.resourceId])).toEqual(
      expect.arrayContaining([
        ['per_haddad', 'goals', 'stu_jaylen'],
        ['per_haddad', 'messages', 'thr_jaylen_johnson_haddad'],
        ['per_kim', 'student', 'stu_jaylen'],
      ]),
    );

    // Nothing of the other home's conversations, notes or reasons, nor of any other student.
    const text = JSON.stringify(copy);
    for (const absent of [
      'thr_jaylen_miller_haddad',
      made.millerMessage,
      'Private note from the other home',
      'Miller report',
      made.millerReason,
      'Roster import: access ended',
      '"fr"',
      'stu_mateo',
      'goal_mateo',
      'stu_noor',
      'Noor family note',
    ]) {
      expect(text).not.toContain(absent);
    }
    expect(copy.audit.some((r) => r.actorId === 'per_miller')).toBe(false);
    // Names for everyone it mentions, and no contact details.
    const ids = new Set(copy.people.map((p) => p.id));
    for (const id of [
      ...copy.goals.flatMap((g) => [g.createdBy, ...g.progress.map((p) => p.recordedBy)]),
      ...copy.threads.flatMap((t) => [...t.participants.map((p) => p.personId), ...t.messages.map((m) => m.senderId)]),
      ...copy.bookings.flatMap((b) => [b.bookedBy, b.educatorId]),
      ...copy.audit.map((r) => r.actorId),
    ]) {
      expect(ids).toContain(id);
    }
    expect(Object.keys(copy.people[0]!).sort()).toEqual(['displayName', 'educatorRole', 'id', 'kind']);
  });

  it("gives the district's admin every thread, note, reason and access-log entry", async () => {
    const db = await stored();
    const response = await record('per_kim');
    expect(response.status).toBe(200);
    const copy = response.json as StudentRecord;
    expect(copy.view).toBe('district');
    expect(copy.guardians.map((g) => [g.personId, g.custodyNote])).toEqual(
      db.guardians.map((g) => [g.personId, g.custodyNote]),
    );
    expect(copy.threads).toEqual(
      threadsFrom(
        db,
        db.threads.map((t) => t.id),
        null,
      ),
    );
    expect(copy.bookings.find((b) => b.id === made.millerBooking)?.needs).toEqual({
      interpreterLanguage: 'fr',
      childCare: true,
      transport: false,
      accessibilityNote: null,
    });
    expect(copy.schedulingEvents.map((e) => e.detail)).toEqual(db.scheduling.map((e) => e.detail));
    expect(copy.audit).toEqual(auditFrom(db.audit));
    expect(copy.audit.some((r) => r.actorId === 'per_miller')).toBe(true);
  });

  it('gives an assigned educator their own conversations and their own access-log entries', async () => {
    const db = await stored();
    const response = await record('per_haddad');
    expect(response.status).toBe(200);
    const copy = response.json as StudentRecord;
    expect(copy.view).toBe('educator');
    const theirs = db.participants.filter((p) => p.personId === 'per_haddad').map((p) => p.threadId);
    expect(copy.threads).toEqual(threadsFrom(db, theirs, 'per_haddad'));
    expect(copy.threads.map((t) => t.id)).toContain('thr_jaylen_miller_haddad');
    expect(copy.threads.map((t) => t.id)).not.toContain('thr_jaylen_johnson_rivera');
    expect(copy.audit).toEqual(auditFrom(db.audit.filter((r) => r.actorId === 'per_haddad')));
    expect(copy.bookings.every((b) => b.needs !== null)).toBe(true);
    expect(copy.guardians).toHaveLength(2);
  });

  it('answers 403 to a guardian without record access, 404 to anyone out of scope, and audits only the exports it gives', async () => {
    const exports = () =>
      database.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.resourceType, 'student_record'), eq(auditEvents.studentId, 'stu_jaylen')));
    const before = (await exports()).length;
    await database.db
      .update(guardianships)
      .set({ mayViewRecords: false })
      .where(and(eq(guardianships.personId, 'per_miller'), eq(guardianships.studentId, 'stu_jaylen')));
    try {
      expectProblem(await record('per_miller'), 403, problemTypes.forbidden, {
        detail: "You cannot see this student's records.",
      });
    } finally {
      await database.db
        .update(guardianships)
        .set({ mayViewRecords: true })
        .where(and(eq(guardianships.personId, 'per_miller'), eq(guardianships.studentId, 'stu_jaylen')));
    }
    expectProblem(await record('per_garcia'), 404, problemTypes.notFound); // Mateo's mother
    expectProblem(await record('per_okafor'), 404, problemTypes.notFound); // not Jaylen's educator
    const lake = await call('GET', PATH, {
      token: await tokenFor({ id: 'per_lake_parent', tenant: 'ten_lakeside' }, { issuedAt: NOW }),
    });
    expectProblem(lake, 404, problemTypes.notFound);
    expectProblem(await call('GET', PATH), 401, problemTypes.unauthorized);
    const missing = await call('GET', '/api/v1/students/stu_nobody/record', { token: tokens.per_kim });
    expectProblem(missing, 404, problemTypes.notFound);
    expect(await exports()).toHaveLength(before);

    const admin = await record('per_kim');
    expect(admin.status).toBe(200);
    const rows = await exports();
    expect(rows).toHaveLength(before + 1);
    const requestId = admin.headers.get('X-Request-Id');
    expect(rows.find((r) => r.requestId === requestId)).toMatchObject({
      tenantId: 'ten_riverside',
      actorId: 'per_kim',
      action: 'read',
      resourceType: 'student_record',
      resourceId: 'stu_jaylen',
      studentId: 'stu_jaylen',
      at: NOW,
    });
    // The next copy shows the export before it.
    const next = (await record('per_kim')).json as StudentRecord;
    expect(next.audit.filter((r) => r.resourceType === 'student_record').map((r) => r.requestId)).toContain(requestId);
  });

  it('sends a printable page, escaped, with names, school-time dates and a strict policy, when Accept asks for HTML', async () => {
    const response = await record('per_johnson', { Accept: 'text/html' });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('Content-Security-Policy')).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(response.headers.get('Vary')).toMatch(/\bAccept\b/);
    const page = String(response.json);
    expect(page).toMatch(/^<!doctype html>\s*<html lang="en">/);
    expect(page).toContain('<h1>Student record: Jaylen Johnson-Miller</h1>');
    // Produced at the injected clock's instant, on the school's clock (Chicago: UTC−6 in February).
    expect(page).toContain('Produced <time datetime="2031-02-03T15:00:00.000Z">Feb 3, 2031, 9:00 AM CST</time>');
    expect(page).toContain('for Tasha Johnson (mother)');
    expect(page).toContain('Layla Haddad (special educator)');
    expect(page).not.toMatch(/>per_[a-z]+</); // names, not ids
    // Hostile text, wherever it came from, is text: no element, no attribute it could open.
    expect(page).not.toMatch(/<script|<img|<b>|onerror=alert\(1\)>/i);
    const escaped = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;';
    for (const text of [
      `Second try ${escaped}`,
      `First draft ${escaped}`,
      `Traducción ${escaped}`,
      `Report note ${escaped}`,
      `At home ${escaped}`,
      `&quot;&gt;&lt;b&gt;Subject&lt;/b&gt; ${escaped}`,
      `note: ${escaped}`,
    ]) {
      expect(page).toContain(text);
    }
    expect(page).toContain('<p class="text" lang="en" dir="auto">Second try');
    // The other home stays out of the page too.
    expect(page).not.toContain('Private note from the other home');
    expect(page).not.toContain(made.millerReason);
    expect(page).toContain('Tandem (automatically)'); // the roster import's scheduling event

    // JSON stays the default, and wins a tie; a browser's navigation gets the page.
    for (const accept of ['*/*', 'application/json', 'text/html;q=0.5, application/json', 'text/*, application/*']) {
      const json = await record('per_johnson', { Accept: accept });
      expect(json.headers.get('Content-Type'), accept).toMatch(/^application\/json/);
    }
    const browser = await record('per_johnson', {
      Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
    });
    expect(browser.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    // A refusal is a problem, whatever was asked for.
    expectProblem(await record('per_garcia', { Accept: 'text/html' }), 404, problemTypes.notFound);
  });

  it('reads the same record one row per page as 500 rows per page', async () => {
    for (const who of ['per_johnson', 'per_kim']) {
      const actor = { id: who, tenantId: 'ten_riverside', kind: who === 'per_kim' ? 'admin' : 'guardian' } as const;
      const access = await authorize(database.db, actor, 'records:read', 'stu_jaylen');
      const paged = await buildStudentRecord(database.db, actor, access, NOW, 1);
      const whole = await buildStudentRecord(database.db, actor, access, NOW);
      expect(paged).toEqual(whole);
      expect(whole.goals.flatMap((g) => g.progress).length).toBeGreaterThan(10);
      expect(whole.audit.length).toBeGreaterThan(5);
    }
  });
});

describe('Accept negotiation', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['*/*', false],
    ['application/json', false],
    ['text/html', true],
    ['TEXT/HTML', true],
    ['text/html;q=0', false],
    ['text/html;q=0.9, application/json;q=0.8', true],
    ['application/json;q=0.9, text/html;q=0.9', false],
    ['text/*;q=0.5, */*;q=0.1', true],
    ['image/png', false],
    ['text/html;q=abc', false],
  ])('%s → html %s', (accept, html) => {
    expect(prefersHtml(accept)).toBe(html);
  });
});
