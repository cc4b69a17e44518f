import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { messageClient, type MessageScenario } from '../../test/message-fixtures.js';
import { MessagePanelHarness } from './internal/harness.js';
import type { TandemMessagePanel } from './message-panel.js';
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
