import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { messageClient, type MessageScenario } from '../../test/message-fixtures.js';
import { englishVoice, lastRecognition, scriptedSpeech, spanishVoice } from '../../test/speech-fixtures.js';
import { MessagePanelHarness } from './internal/harness.js';
import type { TandemMessagePanel } from './message-panel.js';
import '../provider/define.js';
import './define.js';

interface Args {
  scenario: MessageScenario;
  width?: string;
  /** The widget's own theme, whatever the page's. */
  theme?: 'dark';
}

const meta: Meta<Args> = {
  title: 'Widgets/Message panel',
  component: 'tandem-message-panel',
  args: { scenario: {} },
  argTypes: { scenario: { control: false } },
  // Waiting messages are kept per person in localStorage; each story starts with none.
  beforeEach: () => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('tandem.outbox.')) localStorage.removeItem(key);
  },
  render: ({ scenario, width, theme }, { globals }) => html`
    <div style=${width ? `max-width: ${width}` : ''}>
      <tandem-message-panel
        .client=${messageClient(scenario)}
        student-id="stu_story"
        theme=${theme ?? (globals.theme === 'dark' ? 'dark' : 'light')}
      ></tandem-message-panel>
    </div>
  `,
};
export default meta;
type Story = StoryObj<Args>;

const panel = (canvasElement: HTMLElement) => canvasElement.querySelector('tandem-message-panel') as TandemMessagePanel;
const ready =
  (state = 'ready') =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    await waitFor(() => expect(panel(canvasElement).loadState).toBe(state));
  };

/** Types a message and sends it with Enter, as a person would. */
const sendOne = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const harness = new MessagePanelHarness(panel(canvasElement));
  await harness.loaded();
  await harness.send('Can we talk on Friday after school?');
  await waitFor(() => expect(harness.bodies()).toContain('Can we talk on Friday after school?'));
};

export const Family: Story = { play: ready() };

export const Educator: Story = { args: { scenario: { viewer: 'educator' } }, play: ready() };

export const Empty: Story = { args: { scenario: { count: 0 } }, play: ready() };

export const NoConversations: Story = { args: { scenario: { behaviour: 'no-threads' } }, play: ready('none') };

export const LongThread: Story = {
  args: { scenario: { count: 10_000, unread: 3 } },
  play: async (context) => {
    await ready()(context);
    // Virtualized: a page of 50 is loaded, and far fewer are in the DOM.
    const root = panel(context.canvasElement).shadowRoot!;
    await waitFor(() => expect(root.querySelectorAll('.bubble').length).toBeGreaterThan(3));
    await expect(root.querySelectorAll('.bubble').length).toBeLessThan(50);
  },
};

export const Unread: Story = { args: { scenario: { unread: 2 } }, play: ready() };

export const Translated: Story = {
  args: { scenario: { translated: true, viewer: 'educator' } },
  play: ready(),
};

export const TranslatedInSpanish: Story = {
  args: { scenario: { translated: true } },
  parameters: { locale: 'es' },
  play: ready(),
};

export const Pending: Story = { args: { scenario: { send: 'hang' } }, play: sendOne };

export const Failed: Story = {
  args: { scenario: { send: 'refused' } },
  play: async (context) => {
    await sendOne(context);
    const root = panel(context.canvasElement).shadowRoot!;
    await waitFor(() => expect(root.querySelector('.bubble.failed')).not.toBeNull());
  },
};

export const Offline: Story = {
  args: { scenario: { send: 'offline' } },
  play: async (context) => {
    await ready()(context);
    window.dispatchEvent(new Event('offline'));
    await sendOne(context);
    const root = panel(context.canvasElement).shadowRoot!;
    await waitFor(() => expect(root.querySelector('.offline')).not.toBeNull());
  },
};

/** The teacher's messages reached the family by text; the family answered by email. */
export const OutsideThePage: Story = {
  args: { scenario: { viewer: 'educator', outside: true } },
  play: async ({ canvasElement }) => {
    const harness = new MessagePanelHarness(panel(canvasElement));
    await harness.loaded();
    const lines = harness.outside();
    await expect(lines.filter((line) => line === '· Replied by email')).toHaveLength(3);
    await expect(lines.filter((line) => /^· Sent to María García by text at .*\d:\d\d/.test(line))).toHaveLength(3);
  },
};

export const QuietHours: Story = { args: { scenario: { quietNow: true } }, play: ready() };

export const RightToLeft: Story = {
  args: { scenario: { translated: true, language: 'ar' } },
  parameters: { locale: 'ar' },
  play: ready(),
};

export const Loading: Story = { args: { scenario: { behaviour: 'hang' } }, play: ready('loading') };

export const Error: Story = { args: { scenario: { behaviour: 'error' } }, play: ready('error') };

export const CannotConnect: Story = { args: { scenario: { behaviour: 'offline' } }, play: ready('offline') };

export const Phone: Story = { args: { width: '320px', scenario: { translated: true } }, play: ready() };

export const Dark: Story = { globals: { theme: 'dark' }, play: ready() };

/** `theme="dark"` on a light page: the widget paints its own dark surface. */
export const DarkOnLightPage: Story = { args: { theme: 'dark', scenario: { translated: true } }, play: ready() };

/** Phone width in Spanish: the longer quick replies stay in one row that scrolls sideways. */
export const PhoneInSpanish: Story = {
  args: { width: '320px', scenario: { translated: true } },
  parameters: { locale: 'es' },
  play: async ({ canvasElement }) => {
    const harness = new MessagePanelHarness(panel(canvasElement));
    await harness.loaded();
    await expect(harness.quickReplyRows()).toBeLessThanOrEqual(2);
  },
};

export const HighContrast: Story = { globals: { theme: 'high-contrast' }, play: ready() };

/** The panel with scripted English and Spanish voices and recognition (this browser may have neither). */
const withSpeech: Story['render'] = ({ scenario }) => html`
  <tandem-provider .speech=${scriptedSpeech([englishVoice, spanishVoice])}>
    <tandem-message-panel .client=${messageClient(scenario)} student-id="stu_story"></tandem-message-panel>
  </tandem-provider>
`;

/** *Read aloud* under each message; the first one reading (*Stop reading*). */
export const ReadingAloud: Story = {
  render: withSpeech,
  play: async ({ canvasElement }) => {
    const harness = new MessagePanelHarness(panel(canvasElement));
    await harness.loaded();
    await harness.until(() => harness.readAloudButtons().length > 0, 'never offered to read aloud');
    harness.readAloudButtons()[0]!.click();
    await waitFor(() => expect(harness.readAloud()[0]!.button).toBe('Stop reading'));
  },
};

/** The composer's microphone, listening, with what it heard in the draft. */
export const VoiceInput: Story = {
  render: withSpeech,
  play: async ({ canvasElement }) => {
    const harness = new MessagePanelHarness(panel(canvasElement));
    await harness.loaded();
    await harness.until(() => harness.mic !== null, 'never showed the microphone');
    harness.mic!.click();
    lastRecognition()?.hear('Can we meet on Friday?', true);
    await waitFor(() => expect(harness.draft.value).toBe('Can we meet on Friday?'));
    await waitFor(() => expect(harness.announced).toContain('Listening…'));
  },
};

/** An educator's draft in school jargon: the plain-language hint under it. */
export const PlainLanguageHint: Story = {
  args: { scenario: { viewer: 'educator' } },
  play: async ({ canvasElement }) => {
    const harness = new MessagePanelHarness(panel(canvasElement));
    await harness.loaded();
    await harness.fill(
      /^Message to/,
      'The IEP team will review the baseline data and the intervention plan at the benchmark meeting.',
    );
    await waitFor(() => expect(harness.plainHint).toContain('“IEP” → “learning plan”'));
  },
};

const panelHarness = async (canvasElement: HTMLElement) => {
  const harness = new MessagePanelHarness(panel(canvasElement));
  await harness.loaded();
  return harness;
};
const TEACHER_ES = '¡Hola! Mateo leyó todos los días esta semana. 📚';

/** The family's view: the teacher's messages machine-translated into Spanish, the original a tap away. */
export const TranslatedForTheFamily: Story = {
  args: { scenario: { translated: true } },
  play: async ({ canvasElement }) => {
    const harness = await panelHarness(canvasElement);
    await expect(harness.translationNoteOf(TEACHER_ES)).toBe('Machine-translated from English · Show original');
  },
};

export const OriginalShown: Story = {
  args: { scenario: { translated: true } },
  play: async ({ canvasElement }) => {
    const harness = await panelHarness(canvasElement);
    await harness.clickIn(TEACHER_ES, 'Show original');
    await expect(harness.translationNoteOf('Hello! Mateo read every day this week. 📚')).toBe(
      'English · Show translation',
    );
  },
};

export const InterpreterReviewNeeded: Story = {
  args: { scenario: { translated: true, review: 'needed' } },
  play: async ({ canvasElement }) => {
    const harness = await panelHarness(canvasElement);
    await expect(harness.reviewOf(TEACHER_ES)).toBe('An interpreter will check this translation.');
  },
};

export const InterpreterReviewed: Story = {
  args: { scenario: { translated: true, review: 'reviewed' } },
  play: async ({ canvasElement }) => {
    const harness = await panelHarness(canvasElement);
    await expect(harness.reviewOf(TEACHER_ES)).toBe('Checked by an interpreter.');
  },
};
