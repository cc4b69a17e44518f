import {
  getStudentRecord as recordRoute,
  type Booking,
  type RecordAuditEntry,
  type RecordMessage,
  type RecordPerson,
  type RecordThread,
  type RecordView,
  type StudentRecord,
} from '@tandem/contract';
import { and, asc, eq, gt, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Hono } from 'hono';
import type { Actor } from '../auth.js';
import { audit } from '../audit.js';
import { authorize, type StudentAccess } from '../authz.js';
import { allOf, type Db } from '../db/database.js';
import {
  assignments,
  auditEvents,
  availabilityOffers,
  bookings,
  goals,
  guardianships,
  messageEdits,
  messageReports,
  messages,
  messageTranslations,
  people,
  progressEntries,
  schedulingEvents,
  schools,
  slots,
  students,
  tenants,
  threadParticipants,
  threads,
  waitlistEntries,
} from '../db/schema.js';
import { middlewares, type HttpDeps } from '../middleware.js';
import { notFound } from '../problem.js';
import { goalTranslations, toGoal, toProgressEntry } from './goals.js';
import { bookingTranslations, bookingTranslationsOf } from './scheduling.js';
import { contentTranslationsOf } from '../content-translations.js';
import { RECORD_PAGE_CSP, renderRecordPage } from './record-page.js';

/** Rows per query: the record is read in bounded pages, however long the student's history. */
export const RECORD_PAGE_SIZE = 500;

/**
 * Every row a paged query gives: `fetch(after, limit)` returns at most `limit` rows that sort
 * after `after` (the last row of the previous page; undefined for the first).
 */
async function allPages<Row>(
  pageSize: number,
  fetch: (after: Row | undefined, limit: number) => PromiseLike<Row[]>,
): Promise<Row[]> {
  const rows: Row[] = [];
  for (let after: Row | undefined; ;) {
    const page = await fetch(after, pageSize);
    rows.push(...page);
    if (page.length < pageSize) return rows;
    after = page.at(-1);
  }
}

/** `query(ids)` over bounded slices of `ids`, the results concatenated. */
async function inSlices<Row>(ids: string[], size: number, query: (slice: string[]) => Promise<Row[]>) {
  const rows: Row[] = [];
  for (let i = 0; i < ids.length; i += size) rows.push(...(await query(ids.slice(i, i + size))));
  return rows;
}

const iso = (at: Date) => at.toISOString();
const isoOrNull = (at: Date | null) => at?.toISOString() ?? null;

/** Audit rows a family's copy shows when the school did it: on the parts every guardian with record access sees. */
const SHARED_RESOURCES = new Set(['student', 'goals', 'goal', 'progress', 'booking', 'waitlist', 'student_record']);

const viewOf = (actor: Actor): RecordView =>
  actor.kind === 'admin' ? 'district' : actor.kind === 'educator' ? 'educator' : 'family';

/**
 * The student's record as this viewer may see it, read in pages of `pageSize` rows; other
 * students' rows are never read. Who sees what is in docs/records.md and follows the other
 * routes: a family sees their own conversations only, and another home's booking notes and
 * reasons never.
 */
export async function buildStudentRecord(
  db: Db,
  actor: Actor,
  access: StudentAccess,
  now: Date,
  pageSize = RECORD_PAGE_SIZE,
): Promise<StudentRecord> {
  const view = viewOf(actor);
  const studentId = access.studentId;
  const staff = view !== 'family';

  const [head] = await db
    .select({ student: students, school: schools, district: { id: tenants.id, name: tenants.name } })
    .from(students)
    .innerJoin(schools, eq(schools.id, students.schoolId))
    .innerJoin(tenants, eq(tenants.id, students.tenantId))
    .where(and(eq(students.id, studentId), eq(students.tenantId, actor.tenantId)));
  if (!head) throw notFound();

  const guardianRows = await allPages<typeof guardianships.$inferSelect>(pageSize, (after, limit) =>
    db
      .select()
      .from(guardianships)
      .where(
        and(
          eq(guardianships.studentId, studentId),
          // A family's copy: their own guardianship, not another home's flags or custody notes.
          staff ? undefined : eq(guardianships.personId, actor.id),
          after ? gt(guardianships.personId, after.personId) : undefined,
        ),
      )
      .orderBy(asc(guardianships.personId))
      .limit(limit),
  );
  const educatorRows = await allPages<typeof assignments.$inferSelect>(pageSize, (after, limit) =>
    db
      .select()
      .from(assignments)
      .where(
        and(eq(assignments.studentId, studentId), after ? gt(assignments.educatorId, after.educatorId) : undefined),
      )
      .orderBy(asc(assignments.educatorId))
      .limit(limit),
  );

  const goalRows = await allPages<typeof goals.$inferSelect>(pageSize, (after, limit) =>
    db
      .select()
      .from(goals)
      .where(
        and(
          eq(goals.studentId, studentId),
          after
            ? sql`(${goals.createdAt}, ${goals.id}) > (${iso(after.createdAt)}::timestamptz, ${after.id})`
            : undefined,
        ),
      )
      .orderBy(asc(goals.createdAt), asc(goals.id))
      .limit(limit),
  );
  const goalList: StudentRecord['goals'] = [];
  for (const goal of goalRows) {
    const entries = await allPages<typeof progressEntries.$inferSelect>(pageSize, (after, limit) =>
      db
        .select()
        .from(progressEntries)
        .where(
          and(
            eq(progressEntries.goalId, goal.id),
            after
              ? sql`(${progressEntries.date}, ${progressEntries.createdAt}, ${progressEntries.id}) > (${after.date}::date, ${iso(after.createdAt)}::timestamptz, ${after.id})`
              : undefined,
          ),
        )
        .orderBy(asc(progressEntries.date), asc(progressEntries.createdAt), asc(progressEntries.id))
        .limit(limit),
    );
    // Notes only: most entries have none, and so no translations to look up.
    const noted = await contentTranslationsOf(
      db,
      entries.filter((row) => row.note).map((row) => row.id),
    );
    goalList.push({
      ...toGoal(goal, await goalTranslations(db, [goal])),
      progress: entries.map((row) => toProgressEntry(row, noted)),
    });
  }

  const threadList = await readThreads(db, actor, access, view, pageSize);
  const bookingList = await readBookings(db, actor, studentId, pageSize);

  const schedulingRows = await allPages<typeof schedulingEvents.$inferSelect>(pageSize, (after, limit) =>
    db
      .select()
      .from(schedulingEvents)
      .where(and(eq(schedulingEvents.studentId, studentId), after ? gt(schedulingEvents.id, after.id) : undefined))
      .orderBy(asc(schedulingEvents.id))
      .limit(limit),
  );
  const schedulingList = schedulingRows.map((row) => ({
    kind: row.kind,
    bookingId: row.bookingId,
    actorId: row.actorId,
    // As in the scheduling record: a reason given by another home stays theirs.
    detail: staff || row.actorId === actor.id ? row.detail : null,
    at: iso(row.at),
  }));

  const waitlistRows = await allPages<{
    entry: typeof waitlistEntries.$inferSelect;
    start: Date;
    educatorId: string;
  }>(pageSize, (after, limit) =>
    db
      .select({ entry: waitlistEntries, start: slots.startsAt, educatorId: availabilityOffers.educatorId })
      .from(waitlistEntries)
      .innerJoin(slots, eq(slots.id, waitlistEntries.slotId))
      .innerJoin(availabilityOffers, eq(availabilityOffers.id, slots.offerId))
      .where(
        and(
          eq(waitlistEntries.studentId, studentId),
          after
            ? sql`(${waitlistEntries.createdAt}, ${waitlistEntries.id}) > (${iso(after.entry.createdAt)}::timestamptz, ${after.entry.id})`
            : undefined,
        ),
      )
      .orderBy(asc(waitlistEntries.createdAt), asc(waitlistEntries.id))
      .limit(limit),
  );
  const waitlistList = waitlistRows.map(({ entry, start, educatorId }) => ({
    id: entry.id,
    slotId: entry.slotId,
    educatorId,
    start: iso(start),
    personId: entry.personId,
    modality: entry.modality,
    // Like a booking's needs: for the one who asked, and the school.
    needs:
      staff || entry.personId === actor.id
        ? {
            interpreterLanguage: entry.needs.interpreterLanguage ?? null,
            childCare: entry.needs.childCare ?? false,
            transport: entry.needs.transport ?? false,
            accessibilityNote: entry.needs.accessibilityNote ?? null,
          }
        : null,
    status: entry.status,
    bookingId: entry.bookingId,
    createdAt: iso(entry.createdAt),
  }));

  const auditRows = await allPages<typeof auditEvents.$inferSelect>(pageSize, (after, limit) =>
    db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.studentId, studentId),
          eq(auditEvents.tenantId, actor.tenantId),
          // An educator's copy: their own reads and changes, not their colleagues'.
          view === 'educator' ? eq(auditEvents.actorId, actor.id) : undefined,
          after
            ? sql`(${auditEvents.at}, ${auditEvents.id}) > (${iso(after.at)}::timestamptz, ${after.id})`
            : undefined,
        ),
      )
      .orderBy(asc(auditEvents.at), asc(auditEvents.id))
      .limit(limit),
  );

  // Who is who: everyone the record names, from this district only, without contact details.
  // The access log's actors are looked up too, to tell the school's actions from a family's.
  const mentioned = new Set<string>([actor.id]);
  const mention = (id: string | null) => void (id !== null && mentioned.add(id));
  guardianRows.forEach((g) => mention(g.personId));
  educatorRows.forEach((a) => mention(a.educatorId));
  for (const goal of goalList) {
    mention(goal.createdBy);
    goal.progress.forEach((entry) => mention(entry.recordedBy));
  }
  for (const thread of threadList) {
    mention(thread.createdBy);
    thread.participants.forEach((p) => mention(p.personId));
    for (const message of thread.messages) {
      mention(message.senderId);
      message.reports.forEach((r) => mention(r.reportedBy));
    }
  }
  bookingList.forEach((b) => (mention(b.bookedBy), mention(b.educatorId)));
  schedulingList.forEach((e) => mention(e.actorId));
  waitlistList.forEach((w) => (mention(w.personId), mention(w.educatorId)));
  const lookup = [...new Set([...mentioned, ...auditRows.map((row) => row.actorId)])].sort();
  const directory = new Map<string, RecordPerson>();
  const personRows = await inSlices(lookup, pageSize, (slice) =>
    db
      .select({ id: people.id, displayName: people.displayName, kind: people.kind, educatorRole: people.educatorRole })
      .from(people)
      .where(and(inArray(people.id, slice), eq(people.tenantId, actor.tenantId))),
  );
  for (const person of personRows) directory.set(person.id, person);
  const viewer = directory.get(actor.id);
  if (!viewer) throw notFound();

  const visibleThreads = new Set(threadList.map((t) => t.id));
  const visibleMessages = new Set(threadList.flatMap((t) => t.messages.map((m) => m.id)));
  const auditList: RecordAuditEntry[] = auditRows
    .filter((row) => {
      if (view !== 'family' || row.actorId === actor.id) return true;
      // A family's copy: what the school did to the parts of the record they see; never
      // another guardian's activity, nor reads of conversations they are not part of.
      const kind = directory.get(row.actorId)?.kind;
      if (kind !== 'educator' && kind !== 'admin') return false;
      if (SHARED_RESOURCES.has(row.resourceType)) return true;
      if (row.resourceType === 'thread' || row.resourceType === 'messages') return visibleThreads.has(row.resourceId);
      if (row.resourceType === 'message') return visibleMessages.has(row.resourceId);
      return false;
    })
    .map((row) => ({
      id: row.id,
      at: iso(row.at),
      actorId: row.actorId,
      action: row.action,
      resourceType: row.resourceType,
      resourceId: row.resourceId,
      requestId: row.requestId,
    }));
  auditList.forEach((row) => mention(row.actorId));

  const { student, school, district } = head;
  return {
    generatedAt: iso(now),
    view,
    viewer,
    district,
    school: { id: school.id, tenantId: school.tenantId, name: school.name, timeZone: school.timeZone },
    student: {
      id: student.id,
      givenName: student.givenName,
      familyName: student.familyName,
      preferredName: student.preferredName,
      gradeLevel: student.gradeLevel,
      sourcedId: student.sourcedId,
      deactivatedAt: isoOrNull(student.deactivatedAt),
    },
    guardians: guardianRows.map((g) => ({
      personId: g.personId,
      relationshipLabel: g.relationshipLabel,
      mayViewRecords: g.mayViewRecords,
      mayMessage: g.mayMessage,
      mayBook: g.mayBook,
      custodyNote: g.custodyNote,
    })),
    educators: educatorRows.map((a) => ({ personId: a.educatorId, role: a.role })),
    people: [...mentioned].sort().flatMap((id) => directory.get(id) ?? []),
    goals: goalList,
    threads: threadList,
    bookings: bookingList,
    schedulingEvents: schedulingList,
    waitlist: waitlistList,
    audit: auditList,
  };
}

/**
 * The conversations about the student this copy holds. As the messaging routes: a guardian or
 * an educator sees the threads they take part in, while they may message about the student;
 * the district's copy has every thread. Reports: the district's copy has them all, the others
 * only the viewer's own.
 */
async function readThreads(
  db: Db,
  actor: Actor,
  access: StudentAccess,
  view: RecordView,
  pageSize: number,
): Promise<RecordThread[]> {
  if (view !== 'district' && !access.mayMessage) return [];
  const own =
    view === 'district'
      ? undefined
      : sql`exists (select 1 from ${threadParticipants} p where p.thread_id = ${threads.id} and p.person_id = ${actor.id})`;
  const threadRows = await allPages<typeof threads.$inferSelect>(pageSize, (after, limit) =>
    db
      .select()
      .from(threads)
      .where(
        and(
          eq(threads.studentId, access.studentId),
          own,
          after
            ? sql`(${threads.createdAt}, ${threads.id}) > (${iso(after.createdAt)}::timestamptz, ${after.id})`
            : undefined,
        ),
      )
      .orderBy(asc(threads.createdAt), asc(threads.id))
      .limit(limit),
  );
  const result: RecordThread[] = [];
  for (const thread of threadRows) {
    const participants = await allPages<typeof threadParticipants.$inferSelect>(pageSize, (after, limit) =>
      db
        .select()
        .from(threadParticipants)
        .where(
          and(
            eq(threadParticipants.threadId, thread.id),
            after ? gt(threadParticipants.personId, after.personId) : undefined,
          ),
        )
        .orderBy(asc(threadParticipants.personId))
        .limit(limit),
    );
    const messageList: RecordMessage[] = [];
    await allPages<typeof messages.$inferSelect>(pageSize, async (after, limit) => {
      const page = await db
        .select()
        .from(messages)
        .where(and(eq(messages.threadId, thread.id), after ? gt(messages.seq, after.seq) : undefined))
        .orderBy(asc(messages.seq))
        .limit(limit);
      messageList.push(...(await withHistory(db, actor, view, page)));
      return page;
    });
    result.push({
      id: thread.id,
      kind: thread.kind,
      subject: thread.subject,
      createdBy: thread.createdBy,
      createdAt: iso(thread.createdAt),
      lastMessageAt: isoOrNull(thread.lastMessageAt),
      participants: participants.map((p) => ({
        personId: p.personId,
        lastDeliveredSeq: Math.max(p.lastDeliveredSeq, p.lastReadSeq),
        lastReadSeq: p.lastReadSeq,
      })),
      messages: messageList,
    });
  }
  return result;
}

/** One page of messages with their translations, earlier texts and reports (a bounded `in` each). */
async function withHistory(
  db: Db,
  actor: Actor,
  view: RecordView,
  page: (typeof messages.$inferSelect)[],
): Promise<RecordMessage[]> {
  const ids = page.map((m) => m.id);
  if (!ids.length) return [];
  const [translationRows, editRows, reportRows] = await allOf(db, [
    db
      .select()
      .from(messageTranslations)
      .where(inArray(messageTranslations.messageId, ids))
      .orderBy(asc(messageTranslations.language)),
    db
      .select()
      .from(messageEdits)
      .where(inArray(messageEdits.messageId, ids))
      .orderBy(asc(messageEdits.editedAt), asc(messageEdits.id)),
    db
      .select()
      .from(messageReports)
      .where(
        and(
          inArray(messageReports.messageId, ids),
          view === 'district' ? undefined : eq(messageReports.reportedBy, actor.id),
        ),
      )
      .orderBy(asc(messageReports.createdAt), asc(messageReports.id)),
  ]);
  return page.map((m) => ({
    id: m.id,
    seq: m.seq,
    senderId: m.senderId,
    senderRole: m.senderRole,
    body: m.body,
    language: m.language,
    sentAt: iso(m.sentAt),
    deliverAfter: isoOrNull(m.deliverAfter),
    editedAt: isoOrNull(m.editedAt),
    translations: translationRows
      .filter((t) => t.messageId === m.id)
      .map((t) => ({ language: t.language, body: t.body, createdAt: iso(t.createdAt) })),
    edits: editRows
      .filter((e) => e.messageId === m.id)
      .map((e) => ({ previousBody: e.previousBody, editedAt: iso(e.editedAt) })),
    reports: reportRows
      .filter((r) => r.messageId === m.id)
      .map((r) => ({
        id: r.id,
        reportedBy: r.reportedBy,
        reason: r.reason,
        note: r.note,
        createdAt: iso(r.createdAt),
      })),
  }));
}

/** Every booking of the student, cancelled ones too, by start time; notes as the bookings routes show them. */
async function readBookings(db: Db, actor: Actor, studentId: string, pageSize: number): Promise<Booking[]> {
  const rows = await allPages<{
    booking: typeof bookings.$inferSelect;
    slot: typeof slots.$inferSelect;
    offer: typeof availabilityOffers.$inferSelect;
    booker: string;
  }>(pageSize, (after, limit) =>
    db
      .select({ booking: bookings, slot: slots, offer: availabilityOffers, booker: people.displayName })
      .from(bookings)
      .innerJoin(slots, eq(slots.id, bookings.slotId))
      .innerJoin(availabilityOffers, eq(availabilityOffers.id, slots.offerId))
      .innerJoin(people, eq(people.id, bookings.bookedBy))
      .where(
        and(
          eq(bookings.studentId, studentId),
          after
            ? (or(
                sql`${slots.startsAt} > ${iso(after.slot.startsAt)}::timestamptz`,
                and(eq(slots.startsAt, after.slot.startsAt), gt(bookings.id, after.booking.id)),
              ) as SQL)
            : undefined,
        ),
      )
      .orderBy(asc(slots.startsAt), asc(bookings.id))
      .limit(limit),
  );
  const translations = await bookingTranslations(db, rows);
  return rows.map(({ booking, slot, offer, booker }) => ({
    id: booking.id,
    slotId: booking.slotId,
    studentId: booking.studentId,
    educatorId: booking.educatorId,
    bookedBy: booking.bookedBy,
    bookedByName: actor.kind !== 'guardian' || actor.id === booking.bookedBy ? booker : null,
    start: iso(slot.startsAt),
    end: iso(slot.endsAt),
    timeZone: offer.timeZone,
    modality: booking.modality,
    location: offer.location,
    language: booking.language,
    translations: bookingTranslationsOf(
      translations,
      booking,
      offer,
      actor.kind !== 'guardian' || actor.id === booking.bookedBy,
    ),
    // The booker's notes stay between their household and the school (as in routes/scheduling.ts).
    needs:
      actor.kind !== 'guardian' || actor.id === booking.bookedBy
        ? {
            interpreterLanguage: booking.interpreterLanguage,
            childCare: booking.childCare,
            transport: booking.transport,
            accessibilityNote: booking.accessibilityNote,
          }
        : null,
    status: booking.status,
    createdAt: iso(booking.createdAt),
    cancelledAt: isoOrNull(booking.cancelledAt),
  }));
}

/**
 * Whether `Accept` ranks text/html above application/json. JSON is the default: without an
 * `Accept`, with `*\/*`, or when the two tie.
 */
export function prefersHtml(accept: string | undefined): boolean {
  if (!accept) return false;
  const ranges = accept.split(',').map((part) => {
    const [range = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    const quality = q === undefined ? 1 : Number(q.slice(2));
    return { range, quality: Number.isFinite(quality) ? Math.min(1, Math.max(0, quality)) : 0 };
  });
  const qualityOf = (type: string) =>
    (
      ranges.find((r) => r.range === type) ??
      ranges.find((r) => r.range === `${type.split('/')[0]}/*`) ??
      ranges.find((r) => r.range === '*/*')
    )?.quality ?? 0;
  return qualityOf('text/html') > qualityOf('application/json');
}

/**
 * `GET /api/v1/students/{studentId}/record`: JSON, or the printable page when `Accept` asks for
 * HTML. One repeatable-read transaction, so the copy is one moment's record, with its own
 * audit row.
 */
export function registerStudentRecord(app: Hono, deps: HttpDeps): void {
  const { authenticate, rateLimit, validate } = middlewares(deps);
  app.get('/api/v1/students/:studentId/record', authenticate, rateLimit, validate(recordRoute), async (c) => {
    const { actor } = c.var;
    const { studentId } = c.var.params;
    const now = deps.clock();
    // The access log it shows includes the reads this instance answered a moment ago, whose events
    // wait for their batch (another instance's appear within its batch interval, 250 ms).
    await deps.readAudit.flush();
    const record = await deps.database.transaction(
      async (tx) => {
        const access = await authorize(tx, actor, 'records:read', studentId);
        const built = await buildStudentRecord(tx, actor, access, now);
        await audit(
          tx,
          actor,
          { action: 'read', resourceType: 'student_record', resourceId: studentId, studentId },
          c.get('requestId'),
          now,
        );
        return built;
      },
      { isolationLevel: 'repeatable read' },
    );
    c.header('Vary', 'Accept', { append: true });
    if (prefersHtml(c.req.header('Accept'))) {
      return c.body(renderRecordPage(record), 200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': RECORD_PAGE_CSP,
      });
    }
    return c.json(record, 200);
  });
}
