// The pseudo-locale (every string accented and 40 % longer, as many languages run longer than
// English) on a 320 px phone: no control of any widget spills out of the widget or clips its
// own text, in the first view and with each form open.
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { pseudo } from '../../scripts/pseudo.js';
import { clientFor } from '../../test/helpers.js';
import { PickerHarness } from '../availability-picker/internal/harness.js';
import { GoalTrackerHarness } from '../goal-tracker/internal/harness.js';
import { MessagePanelHarness } from '../message-panel/internal/harness.js';
import { setLocale } from './localization.js';
import '../availability-picker/define.js';
import '../goal-tracker/define.js';
import '../message-panel/define.js';

const CONTROLS = 'button, input, select, textarea, a[href], summary, [role="button"], [role="tab"], label';

/** Each control that reaches outside the widget or whose content is wider than its box. */
function overflows(widget: LitElement): string[] {
  const box = widget.getBoundingClientRect();
  const found: string[] = [];
  const visit = (root: ParentNode) => {
    for (const control of root.querySelectorAll<HTMLElement>(CONTROLS)) {
      const rect = control.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue; // not rendered (a closed section)
      const name = `${control.localName} "${(control.textContent || control.getAttribute('aria-label') || '').trim().slice(0, 40)}"`;
      if (rect.left < box.left - 0.5 || rect.right > box.right + 0.5) found.push(`${name} outside the widget`);
      else if (control.scrollWidth > control.clientWidth + 1 && control.localName !== 'label')
        found.push(`${name} clips its content (${control.scrollWidth} > ${control.clientWidth})`);
    }
    for (const host of root.querySelectorAll('*')) if (host.shadowRoot) visit(host.shadowRoot);
  };
  visit(widget.shadowRoot!);
  if (widget.scrollWidth > widget.clientWidth + 1) found.push(`the widget scrolls sideways (${widget.scrollWidth} px)`);
  return found;
}

const phone = (content: unknown) => fixture(html`<div style="inline-size: 320px">${content}</div>`);

describe('the pseudo-locale at 320 px', () => {
  before(() => setLocale('en-XA'));

  it('fits the goal tracker for a family, with its forms open', async () => {
    const page = await phone(
      html`<tandem-goal-tracker .client=${await clientFor('per_garcia')} student-id="stu_mateo"></tandem-goal-tracker>`,
    );
    const el = page.querySelector('tandem-goal-tracker')!;
    const harness = new GoalTrackerHarness(el);
    await harness.loaded();
    expect(harness.title).to.match(/^Mateo'š ĝóáĺš ·ẋ/); // the pseudo-locale, names as they are
    expect(overflows(el)).to.deep.equal([]);
    await harness.click(pseudo("Add today's progress"));
    expect(overflows(el)).to.deep.equal([]);
    await harness.click(pseudo('Suggest a goal'));
    expect(overflows(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('fits the goal tracker for an educator writing a new goal', async () => {
    const page = await phone(
      html`<tandem-goal-tracker
        .client=${await clientFor('per_rivera')}
        student-id="stu_jaylen"
      ></tandem-goal-tracker>`,
    );
    const el = page.querySelector('tandem-goal-tracker')!;
    const harness = new GoalTrackerHarness(el);
    await harness.loaded();
    await harness.click(pseudo('New goal'));
    expect(overflows(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('fits the message panel', async () => {
    const page = await phone(
      html`<tandem-message-panel
        .client=${await clientFor('per_garcia')}
        student-id="stu_mateo"
      ></tandem-message-panel>`,
    );
    const el = page.querySelector('tandem-message-panel')!;
    await new MessagePanelHarness(el).loaded();
    expect(overflows(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('fits the availability picker', async () => {
    const page = await phone(
      html`<tandem-availability-picker
        .client=${await clientFor('per_garcia')}
        student-id="stu_mateo"
      ></tandem-availability-picker>`,
    );
    const el = page.querySelector('tandem-availability-picker')!;
    await new PickerHarness(el).loaded();
    expect(overflows(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
