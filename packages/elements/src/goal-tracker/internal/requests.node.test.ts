import { CreateGoalRequest, GoalDomain, MeasureType, UpdateGoalRequest, type Goal } from '@tandem/contract';
import { goal as fixtureGoal } from '../../../test/fixtures.js';
import { describe, expect, it } from 'vitest';
import {
  acceptRequest,
  domains,
  editRequest,
  measureTypes,
  newGoalRequest,
  progressRequest,
  suggestionRequest,
} from './requests.js';

const goal = fixtureGoal({
  id: 'goal_1',
  statement: 'Read for 20 minutes a day',
  startDate: '2026-09-01',
  targetDate: '2027-01-31',
  version: 3,
});
const suggestion: Goal = {
  ...goal,
  status: 'proposed',
  domain: null,
  measureType: null,
  unit: null,
  baseline: null,
  target: null,
};
const paths = (result: { ok: boolean; errors?: { path: string; code: string }[] }) =>
  (result.errors ?? []).map((e) => `${e.path}:${e.code}`);

describe('form → request', () => {
  it('offers the contract’s own areas and measure types', () => {
    expect(domains).toEqual(GoalDomain.options);
    expect(measureTypes).toEqual(MeasureType.options);
  });

  it('a reading: bounded by the measure type, not after today, note optional', () => {
    expect(progressRequest(goal, { value: ' 12.5 ', date: '2026-11-04', note: '  ' }, '2026-11-04')).toEqual({
      ok: true,
      body: { value: 12.5, date: '2026-11-04' },
    });
    expect(paths(progressRequest(goal, { value: '-1', date: '2026-11-05' }, '2026-11-04'))).toEqual([
      'value:out_of_range',
      'date:in_future',
    ]);
    expect(paths(progressRequest({ ...goal, measureType: 'count' }, { value: '2.5', date: '' }, '2026-11-04'))).toEqual(
      ['value:not_integer', 'date:required'],
    );
  });

  it('a suggestion is the statement alone, and the contract accepts it', () => {
    const result = suggestionRequest({ statement: '  Be kind to his sister  ', unit: 'ignored' });
    expect(result).toEqual({ ok: true, body: { statement: 'Be kind to his sister' } });
    expect(CreateGoalRequest.safeParse(result.ok && result.body).success).toBe(true);
    expect(paths(suggestionRequest({ statement: ' ' }))).toEqual(['statement:required']);
  });

  it('accepting completes area, measure type, unit, baseline and target', () => {
    expect(paths(acceptRequest(suggestion, { domain: 'nonsense', measureType: 'rating' }))).toEqual([
      'domain:required',
      'unit:required',
      'baseline:required',
      'target:required',
    ]);
    const fields = { domain: 'behavior', measureType: 'rating', unit: 'calm', baseline: '2', target: '9' };
    expect(paths(acceptRequest(suggestion, fields))).toEqual(['target:out_of_range']);
    const accepted = acceptRequest(suggestion, { ...fields, target: '4', targetDate: '2027-02-01' });
    expect(accepted).toEqual({
      ok: true,
      body: {
        version: 3,
        status: 'active',
        domain: 'behavior',
        measureType: 'rating',
        unit: 'calm',
        baseline: 2,
        target: 4,
        targetDate: '2027-02-01',
      },
    });
    expect(UpdateGoalRequest.safeParse(accepted.ok && accepted.body).success).toBe(true);
  });

  it('a new goal of an educator says how it is measured; an edit checks numbers and dates', () => {
    expect(paths(newGoalRequest({ statement: 'Count to 100' }, '2026-11-04'))).toEqual([
      'domain:required',
      'measureType:required',
      'unit:required',
    ]);
    expect(paths(editRequest(goal, { statement: 'Read', baseline: 'x' }))).toEqual(['baseline:invalid']);
    expect(paths(editRequest(goal, { statement: 'Read', targetDate: '2026-08-01' }))).toEqual([
      'targetDate:before_start',
    ]);
    expect(editRequest(goal, { statement: 'Read more', baseline: '6', target: '25' })).toEqual({
      ok: true,
      body: { version: 3, statement: 'Read more', baseline: 6, target: 25, targetDate: null },
    });
  });
});
