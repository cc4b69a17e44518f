import {
  listGoals as listGoalsRoute,
  createGoal as createGoalRoute,
  getGoal as getGoalRoute,
  updateGoal as updateGoalRoute,
} from '@tandem/contract';
import type { CreateGoalRequest, Goal, Page, PageQuery, UpdateGoalRequest } from '@tandem/contract';
import type { CallOptions, TandemClient } from '../client.js';

/** A student's goals, oldest first. Use `paginate()` to walk every page. */
export const list = (
  client: TandemClient,
  input: { studentId: string } & PageQuery,
  options?: CallOptions,
): Promise<Page<Goal>> =>
  client.request(
    listGoalsRoute,
    { params: { studentId: input.studentId }, query: { limit: input.limit, cursor: input.cursor } },
    options,
  );

/** Educators create goals; guardians propose them (status `proposed`). */
export const create = (
  client: TandemClient,
  params: { studentId: string },
  body: CreateGoalRequest,
  options?: CallOptions,
): Promise<Goal> => client.request(createGoalRoute, { params, body }, options);

export const get = (client: TandemClient, params: { goalId: string }, options?: CallOptions): Promise<Goal> =>
  client.request(getGoalRoute, { params }, options);

/** Pass the `version` you read; a stale one throws ConflictError and changes nothing. */
export const update = (
  client: TandemClient,
  params: { goalId: string },
  body: UpdateGoalRequest,
  options?: CallOptions,
): Promise<Goal> => client.request(updateGoalRoute, { params, body }, options);
