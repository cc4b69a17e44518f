import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { availabilityClient, type AvailabilityScenario } from '../../test/availability-fixtures.js';
import type { TandemAvailabilityPicker } from './availability-picker.js';
import './define.js';

interface Args {
  scenario: AvailabilityScenario;
  width?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Availability picker',
  component: 'tandem-availability-picker',
  args: { scenario: {} },
  argTypes: { scenario: { control: false } },
  render: ({ scenario, width }, { globals }) => html`
    <div style=${width ? `max-width: ${width}` : ''}>
      <tandem-availability-picker
        .client=${availabilityClient(scenario)}
        student-id="stu_story"
        theme=${globals.theme === 'dark' ? 'dark' : 'light'}
      ></tandem-availability-picker>
    </div>
  `,
};
export default meta;
type Story = StoryObj<Args>;

const picker = (canvasElement: HTMLElement) =>
  canvasElement.querySelector('tandem-availability-picker') as TandemAvailabilityPicker;
const ready =
  (state = 'ready') =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    await waitFor(() => expect(picker(canvasElement).loadState).toBe(state));
  };

/** Picks the first free time, as a person would. */
const choose = async (context: { canvasElement: HTMLElement }) => {
  await ready()(context);
  const root = picker(context.canvasElement).shadowRoot!;
  root.querySelector<HTMLElement>('[role=gridcell][aria-disabled=false]')!.click();
  await waitFor(() => expect(root.querySelector('form legend')).not.toBeNull());
};

const book = async (context: { canvasElement: HTMLElement }) => {
  await choose(context);
  const root = picker(context.canvasElement).shadowRoot!;
  root.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
};

export const Family: Story = { play: ready() };

export const Choosing: Story = { play: choose };

export const Booked: Story = {
  play: async (context) => {
    await book(context);
    const root = picker(context.canvasElement).shadowRoot!;
    await waitFor(() => expect(root.querySelector('.confirmation')).not.toBeNull());
  },
};

export const TakenFirst: Story = {
  args: { scenario: { book: 'taken' } },
  play: async (context) => {
    await book(context);
    const root = picker(context.canvasElement).shadowRoot!;
    await waitFor(() => expect(root.querySelector('[role=alert]')).not.toBeNull());
  },
};

export const WaitingList: Story = {
  play: async (context) => {
    await ready()(context);
    const root = picker(context.canvasElement).shadowRoot!;
    root.querySelector<HTMLElement>('[role=gridcell][aria-disabled=true]')!.click();
    await waitFor(() => expect(root.querySelector('.waitlist')).not.toBeNull());
  },
};

export const UpcomingMeeting: Story = { args: { scenario: { booked: true } }, play: ready() };

export const NoTimes: Story = { args: { scenario: { slots: 'none' } }, play: ready() };

export const AllTaken: Story = { args: { scenario: { slots: 'full' } }, play: ready() };

export const FreeTimes: Story = {
  play: async (context) => {
    await ready()(context);
    picker(context.canvasElement).shadowRoot!.querySelector('details')!.open = true;
  },
};

export const Educator: Story = { args: { scenario: { viewer: 'educator', booked: true } }, play: ready() };

export const Spanish: Story = { parameters: { locale: 'es' }, play: choose };

export const RightToLeft: Story = { parameters: { locale: 'ar' }, play: choose };

export const Phone: Story = { args: { width: '320px' }, play: ready() };

export const Loading: Story = { args: { scenario: { behaviour: 'hang' } }, play: ready('loading') };

export const Error: Story = { args: { scenario: { behaviour: 'error' } }, play: ready('error') };

export const Offline: Story = { args: { scenario: { behaviour: 'offline' } }, play: ready('offline') };

export const Dark: Story = { globals: { theme: 'dark' }, play: ready() };

export const HighContrast: Story = { globals: { theme: 'high-contrast' }, play: ready() };
