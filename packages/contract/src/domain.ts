import './zod.js';
import * as z from 'zod/mini';
import { CalendarDate, ClockTime, DateTime, Id, LanguageTag, TimeZone } from './primitives.js';

export const Tenant = /* @__PURE__ */ z.object({ id: Id, name: /* @__PURE__ */ z.string() });
export type Tenant = z.infer<typeof Tenant>;

export const School = /* @__PURE__ */ z.object({
  id: Id,
  tenantId: Id,
  name: /* @__PURE__ */ z.string(),
  timeZone: TimeZone,
});
export type School = z.infer<typeof School>;

/** guardian: any adult in a parenting role. educator: teacher, counselor, psychologist… admin: school or district staff. */
export const PersonKind = /* @__PURE__ */ z.enum(['guardian', 'educator', 'admin']);
export type PersonKind = z.infer<typeof PersonKind>;

export const EducatorRole = /* @__PURE__ */ z.enum([
  'teacher',
  'counselor',
  'school_psychologist',
  'special_educator',
  'administrator',
]);
export type EducatorRole = z.infer<typeof EducatorRole>;

/**
 * How a person wants to hear about what they have not read: only in the page (`app`), by
 * email, by text (`sms`), by web push, or by phone (a call from the school: nothing is sent).
 */
export const ContactChannel = /* @__PURE__ */ z.enum(['app', 'email', 'sms', 'phone', 'push']);
export type ContactChannel = z.infer<typeof ContactChannel>;

export const QuietHours = /* @__PURE__ */ z.object({ start: ClockTime, end: ClockTime });
export type QuietHours = z.infer<typeof QuietHours>;

export const Person = /* @__PURE__ */ z.object({
  id: Id,
  kind: PersonKind,
  displayName: /* @__PURE__ */ z.string(),
  preferredLanguage: LanguageTag,
  timeZone: TimeZone,
  contactChannel: ContactChannel,
  quietHours: /* @__PURE__ */ z.nullable(QuietHours),
  educatorRole: /* @__PURE__ */ z.nullable(EducatorRole),
});
export type Person = z.infer<typeof Person>;

/** How the viewer is related to a student; it decides what they may do. */
export const Relationship = /* @__PURE__ */ z.object({
  role: PersonKind,
  mayViewRecords: /* @__PURE__ */ z.boolean(),
  mayMessage: /* @__PURE__ */ z.boolean(),
  mayBook: /* @__PURE__ */ z.boolean(),
});
export type Relationship = z.infer<typeof Relationship>;

export const Student = /* @__PURE__ */ z.object({
  id: Id,
  schoolId: Id,
  givenName: /* @__PURE__ */ z.string(),
  familyName: /* @__PURE__ */ z.string(),
  preferredName: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  gradeLevel: /* @__PURE__ */ z.string(),
  /** The student's OneRoster sourcedId in the district's SIS (address them as `sis:<sourcedId>`); null if not imported. */
  sourcedId: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  /** The viewer's relationship to this student. */
  relationship: Relationship,
});
export type Student = z.infer<typeof Student>;

export const Guardianship = /* @__PURE__ */ z.object({
  personId: Id,
  studentId: Id,
  relationshipLabel: /* @__PURE__ */ z.string(),
  mayViewRecords: /* @__PURE__ */ z.boolean(),
  mayMessage: /* @__PURE__ */ z.boolean(),
  mayBook: /* @__PURE__ */ z.boolean(),
  custodyNote: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
});
export type Guardianship = z.infer<typeof Guardianship>;

export const Assignment = /* @__PURE__ */ z.object({
  educatorId: Id,
  studentId: Id,
  role: EducatorRole,
});
export type Assignment = z.infer<typeof Assignment>;

export const GoalDomain = /* @__PURE__ */ z.enum(['academic', 'behavior', 'social_emotional', 'attendance', 'iep']);
export type GoalDomain = z.infer<typeof GoalDomain>;

/** count ≥ 0 whole numbers; percent 0–100; duration in `unit` ≥ 0; rating 1–5; yes_no 0 or 1. */
export const MeasureType = /* @__PURE__ */ z.enum(['count', 'percent', 'duration', 'rating', 'yes_no']);
export type MeasureType = z.infer<typeof MeasureType>;

export const GoalStatus = /* @__PURE__ */ z.enum(['proposed', 'active', 'met', 'discontinued']);
export type GoalStatus = z.infer<typeof GoalStatus>;

/** Allowed status changes; anything else answers 409. */
export const goalStatusTransitions: Record<GoalStatus, readonly GoalStatus[]> = {
  proposed: ['active', 'discontinued'],
  active: ['met', 'discontinued'],
  met: ['active'],
  discontinued: ['active'],
};

/** Where an action step happens or a progress entry was recorded. */
export const Setting = /* @__PURE__ */ z.enum(['home', 'school']);
export type Setting = z.infer<typeof Setting>;

export const RecorderRole = /* @__PURE__ */ z.enum(['guardian', 'educator']);
export type RecorderRole = z.infer<typeof RecorderRole>;

/** The text fields of shared content that are translated for the people who read it. */
export const TranslatedField = /* @__PURE__ */ z.enum([
  'statement',
  'unit',
  'description',
  'frequency',
  'note',
  'location',
  'accessibilityNote',
]);
export type TranslatedField = z.infer<typeof TranslatedField>;

/**
 * One text field of an object in one other language. The object's own field is always the
 * original, written in the object's `language`; `translations` holds, per `field`, the
 * languages of the student's guardians and educators that differ from it (none until the
 * translation service made them, a moment after the write). `machine`: made by a translation
 * service — show it as a translation with the original one tap away; false: written by a person.
 * When the original changes, its translations are replaced.
 */
export const ContentTranslation = /* @__PURE__ */ z.object({
  field: TranslatedField,
  language: LanguageTag,
  text: /* @__PURE__ */ z.string(),
  machine: /* @__PURE__ */ z.boolean(),
});
export type ContentTranslation = z.infer<typeof ContentTranslation>;

/**
 * Whether a human interpreter should check the machine translations (IEP content, say): null
 * (nobody asked), `needed` (an educator asked for it), `reviewed` (an interpreter has checked it).
 * Set by the student's educators; everyone who sees the goal or message sees it.
 */
export const InterpreterReview = /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.enum(['needed', 'reviewed']));
export type InterpreterReview = z.infer<typeof InterpreterReview>;

export const ActionStep = /* @__PURE__ */ z.object({
  id: Id,
  description: /* @__PURE__ */ z.string(),
  /** Who does it: the family at home or the school. */
  owner: Setting,
  frequency: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  /** The language `description` and `frequency` are written in (their author's). */
  language: LanguageTag,
  /** Of `description` and `frequency`. */
  translations: /* @__PURE__ */ z.array(ContentTranslation),
});
export type ActionStep = z.infer<typeof ActionStep>;

/**
 * A goal. A suggestion may be only a statement in its author's own words: `domain`,
 * `measureType` and `unit` are null until an educator accepts it; an active or met goal always
 * has them (see `checkGoalMeasured`).
 */
export const Goal = /* @__PURE__ */ z.object({
  id: Id,
  studentId: Id,
  domain: /* @__PURE__ */ z.nullable(GoalDomain),
  statement: /* @__PURE__ */ z.string(),
  measureType: /* @__PURE__ */ z.nullable(MeasureType),
  unit: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  baseline: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.number()),
  target: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.number()),
  startDate: CalendarDate,
  targetDate: /* @__PURE__ */ z.nullable(CalendarDate),
  status: GoalStatus,
  actionSteps: /* @__PURE__ */ z.array(ActionStep),
  createdBy: Id,
  creatorRole: RecorderRole,
  /** The language `statement` and `unit` are written in (their author's preferred language). */
  language: LanguageTag,
  /** Of `statement` and `unit`; each action step carries its own. */
  translations: /* @__PURE__ */ z.array(ContentTranslation),
  interpreterReview: InterpreterReview,
  /** Goes up with every change, the interpreter review's too. */
  version: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1)),
  createdAt: DateTime,
  updatedAt: DateTime,
});
export type Goal = z.infer<typeof Goal>;

export const ProgressEntry = /* @__PURE__ */ z.object({
  id: Id,
  goalId: Id,
  studentId: Id,
  value: /* @__PURE__ */ z.number(),
  date: CalendarDate,
  note: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  recordedBy: Id,
  recorderRole: RecorderRole,
  setting: Setting,
  /** The language of `note` (its recorder's). */
  language: LanguageTag,
  /** Of `note`. */
  translations: /* @__PURE__ */ z.array(ContentTranslation),
  createdAt: DateTime,
});
export type ProgressEntry = z.infer<typeof ProgressEntry>;

/** Inclusive bounds a progress value must respect for each measure type. */
export const measureBounds: Record<MeasureType, { min: number; max: number; integer: boolean }> = {
  count: { min: 0, max: 1_000_000, integer: true },
  percent: { min: 0, max: 100, integer: false },
  duration: { min: 0, max: 1_000_000, integer: false },
  rating: { min: 1, max: 5, integer: true },
  yes_no: { min: 0, max: 1, integer: true },
};
