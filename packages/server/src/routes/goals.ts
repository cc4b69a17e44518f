import {
  calendarDateIn,
  checkGoalMeasured,
  checkGoalValues,
  checkMeasureValue,
  goalStatusTransitions,
  type ContentTranslation,
  type Goal,
  type ProgressEntry,
} from '@tandem/contract';
import { and, asc, desc, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../auth.js';
import { audit } from '../audit.js';
import { authorize, type StudentAccess } from '../authz.js';
import { allOf, prepared, type Db } from '../db/database.js';
import { goals, progressEntries, type StoredActionStep } from '../db/schema.js';
import type { RouteHandler } from '../http.js';
import { newId } from '../ids.js';
import { decodeCursor, pageLimit, toPage } from '../pagination.js';
import { conflict, forbidden, notFound, validationError } from '../problem.js';
import {
  changedFields,
  contentTranslationsOf,
  languageOf,
  queueTranslation,
  translateLater,
  translationsIn,
} from '../content-translations.js';

type GoalRow = typeof goals.$inferSelect;
type ActionStepInput = { id?: string; description: string; owner: 'home' | 'school'; frequency?: string | null };
type ProgressRow = typeof progressEntries.$inferSelect;

type TranslationMap = Map<string, ContentTranslation[]>;

/** The ids whose translations a goal shows: its own and its steps'. */
export const translatedIdsOf = (rows: GoalRow[]) =>
  rows.flatMap((row) => [row.id, ...row.actionSteps.map((s) => s.id)]);

/** The goals' and their steps' translations, in one query. */
export const goalTranslations = (db: Db, rows: GoalRow[]) => contentTranslationsOf(db, translatedIdsOf(rows));

export function toGoal(row: GoalRow, translations: TranslationMap = new Map()): Goal {
  return {
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
      id: step.id,
      description: step.description,
      owner: step.owner,
      frequency: step.frequency,
      language: step.language ?? row.language,
      translations: translationsIn(translations, step.id),
    })),
    createdBy: row.createdBy,
    creatorRole: row.creatorRole,
    language: row.language,
    translations: translationsIn(translations, row.id),
    interpreterReview: row.interpreterReview,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toProgressEntry(row: ProgressRow, translations: TranslationMap = new Map()): ProgressEntry {
  return {
    id: row.id,
    goalId: row.goalId,
    studentId: row.studentId,
    value: row.value,
    date: row.date,
    note: row.note,
    recordedBy: row.recordedBy,
    recorderRole: row.recorderRole,
    setting: row.setting,
    language: row.language,
    translations: translationsIn(translations, row.id),
    createdAt: row.createdAt.toISOString(),
  };
}

/** Guardians record at home, school staff at school: the server decides, never the client. */
const recorderOf = (access: StudentAccess) =>
  access.role === 'guardian'
    ? ({ recorderRole: 'guardian', setting: 'home' } as const)
    : ({ recorderRole: 'educator', setting: 'school' } as const);

/** A goal within the actor's tenant and scope, or 404. */
async function loadGoal(db: Db, actor: Actor, goalId: string, action: Parameters<typeof authorize>[2]) {
  const [goal] = await db
    .select()
    .from(goals)
    .where(and(eq(goals.id, goalId), eq(goals.tenantId, actor.tenantId)));
  if (!goal) throw notFound();
  const access = await authorize(db, actor, action, goal.studentId);
  return { goal, access };
}

const goalsOf = (db: Db, after?: SQL) =>
  db
    .select()
    .from(goals)
    .where(and(eq(goals.studentId, sql.placeholder('studentId')), after))
    .orderBy(asc(goals.createdAt), asc(goals.id))
    .limit(sql.placeholder('limit'));
/** A student's goals, oldest first: the first page, and the page after a cursor. */
const firstGoals = prepared((db) => goalsOf(db).prepare('goals_first'));
const goalsAfter = prepared((db) =>
  goalsOf(
    db,
    sql`(${goals.createdAt}, ${goals.id}) > (${sql.placeholder('at')}::timestamptz, ${sql.placeholder('id')})`,
  ).prepare('goals_after'),
);

function throwIfInvalid(errors: ReturnType<typeof checkGoalValues>, prefix: string) {
  if (errors.length) throw validationError(errors.map((e) => ({ ...e, path: `${prefix}.${e.path}` })));
}

export const listGoals: RouteHandler<'listGoals'> = async ({ params, query, actor, db, auditRead }) => {
  const limit = pageLimit(query.limit);
  const after = decodeCursor(query.cursor, ['timestamp', 'id']);
  const page = after
    ? goalsAfter(db).execute({ studentId: params.studentId, limit: limit + 1, at: after[0], id: after[1] })
    : firstGoals(db).execute({ studentId: params.studentId, limit: limit + 1 });
  // The page is read beside the check, and shown only if the check passes.
  const [, rows] = await allOf(db, [authorize(db, actor, 'records:read', params.studentId), page]);
  const shown = rows.slice(0, limit);
  // Suggestions have no progress yet; the others' newest entries in one statement.
  const measured = query.recentProgress ? shown.filter((row) => row.status !== 'proposed').map((row) => row.id) : [];
  const entries = measured.length
    ? await recentProgressOf(db).execute({ goalIds: measured, perGoal: query.recentProgress })
    : [];
  await auditRead({ resourceType: 'goals', resourceId: params.studentId, studentId: params.studentId });
  for (const goalId of measured)
    await auditRead({ resourceType: 'progress', resourceId: goalId, studentId: params.studentId });
  const translations = await contentTranslationsOf(db, [
    ...translatedIdsOf(shown),
    ...entries.map((entry) => entry.id),
  ]);
  const recent = new Map<string, ProgressRow[]>();
  for (const entry of entries) recent.set(entry.goalId, [...(recent.get(entry.goalId) ?? []), entry]);
  return toPage(
    rows,
    limit,
    (row) => {
      const goal = toGoal(row, translations);
      if (!query.recentProgress) return goal;
      return {
        ...goal,
        recentProgress: (recent.get(row.id) ?? []).map((entry) => toProgressEntry(entry, translations)),
      };
    },
    (row) => [row.createdAt.toISOString(), row.id],
  );
};

/** The newest progress entries of each of these goals, newest first (`perGoal` each, from the goal's index). */
const recentProgressOf = prepared((db) => {
  const newest = db
    .select()
    .from(progressEntries)
    .where(eq(progressEntries.goalId, goals.id))
    .orderBy(desc(progressEntries.date), desc(progressEntries.createdAt), desc(progressEntries.id))
    .limit(sql.placeholder('perGoal'))
    .as('newest');
  const columns = Object.keys(getTableColumns(progressEntries)) as (keyof ProgressRow)[];
  return db
    .select(Object.fromEntries(columns.map((column) => [column, newest[column]])) as typeof newest._.selectedFields)
    .from(goals)
    .innerJoinLateral(newest, sql`true`)
    .where(sql`${goals.id} = any(${sql.placeholder('goalIds')}::text[])`)
    .orderBy(asc(goals.id), desc(newest.date), desc(newest.createdAt), desc(newest.id))
    .prepare('recent_progress');
});

export const createGoal: RouteHandler<'createGoal'> = async ({
  params,
  body,
  actor,
  db,
  requestId,
  now,
  afterCommit,
  translators,
}) => {
  const isGuardian = actor.kind === 'guardian';
  const access = await authorize(db, actor, isGuardian ? 'goal:propose' : 'goal:create', params.studentId);
  if (isGuardian && body.status === 'active') {
    throw forbidden("Families propose goals; the student's educators make them active.");
  }
  const status = isGuardian ? 'proposed' : (body.status ?? 'active');
  const fields = {
    domain: body.domain ?? null,
    measureType: body.measureType ?? null,
    unit: body.unit ?? null,
    baseline: body.baseline ?? null,
    target: body.target ?? null,
    startDate: body.startDate ?? calendarDateIn(access.timeZone, now),
    targetDate: body.targetDate ?? null,
  };
  throwIfInvalid([...checkGoalMeasured({ ...fields, status }), ...checkGoalValues(fields)], 'body');
  const language = await languageOf(db, actor.id);
  const [row] = await db
    .insert(goals)
    .values({
      id: newId('goal'),
      tenantId: actor.tenantId,
      studentId: params.studentId,
      statement: body.statement,
      ...fields,
      status,
      actionSteps: (body.actionSteps ?? []).map((step) => toStoredStep(step, language)),
      createdBy: actor.id,
      creatorRole: recorderOf(access).recorderRole,
      language,
      version: 1,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  await audit(
    db,
    actor,
    { action: 'create', resourceType: 'goal', resourceId: row.id, studentId: row.studentId },
    requestId,
  );
  await queueTranslation(db, { type: 'goal', id: row.id, tenantId: row.tenantId }, now);
  afterCommit(translateLater(translators, 'goal', row.id));
  return toGoal(row);
};

export const getGoal: RouteHandler<'getGoal'> = async ({ params, actor, db, auditRead }) => {
  const { goal } = await loadGoal(db, actor, params.goalId, 'records:read');
  await auditRead({ resourceType: 'goal', resourceId: goal.id, studentId: goal.studentId });
  return toGoal(goal, await goalTranslations(db, [goal]));
};

export const updateGoal: RouteHandler<'updateGoal'> = async ({
  params,
  body,
  actor,
  db,
  requestId,
  now,
  afterCommit,
  translators,
}) => {
  const { goal } = await loadGoal(db, actor, params.goalId, 'goal:update');
  const { version, actionSteps, ...changes } = body;
  if (Object.keys(changes).length === 0 && actionSteps === undefined) {
    throw validationError([{ path: 'body', code: 'empty_update', message: 'Send at least one field to change.' }]);
  }
  if (version !== goal.version) {
    throw conflict(`This goal changed since you read it (now version ${goal.version}). Reload it and try again.`);
  }
  if (changes.status !== undefined && changes.status !== goal.status) {
    if (!goalStatusTransitions[goal.status].includes(changes.status)) {
      throw conflict(`A ${goal.status} goal cannot become ${changes.status}.`);
    }
  }
  const editor = await languageOf(db, actor.id);
  const next = {
    domain: changes.domain ?? goal.domain,
    statement: changes.statement ?? goal.statement,
    measureType: changes.measureType ?? goal.measureType,
    unit: changes.unit ?? goal.unit,
    baseline: changes.baseline === undefined ? goal.baseline : changes.baseline,
    target: changes.target === undefined ? goal.target : changes.target,
    startDate: changes.startDate ?? goal.startDate,
    targetDate: changes.targetDate === undefined ? goal.targetDate : changes.targetDate,
    status: changes.status ?? goal.status,
    actionSteps: actionSteps === undefined ? goal.actionSteps : mergeActionSteps(goal.actionSteps, actionSteps, editor),
  };
  // A text rewritten is in its editor's language; the translations of what it said go.
  const rewritten = changedFields(goal, next, ['statement', 'unit'] as const).length > 0;
  const language = rewritten ? editor : goal.language;
  const stale: [string, ('statement' | 'unit' | 'description' | 'frequency')[]][] = rewritten
    ? [[goal.id, ['statement', 'unit']]]
    : [];
  for (const step of goal.actionSteps) {
    const kept = next.actionSteps.find((s) => s.id === step.id);
    stale.push([
      step.id,
      kept ? changedFields(step, kept, ['description', 'frequency'] as const) : ['description', 'frequency'],
    ]);
  }
  const accepting = goal.status === 'proposed' && next.status === 'active';
  throwIfInvalid([...checkGoalMeasured(next, accepting), ...checkGoalValues(next)], 'body');
  const [row] = await db
    .update(goals)
    .set({ ...next, language, version: goal.version + 1, updatedAt: now })
    .where(and(eq(goals.id, goal.id), eq(goals.version, version)))
    .returning();
  // A concurrent update won the race between our read and our write.
  if (!row) throw conflict('This goal changed while you were saving. Reload it and try again.');
  await audit(
    db,
    actor,
    { action: 'update', resourceType: 'goal', resourceId: row.id, studentId: row.studentId },
    requestId,
  );
  await queueTranslation(db, { type: 'goal', id: row.id, tenantId: row.tenantId }, now, stale);
  afterCommit(translateLater(translators, 'goal', row.id));
  return toGoal(row, await goalTranslations(db, [row]));
};

export const setGoalInterpreterReview: RouteHandler<'setGoalInterpreterReview'> = async ({
  params,
  body,
  actor,
  db,
  requestId,
  now,
}) => {
  const { goal } = await loadGoal(db, actor, params.goalId, 'interpreter:review');
  // The version goes up, so whoever holds the goal sees it changed and reads it again.
  const [row] = await db
    .update(goals)
    .set({ interpreterReview: body.interpreterReview, version: sql`${goals.version} + 1`, updatedAt: now })
    .where(eq(goals.id, goal.id))
    .returning();
  if (!row) throw notFound();
  await audit(
    db,
    actor,
    { action: 'update', resourceType: 'goal', resourceId: row.id, studentId: row.studentId },
    requestId,
  );
  return toGoal(row, await goalTranslations(db, [row]));
};

function mergeActionSteps(current: StoredActionStep[], inputs: ActionStepInput[], editor: string): StoredActionStep[] {
  const known = new Set(current.map((step) => step.id));
  const unknown = inputs.flatMap((step, i) =>
    step.id !== undefined && !known.has(step.id)
      ? [{ path: `body.actionSteps.${i}.id`, code: 'unknown_step', message: 'No such action step on this goal.' }]
      : [],
  );
  if (unknown.length) throw validationError(unknown);
  return inputs.map((input) => {
    const before = current.find((step) => step.id === input.id);
    const same = before && before.description === input.description && before.frequency === (input.frequency ?? null);
    // An unchanged step keeps its author's language; a rewritten or new one is the editor's.
    return toStoredStep(input, same ? (before.language ?? editor) : editor);
  });
}

/** Keeps a step's id when it has one (an existing step), mints one otherwise. */
function toStoredStep(step: ActionStepInput, language: string): StoredActionStep {
  return {
    id: step.id ?? newId('step'),
    description: step.description,
    owner: step.owner,
    frequency: step.frequency ?? null,
    language,
  };
}

export const listProgress: RouteHandler<'listProgress'> = async ({ params, query, actor, db, auditRead }) => {
  const { goal } = await loadGoal(db, actor, params.goalId, 'records:read');
  const limit = pageLimit(query.limit);
  const before = decodeCursor(query.cursor, ['date', 'timestamp', 'id']);
  const rows = await db
    .select()
    .from(progressEntries)
    .where(
      and(
        eq(progressEntries.goalId, goal.id),
        before
          ? sql`(${progressEntries.date}, ${progressEntries.createdAt}, ${progressEntries.id}) < (${before[0]}::date, ${before[1]}::timestamptz, ${before[2]})`
          : undefined,
      ),
    )
    .orderBy(desc(progressEntries.date), desc(progressEntries.createdAt), desc(progressEntries.id))
    .limit(limit + 1);
  await auditRead({ resourceType: 'progress', resourceId: goal.id, studentId: goal.studentId });
  const translations = await contentTranslationsOf(
    db,
    rows.map((r) => r.id),
  );
  return toPage(
    rows,
    limit,
    (row) => toProgressEntry(row, translations),
    (row) => [row.date, row.createdAt.toISOString(), row.id],
  );
};

export const recordProgress: RouteHandler<'recordProgress'> = async ({
  params,
  body,
  actor,
  db,
  requestId,
  now,
  afterCommit,
  translators,
}) => {
  const { goal, access } = await loadGoal(db, actor, params.goalId, 'progress:record');
  if (goal.status !== 'active') {
    throw conflict(`Progress is recorded on active goals; this one is ${goal.status}.`);
  }
  // An active goal always has its measure type (checkGoalMeasured); the guard is for the type.
  if (goal.measureType === null) throw conflict('This goal does not say yet how it is measured.');
  const errors = checkMeasureValue(goal.measureType, body.value, 'body.value');
  // A day of slack: the recorder's "today" may be ahead of the school's.
  const latest = calendarDateIn(access.timeZone, new Date(now.getTime() + 24 * 3600 * 1000));
  if (body.date > latest)
    errors.push({ path: 'body.date', code: 'in_future', message: 'The date cannot be in the future.' });
  if (errors.length) throw validationError(errors);
  const [row] = await db
    .insert(progressEntries)
    .values({
      id: newId('prog'),
      tenantId: actor.tenantId,
      goalId: goal.id,
      studentId: goal.studentId,
      value: body.value,
      date: body.date,
      note: body.note ?? null,
      recordedBy: actor.id,
      ...recorderOf(access),
      language: await languageOf(db, actor.id),
      createdAt: now,
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  await audit(
    db,
    actor,
    { action: 'create', resourceType: 'progress', resourceId: row.id, studentId: row.studentId },
    requestId,
  );
  if (row.note) {
    await queueTranslation(db, { type: 'progress', id: row.id, tenantId: row.tenantId }, now);
    afterCommit(translateLater(translators, 'progress', row.id));
  }
  return toProgressEntry(row);
};
