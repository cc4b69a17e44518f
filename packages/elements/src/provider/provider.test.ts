import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defineElement } from '../base/define.js';
import type { TandemGoalTracker } from '../goal-tracker/goal-tracker.js';
import '../goal-tracker/define.js';
import { settled, shadow } from '../../test/helpers.js';
import type { TandemProvider } from './provider.js';

const demoToken = (userId: string) => async () => {
  const response = await fetch('/api/dev/tokens', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ userId }),
  });
  return ((await response.json()) as { token: string }).token;
};

describe('<tandem-provider>', () => {
  it('lets widgets wait for a token provider set after they connect, and reload when it changes', async () => {
    const provider = await fixture<TandemProvider>(html`
      <tandem-provider base-url=${location.origin}>
        <tandem-goal-tracker student-id="stu_mateo"></tandem-goal-tracker>
      </tandem-provider>
    `);
    const tracker = provider.querySelector('tandem-goal-tracker') as TandemGoalTracker;
    await tracker.updateComplete;
    expect(tracker.loadState).to.equal('waiting');

    provider.tokenProvider = demoToken('per_garcia');
    await settled(tracker);
    expect(shadow(tracker).querySelector('h2')?.textContent?.trim()).to.equal("Mateo's goals");
    expect(tracker.viewerRole).to.equal('guardian');

    // Another person signs in: the widget reloads with what they may see and do.
    provider.tokenProvider = demoToken('per_rivera');
    // Its loading state may come and go between two looks, so wait for what the reload brings.
    await waitUntil(() => tracker.viewerRole === 'educator', 'the widget never reloaded for the educator', {
      timeout: 8000,
    });
    await settled(tracker);
    await expect(provider).to.be.accessible();
  });

  it('takes a widget’s own client before the provider’s', async () => {
    const provider = await fixture<TandemProvider>(html`
      <tandem-provider base-url="http://127.0.0.1:9"
        ><tandem-goal-tracker student-id="stu_mateo"></tandem-goal-tracker
      ></tandem-provider>
    `);
    provider.tokenProvider = demoToken('per_garcia');
    const tracker = provider.querySelector('tandem-goal-tracker') as TandemGoalTracker;
    const { createTandemClient } = await import('@tandem/client');
    tracker.client = createTandemClient({ baseUrl: location.origin, tokenProvider: demoToken('per_garcia'), retry: 0 });
    await settled(tracker);
    await expect(provider).to.be.accessible();
  });
});

describe('defineElement()', () => {
  it('registers once, and warns when another Tandem version already holds the tag', () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      class Other extends HTMLElement {
        static tandemVersion = '0.0.1-other';
      }
      defineElement('tandem-goal-tracker', Other);
      defineElement('tandem-goal-tracker', customElements.get('tandem-goal-tracker')!);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('already defined by Tandem 0.1.0');
    expect(customElements.get('tandem-goal-tracker')?.name).to.equal('TandemGoalTracker');
  });
});
