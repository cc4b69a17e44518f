// Goals in the family's own language, the original one tap away; the interpreter's check said
// to everyone. The interface stays English (test/helpers.ts pins it, as an app may): the
// content follows each person's preferred language (base/translated-text.ts, contentLanguages).
import { expect, fixture, html } from '@open-wc/testing';
import { goals } from '@tandem/client';
import { sendKeys } from '@web/test-runner-commands';
import { clientFor } from '../../test/helpers.js';
import type { TandemGoalTracker } from './goal-tracker.js';
import { GoalTrackerHarness } from './internal/harness.js';
import './define.js';

const ON_TIME = 'Arrive at school by 8:00';
const ON_TIME_VI = 'Đến trường trước 8:00';

async function mount(userId: string, studentId: string) {
  const el = await fixture<TandemGoalTracker>(
    html`<tandem-goal-tracker .client=${await clientFor(userId)} student-id=${studentId}></tandem-goal-tracker>`,
  );
  const harness = new GoalTrackerHarness(el);
  await harness.loaded();
  return harness;
}

describe('<tandem-goal-tracker> translated content', () => {
  it('shows Linh Nguyen her child’s goal and steps in Vietnamese, the English original one tap away', async () => {
    const h = await mount('per_nguyen', 'stu_emma');
    expect(h.get('[part=base]').getAttribute('lang')).to.equal('en'); // the interface the app chose
    expect(h.statements).to.include(ON_TIME_VI);
    expect(h.statementLang(ON_TIME_VI)).to.equal('vi');
    expect(h.get('h3 [lang]').getAttribute('dir')).to.equal('auto');
    expect(h.steps(ON_TIME_VI)).to.deep.equal([
      { text: 'Chuẩn bị sẵn quần áo và cặp sách từ tối hôm trước', lang: 'vi' },
      { text: 'Các tối trước ngày đi học', lang: 'vi' },
      { text: 'Đón Emma ở cửa lớp và ghi lại giờ đến', lang: 'vi' },
      { text: 'Mỗi sáng', lang: 'vi' },
    ]);
    expect(h.translationNote(ON_TIME_VI)).to.equal('Machine-translated from English · Show original');
    await expect(h.element).to.be.accessible();

    expect(await h.toggleOriginal(ON_TIME_VI)).to.equal(ON_TIME);
    expect(h.statementLang(ON_TIME)).to.equal('en');
    expect(h.steps(ON_TIME).map((s) => s.lang)).to.deep.equal(['en', 'en', 'en', 'en']);
    expect(h.steps(ON_TIME)[0]!.text).to.equal('Lay out clothes and backpack the night before');
    expect(h.translationNote(ON_TIME)).to.equal('English · Show translation');
    // Back with the keyboard: the toggle is a real button.
    h.card(ON_TIME).querySelector<HTMLButtonElement>('.translation-note button')!.focus();
    await sendKeys({ press: 'Enter' });
    await h.element.updateComplete;
    expect(h.statements).to.include(ON_TIME_VI);
    await expect(h.element).to.be.accessible();
  });

  it('shows an Arabic family their child’s goals in Arabic, written right to left by the text itself', async () => {
    const h = await mount('per_alsayed_omar', 'stu_yusuf');
    const calm = 'استخدام طريقة للتهدئة عند الانزعاج';
    expect(h.statements).to.include(calm);
    expect(h.statementLang(calm)).to.equal('ar');
    expect(h.steps(calm)[0]).to.deep.equal({ text: 'التدرّب معًا على التنفّس العميق وقت النوم', lang: 'ar' });
    expect(h.translationNote(calm)).to.equal('Machine-translated from English · Show original');
    await expect(h.element).to.be.accessible();
  });

  it('shows a Spanish family the goal, its unit and the progress notes in Spanish', async () => {
    const h = await mount('per_garcia', 'stu_mateo');
    const reading = 'Leer 20 minutos al día';
    expect(h.statements).to.include(reading);
    expect(h.chartTexts(reading)).to.include('minutos');
    await h.clickIn(reading, 'Show as table');
    const notes = h.tableNotes(reading);
    expect(notes).to.deep.include({
      text: 'Leyó solo y volvió a contar la historia con sus propias palabras.',
      lang: 'es',
    });
    // A note's original is one tap away too, on its own.
    const row = h.card(reading).querySelector<HTMLButtonElement>('tbody .translation-note button')!;
    expect(row.textContent?.trim()).to.equal('Show original');
    row.click();
    await h.element.updateComplete;
    expect(h.tableNotes(reading)).to.deep.include({
      text: 'Read on his own and retold the story in his own words.',
      lang: 'en',
    });
    expect(h.statements).to.include(reading); // the goal itself stays translated
    await expect(h.element).to.be.accessible();
  });

  it('lets the teacher ask for an interpreter’s check, which the family then sees, and record it done', async () => {
    const teacher = await mount('per_rivera', 'stu_emma');
    // She reads her own English; the family's Vietnamese is what the interpreter will check.
    expect(teacher.translationNote(ON_TIME)).to.equal('');
    expect(teacher.review(ON_TIME)).to.equal('');
    await teacher.setReview(ON_TIME, 'Ask an interpreter to check');
    expect(teacher.review(ON_TIME)).to.equal('An interpreter will check this translation.');
    expect(teacher.buttonsOf(ON_TIME)).to.include('Mark as checked');
    await expect(teacher.element).to.be.accessible();

    const family = await mount('per_nguyen', 'stu_emma');
    expect(family.review(ON_TIME_VI)).to.equal('An interpreter will check this translation.');
    expect(family.buttonsOf(ON_TIME_VI)).to.not.include('Mark as checked');
    expect(family.buttonsOf(ON_TIME_VI)).to.not.include('Ask an interpreter to check');

    await teacher.setReview(ON_TIME, 'Mark as checked');
    expect(teacher.review(ON_TIME)).to.equal('Checked by an interpreter.');
    await family.element.reload();
    await family.loaded();
    expect(family.review(ON_TIME_VI)).to.equal('Checked by an interpreter.');
    await expect(family.element).to.be.accessible();

    // Leave the demo district as it was for the other suites.
    await goals.setInterpreterReview(
      await clientFor('per_rivera'),
      { goalId: 'goal_emma_attendance' },
      { interpreterReview: null },
    );
  });
});
