import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { fixtureClient } from '../../test/fixtures.js';
import type { TandemGoalTracker } from '../goal-tracker/goal-tracker.js';
import { GoalTrackerHarness } from '../goal-tracker/internal/harness.js';
import '../goal-tracker/define.js';

/** The district theme of docs/theming.md, set the way a district sets it: on an ancestor. */
const districtTheme = [
  '--tandem-sys-color-primary: #00594f',
  '--tandem-sys-color-on-primary: #ffffff',
  '--tandem-sys-color-background: #ffffff',
  '--tandem-sys-color-surface: #f4f7f5',
  '--tandem-sys-color-text: #1b2420',
  '--tandem-sys-color-text-muted: #4d5a54',
  '--tandem-sys-color-border: #6f7d76',
  '--tandem-sys-color-school: #4b3a9e',
  '--tandem-sys-radius-small: 2px',
  '--tandem-sys-radius-medium: 4px',
  '--tandem-sys-radius-large: 6px',
].join(';');

const meta: Meta = {
  title: 'Setup/Theming',
  // The district's colours are light ones: the toolbar's themes would paint over them.
  parameters: { theme: 'light' },
  render: () => html`
    <div style=${districtTheme}>
      <tandem-goal-tracker .client=${fixtureClient({ role: 'educator' })} student-id="stu_story"></tandem-goal-tracker>
    </div>
  `,
};
export default meta;

/** Riverside Unified's green, squarer corners and a calmer surface, from `--tandem-sys-*` alone. */
export const DistrictTheme: StoryObj = {
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('tandem-goal-tracker') as TandemGoalTracker;
    await new GoalTrackerHarness(element).loaded();
    const button = element.shadowRoot?.querySelector('[part~="primary-button"]');
    if (!button) throw new Error('no primary button');
    await expect(getComputedStyle(button).backgroundColor).toBe('rgb(0, 89, 79)');
    await expect(getComputedStyle(button).borderRadius).toBe('4px');
  },
};
