import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import {
  fixtureClient,
  longGoal,
  mathGoal,
  onTimeGoal,
  ownWordsGoal,
  readingGoal,
  suggestedGoal,
  type Scenario,
  vietnameseGoal,
} from '../../test/fixtures.js';
import { englishVoice, lastRecognition, scriptedSpeech } from '../../test/speech-fixtures.js';
import type { TandemGoalTracker } from './goal-tracker.js';
import { GoalTrackerHarness } from './internal/harness.js';
import '../provider/define.js';
import './define.js';

interface Args {
  scenario: Scenario;
  readonly: boolean;
  compact: boolean;
  width?: string;
  /** The widget's own theme, whatever the page's (a dark widget on a light page). */
  theme?: 'dark';
}

const meta: Meta<Args> = {
  title: 'Widgets/Goal tracker',
  component: 'tandem-goal-tracker',
  args: { scenario: {}, readonly: false, compact: false },
  argTypes: { scenario: { control: false } },
  render: ({ scenario, readonly, compact, width, theme }, { globals }) => html`
    <div style=${width ? `max-width: ${width}` : ''}>
      <tandem-goal-tracker
        .client=${fixtureClient(scenario)}
        student-id="stu_story"
        ?readonly=${readonly}
        ?compact=${compact}
        theme=${theme ?? (globals.theme === 'dark' ? 'dark' : 'light')}
      ></tandem-goal-tracker>
    </div>
  `,
};
export default meta;
type Story = StoryObj<Args>;

const harnessOf = (canvasElement: HTMLElement) =>
  new GoalTrackerHarness(canvasElement.querySelector('tandem-goal-tracker') as TandemGoalTracker);
const ready =
  (state = 'ready') =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    await harnessOf(canvasElement).loaded(state);
  };

export const Family: Story = { play: ready() };

export const Educator: Story = {
  args: { scenario: { role: 'educator', goals: [readingGoal, ownWordsGoal, suggestedGoal] } },
  play: ready(),
};

export const Spanish: Story = { parameters: { locale: 'es' }, play: ready() };

export const ArabicRightToLeft: Story = { parameters: { locale: 'ar' }, play: ready() };

export const Empty: Story = { args: { scenario: { goals: [] } }, play: ready() };

export const Loading: Story = { args: { scenario: { behaviour: 'hang' } }, play: ready('loading') };

export const Error: Story = {
  args: { scenario: { behaviour: 'error' } },
  play: async (context) => {
    await ready('error')(context);
    await expect(harnessOf(context.canvasElement).hasButton('Try again')).toBe(true);
  },
};

export const Offline: Story = { args: { scenario: { behaviour: 'offline' } }, play: ready('offline') };

export const ReadOnly: Story = { args: { readonly: true }, play: ready() };

export const Compact: Story = {
  args: { readonly: true, compact: true, scenario: { goals: [readingGoal, mathGoal, onTimeGoal] } },
  play: ready(),
};

export const LongContent: Story = {
  args: { scenario: { role: 'educator', goals: [longGoal, suggestedGoal] } },
  play: ready(),
};

export const Phone: Story = {
  args: { width: '320px', scenario: { goals: [readingGoal, onTimeGoal] } },
  parameters: { viewport: { defaultViewport: 'phone' } },
  play: ready(),
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async (context) => {
    await ready()(context);
    await expect(harnessOf(context.canvasElement).element.getAttribute('theme')).toBe('dark');
  },
};

/** `theme="dark"` on a light page: the widget paints its own dark surface. */
export const DarkOnALightPage: Story = {
  args: { theme: 'dark', scenario: { goals: [readingGoal, onTimeGoal] } },
  play: ready(),
};

export const HighContrast: Story = { globals: { theme: 'high-contrast' }, play: ready() };

export const SpanishOnAPhone: Story = {
  args: { width: '320px', scenario: { role: 'guardian', goals: [readingGoal, longGoal] } },
  parameters: { locale: 'es', viewport: { defaultViewport: 'phone' } },
  play: ready(),
};

/** A yes/no goal: Yes and No on the axis, the aim line at Yes. */
export const YesNoGoal: Story = { args: { scenario: { goals: [onTimeGoal] } }, play: ready() };

export const ReadingAnEntry: Story = {
  play: async (context) => {
    await ready()(context);
    const harness = harnessOf(context.canvasElement);
    harness.chart(readingGoal.statement).dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    await waitFor(() => expect(harness.readout(readingGoal.statement)).toMatch(/minutes ·/));
  },
};

export const ShownAsTable: Story = {
  play: async (context) => {
    await ready()(context);
    const harness = harnessOf(context.canvasElement);
    await harness.clickIn(readingGoal.statement, 'Show as table');
    await waitFor(() => expect(harness.tableRows(readingGoal.statement)).toHaveLength(12));
  },
};

export const RecordingProgress: Story = {
  play: async (context) => {
    await ready()(context);
    const harness = harnessOf(context.canvasElement);
    await harness.clickIn(readingGoal.statement, "Add today's progress");
    await waitFor(() => expect(harness.all('form')).toHaveLength(1));
  },
};

export const ValidationMessage: Story = {
  play: async (context) => {
    await RecordingProgress.play!(context);
    const harness = harnessOf(context.canvasElement);
    await harness.fill(/^Result/, '-4');
    await harness.send('Save');
    await waitFor(() => expect(harness.errorOf('value')).toBe('Enter a number from 0 to 1,000,000.'));
  },
};

/** A family suggests a goal in their own words: one field. */
export const SuggestingAGoal: Story = {
  play: async (context) => {
    await ready()(context);
    const harness = harnessOf(context.canvasElement);
    await harness.click('Suggest a goal');
    await waitFor(() => expect(harness.all('form input, form select').map((f) => f.id)).toEqual(['statement']));
  },
};

export const SuggestionSent: Story = {
  play: async (context) => {
    await ready()(context);
    const harness = harnessOf(context.canvasElement);
    await harness.suggest('Feel less worried on Monday mornings');
    await waitFor(() => expect(harness.notice).toBe('Sent. The teacher will see your suggestion.'));
  },
};

/** The educator says how a suggestion in the family's own words is measured. */
export const AcceptingASuggestion: Story = {
  args: { scenario: { role: 'educator', goals: [readingGoal, ownWordsGoal] } },
  play: async (context) => {
    await ready()(context);
    const harness = harnessOf(context.canvasElement);
    await harness.clickIn(ownWordsGoal.statement, 'Accept');
    await harness.send('Accept');
    await waitFor(() => expect(harness.errorOf('measureType')).toBe('Fill this in.'));
  },
};

/** The tracker with a scripted English voice and recognition (this browser may have neither). */
const withSpeech: Story['render'] = ({ scenario }) => html`
  <tandem-provider .speech=${scriptedSpeech([englishVoice])}>
    <tandem-goal-tracker .client=${fixtureClient(scenario)} student-id="stu_story"></tandem-goal-tracker>
  </tandem-provider>
`;

/** *Read aloud* on each statement; pressed, it says *Stop reading*. */
export const ReadingAloud: Story = {
  render: withSpeech,
  play: async ({ canvasElement }) => {
    const harness = harnessOf(canvasElement);
    await harness.loaded();
    await harness.until(() => harness.readAloudButtons().length > 0, 'never offered to read aloud');
    harness.readAloudButtons()[0]!.click();
    await waitFor(() => expect(harness.readAloudButtons()[0]!.textContent?.trim()).toBe('Stop reading'));
  },
};

/** The progress note's microphone, listening. */
export const VoiceNote: Story = {
  render: withSpeech,
  play: async ({ canvasElement }) => {
    const harness = harnessOf(canvasElement);
    await harness.loaded();
    await harness.click("Add today's progress");
    await harness.until(() => harness.mic !== null, 'never showed the microphone');
    harness.mic!.click();
    lastRecognition()?.hear('He read to his sister', true);
    await waitFor(() => expect(harness.announced).toContain('Listening…'));
  },
};

/** An educator writing a goal in school jargon: the plain-language hint. */
export const PlainLanguageHint: Story = {
  args: { scenario: { role: 'educator' } },
  play: async ({ canvasElement }) => {
    const harness = harnessOf(canvasElement);
    await harness.loaded();
    await harness.click('New goal');
    await harness.fill(
      'The goal, in plain words',
      'Demonstrate proficiency on the benchmark assessment with accommodations as measured by progress monitoring.',
    );
    await waitFor(() => expect(harness.plainHint).toContain('“benchmark” → “checkpoint”'));
  },
};

/** A Vietnamese family reads the goal and its steps in Vietnamese, machine-translated from English. */
export const Translated: Story = {
  args: { scenario: { language: 'vi', goals: [vietnameseGoal()] } },
  play: async (context) => {
    await ready()(context);
    const harness = harnessOf(context.canvasElement);
    await expect(harness.translationNote('Đến trường trước 8:00')).toBe(
      'Machine-translated from English · Show original',
    );
  },
};

/** The same family after *Show original*: the English, marked as English. */
export const OriginalShown: Story = {
  args: { scenario: { language: 'vi', goals: [vietnameseGoal()] } },
  play: async (context) => {
    await ready()(context);
    const harness = harnessOf(context.canvasElement);
    await expect(await harness.toggleOriginal('Đến trường trước 8:00')).toBe('Arrive at school by 8:00');
    await expect(harness.statementLang('Arrive at school by 8:00')).toBe('en');
  },
};

/** The teacher asked for an interpreter's check: the family is told it is coming. */
export const InterpreterReviewNeeded: Story = {
  args: { scenario: { language: 'vi', goals: [vietnameseGoal('needed')] } },
  play: async (context) => {
    await ready()(context);
    await expect(harnessOf(context.canvasElement).review('Đến trường trước 8:00')).toBe(
      'An interpreter will check this translation.',
    );
  },
};

export const InterpreterReviewed: Story = {
  args: { scenario: { language: 'vi', goals: [vietnameseGoal('reviewed')] } },
  play: async (context) => {
    await ready()(context);
    await expect(harnessOf(context.canvasElement).review('Đến trường trước 8:00')).toBe('Checked by an interpreter.');
  },
};

/** The teacher's view: her English, and the button to ask for an interpreter's check of the family's Vietnamese. */
export const AskingForAnInterpreter: Story = {
  args: { scenario: { role: 'educator', goals: [vietnameseGoal()] } },
  play: async (context) => {
    await ready()(context);
    const harness = harnessOf(context.canvasElement);
    await harness.setReview('Arrive at school by 8:00', 'Ask an interpreter to check');
    await waitFor(() =>
      expect(harness.review('Arrive at school by 8:00')).toBe('An interpreter will check this translation.'),
    );
  },
};
