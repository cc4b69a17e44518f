// From what a person typed into a form to the request the server expects, by the contract's own
// rules and enums (never retyped here). Pure: no DOM, no network; each function answers either a
// request body or the field errors to show next to the fields.
import {
  checkGoalMeasured,
  checkGoalValues,
  checkMeasureValue,
  GoalDomain,
  MeasureType,
  type CreateGoalRequest,
  type FieldError,
  type Goal,
  type RecordProgressRequest,
  type UpdateGoalRequest,
} from '@tandem/contract';

/** A form's fields by name, as `Object.fromEntries(new FormData(form))` gives them. */
export type FormFields = Readonly<Record<string, unknown>>;

export type Checked<T> = { ok: true; body: T } | { ok: false; errors: FieldError[] };

/** The areas and measure types a form offers, in the contract's order. */
export const domains = GoalDomain.options;
export const measureTypes = MeasureType.options;

const text = (fields: FormFields, name: string) => {
  const value = fields[name];
  return typeof value === 'string' ? value.trim() : '';
};

/** A number field: null when left empty, NaN when it is not a number. */
const number = (fields: FormFields, name: string) => {
  const raw = text(fields, name);
  return raw === '' ? null : Number(raw);
};

/** The value when it is one of the contract's options, else null (nothing chosen). */
const oneOf = <T extends string>(options: readonly T[], value: string): T | null =>
  options.includes(value as T) ? (value as T) : null;

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

const required = (path: string): FieldError => ({ path, code: 'required', message: 'Fill this in.' });
const invalid = (path: string): FieldError => ({ path, code: 'invalid', message: 'Check this field.' });

const checked = <T>(errors: FieldError[], body: () => T): Checked<T> =>
  errors.length ? { ok: false, errors } : { ok: true, body: body() };

/** Today's reading of an active goal: value (with the goal's bounds), day (not after today), note. */
export function progressRequest(goal: Goal, fields: FormFields, today: string): Checked<RecordProgressRequest> {
  const errors: FieldError[] = [];
  const value = number(fields, 'value');
  if (value === null || Number.isNaN(value)) errors.push(required('value'));
  else if (goal.measureType) errors.push(...checkMeasureValue(goal.measureType, value, 'value'));
  const date = text(fields, 'date');
  if (!isDay(date)) errors.push(required('date'));
  else if (date > today) errors.push({ path: 'date', code: 'in_future', message: 'Pick today or an earlier day.' });
  const note = text(fields, 'note');
  return checked(errors, () => ({ value: value as number, date, ...(note ? { note } : {}) }));
}

/**
 * A family's suggestion: the goal in their own words, nothing more. The educator says how it is
 * measured when they accept it.
 */
export function suggestionRequest(fields: FormFields): Checked<CreateGoalRequest> {
  const statement = text(fields, 'statement');
  return checked(statement ? [] : [required('statement')], () => ({ statement }));
}

/** The measurement an educator completes: area, measure type, unit, baseline, target, aim date. */
function measurement(fields: FormFields) {
  const unit = text(fields, 'unit');
  return {
    domain: oneOf(domains, text(fields, 'domain')),
    measureType: oneOf(measureTypes, text(fields, 'measureType')),
    unit: unit || null,
    baseline: number(fields, 'baseline'),
    target: number(fields, 'target'),
    targetDate: text(fields, 'targetDate') || null,
  };
}

function measurementErrors(
  fields: ReturnType<typeof measurement>,
  status: 'active' | 'proposed',
  accepting: boolean,
  startDate: string,
): FieldError[] {
  const notNumbers = (['baseline', 'target'] as const).filter((name) => Number.isNaN(fields[name])).map(invalid);
  if (notNumbers.length) return notNumbers;
  const badDate = fields.targetDate !== null && !isDay(fields.targetDate) ? [invalid('targetDate')] : [];
  return [
    ...checkGoalMeasured({ ...fields, status }, accepting),
    ...badDate,
    ...checkGoalValues({ ...fields, startDate }),
  ];
}

/** An educator's new goal, active from today: the statement and how it is measured. */
export function newGoalRequest(fields: FormFields, today: string): Checked<CreateGoalRequest> {
  const statement = text(fields, 'statement');
  const goal = measurement(fields);
  const errors = [...(statement ? [] : [required('statement')]), ...measurementErrors(goal, 'active', false, today)];
  return checked(errors, () => ({ statement, ...nonNull(goal), status: 'active' as const }));
}

/** Accepting a suggestion: it becomes active with everything it lacked (see `checkGoalMeasured`). */
export function acceptRequest(goal: Goal, fields: FormFields): Checked<UpdateGoalRequest> {
  const completed = measurement(fields);
  const errors = measurementErrors(completed, 'active', true, goal.startDate);
  return checked(errors, () => ({ version: goal.version, status: 'active' as const, ...nonNull(completed) }));
}

/** Editing an active goal: its statement, baseline, target and aim date. */
export function editRequest(goal: Goal, fields: FormFields): Checked<UpdateGoalRequest> {
  const statement = text(fields, 'statement');
  const changed = { ...goal, baseline: number(fields, 'baseline'), target: number(fields, 'target') };
  const targetDate = text(fields, 'targetDate') || null;
  const errors = [
    ...(statement ? [] : [required('statement')]),
    // Area, measure type and unit stay as they are: only the numbers and dates are checked.
    ...measurementErrors({ ...changed, targetDate }, 'proposed', false, goal.startDate),
  ];
  return checked(errors, () => ({
    version: goal.version,
    statement,
    baseline: changed.baseline,
    target: changed.target,
    targetDate,
  }));
}

/** Only the fields that were given: a request never sends `null` for a field it does not change. */
function nonNull<T extends Record<string, unknown>>(values: T): { [K in keyof T]: NonNullable<T[K]> } {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== null)) as {
    [K in keyof T]: NonNullable<T[K]>;
  };
}
