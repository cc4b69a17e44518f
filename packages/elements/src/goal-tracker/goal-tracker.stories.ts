import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { fixtureClient, longGoal, mathGoal, readingGoal, suggestedGoal, type Scenario } from '../../test/fixtures.js';
import type { TandemGoalTracker } from './goal-tracker.js';
import './define.js';

interface Args {
  scenario: Scenario;
  readonly: boolean;
  compact: boolean;
  width?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Goal tracker',
  component: 'tandem-goal-tracker',
  args: { scenario: {}, readonly: false, compact: false },
  argTypes: { scenario: { control: false } },
  render: ({ scenario, readonly, compact, width }, { globals }) => html`
    <div style=${width ? `max-width: ${width}` : ''}>
      <tandem-goal-tracker
        .client=${fixtureClient(scenario)}
        student-id="stu_story"
        ?readonly=${readonly}
        ?compact=${compact}
        theme=${globals.theme === 'dark' ? 'dark' : 'light'}
      ></tandem-goal-tracker>
    </div>
  `,
};
export default meta;
type Story = StoryObj<Args>;

const tracker = (canvasElement: HTMLElement) => canvasElement.querySelector('tandem-goal-tracker') as TandemGoalTracker;
const ready =
  (state = 'ready') =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    await waitFor(() => expect(tracker(canvasElement).loadState).toBe(state));
  };

export const Family: Story = { play: ready() };

export const Educator: Story = { args: { scenario: { role: 'educator' } }, play: ready() };

export const Spanish: Story = { parameters: { locale: 'es' }, play: ready() };

export const ArabicRightToLeft: Story = { parameters: { locale: 'ar' }, play: ready() };

export const Empty: Story = { args: { scenario: { goals: [] } }, play: ready() };

export const Loading: Story = { args: { scenario: { behaviour: 'hang' } }, play: ready('loading') };

export const Error: Story = { args: { scenario: { behaviour: 'error' } }, play: ready('error') };

export const Offline: Story = { args: { scenario: { behaviour: 'offline' } }, play: ready('offline') };

export const ReadOnly: Story = { args: { readonly: true }, play: ready() };

export const Compact: Story = {
  args: { readonly: true, compact: true, scenario: { goals: [readingGoal, mathGoal] } },
  play: ready(),
};

export const LongContent: Story = {
  args: { scenario: { role: 'educator', goals: [longGoal, suggestedGoal] } },
  play: ready(),
};

export const Phone: Story = {
  args: { width: '320px' },
  parameters: { viewport: { defaultViewport: 'phone' } },
  play: ready(),
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async (context) => {
    await ready()(context);
    await expect(tracker(context.canvasElement).getAttribute('theme')).toBe('dark');
  },
};

export const HighContrast: Story = { globals: { theme: 'high-contrast' }, play: ready() };

export const SpanishOnAPhone: Story = {
  args: { width: '320px', scenario: { role: 'guardian', goals: [readingGoal, longGoal] } },
  parameters: { locale: 'es', viewport: { defaultViewport: 'phone' } },
  play: ready(),
};

export const RecordingProgress: Story = {
  play: async (context) => {
    await ready()(context);
    const root = tracker(context.canvasElement).shadowRoot!;
    [...root.querySelectorAll('button')].find((b) => b.textContent?.includes("Add today's progress"))!.click();
    await waitFor(() => expect(root.querySelector('form')).not.toBeNull());
  },
};

export const ValidationMessage: Story = {
  play: async (context) => {
    await RecordingProgress.play!(context);
    const root = tracker(context.canvasElement).shadowRoot!;
    root.querySelector<HTMLInputElement>('#value')!.value = '-4';
    root.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    await waitFor(() =>
      expect(root.querySelector('#err-value')?.textContent?.trim()).toBe('Enter a number from 0 to 1,000,000.'),
    );
  },
};

export const SuggestingAGoal: Story = {
  play: async (context) => {
    await ready()(context);
    const root = tracker(context.canvasElement).shadowRoot!;
    [...root.querySelectorAll('button')].find((b) => b.textContent?.includes('Suggest a goal'))!.click();
    await waitFor(() => expect(root.querySelector('#statement')).not.toBeNull());
  },
};
