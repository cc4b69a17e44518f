// On a phone 320 px wide, in Spanish (one locale per page, so a page of its own): the family's
// quick replies are longer than the English ones.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { setLocale } from '../base/localization.js';
import { messageClient } from '../../test/message-fixtures.js';
import { MessagePanelHarness } from './internal/harness.js';
import './define.js';

describe('<tandem-message-panel> on a phone 320 px wide', () => {
  before(async () => {
    await setLocale('es');
    await setViewport({ width: 320, height: 640 });
  });
  after(() => setViewport({ width: 800, height: 600 }));

  it('fits the quick replies in at most two rows of 44 px targets, each reached by Tab', async () => {
    // The panel in a page with 16 px margins, as on the demo school site.
    const host = await fixture<HTMLDivElement>(
      html`<div style="padding: 0 16px">
        <tandem-message-panel .client=${messageClient({})} student-id="stu_story"></tandem-message-panel>
      </div>`,
    );
    const el = host.querySelector('tandem-message-panel')!;
    const panel = new MessagePanelHarness(el);
    await panel.loaded();
    const replies = panel.quickReplies();
    expect(replies).to.have.length(5);
    expect(panel.quickReplyRows()).to.be.at.most(2);
    for (const reply of replies) {
      const box = reply.getBoundingClientRect();
      expect(box.height).to.be.at.least(44);
      expect(box.width).to.be.at.least(44);
    }
    replies[0]!.focus();
    for (const reply of replies.slice(1)) {
      await sendKeys({ press: 'Tab' });
      expect(panel.focused).to.equal(reply);
      // Focused, it is on screen (a scrolling row brings it into view).
      const inView = () => {
        const box = reply.getBoundingClientRect();
        const row = reply.parentElement!.getBoundingClientRect();
        return box.left >= row.left - 1 && box.right <= row.right + 1;
      };
      await panel.until(inView, `never shows "${reply.textContent?.trim()}" when focused`);
    }
    await expect(el).to.be.accessible();
  });
});
