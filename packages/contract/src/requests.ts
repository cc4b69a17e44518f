import './zod.js';
import * as z from 'zod/mini';
import { CalendarDate, Id } from './primitives.js';
import { GoalDomain, InterpreterReview, MeasureType, Person, PersonKind, Setting, Tenant } from './domain.js';

/* @__NO_SIDE_EFFECTS__ */
const Text = (max: number) =>
  /* @__PURE__ */ z
    .string()
    .check(/* @__PURE__ */ z.trim(), /* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(max));

export const NewActionStep = /* @__PURE__ */ z.strictObject({
  description: Text(300),
  owner: Setting,
  frequency: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(Text(80))),
});

/** An action step in an update: with `id` to keep an existing step, without to add one. */
export const ActionStepInput = /* @__PURE__ */ z.strictObject({
  id: /* @__PURE__ */ z.optional(Id),
  description: Text(300),
  owner: Setting,
  frequency: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(Text(80))),
});

const GoalFields = {
  domain: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(GoalDomain)),
  statement: Text(500),
  measureType: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(MeasureType)),
  unit: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(Text(40))),
  baseline: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.number())),
  target: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.number())),
  startDate: /* @__PURE__ */ z.optional(CalendarDate),
  targetDate: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(CalendarDate)),
};

/**
 * Create a goal. An educator creates it `active` (the default for them) or `proposed`;
 * a guardian may only propose, and their goal is always `proposed`. A proposed goal may be its
 * statement alone; an active one says its `domain`, `measureType` and `unit`.
 */
export const CreateGoalRequest = /* @__PURE__ */ z.strictObject({
  ...GoalFields,
  status: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['proposed', 'active'])),
  actionSteps: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.array(NewActionStep).check(/* @__PURE__ */ z.maxLength(20)),
  ),
});
export type CreateGoalRequest = z.input<typeof CreateGoalRequest>;

/**
 * Change a goal. `version` must match the goal's current version; `actionSteps` replaces the whole
 * list. Accepting a suggestion (`status: 'active'` on a proposed goal) completes what it lacks:
 * `domain`, `measureType`, `unit`, `baseline` and `target`.
 */
export const UpdateGoalRequest = /* @__PURE__ */ z.strictObject({
  version: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1)),
  domain: /* @__PURE__ */ z.optional(GoalDomain),
  statement: /* @__PURE__ */ z.optional(Text(500)),
  measureType: /* @__PURE__ */ z.optional(MeasureType),
  unit: /* @__PURE__ */ z.optional(Text(40)),
  baseline: GoalFields.baseline,
  target: GoalFields.target,
  startDate: /* @__PURE__ */ z.optional(CalendarDate),
  targetDate: GoalFields.targetDate,
  status: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['active', 'met', 'discontinued'])),
  actionSteps: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.array(ActionStepInput).check(/* @__PURE__ */ z.maxLength(20)),
  ),
});
export type UpdateGoalRequest = z.input<typeof UpdateGoalRequest>;

/** Set or clear a goal's or message's interpreter review (the student's educators only). */
export const SetInterpreterReviewRequest = /* @__PURE__ */ z.strictObject({ interpreterReview: InterpreterReview });
export type SetInterpreterReviewRequest = z.input<typeof SetInterpreterReviewRequest>;

/** Record one progress entry. Who recorded it, in which role and setting, the server stamps. */
export const RecordProgressRequest = /* @__PURE__ */ z.strictObject({
  value: /* @__PURE__ */ z.number(),
  date: CalendarDate,
  note: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(Text(1000))),
});
export type RecordProgressRequest = z.input<typeof RecordProgressRequest>;

export const Health = /* @__PURE__ */ z.object({
  status: /* @__PURE__ */ z.literal('ok'),
  version: /* @__PURE__ */ z.string(),
  database: /* @__PURE__ */ z.enum(['pglite', 'postgres']),
  demo: /* @__PURE__ */ z.boolean(),
});
export type Health = z.infer<typeof Health>;

export const Me = /* @__PURE__ */ z.object({ person: Person, tenant: Tenant });
export type Me = z.infer<typeof Me>;

export const DevUser = /* @__PURE__ */ z.object({
  id: Id,
  name: /* @__PURE__ */ z.string(),
  role: PersonKind,
  language: /* @__PURE__ */ z.string(),
  /** Guardians: their students. Educators: their assigned students. Admins: every student of the district. */
  studentIds: /* @__PURE__ */ z.array(Id),
});
export type DevUser = z.infer<typeof DevUser>;

export const DevUserList = /* @__PURE__ */ z.object({ items: /* @__PURE__ */ z.array(DevUser) });

export const CreateDevTokenRequest = /* @__PURE__ */ z.strictObject({ userId: Id });

export const DevToken = /* @__PURE__ */ z.object({
  token: /* @__PURE__ */ z.string(),
  expiresAt: z.iso.datetime({ offset: true }),
  person: DevUser,
});
export type DevToken = z.infer<typeof DevToken>;
