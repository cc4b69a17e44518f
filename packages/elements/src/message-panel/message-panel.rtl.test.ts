// Arabic: a page of its own (one locale per page). The panel reads right to left though the page
// never says dir="rtl": the viewer's own messages stand at the inline end, which is the left.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '../base/localization.js';
import { messageClient } from '../../test/message-fixtures.js';
import { MessagePanelHarness } from './internal/harness.js';
import type { TandemMessagePanel } from './message-panel.js';
import './define.js';

describe('<tandem-message-panel> in Arabic', () => {
  before(() => setLocale('ar'));

  it('reads right to left, in Arabic, own messages at the end (left) and others’ at the start (right)', async () => {
    const el = await fixture<TandemMessagePanel>(
      html`<tandem-message-panel
        .client=${messageClient({ translated: true, language: 'ar' })}
        student-id="stu_story"
      ></tandem-message-panel>`,
    );
    const panel = new MessagePanelHarness(el);
    await panel.loaded();
    expect(document.documentElement.dir).to.equal('');
    expect(panel.get('[part=base]').getAttribute('dir')).to.equal('rtl');
    expect(panel.hasButton('إرسال')).to.equal(true);
    // The teacher's messages, translated into Arabic, with the original a tap away.
    expect(panel.bodies()).to.include('مرحبًا! قرأ ماتيو كل يوم هذا الأسبوع. 📚');
    const mine = panel.get('.mine .bubble').getBoundingClientRect();
    const theirs = panel.get('.theirs .bubble').getBoundingClientRect();
    expect(mine.left).to.be.lessThan(theirs.left);
    // Her initials stand at the inline start of her message: to its right.
    const avatar = panel.get('.theirs .avatar').getBoundingClientRect();
    expect(avatar.left).to.be.greaterThan(theirs.right - 1);
    await expect(el).to.be.accessible();
  });

  it('moves through the quick replies with Tab in reading order, right to left', async () => {
    const el = await fixture<TandemMessagePanel>(
      html`<tandem-message-panel .client=${messageClient({})} student-id="stu_story"></tandem-message-panel>`,
    );
    const panel = new MessagePanelHarness(el);
    await panel.loaded();
    const [first, second] = panel.quickReplies();
    first!.focus();
    await sendKeys({ press: 'Tab' });
    expect(panel.focused).to.equal(second);
    expect(second!.getBoundingClientRect().right).to.be.at.most(first!.getBoundingClientRect().left + 1);
  });
});
