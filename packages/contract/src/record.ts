import './zod.js';
import * as z from 'zod/mini';
import { EducatorRole, Goal, PersonKind, ProgressEntry, RecorderRole, School, Tenant } from './domain.js';
import { DateTime, Id, LanguageTag } from './primitives.js';
import { Booking, Modality, SchedulingEvent } from './scheduling.js';

/**
 * Whose copy of the record this is, which decides what it holds (docs/records.md):
 * `district` (an admin: everything), `educator` (an assigned educator: their own conversations
 * and their own entries in the access log), `family` (a guardian with record access: their own
 * conversations, their own booking notes, and the access log of their own and the school's
 * actions on what they can see).
 */
export const RecordView = /* @__PURE__ */ z.enum(['district', 'educator', 'family']);
export type RecordView = z.infer<typeof RecordView>;

/** Someone the record mentions, so that it can say who instead of an id. No contact details. */
export const RecordPerson = /* @__PURE__ */ z.object({
  id: Id,
  displayName: /* @__PURE__ */ z.string(),
  kind: PersonKind,
  educatorRole: /* @__PURE__ */ z.nullable(EducatorRole),
});
export type RecordPerson = z.infer<typeof RecordPerson>;

export const RecordMessage = /* @__PURE__ */ z.object({
  id: Id,
  seq: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1)),
  senderId: Id,
  senderRole: RecorderRole,
  /** The text as it reads now: plain text, never HTML. */
  body: /* @__PURE__ */ z.string(),
  language: LanguageTag,
  sentAt: DateTime,
  deliverAfter: /* @__PURE__ */ z.nullable(DateTime),
  editedAt: /* @__PURE__ */ z.nullable(DateTime),
  /** Machine translations of the current text. */
  translations: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.object({ language: LanguageTag, body: /* @__PURE__ */ z.string(), createdAt: DateTime }),
  ),
  /** Every earlier text of an edited message, oldest first. */
  edits: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.object({ previousBody: /* @__PURE__ */ z.string(), editedAt: DateTime }),
  ),
  /** Reports of this message to the school that this copy may show (docs/records.md). */
  reports: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.object({
      id: Id,
      reportedBy: Id,
      reason: /* @__PURE__ */ z.string(),
      note: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
      createdAt: DateTime,
    }),
  ),
});
export type RecordMessage = z.infer<typeof RecordMessage>;

export const RecordThread = /* @__PURE__ */ z.object({
  id: Id,
  kind: /* @__PURE__ */ z.enum(['direct', 'group']),
  subject: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  createdBy: Id,
  createdAt: DateTime,
  lastMessageAt: /* @__PURE__ */ z.nullable(DateTime),
  participants: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.object({
      personId: Id,
      lastDeliveredSeq: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(0)),
      lastReadSeq: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(0)),
    }),
  ),
  /** Oldest first. */
  messages: /* @__PURE__ */ z.array(RecordMessage),
});
export type RecordThread = z.infer<typeof RecordThread>;

export const RecordWaitlistEntry = /* @__PURE__ */ z.object({
  id: Id,
  slotId: Id,
  educatorId: Id,
  start: DateTime,
  personId: Id,
  modality: Modality,
  /** Null for a guardian who is not the one waiting, as with a booking's needs. */
  needs: /* @__PURE__ */ z.nullable(
    /* @__PURE__ */ z.object({
      interpreterLanguage: /* @__PURE__ */ z.nullable(LanguageTag),
      childCare: /* @__PURE__ */ z.boolean(),
      transport: /* @__PURE__ */ z.boolean(),
      accessibilityNote: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
    }),
  ),
  status: /* @__PURE__ */ z.enum(['waiting', 'booked', 'expired']),
  bookingId: /* @__PURE__ */ z.nullable(Id),
  createdAt: DateTime,
});
export type RecordWaitlistEntry = z.infer<typeof RecordWaitlistEntry>;

/** Who read or changed which part of the record, and when. */
export const RecordAuditEntry = /* @__PURE__ */ z.object({
  id: Id,
  at: DateTime,
  actorId: Id,
  action: /* @__PURE__ */ z.string(),
  resourceType: /* @__PURE__ */ z.string(),
  resourceId: /* @__PURE__ */ z.string(),
  requestId: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
});
export type RecordAuditEntry = z.infer<typeof RecordAuditEntry>;

/**
 * Everything Tandem holds about one student that the viewer may see: the export behind a
 * family's right to inspect their child's education records (FERPA), and the district's copy
 * for an audit. Every list is oldest first.
 */
export const StudentRecord = /* @__PURE__ */ z.object({
  /** When this copy was made, by the server's clock. */
  generatedAt: DateTime,
  view: RecordView,
  viewer: RecordPerson,
  district: Tenant,
  school: School,
  student: /* @__PURE__ */ z.object({
    id: Id,
    givenName: /* @__PURE__ */ z.string(),
    familyName: /* @__PURE__ */ z.string(),
    preferredName: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
    gradeLevel: /* @__PURE__ */ z.string(),
    /** The student's id in the district's information system (OneRoster sourcedId). */
    sourcedId: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
    deactivatedAt: /* @__PURE__ */ z.nullable(DateTime),
  }),
  /** A family's copy lists the viewer's own guardianship only. */
  guardians: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.object({
      personId: Id,
      relationshipLabel: /* @__PURE__ */ z.string(),
      mayViewRecords: /* @__PURE__ */ z.boolean(),
      mayMessage: /* @__PURE__ */ z.boolean(),
      mayBook: /* @__PURE__ */ z.boolean(),
      custodyNote: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
    }),
  ),
  educators: /* @__PURE__ */ z.array(/* @__PURE__ */ z.object({ personId: Id, role: EducatorRole })),
  /** Everyone the record mentions by id. */
  people: /* @__PURE__ */ z.array(RecordPerson),
  goals: /* @__PURE__ */ z.array(/* @__PURE__ */ z.extend(Goal, { progress: /* @__PURE__ */ z.array(ProgressEntry) })),
  threads: /* @__PURE__ */ z.array(RecordThread),
  /** Cancelled ones included, by start time. */
  bookings: /* @__PURE__ */ z.array(Booking),
  /** The record of attempts to meet, oldest first (`actorId` null: the system acted). */
  schedulingEvents: /* @__PURE__ */ z.array(SchedulingEvent),
  waitlist: /* @__PURE__ */ z.array(RecordWaitlistEntry),
  audit: /* @__PURE__ */ z.array(RecordAuditEntry),
});
export type StudentRecord = z.infer<typeof StudentRecord>;
