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
  displayName: z.string(),
  kind: PersonKind,
  educatorRole: z.nullable(EducatorRole),
});
export type RecordPerson = z.infer<typeof RecordPerson>;

export const RecordMessage = /* @__PURE__ */ z.object({
  id: Id,
  seq: /* @__PURE__ */ z.number().check(z.int(), z.gte(1)),
  senderId: Id,
  senderRole: RecorderRole,
  /** The text as it reads now: plain text, never HTML. */
  body: z.string(),
  language: LanguageTag,
  sentAt: DateTime,
  deliverAfter: z.nullable(DateTime),
  editedAt: z.nullable(DateTime),
  /** Machine translations of the current text. */
  translations: z.array(z.object({ language: LanguageTag, body: z.string(), createdAt: DateTime })),
  /** Every earlier text of an edited message, oldest first. */
  edits: z.array(z.object({ previousBody: z.string(), editedAt: DateTime })),
  /** Reports of this message to the school that this copy may show (docs/records.md). */
  reports: z.array(
    z.object({ id: Id, reportedBy: Id, reason: z.string(), note: z.nullable(z.string()), createdAt: DateTime }),
  ),
});
export type RecordMessage = z.infer<typeof RecordMessage>;

export const RecordThread = /* @__PURE__ */ z.object({
  id: Id,
  kind: z.enum(['direct', 'group']),
  subject: z.nullable(z.string()),
  createdBy: Id,
  createdAt: DateTime,
  lastMessageAt: z.nullable(DateTime),
  participants: z.array(
    z.object({
      personId: Id,
      lastDeliveredSeq: /* @__PURE__ */ z.number().check(z.int(), z.gte(0)),
      lastReadSeq: /* @__PURE__ */ z.number().check(z.int(), z.gte(0)),
    }),
  ),
  /** Oldest first. */
  messages: z.array(RecordMessage),
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
  needs: z.nullable(
    z.object({
      interpreterLanguage: z.nullable(LanguageTag),
      childCare: z.boolean(),
      transport: z.boolean(),
      accessibilityNote: z.nullable(z.string()),
    }),
  ),
  status: z.enum(['waiting', 'booked', 'expired']),
  bookingId: z.nullable(Id),
  createdAt: DateTime,
});
export type RecordWaitlistEntry = z.infer<typeof RecordWaitlistEntry>;

/** Who read or changed which part of the record, and when. */
export const RecordAuditEntry = /* @__PURE__ */ z.object({
  id: Id,
  at: DateTime,
  actorId: Id,
  action: z.string(),
  resourceType: z.string(),
  resourceId: z.string(),
  requestId: z.nullable(z.string()),
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
  student: z.object({
    id: Id,
    givenName: z.string(),
    familyName: z.string(),
    preferredName: z.nullable(z.string()),
    gradeLevel: z.string(),
    /** The student's id in the district's information system (OneRoster sourcedId). */
    sourcedId: z.nullable(z.string()),
    deactivatedAt: z.nullable(DateTime),
  }),
  /** A family's copy lists the viewer's own guardianship only. */
  guardians: z.array(
    z.object({
      personId: Id,
      relationshipLabel: z.string(),
      mayViewRecords: z.boolean(),
      mayMessage: z.boolean(),
      mayBook: z.boolean(),
      custodyNote: z.nullable(z.string()),
    }),
  ),
  educators: z.array(z.object({ personId: Id, role: EducatorRole })),
  /** Everyone the record mentions by id. */
  people: z.array(RecordPerson),
  goals: z.array(z.extend(Goal, { progress: z.array(ProgressEntry) })),
  threads: z.array(RecordThread),
  /** Cancelled ones included, by start time. */
  bookings: z.array(Booking),
  /** The record of attempts to meet, oldest first (`actorId` null: the system acted). */
  schedulingEvents: z.array(SchedulingEvent),
  waitlist: z.array(RecordWaitlistEntry),
  audit: z.array(RecordAuditEntry),
});
export type StudentRecord = z.infer<typeof StudentRecord>;
