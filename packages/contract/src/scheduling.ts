import './zod.js';
import * as z from 'zod/mini';
import { ContentTranslation, EducatorRole } from './domain.js';
import { CalendarDate, ClockTime, DateTime, Id, LanguageTag, TimeZone } from './primitives.js';

/** How a meeting happens. */
export const Modality = /* @__PURE__ */ z.enum(['in_person', 'phone', 'video']);
export type Modality = z.infer<typeof Modality>;

/** ISO weekday: 1 Monday … 7 Sunday. */
const Weekday = /* @__PURE__ */ z
  .number()
  .check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(7));
/* @__NO_SIDE_EFFECTS__ */
const Minutes = (max: number) =>
  /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(max));

/**
 * An educator's offer of meeting times, in their time zone: one day (`once`) or every given
 * weekday (`weekly`) from `startDate` until `endDate`, between `startTime` and `endTime`, cut
 * into slots of `durationMinutes` with `bufferMinutes` between them.
 */
export const AvailabilityOffer = /* @__PURE__ */ z.object({
  id: Id,
  educatorId: Id,
  recurrence: /* @__PURE__ */ z.enum(['once', 'weekly']),
  startDate: CalendarDate,
  /** Last day of a weekly offer (inclusive); null: open-ended. Equals startDate for `once`. */
  endDate: /* @__PURE__ */ z.nullable(CalendarDate),
  weekdays: /* @__PURE__ */ z.array(Weekday),
  startTime: ClockTime,
  endTime: ClockTime,
  timeZone: TimeZone,
  durationMinutes: Minutes(480),
  bufferMinutes: Minutes(240),
  modalities: /* @__PURE__ */ z.array(Modality),
  location: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  /** The language `location` is written in (the educator's). */
  language: LanguageTag,
  /** Of `location`, for the languages of the educator's students' families. */
  translations: /* @__PURE__ */ z.array(ContentTranslation),
  /** People (families) who can book the same slot; 1 for a private conference. */
  capacity: /* @__PURE__ */ z
    .number()
    .check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(100)),
  /** How many days ahead a slot may be booked. */
  bookingWindowDays: /* @__PURE__ */ z
    .number()
    .check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(365)),
  /** How many hours before its start a slot stops taking bookings. */
  cutoffHours: /* @__PURE__ */ z
    .number()
    .check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(720)),
  /** Upcoming meetings of this offer one household (the family member who books) may hold for one child; more are refused (`booking-limit`). A child's other home books its own. */
  maxBookingsPerHousehold: /* @__PURE__ */ z
    .number()
    .check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(20)),
  createdAt: DateTime,
});
export type AvailabilityOffer = z.infer<typeof AvailabilityOffer>;

export const CreateOfferRequest = /* @__PURE__ */ z.strictObject({
  recurrence: /* @__PURE__ */ z.enum(['once', 'weekly']),
  startDate: CalendarDate,
  endDate: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(CalendarDate)),
  weekdays: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(Weekday).check(/* @__PURE__ */ z.maxLength(7))),
  startTime: ClockTime,
  endTime: ClockTime,
  /** Defaults to the educator's own time zone. */
  timeZone: /* @__PURE__ */ z.optional(TimeZone),
  durationMinutes: /* @__PURE__ */ z
    .number()
    .check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(5), /* @__PURE__ */ z.lte(480)),
  bufferMinutes: /* @__PURE__ */ z.optional(Minutes(240)),
  modalities: /* @__PURE__ */ z.array(Modality).check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(3)),
  location: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.nullable(
      /* @__PURE__ */ z
        .string()
        .check(/* @__PURE__ */ z.trim(), /* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(200)),
    ),
  ),
  capacity: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(100)),
  ),
  bookingWindowDays: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(365)),
  ),
  cutoffHours: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(720)),
  ),
  /** Defaults to 1: one meeting per household and offer. */
  maxBookingsPerHousehold: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(20)),
  ),
});
export type CreateOfferRequest = z.input<typeof CreateOfferRequest>;

/**
 * Whether a slot takes bookings: `open` (seats left), `full` (every seat taken: a family may
 * wait for one), `closed` (seats left, but inside the offer's cut-off or beyond its booking window).
 */
export const SlotStatus = /* @__PURE__ */ z.enum(['open', 'full', 'closed']);
export type SlotStatus = z.infer<typeof SlotStatus>;

/** A bookable time, derived from an offer. Its id names the offer and the start, so it is stable. */
export const Slot = /* @__PURE__ */ z.object({
  id: Id,
  offerId: Id,
  educatorId: Id,
  start: DateTime,
  end: DateTime,
  /** The educator's time zone (the viewer's may differ). */
  timeZone: TimeZone,
  modalities: /* @__PURE__ */ z.array(Modality),
  /** The modality of a slot with a single one; see `modalities`. */
  modality: Modality,
  location: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  /** The offer's: the language of `location`, and its translations. */
  language: LanguageTag,
  translations: /* @__PURE__ */ z.array(ContentTranslation),
  capacity: /* @__PURE__ */ z.number(),
  booked: /* @__PURE__ */ z.number(),
  /** False when the slot is full, past its cut-off, or beyond the booking window. */
  available: /* @__PURE__ */ z.boolean(),
  /** Why a slot is not available: `full` can be waited for, `closed` cannot. */
  status: SlotStatus,
});
export type Slot = z.infer<typeof Slot>;

/** What one offer may generate, and what one listing returns: bounded, so no educator can flood a listing. */
export const SLOT_LIMITS = {
  /** Slots one offer makes in a day (every 10 minutes for 8 hours; every 30 for a whole day). */
  perOfferPerDay: 48,
  /** From an offer's first day to its last. */
  offerSpanDays: 366,
  /** Offers of one educator that are current (not ended). */
  currentOffersPerEducator: 50,
  /** From `from` to `to` in one listing. */
  rangeDays: 62,
  pageDefault: 200,
  pageMax: 500,
} as const;

/** How many slots an offer's day holds: a slot every duration + buffer that ends by the end time. */
export function slotsPerDay(offer: {
  startTime: string;
  endTime: string;
  durationMinutes: number;
  bufferMinutes?: number | undefined;
}): number {
  const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  const open = minutes(offer.endTime) - minutes(offer.startTime);
  if (open < offer.durationMinutes) return 0;
  return Math.floor((open - offer.durationMinutes) / (offer.durationMinutes + (offer.bufferMinutes ?? 0))) + 1;
}

/** `?from=&to=`: instants at most 62 days apart, paged (`limit` up to 500, `cursor`). */
export const SlotQuery = /* @__PURE__ */ z.strictObject({
  from: DateTime,
  to: DateTime,
  limit: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.coerce
      .number<number>()
      .check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(SLOT_LIMITS.pageMax)),
  ),
  cursor: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(512)),
  ),
});

/** What a family asks for so they can take part. */
export const AccessNeeds = /* @__PURE__ */ z.strictObject({
  /** A language to interpret into, e.g. the family's own. */
  interpreterLanguage: /* @__PURE__ */ z.optional(LanguageTag),
  childCare: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  transport: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  accessibilityNote: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.trim(), /* @__PURE__ */ z.maxLength(500)),
  ),
});
export type AccessNeeds = z.input<typeof AccessNeeds>;

export const CreateBookingRequest = /* @__PURE__ */ z.strictObject({
  studentId: Id,
  modality: Modality,
  needs: /* @__PURE__ */ z.optional(AccessNeeds),
});
export type CreateBookingRequest = z.input<typeof CreateBookingRequest>;

export const Booking = /* @__PURE__ */ z.object({
  id: Id,
  slotId: Id,
  studentId: Id,
  educatorId: Id,
  bookedBy: Id,
  /** The family member who booked: for the educators and that household; null for anyone else. */
  bookedByName: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  start: DateTime,
  end: DateTime,
  timeZone: TimeZone,
  modality: Modality,
  location: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  /** The language of the family's `needs.accessibilityNote` (the booker's). */
  language: LanguageTag,
  /**
   * `location` (the offer's translations, from the educator's language) and
   * `accessibilityNote` (from `language`; only for those who see `needs`).
   */
  translations: /* @__PURE__ */ z.array(ContentTranslation),
  /**
   * What the family asked for. Null for a guardian who did not book: like direct threads, the
   * booker's notes stay between their household and the educators (another home sees that a
   * meeting about their child exists, and when).
   */
  needs: /* @__PURE__ */ z.nullable(
    /* @__PURE__ */ z.object({
      interpreterLanguage: /* @__PURE__ */ z.nullable(LanguageTag),
      childCare: /* @__PURE__ */ z.boolean(),
      transport: /* @__PURE__ */ z.boolean(),
      accessibilityNote: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
    }),
  ),
  status: /* @__PURE__ */ z.enum(['booked', 'cancelled']),
  createdAt: DateTime,
  cancelledAt: /* @__PURE__ */ z.nullable(DateTime),
});
export type Booking = z.infer<typeof Booking>;

export const CancelBookingRequest = /* @__PURE__ */ z.strictObject({
  reason: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.trim(), /* @__PURE__ */ z.maxLength(500)),
  ),
});
export type CancelBookingRequest = z.input<typeof CancelBookingRequest>;

/** A recurring time that works for a family, on their own clock ("weekdays after 18:00"). */
export const FamilyWindow = /* @__PURE__ */ z.object({
  weekday: Weekday,
  startTime: ClockTime,
  endTime: ClockTime,
});
export type FamilyWindow = z.infer<typeof FamilyWindow>;

export const FamilyWindows = /* @__PURE__ */ z.object({
  timeZone: TimeZone,
  windows: /* @__PURE__ */ z.array(FamilyWindow),
});
export type FamilyWindows = z.infer<typeof FamilyWindows>;

export const PutFamilyWindowsRequest = /* @__PURE__ */ z.strictObject({
  /** Defaults to the person's own time zone. */
  timeZone: /* @__PURE__ */ z.optional(TimeZone),
  windows: /* @__PURE__ */ z
    .array(/* @__PURE__ */ z.strictObject({ weekday: Weekday, startTime: ClockTime, endTime: ClockTime }))
    .check(/* @__PURE__ */ z.maxLength(28)),
});
export type PutFamilyWindowsRequest = z.input<typeof PutFamilyWindowsRequest>;

/** A student's families' usual free times, and which of the viewing educator's slots fall inside them. */
export const StudentFamilyWindows = /* @__PURE__ */ z.object({
  items: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.object({
      personId: Id,
      displayName: /* @__PURE__ */ z.string(),
      timeZone: TimeZone,
      windows: /* @__PURE__ */ z.array(FamilyWindow),
      /** The viewer's free slots in the next 14 days that fall inside one of these windows. */
      matchingSlotIds: /* @__PURE__ */ z.array(Id),
    }),
  ),
});
export type StudentFamilyWindows = z.infer<typeof StudentFamilyWindows>;

/** One entry of a student's record of attempts to arrange a meeting. */
export const SchedulingEvent = /* @__PURE__ */ z.object({
  kind: /* @__PURE__ */ z.enum(['booked', 'cancelled', 'rescheduled']),
  bookingId: /* @__PURE__ */ z.nullable(Id),
  /** Who acted; null when the system did (a roster change ended the access the meeting needed). */
  actorId: /* @__PURE__ */ z.nullable(Id),
  detail: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  at: DateTime,
});
export type SchedulingEvent = z.infer<typeof SchedulingEvent>;

export const RescheduleBookingRequest = /* @__PURE__ */ z.strictObject({
  slotId: Id,
  modality: /* @__PURE__ */ z.optional(Modality),
});
export type RescheduleBookingRequest = z.input<typeof RescheduleBookingRequest>;

export const JoinWaitlistRequest = /* @__PURE__ */ z.strictObject({
  studentId: Id,
  modality: Modality,
  needs: /* @__PURE__ */ z.optional(AccessNeeds),
});
export type JoinWaitlistRequest = z.input<typeof JoinWaitlistRequest>;

/** A family waiting for a full slot: booked for them, in order, when a seat frees up. */
export const WaitlistEntry = /* @__PURE__ */ z.object({
  id: Id,
  slotId: Id,
  studentId: Id,
  personId: Id,
  /** waiting; booked (a seat freed up: see bookingId); expired (the slot could no longer be booked for them). */
  status: /* @__PURE__ */ z.enum(['waiting', 'booked', 'expired']),
  bookingId: /* @__PURE__ */ z.nullable(Id),
  createdAt: DateTime,
});
export type WaitlistEntry = z.infer<typeof WaitlistEntry>;

/** One of a student's educators, as families meet them. */
export const StudentEducator = /* @__PURE__ */ z.object({
  id: Id,
  displayName: /* @__PURE__ */ z.string(),
  role: EducatorRole,
  timeZone: TimeZone,
});
export type StudentEducator = z.infer<typeof StudentEducator>;
