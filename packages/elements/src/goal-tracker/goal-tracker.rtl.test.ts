// Arabic: a page of its own (one locale per page). The widget reads right to left even though
// the page never says dir="rtl", and arrow keys follow what the eye sees.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '../base/localization.js';
import { clientFor } from '../../test/helpers.js';
import type { TandemGoalTracker } from './goal-tracker.js';
import { GoalTrackerHarness } from './internal/harness.js';
import './define.js';

async function yusufsGoals() {
  const el = await fixture<TandemGoalTracker>(
    html`<tandem-goal-tracker
      .client=${await clientFor('per_alsayed_omar')}
      student-id="stu_yusuf"
    ></tandem-goal-tracker>`,
  );
  const harness = new GoalTrackerHarness(el);
  await harness.loaded();
  return { el, harness, root: harness.root };
}

describe('<tandem-goal-tracker> in Arabic', () => {
  before(async () => {
    await setLocale('ar-EG'); // region falls back to the language
  });

  it('reads right to left, in Arabic, with Arabic dates', async () => {
    const { el, root } = await yusufsGoals();
    expect(document.documentElement.dir).to.equal('');
    expect(root.querySelector('[part=base]')?.getAttribute('dir')).to.equal('rtl');
    expect(root.querySelector('[part=base]')?.getAttribute('lang')).to.equal('ar');
    expect(root.querySelector('h2')?.textContent?.trim()).to.equal('أهداف Yusuf');
    expect(root.querySelector('.steps h4')?.textContent?.trim()).to.equal('في البيت');
    // The card's first label (the area) stands at the inline start: on the right.
    const area = root.querySelector('article .domain')!.getBoundingClientRect();
    const status = root.querySelector('article .status')!.getBoundingClientRect();
    expect(area.left).to.be.greaterThan(status.right);
    await expect(el).to.be.accessible();
  });

  it('moves to later entries with ArrowLeft, because time runs right to left', async () => {
    const { el, harness } = await yusufsGoals();
    const [statement] = harness.statements;
    harness.chart(statement!).focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    const latest = harness.readout(statement!);
    expect(latest).not.to.equal('');
    await sendKeys({ press: 'ArrowRight' }); // earlier
    await el.updateComplete;
    expect(harness.readout(statement!)).not.to.equal(latest);
    await sendKeys({ press: 'ArrowLeft' }); // later again
    await el.updateComplete;
    expect(harness.readout(statement!)).to.equal(latest);
    const points = [...harness.chart(statement!).querySelectorAll('.point')];
    const xs = points.map((p) => p.getBoundingClientRect().x);
    expect(xs.length).to.be.greaterThan(3);
    expect(xs[0]).to.be.greaterThan(xs.at(-1)!); // the first entry stands rightmost
    // The aim line runs right to left too, and the measure's labels stand on the right.
    const aim = harness.chart(statement!).querySelector('line.aim')!;
    expect(Number(aim.getAttribute('x1'))).to.be.greaterThan(Number(aim.getAttribute('x2')));
    const tick = harness.chart(statement!).querySelector('text.tick')!.getBoundingClientRect();
    expect(tick.left).to.be.greaterThan(xs.at(-1)!);
    await harness.click('إظهار كجدول');
    expect(harness.tableRows(statement!)).to.have.length(points.length);
    await expect(el).to.be.accessible();
  });
});
