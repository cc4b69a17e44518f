import { messages } from '@tandem/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeHost, startControllerServer, type ControllerServer } from '../../../test/node/server.js';
import { setLocale } from '../../base/localization.js';
import { MessagePanelController } from './controller.js';
import { outboxFor } from './outboxes.js';

// The server's clock is the real one: the tokens the test signs are dated now.
let server: ControllerServer;
beforeAll(async () => {
  // The app pins the interface to English (as test/helpers.ts does in the browser): the content
  // still follows each person's preferred language, and no strings need loading in Node.
  await setLocale('en');
  server = await startControllerServer();
});
afterAll(() => server?.close());

function panel(personId: string, studentId: string) {
  const host = new NodeHost();
  const failures: { operation: string; kind: string | undefined }[] = [];
  const data = new MessagePanelController(host, {
    client: () => server.clientFor(personId),
    studentId: () => studentId,
    threadId: () => null,
    failed: (error, operation) => failures.push({ operation, kind: (error as { kind?: string }).kind }),
  });
  data.useOutboxes(outboxFor); // the element hands them over from its conversation chunk
  host.connect();
  return { host, data, failures };
}

const EMMA_EN = 'Good morning, Ms. Nguyen! Emma arrived on time every day this week.';

describe('MessagePanelController, translated content', () => {
  it('shows a Vietnamese family the teacher’s message in Vietnamese though the interface is English', async () => {
    const { data, host } = panel('per_nguyen', 'stu_emma');
    await expect.poll(() => data.loader.state).toBe('ready');
    const message = data.messages.find((m) => m.body === EMMA_EN)!;
    expect(data.textOf(message, 'en')).toEqual({
      text: 'Chào buổi sáng bà Nguyễn! Tuần này ngày nào Emma cũng đến trường đúng giờ.',
      lang: 'vi',
      from: 'en',
      machine: true,
      translatable: true,
    });
    data.toggleOriginal(message.id);
    expect(data.textOf(message, 'en')).toMatchObject({ text: EMMA_EN, lang: 'en', translatable: true });
    // The conversation-wide switch forgets single choices.
    data.toggleTranslation();
    expect(data.textOf(message, 'en').lang).toBe('en');
    data.toggleTranslation();
    expect(data.textOf(message, 'en').lang).toBe('vi');
    host.disconnect();
  });

  it('lets the teacher ask for an interpreter’s check of a message and record it; the family may not', async () => {
    const teacher = panel('per_rivera', 'stu_emma');
    await expect.poll(() => teacher.data.loader.state).toBe('ready');
    expect(teacher.data.mayReview).toBe(true);
    const message = teacher.data.messages.find((m) => m.body === EMMA_EN)!;
    await teacher.data.setReview(message, 'needed');
    expect(teacher.data.messages.find((m) => m.id === message.id)?.interpreterReview).toBe('needed');

    const family = panel('per_nguyen', 'stu_emma');
    await expect.poll(() => family.data.loader.state).toBe('ready');
    expect(family.data.mayReview).toBe(false);
    expect(family.data.messages.find((m) => m.id === message.id)?.interpreterReview).toBe('needed');
    await family.data.setReview(message, 'reviewed');
    expect(family.failures).toEqual([{ operation: 'interpreter-review', kind: 'forbidden' }]);

    await teacher.data.setReview(message, 'reviewed');
    const stored = (await messages.list(server.clientFor('per_rivera'), { threadId: message.threadId })).items;
    expect(stored.find((m) => m.id === message.id)?.interpreterReview).toBe('reviewed');
    // The family's open conversation hears of it and reads the message again.
    await expect.poll(() => family.data.messages.find((m) => m.id === message.id)?.interpreterReview).toBe('reviewed');
    expect(teacher.failures).toEqual([]);
    teacher.host.disconnect();
    family.host.disconnect();
  });
});
