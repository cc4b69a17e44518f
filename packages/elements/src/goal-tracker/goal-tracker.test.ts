import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clientFor, hangingFetch, offlineFetch } from '../../test/helpers.js';
import type { TandemGoalTracker } from './goal-tracker.js';
import { GoalTrackerHarness } from './internal/harness.js';
import './define.js';

// What each family reads: their goals in their own preferred language, though the interface is
// English (test/helpers.ts pins it; see goal-tracker.translation.test.ts): Ms. García Spanish,
// Ms. Nguyen Vietnamese.
const READING = 'Leer 20 minutos al día';
const ON_TIME = 'Đến trường trước 8:00';

async function mount(userId: string, studentId: string, extra: { readonly?: boolean; compact?: boolean } = {}) {
  const el = await fixture<TandemGoalTracker>(
    html`<tandem-goal-tracker
      .client=${await clientFor(userId)}
      student-id=${studentId}
      ?readonly=${extra.readonly}
      ?compact=${extra.compact}
    ></tandem-goal-tracker>`,
  );
  const harness = new GoalTrackerHarness(el);
  await harness.loaded();
  return { el, harness };
}

/** WCAG contrast of two computed `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((c) => {
      const v = Number(c) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('<tandem-goal-tracker>', () => {
  it('shows a family their child’s goals: statement, latest progress, trend, steps and the one main action', async () => {
    const { el, harness } = await mount('per_garcia', 'stu_mateo');
    expect(harness.title).to.equal("Mateo's goals");
    expect(harness.statements).to.deep.equal([READING, 'Responder correctamente 30 sumas básicas en dos minutos']);
    expect(harness.texts(`article .meaning`)[0]).to.match(/minutos on \w+day, \w+ \d+/);
    const card = harness.card(READING);
    expect(card.querySelectorAll('.chart circle.home').length).to.be.greaterThan(3);
    expect(card.querySelectorAll('.chart rect.school').length).to.be.greaterThan(3);
    expect(harness.texts('.steps h4')).to.include.members(['At home', 'At school']);
    expect(harness.buttonsOf(READING)).to.deep.equal(['Show original', 'Show as table', "Add today's progress"]);
    expect(harness.hasButton('Suggest a goal')).to.equal(true);
    expect(el.viewerRole).to.equal('guardian');
    await expect(el).to.be.accessible();
  });

  it('draws the trend with labelled axes: dates along, minutes up, the start, the goal and the aim line', async () => {
    const { harness } = await mount('per_garcia', 'stu_mateo');
    const labels = harness.chartTexts(READING);
    expect(labels).to.include.members(['minutos', '0', 'Start 5', 'Goal 20']);
    expect(labels.filter((t) => /^[A-Z][a-z]{2} \d{1,2}$/.test(t)).length).to.be.greaterThan(1); // "Oct 21"
    const aim = harness.chart(READING).querySelector('line.aim')!;
    // From the baseline (lower) at the start to the target (higher) at the target date, left to right.
    expect(Number(aim.getAttribute('x2'))).to.be.greaterThan(Number(aim.getAttribute('x1')));
    expect(Number(aim.getAttribute('y2'))).to.be.lessThan(Number(aim.getAttribute('y1')));
    expect(harness.chart(READING).querySelectorAll('polyline.trend').length).to.equal(1);
  });

  it('reads out each entry on focus with the keyboard, and on pointing at it', async () => {
    const { el, harness } = await mount('per_garcia', 'stu_mateo');
    harness.chart(READING).focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    const latest = harness.readout(READING);
    expect(latest).to.match(/^\d+(\.\d)? minutos · \w+day, \w+ \d+ · At (home|school)$/);
    expect(harness.chart(READING).querySelector('.readout-label')?.textContent).to.match(/ minutos$/);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(harness.readout(READING)).not.to.equal(latest);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(harness.readout(READING)).to.equal(latest);
    const first = harness.chart(READING).querySelector('.point')!;
    first.dispatchEvent(new PointerEvent('pointerenter'));
    await el.updateComplete;
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    const home = harness.readout(READING);
    harness.chart(READING).querySelectorAll('.point')[1]!.dispatchEvent(new PointerEvent('pointerenter'));
    await el.updateComplete;
    expect(harness.readout(READING)).not.to.equal(home);
    expect(harness.all('[part=base]')[0]!.getAttribute('dir')).to.equal('ltr');
  });

  it('shows the same entries as an accessible table, one tap away', async () => {
    const { el, harness } = await mount('per_garcia', 'stu_mateo');
    const toggle = harness.card(READING).querySelector<HTMLButtonElement>('button[aria-controls]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    await harness.clickIn(READING, 'Show as table');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(harness.root.getElementById(toggle.getAttribute('aria-controls')!)?.querySelector('table')).not.to.equal(
      null,
    );
    const rows = harness.tableRows(READING);
    expect(rows.length).to.equal(harness.chart(READING).querySelectorAll('.point').length);
    expect(rows[0]![1]).to.match(/^\d+(\.\d)? minutos$/);
    expect(rows[0]![2]).to.match(/^At (home|school)$/);
    expect(harness.buttonsOf(READING)).to.include('Hide the table');
    await expect(el).to.be.accessible();
  });

  it('draws the aim line of a yes/no goal, visible (≥ 3:1) in light and in dark', async () => {
    const { el, harness } = await mount('per_nguyen', 'stu_emma');
    const chart = harness.chart(ON_TIME);
    const aim = chart.querySelector<SVGLineElement>('line.aim');
    expect(aim, 'a yes/no goal has an aim line').not.to.equal(null);
    const against = () => getComputedStyle(chart).backgroundColor;
    expect(contrast(getComputedStyle(aim!).stroke, against())).to.be.at.least(3);
    el.theme = 'dark';
    await el.updateComplete;
    expect(contrast(getComputedStyle(aim!).stroke, against())).to.be.at.least(3);
    expect(against()).to.equal('rgb(13, 17, 23)');
    expect(harness.chartTexts(ON_TIME)).to.include.members(['Yes', 'No', 'Goal Yes']);
    await expect(el).to.be.accessible();
  });

  it('fits a 320 px phone: no sideways scrolling, 44 px targets, the chart drawn at its own size', async () => {
    const el = await fixture<TandemGoalTracker>(
      html`<div style="inline-size: 320px">
        <tandem-goal-tracker .client=${await clientFor('per_garcia')} student-id="stu_mateo"></tandem-goal-tracker>
      </div>`,
    ).then((wrap) => wrap.querySelector('tandem-goal-tracker')!);
    const harness = new GoalTrackerHarness(el);
    await harness.loaded();
    const svg = harness.chart(READING).querySelector('svg')!;
    // Drawn 1:1 once the widget knows its width: its labels keep their size on a phone.
    await harness.until(() => Math.abs(svg.getBoundingClientRect().width - svg.viewBox.baseVal.width) < 2, 'draws 1:1');
    expect(el.scrollWidth).to.be.at.most(320);
    const buttons = harness.all('button');
    expect(buttons.length).to.be.greaterThan(3);
    for (const button of buttons) {
      const box = button.getBoundingClientRect();
      expect(Math.min(box.width, box.height), button.textContent ?? '').to.be.at.least(44);
    }
    await expect(el).to.be.accessible();
  });

  it('offers educators editing and closing, and suggestions to accept or decline', async () => {
    const { el, harness } = await mount('per_okafor', 'stu_sofia');
    expect(harness.hasButton('New goal')).to.equal(true);
    // The family's suggestion is translated for them: she may ask an interpreter to check it.
    expect(harness.buttonsOf('Join one club or team this semester')).to.deep.equal([
      'Ask an interpreter to check',
      'Accept',
      'Decline',
    ]);
    expect(harness.all('button').map((b) => b.textContent?.trim())).to.include.members([
      'Edit',
      'Mark as met',
      'Stop this goal',
    ]);
    expect(el.viewerRole).to.equal('educator');
    await expect(el).to.be.accessible();
  });

  it('records progress with the keyboard alone, optimistically, and says so', async () => {
    const { el, harness } = await mount('per_garcia', 'stu_mateo');
    const before = harness.card(READING).querySelectorAll('circle.home').length;
    const add = harness.card(READING).querySelector<HTMLButtonElement>('.actions button')!;
    add.focus();
    await sendKeys({ press: 'Enter' });
    await harness.until(() => harness.focused?.id === 'value', 'the value field takes focus');
    await sendKeys({ type: '16' });
    for (let i = 0; i < 6 && harness.focused?.id !== 'note'; i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Read on the bus' });
    for (let i = 0; i < 6 && harness.focused?.getAttribute('type') !== 'submit'; i++) await sendKeys({ press: 'Tab' });
    const recorded = oneEvent(el, 'tandem-progress-recorded');
    await sendKeys({ press: 'Enter' });
    const event = await recorded;
    expect(event.detail).to.have.keys(['studentId', 'goalId', 'entryId']);
    expect(event.detail.goalId).to.equal('goal_mateo_reading');
    await harness.until(() => harness.notice === 'Saved. Thank you!', 'says it saved');
    expect(harness.all('form')).to.have.length(0);
    expect(harness.card(READING).querySelectorAll('circle.home').length).to.equal(before + 1);
    expect(harness.focused?.textContent?.trim()).to.equal("Add today's progress");
    await expect(el).to.be.accessible();
  });

  it('says what is wrong next to the field, and sends nothing', async () => {
    const { el, harness } = await mount('per_rivera', 'stu_jaylen');
    const goal = harness.statements.find((s) => s.includes('Start work within 2 minutes'))!;
    await harness.clickIn(goal, "Add today's progress");
    await harness.fill(/^Result/, '140');
    await harness.send('Save');
    await harness.until(() => harness.errorOf('value') !== '', 'shows the error');
    expect(harness.errorOf('value')).to.equal('Enter a number from 0 to 100.');
    expect(harness.field(/^Result/).getAttribute('aria-invalid')).to.equal('true');
    await harness.until(() => harness.focused === harness.field(/^Result/), 'focuses the field');
    await harness.fill(/^Result/, '');
    await harness.send('Save');
    expect(harness.errorOf('value')).to.equal('Fill this in.');
    await expect(el).to.be.accessible();
  });

  it('lets a family suggest a goal in their own words alone, which arrives as suggested', async () => {
    const { el, harness } = await mount('per_nguyen', 'stu_emma');
    await harness.click('Suggest a goal');
    expect(harness.all('form input, form select').map((f) => f.id)).to.deep.equal(['statement']);
    const proposed = oneEvent(el, 'tandem-goal-proposed');
    await harness.fill('The goal, in plain words', 'Practice piano three times a week');
    await harness.send('Send to the teacher');
    expect((await proposed).detail.studentId).to.equal('stu_emma');
    await harness.until(() => harness.statements.includes('Practice piano three times a week'), 'shows it');
    const card = harness.card('Practice piano three times a week');
    expect(card.querySelector('.status')?.textContent).to.equal('Suggested');
    expect(harness.notice).to.equal('Sent. The teacher will see your suggestion.');
    await expect(el).to.be.accessible();
  });

  it('lets an educator accept a suggestion by saying how it is measured', async () => {
    const family = await mount('per_garcia', 'stu_sofia');
    await family.harness.suggest('Feel ready for the spelling test');
    const { el, harness } = await mount('per_okafor', 'stu_sofia');
    const statement = 'Feel ready for the spelling test';
    await harness.clickIn(statement, 'Accept');
    await harness.send('Accept');
    expect(['domain', 'measureType', 'unit', 'baseline', 'target'].map((f) => harness.errorOf(f))).to.deep.equal(
      Array(5).fill('Fill this in.'),
    );
    await expect(el).to.be.accessible();
    await harness.accept(statement, {
      Area: 'academic',
      'How we measure it': 'rating',
      'Unit (for example: minutes, books, days)': 'on the ready scale',
      'Starting point': '2',
      Aim: '4',
    });
    await harness.until(() => harness.notice === 'Now: Active.', 'says it is active');
    expect(harness.card(statement).querySelector('.status')?.textContent).to.equal('Active');
    expect(harness.buttonsOf(statement)).to.include("Add today's progress");
  });

  it('shows an empty state that invites the first step', async () => {
    const { el, harness } = await mount('per_test_parent', 'stu_empty');
    expect(harness.texts('.empty')).to.deep.equal(["No goals yet. Suggest one to your child's teacher."]);
    await expect(el).to.be.accessible();
  });

  it('is read-only and compact for dashboards', async () => {
    const { el, harness } = await mount('per_rivera', 'stu_mateo', { readonly: true, compact: true });
    expect(harness.all('button')).to.have.length(0);
    expect(harness.all('article.row')).to.have.length(2);
    expect(harness.all('article.row .spark svg')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('shows loading until the data comes, and waits for a client', async () => {
    const waiting = await fixture<TandemGoalTracker>(
      html`<tandem-goal-tracker student-id="stu_mateo"></tandem-goal-tracker>`,
    );
    expect(waiting.loadState).to.equal('waiting');
    expect(new GoalTrackerHarness(waiting).all('[aria-busy=true]')).to.have.length(1);
    const loading = await fixture<TandemGoalTracker>(
      html`<tandem-goal-tracker
        .client=${await clientFor('per_garcia', hangingFetch)}
        student-id="stu_mateo"
      ></tandem-goal-tracker>`,
    );
    await new GoalTrackerHarness(loading).loaded('loading');
    await expect(loading).to.be.accessible();
    waiting.client = await clientFor('per_garcia');
    await new GoalTrackerHarness(waiting).loaded();
  });

  it('explains errors with a way to try again, and offline without blame', async () => {
    const el = await fixture<TandemGoalTracker>(
      html`<tandem-goal-tracker .client=${await clientFor('per_garcia')} student-id="stu_arjun"></tandem-goal-tracker>`,
    );
    const error = oneEvent(el, 'tandem-error');
    const harness = new GoalTrackerHarness(el);
    await harness.loaded('error');
    expect((await error).detail).to.deep.include({ kind: 'not-found', operation: 'load' });
    expect(harness.texts('[role=alert] p')).to.deep.equal([
      'We could not find this student. Ask the school to check your account.',
    ]);
    expect(harness.texts('button')).to.deep.equal(['Try again']);
    await expect(el).to.be.accessible();

    const offline = await fixture<TandemGoalTracker>(
      html`<tandem-goal-tracker
        .client=${await clientFor('per_garcia', offlineFetch)}
        student-id="stu_mateo"
      ></tandem-goal-tracker>`,
    );
    const off = new GoalTrackerHarness(offline);
    await off.loaded('offline');
    expect(off.texts('[role=alert] p')).to.deep.equal([
      "We couldn't load the goals. Check your connection and try again.",
    ]);
    offline.client = await clientFor('per_garcia');
    await off.loaded();
  });
});
