import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { settingsClient, storyPush, type SettingsScenario } from '../../test/settings-fixtures.js';
import { SettingsHarness } from './internal/harness.js';
import type { TandemNotificationSettings } from './notification-settings.js';
import '../provider/define.js';
import './define.js';

interface Args {
  scenario: SettingsScenario;
  push?: 'available' | 'denied' | 'unsupported';
  width?: string;
  /** The widget's own theme, whatever the page's. */
  theme?: 'light' | 'dark';
}

const meta: Meta<Args> = {
  title: 'Widgets/Notification settings',
  component: 'tandem-notification-settings',
  args: { scenario: {}, push: 'available' },
  argTypes: { scenario: { control: false } },
  render: ({ scenario, push, width, theme }, { globals }) => html`
    <div style=${width ? `max-width: ${width}` : 'max-width: 36rem'}>
      <tandem-notification-settings
        .client=${settingsClient(scenario)}
        .pushPlatform=${storyPush(push)}
        theme=${theme ?? (globals.theme === 'dark' ? 'dark' : 'light')}
      ></tandem-notification-settings>
    </div>
  `,
};
export default meta;
type Story = StoryObj<Args>;

const element = (canvasElement: HTMLElement) =>
  canvasElement.querySelector('tandem-notification-settings') as TandemNotificationSettings;
const harness = (canvasElement: HTMLElement) => new SettingsHarness(element(canvasElement));
const ready =
  (state = 'ready') =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    await waitFor(() => expect(element(canvasElement).loadState).toBe(state));
  };

/** A family that gets texts, with quiet hours at night. */
export const Family: Story = { play: ready() };

export const Saved: Story = {
  play: async (context) => {
    await ready()(context);
    const h = harness(context.canvasElement);
    await h.choose(/^(Email|Correo electrónico)$/);
    await h.save();
    await expect(h.notice).toBe('Saved.');
  },
};

export const QuietHoursProblem: Story = {
  play: async (context) => {
    await ready()(context);
    const h = harness(context.canvasElement);
    await h.fill('Until', '21:00');
    await h.save();
    await expect(h.problem).toBe('Quiet hours must start and end at different times.');
  },
};

export const SaveOffline: Story = {
  args: { scenario: { save: 'offline' } },
  play: async (context) => {
    await ready()(context);
    const h = harness(context.canvasElement);
    await h.save();
    await expect(h.problem).toBe("We couldn't save this. Check your connection and try again.");
  },
};

/** Her number texted STOP: the widget says how texts start again. */
export const TextsStopped: Story = { args: { scenario: { person: 'stopped' } }, play: ready() };

/** Notifications on two devices already; this one can be added. */
export const PushDevices: Story = { args: { scenario: { person: 'push' } }, play: ready() };

export const PushBlocked: Story = { args: { push: 'denied' }, play: ready() };

export const PushUnsupported: Story = { args: { push: 'unsupported' }, play: ready() };

/** No address or number on file: only the school site. */
export const NothingOnFile: Story = { args: { scenario: { person: 'nothing' } }, play: ready() };

export const Spanish: Story = { parameters: { locale: 'es' }, play: ready() };

export const RightToLeft: Story = { parameters: { locale: 'ar' }, play: ready() };

export const Phone: Story = { args: { width: '320px' }, play: ready() };

export const Loading: Story = { args: { scenario: { behaviour: 'hang' } }, play: ready('loading') };

export const Error: Story = { args: { scenario: { behaviour: 'error' } }, play: ready('error') };

export const Offline: Story = { args: { scenario: { behaviour: 'offline' } }, play: ready('offline') };

export const Dark: Story = { globals: { theme: 'dark' }, play: ready() };

export const DarkOnLightPage: Story = { args: { theme: 'dark' }, play: ready() };

export const HighContrast: Story = { globals: { theme: 'high-contrast' }, play: ready() };
