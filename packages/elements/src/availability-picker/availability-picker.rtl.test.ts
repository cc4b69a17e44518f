// Arabic: a page of its own (one locale per page). Arrow keys follow what the eye sees: in
// right to left, the next time of a day is to the left.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '../base/localization.js';
import { clientFor, settled, shadow } from '../../test/helpers.js';
import type { TandemAvailabilityPicker } from './availability-picker.js';
import './define.js';

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
    await settled(el);
    const root = shadow(el);
    expect(root.querySelector('[part=base]')?.getAttribute('dir')).to.equal('rtl');
    await waitUntil(() => /^اختر موعدًا للقاء/.test(root.querySelector('h2')?.textContent?.trim() ?? ''), 'in Arabic', {
      timeout: 10_000,
    });
    const cells = [
      ...root.querySelectorAll<HTMLElement>('[role=row]')[0]!.querySelectorAll<HTMLElement>('[role=gridcell]'),
    ];
    cells[0]!.focus();
    await sendKeys({ press: 'ArrowLeft' }); // later, in right to left
    await el.updateComplete;
    expect(root.activeElement?.getAttribute('data-col')).to.equal('1');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(root.activeElement?.getAttribute('data-col')).to.equal('0');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(root.activeElement?.getAttribute('data-row')).to.equal('1');
    await expect(el).to.be.accessible();
  });
});
