import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clientFor, hangingFetch, offlineFetch, settled, shadow } from '../../test/helpers.js';
import type { TandemGoalTracker } from './goal-tracker.js';
import './define.js';

const mount = async (userId: string, studentId: string, extra: { readonly?: boolean; compact?: boolean } = {}) => {
  const client = await clientFor(userId);
  const el = await fixture<TandemGoalTracker>(
    html`<tandem-goal-tracker
      .client=${client}
      student-id=${studentId}
      ?readonly=${extra.readonly}
      ?compact=${extra.compact}
    ></tandem-goal-tracker>`,
  );
  await settled(el);
  return el;
};

async function tabUntil(root: ShadowRoot, reached: (active: Element | null) => boolean) {
  for (let i = 0; i < 6 && !reached(root.activeElement); i++) await sendKeys({ press: 'Tab' });
  expect(reached(root.activeElement), 'Tab reaches the next field').to.equal(true);
}

const texts = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((node) => node.textContent?.replace(/\s+/g, ' ').trim());

describe('<tandem-goal-tracker>', () => {
  it('shows a family their child’s goals, trends, steps and the one main action', async () => {
    const el = await mount('per_garcia', 'stu_mateo');
    const root = shadow(el);
    expect(texts(root, 'h2')).to.deep.equal(["Mateo's goals"]);
    expect(texts(root, 'article h3')).to.deep.equal([
      'Read for 20 minutes a day',
      'Answer 30 addition facts correctly in two minutes',
    ]);
    expect(root.querySelector('.meaning')?.textContent).to.match(/minutes on \w+day, \w+ \d+/);
    expect(root.querySelectorAll('.chart circle.home').length).to.be.greaterThan(3);
    expect(root.querySelectorAll('.chart rect.school').length).to.be.greaterThan(3);
    expect(texts(root, '.steps h4')).to.include.members(['At home', 'At school']);
    expect(texts(root, 'button')).to.include("Add today's progress");
    expect(texts(root, 'button')).to.include('Suggest a goal');
    expect(texts(root, 'button')).not.to.include('Edit');
    await expect(el).to.be.accessible();
  });

  it('offers educators editing and closing, and suggestions to accept', async () => {
    const el = await mount('per_okafor', 'stu_sofia');
    const buttons = texts(shadow(el), 'button');
    expect(buttons).to.include.members(['New goal', 'Edit', 'Mark as met', 'Stop this goal', 'Accept', 'Decline']);
    await expect(el).to.be.accessible();
  });

  it('records progress with the keyboard alone, optimistically, and says so', async () => {
    const el = await mount('per_garcia', 'stu_mateo');
    const root = shadow(el);
    const before = root.querySelectorAll('article')[0]!.querySelectorAll('circle.home').length;
    const add = [...root.querySelectorAll('button')].find((b) => b.textContent?.includes("Add today's progress"))!;
    add.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await waitUntil(() => root.activeElement?.id === 'value', 'the value field takes focus', { timeout: 10_000 });
    await sendKeys({ type: '16' });
    // Past the date (today by default; Chromium tabs through its day, month and year).
    await tabUntil(root, (active) => active?.id === 'note');
    await sendKeys({ type: 'Read on the bus' });
    await tabUntil(root, (active) => active?.getAttribute('type') === 'submit');
    const recorded = oneEvent(el, 'tandem-progress-recorded');
    await sendKeys({ press: 'Enter' });
    const event = await recorded;
    expect(event.detail).to.have.keys(['studentId', 'goalId', 'entryId']);
    expect(event.detail.goalId).to.equal('goal_mateo_reading');
    await el.updateComplete;
    expect(root.querySelector('.notice')?.textContent).to.equal('Saved. Thank you!');
    expect(root.querySelector('form')).to.equal(null);
    expect(root.querySelectorAll('article')[0]!.querySelectorAll('circle.home').length).to.equal(before + 1);
    await expect(el).to.be.accessible();
  });

  it('says what is wrong next to the field, and sends nothing', async () => {
    const el = await mount('per_rivera', 'stu_jaylen');
    const root = shadow(el);
    const card = [...root.querySelectorAll('article')].find((a) =>
      a.textContent?.includes('Start work within 2 minutes'),
    )!;
    [...card.querySelectorAll('button')].find((b) => b.textContent?.includes("Add today's progress"))!.click();
    await el.updateComplete;
    const value = root.querySelector<HTMLInputElement>('#value')!;
    value.value = '140';
    root.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    await el.updateComplete;
    expect(value.getAttribute('aria-invalid')).to.equal('true');
    expect(root.querySelector('#err-value')?.textContent?.trim()).to.equal('Enter a number from 0 to 100.');
    expect(root.activeElement).to.equal(value);
    value.value = '';
    root.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    await el.updateComplete;
    expect(root.querySelector('#err-value')?.textContent?.trim()).to.equal('Fill this in.');
    await expect(el).to.be.accessible();
  });

  it('lets a family suggest a goal, which arrives as suggested', async () => {
    const el = await mount('per_nguyen', 'stu_emma');
    const root = shadow(el);
    [...root.querySelectorAll('button')].find((b) => b.textContent?.includes('Suggest a goal'))!.click();
    await el.updateComplete;
    root.querySelector<HTMLInputElement>('#statement')!.value = 'Practice piano three times a week';
    root.querySelector<HTMLInputElement>('#unit')!.value = 'times';
    const proposed = oneEvent(el, 'tandem-goal-proposed');
    root.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    const event = await proposed;
    expect(event.detail.studentId).to.equal('stu_emma');
    await el.updateComplete;
    const last = [...root.querySelectorAll('article')].at(-1)!;
    expect(last.querySelector('h3')?.textContent).to.equal('Practice piano three times a week');
    expect(last.querySelector('.status')?.textContent).to.equal('Suggested');
    expect(root.querySelector('.notice')?.textContent).to.equal('Sent. The teacher will see your suggestion.');
  });

  it('shows an empty state that invites the first step', async () => {
    const el = await mount('per_test_parent', 'stu_empty');
    expect(shadow(el).querySelector('.empty')?.textContent?.trim()).to.equal(
      "No goals yet. Suggest one to your child's teacher.",
    );
    await expect(el).to.be.accessible();
  });

  it('is read-only and compact for dashboards', async () => {
    const el = await mount('per_rivera', 'stu_mateo', { readonly: true, compact: true });
    const root = shadow(el);
    expect(root.querySelectorAll('button').length).to.equal(0);
    expect(root.querySelectorAll('article.row').length).to.equal(2);
    await expect(el).to.be.accessible();
  });

  it('shows loading until the data comes, and waits for a client', async () => {
    const waiting = await fixture<TandemGoalTracker>(
      html`<tandem-goal-tracker student-id="stu_mateo"></tandem-goal-tracker>`,
    );
    expect(waiting.loadState).to.equal('waiting');
    expect(shadow(waiting).querySelector('[aria-busy=true]')).not.to.equal(null);
    const client = await clientFor('per_garcia', hangingFetch);
    const loading = await fixture<TandemGoalTracker>(
      html`<tandem-goal-tracker .client=${client} student-id="stu_mateo"></tandem-goal-tracker>`,
    );
    await waitUntil(() => loading.loadState === 'loading');
    await expect(loading).to.be.accessible();
    waiting.client = await clientFor('per_garcia');
    await settled(waiting);
  });

  it('explains errors with a way to try again, and offline without blame', async () => {
    const notYours = await mount('per_garcia', 'stu_arjun').catch(() => undefined);
    expect(notYours).to.equal(undefined); // never ready: it is another family's child
    const el = await fixture<TandemGoalTracker>(
      html`<tandem-goal-tracker .client=${await clientFor('per_garcia')} student-id="stu_arjun"></tandem-goal-tracker>`,
    );
    const error = oneEvent(el, 'tandem-error');
    await settled(el, 'error');
    expect((await error).detail).to.deep.include({ kind: 'not-found', operation: 'load' });
    const root = shadow(el);
    expect(root.querySelector('[role=alert] p')?.textContent?.trim()).to.equal(
      'We could not find this student. Ask the school to check your account.',
    );
    expect(texts(root, 'button')).to.deep.equal(['Try again']);
    await expect(el).to.be.accessible();

    const offline = await fixture<TandemGoalTracker>(
      html`<tandem-goal-tracker
        .client=${await clientFor('per_garcia', offlineFetch)}
        student-id="stu_mateo"
      ></tandem-goal-tracker>`,
    );
    await settled(offline, 'offline');
    expect(shadow(offline).querySelector('[role=alert] p')?.textContent?.trim()).to.equal(
      "We couldn't load the goals. Check your connection and try again.",
    );
    offline.client = await clientFor('per_garcia');
    await settled(offline);
  });

  it('walks the chart with arrow keys in reading order', async () => {
    const el = await mount('per_garcia', 'stu_mateo');
    const root = shadow(el);
    const chart = root.querySelector<HTMLElement>('.chart')!;
    chart.focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    const latest = root.querySelector('.selected')?.textContent;
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    const earlier = root.querySelector('.selected')?.textContent;
    expect(earlier).not.to.equal(latest);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(root.querySelector('.selected')?.textContent).to.equal(latest);
    expect(root.querySelector('base, [part=base]')?.getAttribute('dir')).to.equal('ltr');
  });
});
