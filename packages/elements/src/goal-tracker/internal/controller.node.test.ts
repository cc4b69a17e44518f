import type { TandemClient } from '@tandem/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeHost, startControllerServer, type ControllerServer } from '../../../test/node/server.js';
import { GoalsController } from './controller.js';
import { acceptRequest, progressRequest, suggestionRequest } from './requests.js';

// The clock the server seeds by and answers with: the demo district's goals are relative to it.
const NOW = new Date('2026-11-04T16:00:00Z');
const TODAY = '2026-11-04';

let server: ControllerServer;
beforeAll(async () => {
  server = await startControllerServer(() => NOW);
});
afterAll(() => server?.close());

/** A client whose requests can be counted while in flight, or made to fail as when offline. */
function watchedClient(personId: string) {
  const watch = { inFlight: 0, mostInFlight: 0, offlineWrites: false };
  const client: TandemClient = server.clientFor(personId, {
    fetch: async (input, init) => {
      if (watch.offlineWrites && init?.method && init.method !== 'GET') throw new TypeError('fetch failed');
      watch.inFlight += 1;
      watch.mostInFlight = Math.max(watch.mostInFlight, watch.inFlight);
      try {
        return await fetch(input, init);
      } finally {
        watch.inFlight -= 1;
      }
    },
  });
  return { client, watch };
}

async function controllerFor(client: TandemClient, studentId: string) {
  const host = new NodeHost();
  const failures: [kind: string | undefined, operation: string][] = [];
  const recorded: string[] = [];
  const proposed: string[] = [];
  const controller = new GoalsController(host, {
    client: () => client,
    studentId: () => studentId,
    failed: (error, operation) => failures.push([(error as { kind?: string }).kind, operation]),
    recorded: (entry) => recorded.push(entry.id),
    proposed: (goal) => proposed.push(goal.id),
  });
  host.connect();
  await expect.poll(() => controller.loader.state).toBe('ready');
  return { host, controller, failures, recorded, proposed };
}

describe('GoalsController', () => {
  it("loads a student's goals with their recent entries, oldest first, in the goals' request beside the student and viewer", async () => {
    const { client, watch } = watchedClient('per_garcia');
    const { controller } = await controllerFor(client, 'stu_mateo');
    expect(controller.views.map((v) => v.goal.id)).toEqual(['goal_mateo_reading', 'goal_mateo_math']);
    const dates = controller.views[0]!.entries.map((e) => e.date);
    expect(dates.length).toBeGreaterThan(3);
    expect([...dates].sort()).toEqual(dates);
    expect(watch.mostInFlight).toBeGreaterThan(1);
    expect(controller.isFamily).toBe(true);
    expect(controller.childName).toBe('Mateo');
  });

  it('records progress at once, marked as saving, then as saved', async () => {
    const { client } = watchedClient('per_garcia');
    const { controller, recorded } = await controllerFor(client, 'stu_mateo');
    const goal = controller.views[0]!.goal;
    const before = controller.views[0]!.entries.length;
    controller.openForm({ kind: 'progress', goalId: goal.id });
    const saving = controller.recordProgress(
      goal,
      progressRequest(goal, { value: '14', date: TODAY, note: 'On the bus' }, TODAY),
    );
    expect(controller.saving).toBe(true);
    expect(controller.views[0]!.entries.filter((e) => e.pending).map((e) => e.value)).toEqual([14]);
    expect(await saving).toBe(true);
    const entries = controller.views[0]!.entries;
    expect(entries).toHaveLength(before + 1);
    expect(entries.filter((e) => e.pending)).toEqual([]);
    expect(entries.filter((e) => e.note === 'On the bus').map((e) => [e.value, e.setting])).toEqual([[14, 'home']]);
    expect(recorded).toHaveLength(1);
    expect(controller.outcome).toBe('saved');
    expect(controller.open).toBeNull();
  });

  it('takes an optimistic entry back when saving fails, keeps the form open and says why, once', async () => {
    const { client, watch } = watchedClient('per_garcia');
    const { controller, failures, recorded } = await controllerFor(client, 'stu_mateo');
    const goal = controller.views[0]!.goal;
    const before = controller.views[0]!.entries.map((e) => e.id);
    controller.openForm({ kind: 'progress', goalId: goal.id });
    watch.offlineWrites = true;
    expect(await controller.recordProgress(goal, progressRequest(goal, { value: '9', date: TODAY }, TODAY))).toBe(
      false,
    );
    expect(controller.views[0]!.entries.map((e) => e.id)).toEqual(before);
    expect(controller.formError).toBe('network');
    expect(controller.open).toEqual({ kind: 'progress', goalId: goal.id });
    expect(failures).toEqual([['network', 'record-progress']]);
    expect(recorded).toEqual([]);
  });

  it('sends nothing when a form has field errors', async () => {
    const { client, watch } = watchedClient('per_garcia');
    const { controller } = await controllerFor(client, 'stu_mateo');
    const goal = controller.views[0]!.goal;
    watch.mostInFlight = 0;
    expect(await controller.recordProgress(goal, progressRequest(goal, { value: '', date: TODAY }, TODAY))).toBe(false);
    expect(controller.fieldErrors.map((e) => [e.path, e.code])).toEqual([['value', 'required']]);
    expect(watch.mostInFlight).toBe(0);
  });

  it('a family suggests a goal in its own words; the educator accepts it, saying how it is measured', async () => {
    const family = await controllerFor(watchedClient('per_nguyen').client, 'stu_emma');
    family.controller.openForm({ kind: 'new' });
    expect(
      await family.controller.createGoal(suggestionRequest({ statement: 'Get ready for school without a fuss' })),
    ).toBe(true);
    const suggestion = family.controller.views.at(-1)!.goal;
    expect(suggestion).toMatchObject({ status: 'proposed', measureType: null, unit: null, domain: null });
    expect(family.controller.outcome).toBe('suggested');
    expect(family.proposed).toEqual([suggestion.id]);

    const school = await controllerFor(watchedClient('per_rivera').client, 'stu_emma');
    const seen = school.controller.views.find((v) => v.goal.id === suggestion.id)!.goal;
    school.controller.openForm({ kind: 'accept', goalId: seen.id });
    // Without how it is measured, nothing is sent and each missing field says so.
    expect(await school.controller.updateGoal(seen, acceptRequest(seen, {}))).toBe(false);
    expect(school.controller.fieldErrors.map((e) => e.path)).toEqual([
      'domain',
      'measureType',
      'unit',
      'baseline',
      'target',
    ]);
    const fields = { domain: 'behavior', measureType: 'count', unit: 'mornings', baseline: '1', target: '4' };
    expect(await school.controller.updateGoal(seen, acceptRequest(seen, fields))).toBe(true);
    expect(school.controller.views.find((v) => v.goal.id === seen.id)!.goal).toMatchObject({
      status: 'active',
      measureType: 'count',
      unit: 'mornings',
      baseline: 1,
      target: 4,
    });
    expect(school.controller.outcome).toBe('active');
    expect(school.failures).toEqual([]);
  });

  it('answers a stale accept with a conflict on the one error path, and loads the latest again', async () => {
    const family = await controllerFor(watchedClient('per_nguyen').client, 'stu_emma');
    await family.controller.createGoal(suggestionRequest({ statement: 'Pack the school bag the night before' }));
    const suggestion = family.controller.views.at(-1)!.goal;
    const school = await controllerFor(watchedClient('per_rivera').client, 'stu_emma');
    const stale = { ...school.controller.views.find((v) => v.goal.id === suggestion.id)!.goal, version: 7 };
    const fields = { domain: 'behavior', measureType: 'yes_no', unit: 'evenings', baseline: '0', target: '1' };
    expect(await school.controller.updateGoal(stale, acceptRequest(stale, fields))).toBe(false);
    expect(school.controller.formError).toBe('conflict');
    expect(school.failures).toEqual([['conflict', 'update-goal']]);
    await expect.poll(() => school.controller.loader.state).toBe('ready');
    expect(school.controller.views.find((v) => v.goal.id === suggestion.id)!.goal.status).toBe('proposed');
  });

  it('declines a suggestion; a family cannot (the server decides)', async () => {
    const family = await controllerFor(watchedClient('per_nguyen').client, 'stu_emma');
    await family.controller.createGoal(suggestionRequest({ statement: 'Walk to school with a friend' }));
    const suggestion = family.controller.views.at(-1)!.goal;
    expect(await family.controller.changeStatus(suggestion, 'discontinued')).toBe(false);
    expect(family.failures).toEqual([['forbidden', 'update-goal']]);

    const school = await controllerFor(watchedClient('per_rivera').client, 'stu_emma');
    const seen = school.controller.views.find((v) => v.goal.id === suggestion.id)!.goal;
    expect(await school.controller.changeStatus(seen, 'discontinued')).toBe(true);
    expect(school.controller.views.find((v) => v.goal.id === seen.id)!.goal.status).toBe('discontinued');
    expect(school.controller.outcome).toBe('discontinued');
  });
});
