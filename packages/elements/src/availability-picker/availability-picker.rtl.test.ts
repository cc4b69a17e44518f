// Arabic: a page of its own (one locale per page). Arrow keys follow what the eye sees: in
// right to left, the next time of a day is to the left.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '../base/localization.js';
import { clientFor } from '../../test/helpers.js';
import type { TandemAvailabilityPicker } from './availability-picker.js';
import './define.js';
import { PickerHarness } from './internal/harness.js';

describe('<tandem-availability-picker> in Arabic', () => {
  before(async () => {
    await setLocale('ar');
  });

  it('reads right to left and moves with the arrow keys as the eye sees', async () => {
    const el = await fixture<TandemAvailabilityPicker>(
      html`<tandem-availability-picker
        .client=${await clientFor('per_alsayed_huda')}
        student-id="stu_yusuf"
      ></tandem-availability-picker>`,
    );
    const h = new PickerHarness(el);
    await h.loaded();
    expect(h.get('[part=base]').getAttribute('dir')).to.equal('rtl');
    await h.until(() => /^اختر موعدًا للقاء/.test(h.texts('h2')[0] ?? ''), 'in Arabic');
    const stop = h.slots.find((c) => c.tabIndex === 0)!;
    const row = stop.dataset.row;
    stop.focus();
    await sendKeys({ press: 'ArrowLeft' }); // later, in right to left
    await el.updateComplete;
    expect([h.focused?.getAttribute('data-row'), h.focused?.getAttribute('data-col')]).to.deep.equal([row, '1']);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(h.focused?.getAttribute('data-col')).to.equal('0');
    await sendKeys({ press: 'ArrowDown' }); // the next day with times
    await el.updateComplete;
    expect(Number(h.focused?.getAttribute('data-row'))).to.be.greaterThan(Number(row));
    // The week navigation's arrows point the way the week runs.
    expect(h.button(/.+/).textContent?.trim()).to.equal('›');
    await expect(el).to.be.accessible();
  });
});
