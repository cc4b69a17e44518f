// Messages in each family's own language, the original one tap away, and the interpreter's
// check. The interface stays English (test/helpers.ts pins it, as an app may): the content
// follows each person's preferred language (base/translated-text.ts, contentLanguages).
import { expect, fixture, html } from '@open-wc/testing';
import { messages, type TandemClient } from '@tandem/client';
import { clientFor } from '../../test/helpers.js';
import type { TandemMessagePanel } from './message-panel.js';
import { MessagePanelHarness } from './internal/harness.js';
import './define.js';

const mount = async (client: TandemClient, studentId: string) => {
  const el = await fixture<TandemMessagePanel>(
    html`<tandem-message-panel .client=${client} student-id=${studentId}></tandem-message-panel>`,
  );
  const panel = new MessagePanelHarness(el);
  await panel.loaded();
  return panel;
};

const RIVERA_ES = '¡Hola, Sra. García! Hoy Mateo leyó 15 minutos solo. Eligió un libro sobre tiburones.';
const RIVERA_EN = 'Hi Ms. García! Mateo read 15 minutes on his own today. He chose a book about sharks.';
const EMMA_EN = 'Good morning, Ms. Nguyen! Emma arrived on time every day this week.';
const EMMA_VI = 'Chào buổi sáng bà Nguyễn! Tuần này ngày nào Emma cũng đến trường đúng giờ.';

describe('<tandem-message-panel> translated content', () => {
  it('shows a Spanish family the teacher’s messages in Spanish, the original one tap away', async () => {
    const panel = await mount(await clientFor('per_garcia'), 'stu_mateo');
    expect(panel.bodies()).to.include(RIVERA_ES);
    expect(panel.bubble(RIVERA_ES).querySelector('.body')?.getAttribute('lang')).to.equal('es');
    expect(panel.translationNoteOf(RIVERA_ES)).to.equal('Machine-translated from English · Show original');
    await panel.clickIn(RIVERA_ES, 'Show original');
    expect(panel.bubble(RIVERA_EN).querySelector('.body')?.getAttribute('lang')).to.equal('en');
    expect(panel.translationNoteOf(RIVERA_EN)).to.equal('English · Show translation');
    await expect(panel.element).to.be.accessible();
  });

  it('shows Linh Nguyen the teacher’s messages in Vietnamese', async () => {
    const panel = await mount(await clientFor('per_nguyen'), 'stu_emma');
    expect(panel.bodies()).to.include(EMMA_VI);
    expect(panel.theirLanguages()).to.include('vi');
    // Her own message stays in her words.
    expect(panel.mine()).to.deep.equal(['Cảm ơn cô! Tối nào cháu cũng chuẩn bị sẵn quần áo và cặp sách.']);
    await expect(panel.element).to.be.accessible();
  });

  it('lets the teacher ask for an interpreter’s check of a translated message; the family sees where it stands', async () => {
    const teacher = await mount(await clientFor('per_rivera'), 'stu_emma');
    expect(teacher.reviewOf(EMMA_EN)).to.equal('');
    await teacher.clickIn(EMMA_EN, 'Ask an interpreter to check');
    await teacher.until(() => teacher.reviewOf(EMMA_EN) !== '', 'never showed the review');
    expect(teacher.reviewOf(EMMA_EN)).to.equal('An interpreter will check this translation.');
    await expect(teacher.element).to.be.accessible();

    const family = await mount(await clientFor('per_nguyen'), 'stu_emma');
    expect(family.reviewOf(EMMA_VI)).to.equal('An interpreter will check this translation.');
    expect([...family.bubble(EMMA_VI).querySelectorAll('button')].map((b) => b.textContent?.trim())).to.deep.equal([
      'Show original',
    ]);

    await teacher.clickIn(EMMA_EN, 'Mark as checked');
    await teacher.until(() => teacher.reviewOf(EMMA_EN) === 'Checked by an interpreter.', 'never recorded the check');
    // The family's open panel hears of the change and reads the message again.
    await family.until(() => family.reviewOf(EMMA_VI) === 'Checked by an interpreter.', 'never heard of the check');
    await expect(family.element).to.be.accessible();

    // Leave the demo district as it was for the other suites.
    const rivera = await clientFor('per_rivera');
    const thread = (await messages.listThreads(rivera, { studentId: 'stu_emma' })).items[0]!;
    const message = (await messages.list(rivera, { threadId: thread.id })).items.find((m) => m.body === EMMA_EN)!;
    await messages.setInterpreterReview(rivera, { messageId: message.id }, { interpreterReview: null });
  });
});
