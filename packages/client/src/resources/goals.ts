import {
  listGoals as listGoalsRoute,
  createGoal as createGoalRoute,
  getGoal as getGoalRoute,
  updateGoal as updateGoalRoute,
  setGoalInterpreterReview as setGoalInterpreterReviewRoute,
} from '@tandem/contract';
import { bind } from '../bind.js';

/** A student's goals, oldest first. Use `paginate()` to walk every page. */
export const list = bind(listGoalsRoute);

/** Educators create goals; guardians propose them (status `proposed`). */
export const create = bind(createGoalRoute);

/** One goal, with its action steps. */
export const get = bind(getGoalRoute);

/** Pass the `version` you read; a stale one throws ConflictError and changes nothing. */
export const update = bind(updateGoalRoute);

/** The student's educators ask for (`needed`) or record (`reviewed`) a human interpreter's review; null clears it. */
export const setInterpreterReview = bind(setGoalInterpreterReviewRoute);
