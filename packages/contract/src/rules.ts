import type { CalendarDate } from './primitives.js';
import { measureBounds, type GoalDomain, type GoalStatus, type MeasureType } from './domain.js';
import type { FieldError } from './problem.js';

/** Whether `value` is a valid reading for a goal of this measure type. Shared by server and widgets. */
export function checkMeasureValue(measureType: MeasureType, value: number, path: string): FieldError[] {
  const { min, max, integer } = measureBounds[measureType];
  if (!Number.isFinite(value) || value < min || value > max) {
    return [{ path, code: 'out_of_range', message: `Must be between ${min} and ${max} for a ${measureType} goal.` }];
  }
  if (integer && !Number.isInteger(value)) {
    return [{ path, code: 'not_integer', message: `Must be a whole number for a ${measureType} goal.` }];
  }
  return [];
}

/** Cross-field rules of a goal that a schema alone cannot express. */
export function checkGoalValues(goal: {
  measureType: MeasureType | null;
  baseline: number | null;
  target: number | null;
  startDate: CalendarDate;
  targetDate: CalendarDate | null;
}): FieldError[] {
  const errors: FieldError[] = [];
  const { measureType } = goal;
  if (measureType !== null) {
    if (goal.baseline !== null) errors.push(...checkMeasureValue(measureType, goal.baseline, 'baseline'));
    if (goal.target !== null) errors.push(...checkMeasureValue(measureType, goal.target, 'target'));
  }
  if (goal.targetDate !== null && goal.targetDate < goal.startDate) {
    errors.push({ path: 'targetDate', code: 'before_start', message: 'Must be on or after the start date.' });
  }
  return errors;
}

/** The fields that say how a goal is measured, in the order a form asks for them. */
export const goalMeasurementFields = ['domain', 'measureType', 'unit', 'baseline', 'target'] as const;

/**
 * What a goal must say about how it is measured. A proposed goal (or a declined one) may be its
 * statement alone. An active or met goal has its `domain`, `measureType` and `unit`; a suggestion
 * being accepted (proposed → active) also gets its `baseline` and `target`. Shared by the server
 * and the widgets' accept form.
 */
export function checkGoalMeasured(
  goal: {
    status: GoalStatus;
    domain: GoalDomain | null;
    measureType: MeasureType | null;
    unit: string | null;
    baseline: number | null;
    target: number | null;
  },
  accepting = false,
): FieldError[] {
  if (goal.status !== 'active' && goal.status !== 'met') return [];
  const needed = accepting ? goalMeasurementFields : goalMeasurementFields.slice(0, 3);
  return needed
    .filter((field) => goal[field] === null || goal[field] === '')
    .map((path) => ({ path, code: 'required', message: 'Say how this goal is measured before it becomes active.' }));
}

/** Today's calendar date in a time zone, `YYYY-MM-DD`. */
export function calendarDateIn(timeZone: string, at: Date = new Date()): CalendarDate {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}
