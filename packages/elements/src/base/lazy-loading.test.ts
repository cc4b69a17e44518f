// `loading="lazy"` on any widget: far down a page it asks the server nothing until the reader
// comes near it, then loads as usual (the attribute lives on the widgets' shared base).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { countingMessageClient } from '../../test/message-fixtures.js';
import { MessagePanelHarness } from '../message-panel/internal/harness.js';
import type { TandemMessagePanel } from '../message-panel/message-panel.js';
import '../message-panel/define.js';

/** A school's long page with the widget three screens down. */
async function farDown(loading: 'lazy' | 'eager') {
  window.scrollTo(0, 0);
  const { client, asked } = countingMessageClient();
  const page = await fixture<HTMLDivElement>(
    html`<div>
      <div style="block-size: 300vh"></div>
      <tandem-message-panel .client=${client} student-id="stu_story" loading=${loading}></tandem-message-panel>
    </div>`,
  );
  const panel = page.querySelector<TandemMessagePanel>('tandem-message-panel')!;
  return { panel, asked };
}

const frames = (n: number) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
    step(n);
  });

describe('loading="lazy"', () => {
  it('asks nothing while the widget is far from the screen, and loads once the reader comes near', async () => {
    const { panel, asked } = await farDown('lazy');
    await panel.updateComplete;
    await frames(3); // the intersection observer has reported
    expect({ state: panel.loadState, asked }).to.deep.equal({ state: 'waiting', asked: [] });
    panel.scrollIntoView();
    await new MessagePanelHarness(panel).loaded();
    expect(asked).to.include('https://tandem.example/api/v1/students/stu_story/threads');
    await expect(panel).to.be.accessible();
  });

  it('loads at once by default, wherever the widget is', async () => {
    const { panel, asked } = await farDown('eager');
    await waitUntil(() => panel.loadState === 'ready', 'ready without scrolling');
    expect(asked).to.include('https://tandem.example/api/v1/students/stu_story/threads');
  });
});
