import {
  getBookingIcs as icsRoute,
  problemTypes,
  SLOT_LIMITS,
  slotsPerDay,
  type Booking,
  type ContentTranslation,
  type CreateBookingRequest,
  type Slot,
} from '@tandem/contract';
import { and, count, desc, eq, gte, isNull, lt, notExists, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Hono } from 'hono';
import ical, { ICalEventStatus } from 'ical-generator';
import type { Actor } from '../auth.js';
import { audit } from '../audit.js';
import { accessOf, accessQuery, allowed, authorize, type AccessRow } from '../authz.js';
import { prepared, selectRows, type Db } from '../db/database.js';
import { perTurn } from '../per-turn.js';
import {
  assignments,
  availabilityOffers,
  bookings,
  guardianships,
  idempotencyKeys,
  people,
  schedulingEvents,
  slots,
  students,
  waitlistEntries,
} from '../db/schema.js';
import type { Precheck, RouteHandler } from '../http.js';
import { middlewares, type HttpDeps } from '../middleware.js';
import { newId } from '../ids.js';
import { decodeCursor, pageLimit, toPage } from '../pagination.js';

import { ApiError, conflict, forbidden, notFound, validationError } from '../problem.js';
import { isBookable, parseSlotId, slotIdOf, slotsOf, slotStatus, type OfferRow } from '../slots.js';
import {
  contentTranslationsOf,
  languageOf,
  queueTranslation,
  translateLater,
  translationsIn,
} from '../content-translations.js';
import { fill, labelsFor, languageName } from '../ics-labels.js';
import { baseLanguage } from '../translator.js';
import { dispatchQueuedNotifications, queueBookingNotices } from '../notifications.js';

type BookingRow = typeof bookings.$inferSelect;
const ALREADY_WAITING = 'This student is already waiting for this time.';
const SLOT_TAKEN = 'Someone else just took this time. Pick another; the list is up to date.';

/** An educator of the actor's district; 404 for anyone else. */
async function loadEducator(db: Db, actor: Actor, educatorId: string) {
  const [educator] = await db
    .select()
    .from(people)
    .where(and(eq(people.id, educatorId), eq(people.tenantId, actor.tenantId), eq(people.kind, 'educator')));
  if (!educator) throw notFound();
  return educator;
}

/** The educator themself, an admin of the district, or a family of one of their students. */
async function mayViewSchedule(db: Db, actor: Actor, educatorId: string): Promise<boolean> {
  if (actor.id === educatorId || actor.kind === 'admin') return true;
  if (actor.kind !== 'guardian') return false;
  const [link] = await db
    .select({ studentId: assignments.studentId })
    .from(assignments)
    .innerJoin(guardianships, eq(guardianships.studentId, assignments.studentId))
    .where(and(eq(assignments.educatorId, educatorId), eq(guardianships.personId, actor.id)))
    .limit(1);
  return link !== undefined;
}

type TranslationMap = Map<string, ContentTranslation[]>;

function toSlot(
  offer: OfferRow,
  start: Date,
  end: Date,
  booked: number,
  now: Date,
  translations: TranslationMap = new Map(),
): Slot {
  return {
    id: slotIdOf(offer.id, start),
    offerId: offer.id,
    educatorId: offer.educatorId,
    start: start.toISOString(),
    end: end.toISOString(),
    timeZone: offer.timeZone,
    modalities: offer.modalities,
    modality: offer.modalities[0] ?? 'in_person',
    location: offer.location,
    language: offer.language,
    translations: translationsIn(translations, offer.id),
    capacity: offer.capacity,
    booked,
    available: isBookable(offer, start, booked, now),
    status: slotStatus(offer, start, booked, now),
  };
}

export const listStudentEducators: RouteHandler<'listStudentEducators'> = async ({ params, actor, db }) => {
  await authorize(db, actor, 'student:read', params.studentId);
  const rows = await db
    .select({ id: people.id, displayName: people.displayName, role: assignments.role, timeZone: people.timeZone })
    .from(assignments)
    .innerJoin(people, eq(people.id, assignments.educatorId))
    .where(eq(assignments.studentId, params.studentId))
    .orderBy(people.displayName, people.id);
  return { items: rows };
};

export const listSlots: RouteHandler<'listSlots'> = async ({ params, query, actor, db, now }) => {
  await loadEducator(db, actor, params.educatorId);
  if (!(await mayViewSchedule(db, actor, params.educatorId))) throw notFound();
  const from = new Date(query.from);
  const to = new Date(query.to);
  if (!(to > from) || to.getTime() - from.getTime() > SLOT_LIMITS.rangeDays * 86_400_000) {
    throw validationError([
      {
        path: 'query.to',
        code: 'bad_range',
        message: `Must be after \`from\`, at most ${SLOT_LIMITS.rangeDays} days later.`,
      },
    ]);
  }
  const after = decodeCursor(query.cursor, ['timestamp', 'id']);
  const limit = query.limit ?? SLOT_LIMITS.pageDefault;
  const page = await slotsBetween(db, params.educatorId, from, to, now, {
    after: after ? { start: String(after[0]), id: String(after[1]) } : null,
    limit: limit + 1,
  });
  return toPage(
    page,
    limit,
    (slot) => slot,
    (slot) => [slot.start, slot.id],
  );
};

export const createOffer: RouteHandler<'createOffer'> = async ({
  params,
  body,
  actor,
  db,
  requestId,
  now,
  afterCommit,
  translators,
}) => {
  const educator = await loadEducator(db, actor, params.educatorId);
  if (actor.id !== educator.id) {
    // Whoever may not see this educator's times learns nothing, not even that they are an educator.
    if (!(await mayViewSchedule(db, actor, educator.id))) throw notFound();
    throw forbidden('Only the educator offers their own meeting times.');
  }
  const errors = [];
  const timeZone = body.timeZone ?? educator.timeZone;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    errors.push({ path: 'body.timeZone', code: 'unknown_time_zone', message: 'Not a time zone (IANA name).' });
  }
  if (body.endTime <= body.startTime) {
    errors.push({ path: 'body.endTime', code: 'before_start', message: 'Must be after the start time.' });
  }
  const weekdays = body.recurrence === 'weekly' ? [...new Set(body.weekdays ?? [])].sort() : [];
  if (body.recurrence === 'weekly' && !weekdays.length) {
    errors.push({ path: 'body.weekdays', code: 'required', message: 'Pick at least one weekday.' });
  }
  const endDate = body.recurrence === 'once' ? body.startDate : (body.endDate ?? null);
  if (endDate !== null && endDate < body.startDate) {
    errors.push({ path: 'body.endDate', code: 'before_start', message: 'Must not be before the start date.' });
  }
  const perDay = slotsPerDay(body);
  if (perDay > SLOT_LIMITS.perOfferPerDay) {
    errors.push({
      path: 'body.durationMinutes',
      code: 'too_many_slots',
      message: `This makes ${perDay} slots a day; one offer may make at most ${SLOT_LIMITS.perOfferPerDay}. Use longer slots or a shorter day.`,
    });
  } else if (perDay === 0 && body.endTime > body.startTime) {
    errors.push({
      path: 'body.durationMinutes',
      code: 'no_slots',
      message: 'No slot fits between the start and end times.',
    });
  }
  if (endDate !== null && daysBetween(body.startDate, endDate) >= SLOT_LIMITS.offerSpanDays) {
    errors.push({
      path: 'body.endDate',
      code: 'too_long',
      message: `An offer may run at most ${SLOT_LIMITS.offerSpanDays} days; make another for later.`,
    });
  }
  if (errors.length) throw validationError(errors);
  const today = now.toISOString().slice(0, 10);
  const [current] = await db
    .select({ n: count() })
    .from(availabilityOffers)
    .where(
      and(
        eq(availabilityOffers.educatorId, educator.id),
        or(isNull(availabilityOffers.endDate), gte(availabilityOffers.endDate, today)),
      ),
    );
  if ((current?.n ?? 0) >= SLOT_LIMITS.currentOffersPerEducator) {
    throw conflict(
      `You have ${SLOT_LIMITS.currentOffersPerEducator} current offers, the most one educator may have; end one before adding another.`,
    );
  }
  const [row] = await db
    .insert(availabilityOffers)
    .values({
      id: newId('off'),
      tenantId: actor.tenantId,
      educatorId: educator.id,
      recurrence: body.recurrence,
      startDate: body.startDate,
      endDate,
      weekdays,
      startTime: body.startTime,
      endTime: body.endTime,
      timeZone,
      durationMinutes: body.durationMinutes,
      bufferMinutes: body.bufferMinutes ?? 0,
      modalities: [...new Set(body.modalities)],
      location: body.location ?? null,
      language: educator.preferredLanguage,
      capacity: body.capacity ?? 1,
      bookingWindowDays: body.bookingWindowDays ?? 60,
      cutoffHours: body.cutoffHours ?? 24,
      maxBookingsPerHousehold: body.maxBookingsPerHousehold ?? 1,
      createdAt: now,
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  await audit(db, actor, { action: 'create', resourceType: 'offer', resourceId: row.id, studentId: null }, requestId);
  if (row.location) {
    await queueTranslation(db, { type: 'offer', id: row.id, tenantId: row.tenantId }, now);
    afterCommit(translateLater(translators, 'offer', row.id));
  }
  const { tenantId: _, ...offer } = row;
  return { ...offer, translations: [], createdAt: row.createdAt.toISOString() };
};

async function loadBookingRow(db: Db, actor: Actor, bookingId: string) {
  const [row] = await db
    .select({ booking: bookings, slot: slots, offer: availabilityOffers, booker: people.displayName })
    .from(bookings)
    .innerJoin(slots, eq(slots.id, bookings.slotId))
    .innerJoin(availabilityOffers, eq(availabilityOffers.id, slots.offerId))
    .innerJoin(people, eq(people.id, bookings.bookedBy))
    .where(and(eq(bookings.id, bookingId), eq(bookings.tenantId, actor.tenantId)));
  if (!row) throw notFound();
  await authorize(db, actor, 'student:read', row.booking.studentId);
  return row;
}

/** Whether this person sees a booking's notes: the one who booked, and the school. */
const seesNotes = (viewer: Actor, booking: BookingRow) => viewer.kind !== 'guardian' || viewer.id === booking.bookedBy;

/** The translations a booking shows: its offer's location, and its note to those who see it. */
export const bookingTranslationsOf = (
  translations: TranslationMap,
  booking: BookingRow,
  offer: OfferRow,
  seesNote: boolean,
): ContentTranslation[] => [
  ...translationsIn(translations, offer.id, ['location']),
  ...(seesNote ? translationsIn(translations, booking.id, ['accessibilityNote']) : []),
];

/**
 * A booking made just now has no translations of its own yet (they are made after the commit):
 * only its offer's location may have some.
 */
const newBookingTranslations = async (db: Db, offer: OfferRow): Promise<TranslationMap> =>
  offer.location ? contentTranslationsOf(db, [offer.id]) : new Map();

/** The stored translations of some bookings and their offers, in one query. */
export const bookingTranslations = (db: Db, rows: { booking: BookingRow; offer: OfferRow }[]) =>
  contentTranslationsOf(
    db,
    rows.flatMap(({ booking, offer }) => [booking.id, offer.id]),
  );

/** A booking as `viewer` sees it; `booker` is the display name of the family member who booked. */
function toBooking(
  booking: BookingRow,
  slot: typeof slots.$inferSelect,
  offer: OfferRow,
  viewer: Actor,
  booker: string,
  translations: TranslationMap = new Map(),
): Booking {
  return {
    id: booking.id,
    slotId: booking.slotId,
    studentId: booking.studentId,
    educatorId: booking.educatorId,
    bookedBy: booking.bookedBy,
    // Like the notes: the school and the household who booked, not another home.
    bookedByName: seesNotes(viewer, booking) ? booker : null,
    start: slot.startsAt.toISOString(),
    end: slot.endsAt.toISOString(),
    timeZone: offer.timeZone,
    modality: booking.modality,
    location: offer.location,
    language: booking.language,
    translations: bookingTranslationsOf(translations, booking, offer, seesNotes(viewer, booking)),
    needs: seesNotes(viewer, booking)
      ? {
          interpreterLanguage: booking.interpreterLanguage,
          childCare: booking.childCare,
          transport: booking.transport,
          accessibilityNote: booking.accessibilityNote,
        }
      : null,
    status: booking.status,
    createdAt: booking.createdAt.toISOString(),
    cancelledAt: booking.cancelledAt?.toISOString() ?? null,
  };
}

/** The slot a request names, checked: it exists, the family may book it for this student, as asked. */
async function checkRequest(db: Db, actor: Actor, slotId: string, body: CreateBookingRequest, now: Date) {
  const params = { slotId };
  const named = parseSlotId(params.slotId);
  // The offer, and whether its educator is one of this student's, in one read.
  const [found] = named
    ? await db
        .select({ offer: availabilityOffers, assigned: assignments.educatorId })
        .from(availabilityOffers)
        .leftJoin(
          assignments,
          and(eq(assignments.educatorId, availabilityOffers.educatorId), eq(assignments.studentId, body.studentId)),
        )
        .where(and(eq(availabilityOffers.id, named.offerId), eq(availabilityOffers.tenantId, actor.tenantId)))
    : [];
  if (!named || !found) throw notFound();
  const { offer, assigned } = found;
  const slot = slotsOf(offer, named.start, new Date(named.start.getTime() + 1)).find(
    (s) => s.start.getTime() === named.start.getTime(),
  );
  if (!slot) throw notFound();
  await authorize(db, actor, 'booking:create', body.studentId);
  const errors = [];
  if (!assigned) {
    errors.push({
      path: 'body.studentId',
      code: 'not_their_educator',
      message: "Not one of this student's educators.",
    });
  }
  if (!offer.modalities.includes(body.modality)) {
    errors.push({ path: 'body.modality', code: 'not_offered', message: `Offered: ${offer.modalities.join(', ')}.` });
  }
  if (errors.length) throw validationError(errors);
  if (!isBookable(offer, slot.start, 0, now)) {
    throw conflict('This time can no longer be booked (too soon, or too far ahead). Pick another.');
  }
  return { offer, slot };
}

/**
 * Takes a seat in a slot for a student and records the booking: everything a booking checks,
 * in the caller's transaction. Throws 404/403/400/409 problems.
 */
async function takeSeat(
  db: Db,
  actor: Actor,
  slotId: string,
  body: CreateBookingRequest,
  now: Date,
  moving: string | null = null,
) {
  const params = { slotId };
  const { offer, slot } = await checkRequest(db, actor, slotId, body, now);
  // The seat, in one statement: the slot's row is made with the first booking's seat taken, or
  // a seat is taken with a conditional increment. Concurrent bookings queue on the row (or on
  // its key, while the first insert is uncommitted); once it is full the update matches nothing.
  // The check constraint refuses `booked > capacity` whatever the code does.
  const [seat] = await db
    .insert(slots)
    .values({
      id: params.slotId,
      offerId: offer.id,
      startsAt: slot.start,
      endsAt: slot.end,
      capacity: offer.capacity,
      booked: 1,
    })
    .onConflictDoUpdate({
      target: slots.id,
      set: { booked: sql`${slots.booked} + 1` },
      setWhere: lt(slots.booked, slots.capacity),
    })
    .returning();
  if (!seat) throw conflict(SLOT_TAKEN);
  // After the seat: a full slot says so first; a refusal here rolls the seat back with the transaction.
  await checkHouseholdLimit(db, offer, body.studentId, actor.id, now, moving);
  const [already] = await db
    .select({ id: bookings.id })
    .from(bookings)
    .where(
      and(eq(bookings.slotId, params.slotId), eq(bookings.studentId, body.studentId), eq(bookings.status, 'booked')),
    );
  if (already) throw conflict('This student already has this time booked.');
  const booker = await bookerOf(db, actor.id);
  const needs = body.needs ?? {};
  const [row] = await db
    .insert(bookings)
    .values({
      id: newId('bkg'),
      tenantId: actor.tenantId,
      slotId: params.slotId,
      studentId: body.studentId,
      educatorId: offer.educatorId,
      bookedBy: actor.id,
      modality: body.modality,
      interpreterLanguage: needs.interpreterLanguage ?? null,
      childCare: needs.childCare ?? false,
      transport: needs.transport ?? false,
      accessibilityNote: needs.accessibilityNote || null,
      language: booker.language,
      status: 'booked',
      createdAt: now,
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  if (row.accessibilityNote) await queueTranslation(db, { type: 'booking', id: row.id, tenantId: row.tenantId }, now);
  return { row, seat, offer, booker };
}

/**
 * A household holds at most `maxBookingsPerHousehold` upcoming meetings of one offer for one
 * child; `moving` is a booking being moved, which does not count. The household is the family
 * member who books: the roster says who is a child's guardian, not who lives together, and a
 * child's two homes (separated parents) must each be able to meet the teacher.
 */
async function checkHouseholdLimit(
  db: Db,
  offer: OfferRow,
  studentId: string,
  bookerId: string,
  now: Date,
  moving: string | null,
) {
  // One household's bookings of one offer queue here, so two at once cannot both pass the count.
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`${offer.id}:${studentId}:${bookerId}`}))`);
  const [held] = await db
    .select({ n: count() })
    .from(bookings)
    .innerJoin(slots, eq(slots.id, bookings.slotId))
    .where(
      and(
        eq(slots.offerId, offer.id),
        eq(bookings.studentId, studentId),
        eq(bookings.bookedBy, bookerId),
        eq(bookings.status, 'booked'),
        gte(slots.endsAt, now),
        moving ? sql`${bookings.id} <> ${moving}` : undefined,
      ),
    );
  if ((held?.n ?? 0) < offer.maxBookingsPerHousehold) return;
  const limit = offer.maxBookingsPerHousehold;
  throw new ApiError(
    409,
    problemTypes.bookingLimit,
    'Booking limit reached',
    `This family already has ${limit} ${limit === 1 ? 'meeting' : 'meetings'} of these times booked, the most allowed. Cancel or move one to book another.`,
  );
}

/** One line of the student's record of attempts to meet. */
async function record(
  db: Db,
  actor: Actor,
  booking: BookingRow,
  kind: 'booked' | 'cancelled' | 'rescheduled',
  detail: string | null,
  at: Date,
  startsAt?: Date,
) {
  await db.insert(schedulingEvents).values({
    tenantId: actor.tenantId,
    studentId: booking.studentId,
    bookingId: booking.id,
    actorId: actor.id,
    kind,
    detail,
    at,
  });
  await queueBookingNotices(db, booking, kind, actor.id, at, startsAt);
}

/**
 * A seat came free: book the families waiting for it, in the order they joined, until it is
 * full again. Each try runs in a savepoint, so one that cannot be booked any more (too late,
 * no longer allowed) leaves nothing behind; it expires and the next is tried.
 */
export async function promoteWaitlist(db: Db, tenantId: string, slotId: string, now: Date) {
  for (;;) {
    const [next] = await db
      .select()
      .from(waitlistEntries)
      .where(and(eq(waitlistEntries.slotId, slotId), eq(waitlistEntries.status, 'waiting')))
      .orderBy(waitlistEntries.createdAt, waitlistEntries.id)
      .limit(1);
    if (!next) return;
    const family: Actor = { id: next.personId, tenantId, kind: 'guardian' };
    const request = { studentId: next.studentId, modality: next.modality, needs: next.needs };
    const taken = await db
      .transaction(async (savepoint) => takeSeat(savepoint, family, slotId, request, now))
      .catch((error: unknown) => {
        if (error instanceof ApiError && error.detail === SLOT_TAKEN) return 'full' as const;
        if (error instanceof ApiError) return null;
        throw error;
      });
    if (taken === 'full') return;
    await db
      .update(waitlistEntries)
      .set(taken ? { status: 'booked', bookingId: taken.row.id } : { status: 'expired' })
      .where(eq(waitlistEntries.id, next.id));
    if (taken) await record(db, family, taken.row, 'booked', 'from the waitlist', now);
  }
}

/** Cancels a live booking and frees its seat; null when it was already cancelled. */
async function releaseSeat(db: Db, actor: Actor, booking: BookingRow, reason: string | null, now: Date) {
  const [row] = await db
    .update(bookings)
    .set({ status: 'cancelled', cancelledAt: now, cancelledBy: actor.id, cancelReason: reason })
    .where(and(eq(bookings.id, booking.id), eq(bookings.status, 'booked')))
    .returning();
  if (!row) return null; // a concurrent cancel got there first
  await db
    .update(slots)
    .set({ booked: sql`${slots.booked} - 1` })
    .where(eq(slots.id, booking.slotId));
  await promoteWaitlist(db, actor.tenantId, booking.slotId, now);
  return row;
}

/** The educator of a slot's offer, as one of the student's (apart from the access read's own). */
const slotEducator = alias(assignments, 'slot_educator');

/** What a booking asks the precheck: who, for which student, which slot, how; its Idempotency-Key. */
interface SlotAsk {
  tenantId: string;
  studentId: string;
  actorId: string;
  slotId: string;
  modality: string;
  idempotencyKey: string | null;
}

/** A batch's column, from the `unnest` of its asks. */
const asked = (column: string) => sql.raw(`t.${column}`);

/**
 * The access read for each ask of one turn (the losers of a race are checked together once the
 * turn before theirs ends), and whether the slot is already full: of one of the student's
 * educators, in the modality asked, unless the ask's Idempotency-Key already has a stored answer
 * (a retry of the one who won). One statement for the whole batch.
 */
const accessAndFullSlot = prepared((db) =>
  perTurn<(AccessRow & { full: boolean }) | undefined>(async (batch) => {
    const keys = [...batch.keys()];
    const asks = keys.map((key) => JSON.parse(key) as SlotAsk);
    const listOf = (field: keyof SlotAsk) => sql.param(asks.map((ask) => ask[field]));
    const full = sql`exists (${db
      .select({ one: sql`1` })
      .from(slots)
      .innerJoin(availabilityOffers, eq(availabilityOffers.id, slots.offerId))
      .innerJoin(
        slotEducator,
        and(eq(slotEducator.educatorId, availabilityOffers.educatorId), eq(slotEducator.studentId, students.id)),
      )
      .where(
        and(
          eq(slots.id, asked('slot_id')),
          eq(availabilityOffers.tenantId, students.tenantId),
          gte(slots.booked, slots.capacity),
          sql`${availabilityOffers.modalities} @> jsonb_build_array(${asked('modality')})`,
          notExists(
            db
              .select({ one: sql`1` })
              .from(idempotencyKeys)
              .where(
                and(eq(idempotencyKeys.actorId, asked('actor_id')), eq(idempotencyKeys.key, asked('idempotency_key'))),
              ),
          ),
        ),
      )})`.as('full');
    const access = accessQuery(
      db,
      { full },
      { actorId: asked('actor_id'), studentId: asked('student_id'), tenantId: asked('tenant_id') },
    );
    // The access read's columns, by the names its SQL gives them.
    const rows = await selectRows<AccessRow & { full: boolean; i: number }>(
      db,
      sql`select t.i::int as i, x.id, x.tenant_id as "tenantId", x.time_zone as "timeZone", x.educator_id as assigned,
            x.may_view_records as "mayViewRecords", x.may_message as "mayMessage", x.may_book as "mayBook", x.full
          from unnest(${listOf('tenantId')}::text[], ${listOf('studentId')}::text[], ${listOf('actorId')}::text[],
                      ${listOf('slotId')}::text[], ${listOf('modality')}::text[], ${listOf('idempotencyKey')}::text[])
            with ordinality as t(tenant_id, student_id, actor_id, slot_id, modality, idempotency_key, i)
          cross join lateral (${access}) as x`,
    );
    const byAsk = new Map(rows.map((row) => [row.i, row]));
    keys.forEach((key, index) => {
      for (const waiter of batch.get(key) ?? []) waiter.resolve(byAsk.get(index + 1));
    });
  }),
);

/**
 * When 200 families race for one seat, 199 lose. Bookings of one slot take turns on this
 * instance (they would queue on the seat's row lock anyway), and each is checked against what
 * the one before committed: a loser is told for one statement on the pool, instead of in a
 * write transaction of its own. It refuses only what `takeSeat` would: a full slot, after the
 * same authorization (a family who may not book for this student still hears 403/404, never
 * whether the slot is full).
 */
export const refuseFullSlot: Precheck<'createBooking'> = {
  turn: ({ params }) => params.slotId,
  refuse: async ({ params, body, actor, db, idempotencyKey }) => {
    const ask: SlotAsk = {
      tenantId: actor.tenantId,
      studentId: body.studentId,
      actorId: actor.id,
      slotId: params.slotId,
      modality: body.modality,
      idempotencyKey,
    };
    const row = await accessAndFullSlot(db)(JSON.stringify(ask));
    if (!row?.full) return;
    allowed(actor, 'booking:create', accessOf(actor, row));
    throw conflict(SLOT_TAKEN);
  },
};

export const createBooking: RouteHandler<'createBooking'> = async ({
  params,
  body,
  actor,
  db,
  requestId,
  now,
  afterCommit,
  translators,
  notifications,
}) => {
  const { row, seat, offer, booker } = await takeSeat(db, actor, params.slotId, body, now);
  if (row.accessibilityNote) afterCommit(translateLater(translators, 'booking', row.id));
  await record(db, actor, row, 'booked', null, now, seat.startsAt);
  if (notifications) await dispatchQueuedNotifications(db, notifications);
  await audit(
    db,
    actor,
    { action: 'create', resourceType: 'booking', resourceId: row.id, studentId: row.studentId },
    requestId,
  );
  return toBooking(row, seat, offer, actor, booker.name, await newBookingTranslations(db, offer));
};

export const rescheduleBooking: RouteHandler<'rescheduleBooking'> = async ({
  params,
  body,
  actor,
  db,
  requestId,
  now,
  afterCommit,
  translators,
  notifications,
}) => {
  const { booking } = await loadBookingRow(db, actor, params.bookingId);
  if (actor.id !== booking.bookedBy) throw forbidden('Only the family who booked can move this meeting.');
  if (booking.status !== 'booked') throw conflict('This meeting was cancelled; book a new time instead.');
  // Both in this transaction: if the new seat is gone, the old booking stays as it was.
  const moved = await takeSeat(
    db,
    actor,
    body.slotId,
    {
      studentId: booking.studentId,
      modality: body.modality ?? booking.modality,
      needs: {
        ...(booking.interpreterLanguage ? { interpreterLanguage: booking.interpreterLanguage } : {}),
        childCare: booking.childCare,
        transport: booking.transport,
        ...(booking.accessibilityNote ? { accessibilityNote: booking.accessibilityNote } : {}),
      },
    },
    now,
    booking.id,
  );
  await releaseSeat(db, actor, booking, 'Moved to another time', now);
  await record(db, actor, moved.row, 'rescheduled', `from ${booking.id}`, now, moved.seat.startsAt);
  if (notifications) await dispatchQueuedNotifications(db, notifications);
  await audit(
    db,
    actor,
    { action: 'update', resourceType: 'booking', resourceId: booking.id, studentId: booking.studentId },
    requestId,
  );
  if (moved.row.accessibilityNote) afterCommit(translateLater(translators, 'booking', moved.row.id));
  return toBooking(
    moved.row,
    moved.seat,
    moved.offer,
    actor,
    moved.booker.name,
    await newBookingTranslations(db, moved.offer),
  );
};

export const joinWaitlist: RouteHandler<'joinWaitlist'> = async ({ params, body, actor, db, requestId, now }) => {
  await checkRequest(db, actor, params.slotId, body, now);
  const [seat] = await db.select().from(slots).where(eq(slots.id, params.slotId));
  if (!seat || seat.booked < seat.capacity) throw conflict('This time is free: book it instead.');
  const [waiting] = await db
    .select({ id: waitlistEntries.id })
    .from(waitlistEntries)
    .where(
      and(
        eq(waitlistEntries.slotId, params.slotId),
        eq(waitlistEntries.studentId, body.studentId),
        eq(waitlistEntries.status, 'waiting'),
      ),
    );
  if (waiting) throw conflict(ALREADY_WAITING);
  const [holds] = await db
    .select({ id: bookings.id })
    .from(bookings)
    .where(
      and(eq(bookings.slotId, params.slotId), eq(bookings.studentId, body.studentId), eq(bookings.status, 'booked')),
    );
  if (holds) throw conflict('This student already has this time booked.');
  const [row] = await db
    .insert(waitlistEntries)
    .values({
      id: newId('wait'),
      tenantId: actor.tenantId,
      slotId: params.slotId,
      studentId: body.studentId,
      personId: actor.id,
      modality: body.modality,
      needs: body.needs ?? {},
      status: 'waiting',
      createdAt: now,
    })
    // A concurrent join for the same student waits on the unique index, then finds it taken.
    .onConflictDoNothing()
    .returning();
  if (!row) throw conflict(ALREADY_WAITING);
  await audit(
    db,
    actor,
    { action: 'create', resourceType: 'waitlist', resourceId: row.id, studentId: row.studentId },
    requestId,
  );
  return {
    id: row.id,
    slotId: row.slotId,
    studentId: row.studentId,
    personId: row.personId,
    status: row.status,
    bookingId: row.bookingId,
    createdAt: row.createdAt.toISOString(),
  };
};

export const listStudentBookings: RouteHandler<'listStudentBookings'> = async ({ params, query, actor, db }) => {
  await authorize(db, actor, 'student:read', params.studentId);
  const limit = pageLimit(query.limit);
  const after = decodeCursor(query.cursor, ['timestamp', 'id']);
  const rows = await db
    .select({ booking: bookings, slot: slots, offer: availabilityOffers, booker: people.displayName })
    .from(bookings)
    .innerJoin(slots, eq(slots.id, bookings.slotId))
    .innerJoin(availabilityOffers, eq(availabilityOffers.id, slots.offerId))
    .innerJoin(people, eq(people.id, bookings.bookedBy))
    .where(
      and(
        eq(bookings.studentId, params.studentId),
        after
          ? or(
              lt(slots.startsAt, new Date(String(after[0]))),
              and(eq(slots.startsAt, new Date(String(after[0]))), lt(bookings.id, String(after[1]))),
            )
          : undefined,
      ),
    )
    .orderBy(desc(slots.startsAt), desc(bookings.id))
    .limit(limit + 1);
  const translations = await bookingTranslations(db, rows);
  return toPage(
    rows,
    limit,
    ({ booking, slot, offer, booker }) => toBooking(booking, slot, offer, actor, booker, translations),
    ({ booking, slot }) => [slot.startsAt.toISOString(), booking.id],
  );
};

export const getBooking: RouteHandler<'getBooking'> = async ({ params, actor, db }) => {
  const { booking, slot, offer, booker } = await loadBookingRow(db, actor, params.bookingId);
  return toBooking(booking, slot, offer, actor, booker, await bookingTranslations(db, [{ booking, offer }]));
};

export const cancelBooking: RouteHandler<'cancelBooking'> = async ({
  params,
  body,
  actor,
  db,
  requestId,
  now,
  notifications,
}) => {
  const { booking, slot, offer, booker } = await loadBookingRow(db, actor, params.bookingId);
  if (actor.id !== booking.bookedBy && actor.id !== booking.educatorId) {
    throw forbidden('Only the family who booked, or the educator, can cancel this meeting.');
  }
  const row = booking.status === 'booked' ? await releaseSeat(db, actor, booking, body.reason || null, now) : null;
  const translations = await bookingTranslations(db, [{ booking, offer }]);
  if (!row) return toBooking(booking, slot, offer, actor, booker, translations); // already cancelled
  await record(db, actor, row, 'cancelled', body.reason || null, now);
  if (notifications) await dispatchQueuedNotifications(db, notifications);
  await audit(
    db,
    actor,
    { action: 'update', resourceType: 'booking', resourceId: row.id, studentId: row.studentId },
    requestId,
  );
  return toBooking(row, slot, offer, actor, booker, translations);
};

export const getSchedulingRecord: RouteHandler<'getSchedulingRecord'> = async ({ params, actor, db }) => {
  await authorize(db, actor, 'student:read', params.studentId);
  const rows = await db
    .select()
    .from(schedulingEvents)
    .where(eq(schedulingEvents.studentId, params.studentId))
    .orderBy(schedulingEvents.id);
  return {
    items: rows.map((row) => ({
      kind: row.kind,
      bookingId: row.bookingId,
      actorId: row.actorId,
      // A reason given by another home stays theirs, as their booking notes do.
      detail: actor.kind !== 'guardian' || row.actorId === actor.id ? row.detail : null,
      at: row.at.toISOString(),
    })),
  };
};

/**
 * An educator's slots in [from, to), earliest first; with `page`, only those after a cursor and
 * at most `limit` of them. Seats are read for the returned slots only, in one query.
 */
async function slotsBetween(
  db: Db,
  educatorId: string,
  from: Date,
  to: Date,
  now: Date,
  page: { after: { start: string; id: string } | null; limit: number } | null = null,
): Promise<Slot[]> {
  const offers = await db.select().from(availabilityOffers).where(eq(availabilityOffers.educatorId, educatorId));
  // A page needs at most `limit` slots of any one offer, from the cursor on.
  const start = page?.after ? new Date(Math.max(from.getTime(), Date.parse(page.after.start))) : from;
  const perOffer = page ? page.limit + 1 : Infinity; // one more: a slot at the cursor itself is skipped
  let derived = offers
    .flatMap((offer) =>
      slotsOf(offer, start, to, perOffer).map((slot) => ({ offer, ...slot, id: slotIdOf(offer.id, slot.start) })),
    )
    .sort((a, b) => a.start.getTime() - b.start.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (page) {
    const { after } = page;
    if (after) {
      const at = Date.parse(after.start);
      derived = derived.filter((s) => s.start.getTime() > at || (s.start.getTime() === at && s.id > after.id));
    }
    derived = derived.slice(0, page.limit);
  }
  const ids = derived.map((slot) => slot.id);
  const seats = ids.length
    ? await db
        .select({ id: slots.id, booked: slots.booked })
        .from(slots)
        // One array parameter, however many slots (ids are [A-Za-z0-9_-], safe in an array literal).
        .where(sql`${slots.id} = any(${`{${ids.join(',')}}`}::text[])`)
    : [];
  const booked = new Map(seats.map((seat) => [seat.id, seat.booked]));
  const translations = await contentTranslationsOf(
    db,
    derived.map((slot) => slot.offer.id),
  );
  return derived.map(({ offer, start, end, id }) => toSlot(offer, start, end, booked.get(id) ?? 0, now, translations));
}

/** A person's display name ('' for none). */
/** The family member who books: the language their booking is in, and their name, in one read. */
async function bookerOf(db: Db, personId: string): Promise<{ language: string; name: string }> {
  const [person] = await db
    .select({ language: people.preferredLanguage, name: people.displayName })
    .from(people)
    .where(eq(people.id, personId));
  return { language: person?.language ?? 'en', name: person?.name ?? '' };
}

/** Days from one calendar date to another. */
const daysBetween = (from: string, to: string) =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

/** An educator's free slots from now over the next days (for matching families' windows). */
export async function freeSlotsOf(db: Db, educatorId: string, days: number, now: Date): Promise<Slot[]> {
  const found = await slotsBetween(db, educatorId, now, new Date(now.getTime() + days * 86_400_000), now);
  return found.filter((slot) => slot.available);
}

/**
 * A meeting as an iCalendar file in the reader's language (the calendar app shows it away from
 * the widgets), and the words around it: the educator's name and the arrangements made.
 */
export async function bookingCalendar(
  db: Db,
  {
    booking,
    slot,
    offer,
  }: { booking: BookingRow; slot: typeof slots.$inferSelect; offer: typeof availabilityOffers.$inferSelect },
  reader: string,
): Promise<{ calendar: string; educatorName: string | null; location: string | null; needs: string[] }> {
  const [educator] = await db.select().from(people).where(eq(people.id, booking.educatorId));
  const { language, labels } = labelsFor(reader);
  // The requester's translation of a text where one exists, else the original.
  const translations = await bookingTranslations(db, [{ booking, offer }]);
  const mine = baseLanguage(reader);
  const translated = (subjectId: string, field: 'location' | 'accessibilityNote', original: string | null) =>
    translations.get(subjectId)?.find((t) => t.field === field && baseLanguage(t.language) === mine)?.text ?? original;
  const note = translated(booking.id, 'accessibilityNote', booking.accessibilityNote);
  const needs = [
    booking.interpreterLanguage && fill(labels.interpreter, languageName(booking.interpreterLanguage, reader)),
    booking.childCare && labels.childCare,
    booking.transport && labels.transport,
    note && fill(labels.note, note),
  ].filter(Boolean);
  const calendar = ical({
    prodId: { company: 'Tandem', product: 'Tandem', language: language.toUpperCase() },
    name: 'Tandem',
  });
  calendar.createEvent({
    id: `${booking.id}@tandem`,
    start: slot.startsAt,
    end: slot.endsAt,
    stamp: booking.createdAt,
    summary: educator ? fill(labels.meeting, educator.displayName) : labels.meetingSchool,
    description: [labels[booking.modality], ...needs].join('\n'),
    location: translated(offer.id, 'location', offer.location) ?? labels[booking.modality],
    status: booking.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return {
    calendar: calendar.toString(),
    educatorName: educator?.displayName ?? null,
    location: translated(offer.id, 'location', offer.location),
    needs: needs.filter((need): need is string => typeof need === 'string'),
  };
}

/** `GET /api/v1/bookings/{bookingId}/ics`: the meeting as an iCalendar file, in the requester's language. */
export function registerBookingIcs(app: Hono, deps: HttpDeps): void {
  const { authenticate, rateLimit, validate } = middlewares(deps);
  app.get('/api/v1/bookings/:bookingId/ics', authenticate, rateLimit, validate(icsRoute), async (c) => {
    const { actor, params } = c.var;
    const db = deps.database;
    const { booking, slot, offer } = await loadBookingRow(db, actor, params.bookingId);
    if (!seesNotes(actor, booking)) {
      throw forbidden('The calendar file, with its notes, is for the family who booked and the school.');
    }
    const { calendar } = await bookingCalendar(db, { booking, slot, offer }, await languageOf(db, actor.id));
    await deps.readAudit.record(
      actor,
      { resourceType: 'booking', resourceId: booking.id, studentId: booking.studentId },
      c.get('requestId'),
      deps.clock(),
    );
    return c.body(calendar, 200, {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="tandem-${booking.id}.ics"`,
    });
  });
}
