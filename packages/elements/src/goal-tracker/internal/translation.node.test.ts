import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeHost, startControllerServer, type ControllerServer } from '../../../test/node/server.js';
import { setLocale } from '../../base/localization.js';
import { GoalsController } from './controller.js';

// The clock the server seeds by and answers with: the demo district's goals are relative to it.
const NOW = new Date('2026-11-04T16:00:00Z');

let server: ControllerServer;
beforeAll(async () => {
  // The app pins the interface to English (as test/helpers.ts does in the browser): the content
  // still follows each person's preferred language, and no strings need loading in Node.
  await setLocale('en');
  server = await startControllerServer(() => NOW);
});
afterAll(() => server?.close());

async function controllerFor(personId: string, studentId: string) {
  const host = new NodeHost();
  const failures: [kind: string | undefined, operation: string][] = [];
  const controller = new GoalsController(host, {
    client: () => server.clientFor(personId),
    studentId: () => studentId,
    failed: (error, operation) => failures.push([(error as { kind?: string }).kind, operation]),
  });
  host.connect();
  await expect.poll(() => controller.loader.state).toBe('ready');
  return { host, controller, failures };
}

const goalOf = (controller: GoalsController, id: string) => {
  const view = controller.views.find((v) => v.goal.id === id);
  if (!view) throw new Error(`no goal ${id}`);
  return view;
};

describe('GoalsController, translated content', () => {
  it('gives a Vietnamese family the goal in Vietnamese (the interface in English), the English a toggle away', async () => {
    const { controller, host } = await controllerFor('per_nguyen', 'stu_emma');
    const { goal } = goalOf(controller, 'goal_emma_attendance');
    const texts = controller.textsOf(goal, 'en');
    expect(texts.statement).toEqual({
      text: 'Đến trường trước 8:00',
      lang: 'vi',
      from: 'en',
      machine: true,
      translatable: true,
    });
    expect(texts.goal.unit).toBe('đúng giờ'); // the views that format a reading get the unit translated
    expect(texts.steps.map((s) => [s.description.text, s.frequency?.text])).toEqual([
      ['Chuẩn bị sẵn quần áo và cặp sách từ tối hôm trước', 'Các tối trước ngày đi học'],
      ['Đón Emma ở cửa lớp và ghi lại giờ đến', 'Mỗi sáng'],
    ]);
    const updates = host.updates;
    controller.originals.toggle(goal.id);
    expect(host.updates).toBeGreaterThan(updates);
    const original = controller.textsOf(goal, 'en');
    expect(original.statement).toMatchObject({ text: 'Arrive at school by 8:00', lang: 'en', translatable: true });
    expect(original.statement.from).toBeUndefined();
    expect(original.all.every((s) => s.lang === 'en')).toBe(true);
    // A progress note has its own toggle.
    const entry = goalOf(controller, 'goal_emma_attendance').entries.find((e) => e.note !== null);
    expect(entry && controller.noteOf(entry, 'en')).toMatchObject({
      text: 'Đúng giờ cả tuần; em chào các bạn ở cửa lớp.',
      lang: 'vi',
    });
  });

  it('reads an English goal in English for its English-speaking teacher, with nothing to toggle', async () => {
    const { controller } = await controllerFor('per_rivera', 'stu_emma');
    const texts = controller.textsOf(goalOf(controller, 'goal_emma_attendance').goal, 'en');
    expect(texts.statement).toEqual({
      text: 'Arrive at school by 8:00',
      lang: 'en',
      machine: false,
      translatable: false,
    });
    expect(controller.mayReview).toBe(true);
  });

  it('lets the teacher ask for and record an interpreter’s check; the family may not', async () => {
    const teacher = await controllerFor('per_rivera', 'stu_emma');
    const before = goalOf(teacher.controller, 'goal_emma_attendance').goal;
    expect(await teacher.controller.setReview(before, 'needed')).toBe(true);
    const asked = goalOf(teacher.controller, 'goal_emma_attendance').goal;
    expect(asked.interpreterReview).toBe('needed');
    expect(asked.version).toBeGreaterThan(before.version);

    const family = await controllerFor('per_nguyen', 'stu_emma');
    expect(goalOf(family.controller, 'goal_emma_attendance').goal.interpreterReview).toBe('needed');
    expect(family.controller.mayReview).toBe(false);
    expect(await family.controller.setReview(asked, 'reviewed')).toBe(false);
    expect(family.failures).toEqual([['forbidden', 'interpreter-review']]);

    expect(await teacher.controller.setReview(asked, 'reviewed')).toBe(true);
    expect(goalOf(teacher.controller, 'goal_emma_attendance').goal.interpreterReview).toBe('reviewed');
    expect(teacher.failures).toEqual([]);
  });
});
