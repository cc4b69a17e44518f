import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

// Millisecond precision, so that a timestamp read into a JS Date and written back into a
// cursor compares equal to the stored one.
const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date', precision: 3 });

export const tenants = pgTable('tenants', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  /** The district's own clock: the default for schools and people the roster gives none. */
  timeZone: text('time_zone').notNull().default('UTC'),
  /** The district org's OneRoster sourcedId, once a roster was imported. */
  sourcedId: text('sourced_id'),
  /** Pages that may embed the widgets (CORS), on top of TANDEM_ALLOWED_ORIGINS. */
  allowedOrigins: jsonb('allowed_origins').$type<string[]>().notNull().default([]),
  /** Educators' quiet hours where the person has none of their own. */
  quietHoursStart: text('quiet_hours_start'),
  quietHoursEnd: text('quiet_hours_end'),
  /** `server`: the server's translation service (TANDEM_TRANSLATE_URL); `off`; `custom`: the url below. */
  translationMode: text('translation_mode', { enum: ['server', 'off', 'custom'] })
    .notNull()
    .default('server'),
  translationUrl: text('translation_url'),
  translationApiKey: text('translation_api_key'),
  /** How the custom service is spoken to (docs/translation.md). */
  translationProtocol: text('translation_protocol', { enum: ['libretranslate', 'generic'] })
    .notNull()
    .default('libretranslate'),
  /** How long the records of a student who left are kept, in days; null keeps them. */
  retentionDays: integer('retention_days'),
  /** How long a message may stay unread before its reader is notified; null: TANDEM_NOTIFY_AFTER_SECONDS. */
  notifyAfterSeconds: integer('notify_after_seconds'),
  createdAt: instant('created_at').notNull().defaultNow(),
});

export const schools = pgTable(
  'schools',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    name: text('name').notNull(),
    timeZone: text('time_zone').notNull(),
    sourcedId: text('sourced_id'),
    deactivatedAt: instant('deactivated_at'),
  },
  (t) => [
    // Not partial (NULLs never collide in a unique index): a join on (tenant, sourcedId) may use it.
    uniqueIndex('schools_sourced_idx').on(t.tenantId, t.sourcedId),
  ],
);

export const people = pgTable(
  'people',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    kind: text('kind', { enum: ['guardian', 'educator', 'admin'] }).notNull(),
    displayName: text('display_name').notNull(),
    preferredLanguage: text('preferred_language').notNull().default('en'),
    timeZone: text('time_zone').notNull(),
    contactChannel: text('contact_channel', { enum: ['app', 'email', 'sms', 'phone', 'push'] })
      .notNull()
      .default('app'),
    quietHoursStart: text('quiet_hours_start'),
    quietHoursEnd: text('quiet_hours_end'),
    /** The person's own delay before an unread message is sent on their channel; null: the district's. */
    notifyAfterSeconds: integer('notify_after_seconds'),
    /** When the person texted STOP (no texts until START). Opting out is the law, not a preference. */
    smsStoppedAt: instant('sms_stopped_at'),
    educatorRole: text('educator_role', {
      enum: ['teacher', 'counselor', 'school_psychologist', 'special_educator', 'administrator'],
    }),
    /** Personal contact details from the roster: never logged. */
    email: text('email'),
    phone: text('phone'),
    /** The person's OneRoster sourcedId: a token's `sub` may name it. */
    sourcedId: text('sourced_id'),
    /** Set when the roster removed the person: signed out at once, their records kept. */
    deactivatedAt: instant('deactivated_at'),
    /** A school administrator's schools (from the roster): they see every student there. */
    leadsSchoolIds: jsonb('leads_school_ids').$type<string[]>().notNull().default([]),
  },
  (t) => [index('people_tenant_idx').on(t.tenantId), uniqueIndex('people_sourced_idx').on(t.tenantId, t.sourcedId)],
);

export const students = pgTable(
  'students',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    schoolId: text('school_id')
      .notNull()
      .references(() => schools.id),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    preferredName: text('preferred_name'),
    gradeLevel: text('grade_level').notNull(),
    /** The student's OneRoster sourcedId: pages may address them as `sis:<sourcedId>`. */
    sourcedId: text('sourced_id'),
    /** Set when the roster removed the student: families and educators lose access, the record stays. */
    deactivatedAt: instant('deactivated_at'),
  },
  (t) => [index('students_tenant_idx').on(t.tenantId), uniqueIndex('students_sourced_idx').on(t.tenantId, t.sourcedId)],
);

export const guardianships = pgTable(
  'guardianships',
  {
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    studentId: text('student_id')
      .notNull()
      .references(() => students.id),
    relationshipLabel: text('relationship_label').notNull(),
    mayViewRecords: boolean('may_view_records').notNull().default(true),
    mayMessage: boolean('may_message').notNull().default(true),
    mayBook: boolean('may_book').notNull().default(true),
    custodyNote: text('custody_note'),
  },
  (t) => [primaryKey({ columns: [t.personId, t.studentId] }), index('guardianships_student_idx').on(t.studentId)],
);

export const assignments = pgTable(
  'assignments',
  {
    educatorId: text('educator_id')
      .notNull()
      .references(() => people.id),
    studentId: text('student_id')
      .notNull()
      .references(() => students.id),
    role: text('role', {
      enum: ['teacher', 'counselor', 'school_psychologist', 'special_educator', 'administrator'],
    }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.educatorId, t.studentId] }), index('assignments_student_idx').on(t.studentId)],
);

export interface StoredActionStep {
  id: string;
  description: string;
  owner: 'home' | 'school';
  frequency: string | null;
  /** Its author's language; steps stored before translations had none (the goal's then). */
  language?: string;
}

export const goals = pgTable(
  'goals',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    studentId: text('student_id')
      .notNull()
      .references(() => students.id),
    // Null on a suggestion in its author's own words, until an educator accepts it.
    domain: text('domain', { enum: ['academic', 'behavior', 'social_emotional', 'attendance', 'iep'] }),
    statement: text('statement').notNull(),
    measureType: text('measure_type', { enum: ['count', 'percent', 'duration', 'rating', 'yes_no'] }),
    unit: text('unit'),
    baseline: doublePrecision('baseline'),
    target: doublePrecision('target'),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    targetDate: date('target_date', { mode: 'string' }),
    status: text('status', { enum: ['proposed', 'active', 'met', 'discontinued'] }).notNull(),
    actionSteps: jsonb('action_steps').$type<StoredActionStep[]>().notNull().default([]),
    createdBy: text('created_by')
      .notNull()
      .references(() => people.id),
    creatorRole: text('creator_role', { enum: ['guardian', 'educator'] }).notNull(),
    /** The language of `statement` and `unit`: their author's. */
    language: text('language').notNull().default('en'),
    interpreterReview: text('interpreter_review', { enum: ['needed', 'reviewed'] }),
    version: integer('version').notNull().default(1),
    createdAt: instant('created_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [index('goals_student_created_idx').on(t.studentId, t.createdAt, t.id)],
);

export const progressEntries = pgTable(
  'progress_entries',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    goalId: text('goal_id')
      .notNull()
      .references(() => goals.id),
    studentId: text('student_id')
      .notNull()
      .references(() => students.id),
    value: doublePrecision('value').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    note: text('note'),
    recordedBy: text('recorded_by')
      .notNull()
      .references(() => people.id),
    recorderRole: text('recorder_role', { enum: ['guardian', 'educator'] }).notNull(),
    setting: text('setting', { enum: ['home', 'school'] }).notNull(),
    language: text('language').notNull().default('en'),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [
    index('progress_goal_date_idx').on(t.goalId, t.date, t.createdAt, t.id),
    // The stamp is derived from the role; the database holds it to that.
    check(
      'progress_setting_matches_role',
      sql`(${t.recorderRole} = 'guardian' and ${t.setting} = 'home') or (${t.recorderRole} = 'educator' and ${t.setting} = 'school')`,
    ),
  ],
);

export const auditEvents = pgTable(
  'audit_events',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id').notNull(),
    actorId: text('actor_id').notNull(),
    action: text('action').notNull(),
    resourceType: text('resource_type').notNull(),
    resourceId: text('resource_id').notNull(),
    studentId: text('student_id'),
    requestId: text('request_id'),
    at: instant('at').notNull(),
  },
  (t) => [index('audit_student_at_idx').on(t.studentId, t.at)],
);

/** One row per (person, Idempotency-Key): the first response, replayed for repeats. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    actorId: text('actor_id').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    // Null while the first request is still in its transaction; the row is written with it.
    statusCode: integer('status_code'),
    responseBody: jsonb('response_body'),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.actorId, t.key] }), index('idempotency_created_idx').on(t.createdAt)],
);

export const threads = pgTable(
  'threads',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    studentId: text('student_id')
      .notNull()
      .references(() => students.id),
    kind: text('kind', { enum: ['direct', 'group'] }).notNull(),
    subject: text('subject'),
    /** Sequence numbers are taken from here, under the row lock of an UPDATE. */
    lastSeq: integer('last_seq').notNull().default(0),
    lastMessageAt: instant('last_message_at'),
    createdBy: text('created_by')
      .notNull()
      .references(() => people.id),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [index('threads_student_idx').on(t.studentId)],
);

export const threadParticipants = pgTable(
  'thread_participants',
  {
    threadId: text('thread_id')
      .notNull()
      .references(() => threads.id),
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    lastReadSeq: integer('last_read_seq').notNull().default(0),
    /** The highest message this person's app has fetched (a delivery receipt). */
    lastDeliveredSeq: integer('last_delivered_seq').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.threadId, t.personId] }), index('participants_person_idx').on(t.personId)],
);

export const messages = pgTable(
  'messages',
  {
    id: text('id').primaryKey(),
    threadId: text('thread_id')
      .notNull()
      .references(() => threads.id),
    seq: integer('seq').notNull(),
    senderId: text('sender_id')
      .notNull()
      .references(() => people.id),
    senderRole: text('sender_role', { enum: ['guardian', 'educator'] }).notNull(),
    body: text('body').notNull(),
    language: text('language').notNull(),
    clientMessageId: text('client_message_id').notNull(),
    sentAt: instant('sent_at').notNull(),
    deliverAfter: instant('deliver_after'),
    editedAt: instant('edited_at'),
    interpreterReview: text('interpreter_review', { enum: ['needed', 'reviewed'] }),
    /** Written in the page, or a reply to a notification by email or text. */
    via: text('via', { enum: ['app', 'email', 'sms'] })
      .notNull()
      .default('app'),
  },
  (t) => [
    uniqueIndex('messages_thread_seq_idx').on(t.threadId, t.seq),
    // A retry with the same client id never makes a second message.
    uniqueIndex('messages_sender_client_id_idx').on(t.senderId, t.clientMessageId),
  ],
);

/** The durable event log behind the realtime stream: one row per recipient; the id is the cursor. */
export const events = pgTable(
  'events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    recipientId: text('recipient_id').notNull(),
    type: text('type', {
      enum: [
        'message.created',
        'message.translated',
        'message.updated',
        'thread.read',
        'thread.delivered',
        'thread.created',
      ],
    }).notNull(),
    studentId: text('student_id').notNull(),
    threadId: text('thread_id').notNull(),
    messageId: text('message_id'),
    seq: integer('seq'),
    personId: text('person_id'),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [index('events_recipient_idx').on(t.recipientId, t.id)],
);

/**
 * The event log's head: the last position handed out. A writer takes positions by updating
 * this one row, so the row lock orders writers by commit, and a reader that sees position n
 * has every position below n too (a sequence alone hands out ids that commit out of order).
 */
export const eventHead = pgTable('event_head', {
  id: integer('id').primaryKey(),
  position: bigint('position', { mode: 'number' }).notNull(),
});

/**
 * Token buckets of the rate limiter, shared by every server instance on the database (an
 * unlogged table: a crash may forget them, which only refills them early).
 */
export const rateBuckets = pgTable('rate_buckets', {
  key: text('key').primaryKey(),
  tokens: doublePrecision('tokens').notNull(),
  updatedAt: instant('updated_at').notNull(),
  /** Whether the last take got a token (kept for instances of an older version during a deploy). */
  allowed: boolean('allowed').notNull(),
  /** How many tokens the last statement gave: read back in the statement that decides it. */
  taken: integer('taken').notNull().default(0),
});

/** Open event streams, one row each, so a person's cap holds across instances; a lease lapses if its instance dies. */
export const streamLeases = pgTable(
  'stream_leases',
  {
    id: text('id').primaryKey(),
    personId: text('person_id').notNull(),
    expiresAt: instant('expires_at').notNull(),
  },
  (t) => [index('stream_leases_person_idx').on(t.personId, t.expiresAt)],
);

/** Machine translations of a message, one per language; the original stays in `messages`. */
export const messageTranslations = pgTable(
  'message_translations',
  {
    messageId: text('message_id')
      .notNull()
      .references(() => messages.id),
    language: text('language').notNull(),
    body: text('body').notNull(),
    /** Made by a translation service (false: written by a person). */
    machine: boolean('machine').notNull().default(true),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.messageId, t.language] })],
);

/**
 * Translations of the text fields of shared content (goals, action steps, progress notes,
 * offers, bookings), one per (subject, field, language); the original stays in its row.
 * `subject_id` is the goal's, step's, entry's, offer's or booking's id (ids are unique across kinds).
 */
export const contentTranslations = pgTable(
  'content_translations',
  {
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    subjectType: text('subject_type', { enum: ['goal', 'step', 'progress', 'offer', 'booking'] }).notNull(),
    subjectId: text('subject_id').notNull(),
    field: text('field', {
      enum: ['statement', 'unit', 'description', 'frequency', 'note', 'location', 'accessibilityNote'],
    }).notNull(),
    language: text('language').notNull(),
    text: text('text').notNull(),
    /** The original this translates: one that no longer matches it is stale, and is replaced. */
    source: text('source').notNull(),
    machine: boolean('machine').notNull().default(true),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.subjectId, t.field, t.language] })],
);

/**
 * Content whose translations are still to be made: queued in the write's transaction, taken
 * off once every language it needs is there. The retry loop works through what a failing
 * service left behind, oldest first.
 */
export const contentTranslationQueue = pgTable(
  'content_translation_queue',
  {
    subjectType: text('subject_type', { enum: ['goal', 'progress', 'offer', 'booking'] }).notNull(),
    subjectId: text('subject_id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    queuedAt: instant('queued_at').notNull(),
  },
  (t) => [index('content_translation_queue_idx').on(t.queuedAt)],
);

/** Every earlier text of an edited message: nothing said is silently lost. */
export const messageEdits = pgTable('message_edits', {
  id: text('id').primaryKey(),
  messageId: text('message_id')
    .notNull()
    .references(() => messages.id),
  previousBody: text('previous_body').notNull(),
  editedAt: instant('edited_at').notNull(),
});

export const messageReports = pgTable('message_reports', {
  id: text('id').primaryKey(),
  messageId: text('message_id')
    .notNull()
    .references(() => messages.id),
  reportedBy: text('reported_by')
    .notNull()
    .references(() => people.id),
  reason: text('reason').notNull(),
  note: text('note'),
  createdAt: instant('created_at').notNull(),
});

/** An educator's offer of meeting times; slots are derived from it. */
export const availabilityOffers = pgTable(
  'availability_offers',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    educatorId: text('educator_id')
      .notNull()
      .references(() => people.id),
    recurrence: text('recurrence', { enum: ['once', 'weekly'] }).notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    weekdays: jsonb('weekdays').$type<number[]>().notNull(),
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
    timeZone: text('time_zone').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    bufferMinutes: integer('buffer_minutes').notNull(),
    modalities: jsonb('modalities').$type<('in_person' | 'phone' | 'video')[]>().notNull(),
    location: text('location'),
    /** The language of `location`: the educator's. */
    language: text('language').notNull().default('en'),
    capacity: integer('capacity').notNull(),
    bookingWindowDays: integer('booking_window_days').notNull(),
    cutoffHours: integer('cutoff_hours').notNull(),
    maxBookingsPerHousehold: integer('max_bookings_per_household').notNull().default(1),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [index('offers_educator_idx').on(t.educatorId)],
);

/**
 * A slot that has been booked at least once: the row that holds its seats. The check is the
 * last word on capacity — no code path can put more bookings in a slot than it holds.
 */
export const slots = pgTable(
  'slots',
  {
    id: text('id').primaryKey(),
    offerId: text('offer_id')
      .notNull()
      .references(() => availabilityOffers.id),
    startsAt: instant('starts_at').notNull(),
    endsAt: instant('ends_at').notNull(),
    capacity: integer('capacity').notNull(),
    booked: integer('booked').notNull().default(0),
  },
  (t) => [
    check('slots_booked_within_capacity', sql`${t.booked} >= 0 and ${t.booked} <= ${t.capacity}`),
    index('slots_offer_idx').on(t.offerId),
  ],
);

export const bookings = pgTable(
  'bookings',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    slotId: text('slot_id')
      .notNull()
      .references(() => slots.id),
    studentId: text('student_id')
      .notNull()
      .references(() => students.id),
    educatorId: text('educator_id')
      .notNull()
      .references(() => people.id),
    bookedBy: text('booked_by')
      .notNull()
      .references(() => people.id),
    modality: text('modality', { enum: ['in_person', 'phone', 'video'] }).notNull(),
    interpreterLanguage: text('interpreter_language'),
    childCare: boolean('child_care').notNull().default(false),
    transport: boolean('transport').notNull().default(false),
    accessibilityNote: text('accessibility_note'),
    /** The language of the note: the booker's. */
    language: text('language').notNull().default('en'),
    status: text('status', { enum: ['booked', 'cancelled'] }).notNull(),
    createdAt: instant('created_at').notNull(),
    cancelledAt: instant('cancelled_at'),
    cancelledBy: text('cancelled_by').references(() => people.id),
    cancelReason: text('cancel_reason'),
  },
  (t) => [
    // One live booking per student per slot.
    uniqueIndex('bookings_slot_student_idx')
      .on(t.slotId, t.studentId)
      .where(sql`${t.status} = 'booked'`),
    index('bookings_student_idx').on(t.studentId),
  ],
);

/** Every booking and cancellation, kept as the student's record of attempts to meet. */
export const schedulingEvents = pgTable(
  'scheduling_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    studentId: text('student_id')
      .notNull()
      .references(() => students.id),
    bookingId: text('booking_id').references(() => bookings.id),
    /** Null when the system acted (a roster import ended the family's or educator's access). */
    actorId: text('actor_id').references(() => people.id),
    kind: text('kind', { enum: ['booked', 'cancelled', 'rescheduled'] }).notNull(),
    detail: text('detail'),
    at: instant('at').notNull(),
  },
  (t) => [index('scheduling_events_student_idx').on(t.studentId)],
);

/** The recurring times that usually work for a person (a family), on their own clock. */
export const familyWindows = pgTable(
  'family_windows',
  {
    id: text('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    weekday: integer('weekday').notNull(),
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
    timeZone: text('time_zone').notNull(),
  },
  (t) => [index('family_windows_person_idx').on(t.personId)],
);

/** Families waiting for a full slot, in the order they joined. */
export const waitlistEntries = pgTable(
  'waitlist_entries',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    slotId: text('slot_id')
      .notNull()
      .references(() => slots.id),
    studentId: text('student_id')
      .notNull()
      .references(() => students.id),
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    modality: text('modality', { enum: ['in_person', 'phone', 'video'] }).notNull(),
    needs: jsonb('needs')
      .$type<{ interpreterLanguage?: string; childCare?: boolean; transport?: boolean; accessibilityNote?: string }>()
      .notNull(),
    status: text('status', { enum: ['waiting', 'booked', 'expired'] }).notNull(),
    bookingId: text('booking_id').references(() => bookings.id),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [
    index('waitlist_slot_idx').on(t.slotId, t.createdAt),
    uniqueIndex('waitlist_slot_student_idx')
      .on(t.slotId, t.studentId)
      .where(sql`${t.status} = 'waiting'`),
  ],
);

/** Classes of the roster, kept so a delta import can recompute who teaches whom. */
export const rosterClasses = pgTable(
  'roster_classes',
  {
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    sourcedId: text('sourced_id').notNull(),
    schoolId: text('school_id')
      .notNull()
      .references(() => schools.id),
    title: text('title').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.sourcedId] })],
);

/** Class enrollments of the roster: educator–student assignments are derived from them. */
export const rosterEnrollments = pgTable(
  'roster_enrollments',
  {
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    sourcedId: text('sourced_id').notNull(),
    classSourcedId: text('class_sourced_id').notNull(),
    userSourcedId: text('user_sourced_id').notNull(),
    role: text('role', { enum: ['student', 'teacher', 'administrator', 'proctor'] }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.sourcedId] }),
    index('roster_enrollments_class_idx').on(t.tenantId, t.classSourcedId),
    index('roster_enrollments_user_idx').on(t.tenantId, t.userSourcedId),
  ],
);

/** Every roster import, applied or refused, with its report: the district's history. */
export const rosterImports = pgTable(
  'roster_imports',
  {
    id: text('id').primaryKey(),
    // No reference: a refused first import has no tenant, and its report is still kept.
    tenantId: text('tenant_id').notNull(),
    requestedBy: text('requested_by'),
    via: text('via', { enum: ['cli', 'api'] }).notNull(),
    dryRun: boolean('dry_run').notNull(),
    status: text('status', { enum: ['running', 'applied', 'refused', 'failed', 'checked'] }).notNull(),
    version: text('version'),
    mode: text('mode', { enum: ['bulk', 'delta'] }),
    startedAt: instant('started_at').notNull(),
    finishedAt: instant('finished_at'),
    report: jsonb('report'),
  },
  (t) => [index('roster_imports_tenant_idx').on(t.tenantId, t.startedAt)],
);

/**
 * What was (or will be) sent to a person outside the page: one row per notification. A
 * message notification covers a thread's messages up to `through_seq`; at most one is pending
 * per (thread, person), so messages written while it waits go out together in it.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    recipientId: text('recipient_id')
      .notNull()
      .references(() => people.id),
    kind: text('kind', {
      enum: ['messages', 'booking_confirmed', 'booking_changed', 'booking_cancelled', 'booking_reminder'],
    }).notNull(),
    threadId: text('thread_id').references(() => threads.id),
    /** A booking notice's meeting (confirmed, changed, cancelled, the reminder the day before). */
    bookingId: text('booking_id').references(() => bookings.id),
    studentId: text('student_id').references(() => students.id),
    /** `sending` while a provider has it: a retry after a crash there sends again (at least once). */
    status: text('status', { enum: ['pending', 'sending', 'sent', 'skipped', 'failed'] }).notNull(),
    dueAt: instant('due_at').notNull(),
    /** The messages it covered: sequence numbers in its thread, set when it is sent. */
    fromSeq: integer('from_seq'),
    throughSeq: integer('through_seq'),
    channel: text('channel', { enum: ['email', 'sms', 'push'] }),
    /** The address it went to (an email address, a phone number): inbound texts find their thread by it. */
    address: text('address'),
    /** The provider's id (Message-ID, message SID). */
    providerId: text('provider_id'),
    /** Why it was skipped or failed: `read`, `no_channel`, `gone`, or a provider's error kind. */
    outcome: text('outcome'),
    jobId: text('job_id'),
    createdAt: instant('created_at').notNull(),
    sentAt: instant('sent_at'),
  },
  (t) => [
    uniqueIndex('notifications_pending_idx')
      .on(t.threadId, t.recipientId)
      .where(sql`${t.status} = 'pending'`),
    index('notifications_thread_idx').on(t.threadId, t.recipientId),
    index('notifications_address_idx').on(t.address, t.sentAt),
    // Booking notices queued in a transaction without the job queue at hand get their jobs after.
    index('notifications_unqueued_idx')
      .on(t.createdAt)
      .where(sql`${t.jobId} is null and ${t.status} = 'pending'`),
  ],
);

/** Every inbound text taken, by the provider's id: a webhook the provider sends again changes nothing. */
export const smsReceived = pgTable('sms_received', {
  messageSid: text('message_sid').primaryKey(),
  receivedAt: instant('received_at').notNull(),
});

/**
 * A text from a number with several conversations and no notification to answer: kept until
 * the family says which conversation it is for (the number of one in the list sent back).
 */
export const smsChoices = pgTable(
  'sms_choices',
  {
    id: text('id').primaryKey(),
    phone: text('phone').notNull(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    /** What they wrote, waiting; texts sent before they chose are added to it. */
    body: text('body').notNull(),
    /** The conversations offered, in the order of their numbers. */
    threadIds: jsonb('thread_ids').$type<string[]>().notNull(),
    createdAt: instant('created_at').notNull(),
    resolvedAt: instant('resolved_at'),
  },
  (t) => [index('sms_choices_phone_idx').on(t.phone, t.createdAt)],
);

/** Browsers that allowed push notifications, per person. The endpoint is a capability: never logged, never sent back. */
export const pushSubscriptions = pgTable(
  'push_subscriptions',
  {
    id: text('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    endpoint: text('endpoint').notNull(),
    p256dh: text('p256dh').notNull(),
    auth: text('auth').notNull(),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('push_subscriptions_endpoint_idx').on(t.endpoint),
    index('push_subscriptions_person_idx').on(t.personId),
  ],
);
