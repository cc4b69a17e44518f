import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { availabilityClient, type AvailabilityScenario } from '../../test/availability-fixtures.js';
import type { TandemAvailabilityPicker } from './availability-picker.js';
import { englishVoice, scriptedSpeech } from '../../test/speech-fixtures.js';
import { PickerHarness } from './internal/harness.js';
import '../provider/define.js';
import './define.js';

interface Args {
  scenario: AvailabilityScenario;
  width?: string;
  /** The widget's own theme, whatever the page's. */
  theme?: 'light' | 'dark';
}

const meta: Meta<Args> = {
  title: 'Widgets/Availability picker',
  component: 'tandem-availability-picker',
  args: { scenario: {} },
  argTypes: { scenario: { control: false } },
  render: ({ scenario, width, theme }, { globals }) => html`
    <div style=${width ? `max-width: ${width}` : ''}>
      <tandem-availability-picker
        .client=${availabilityClient(scenario)}
        student-id="stu_story"
        theme=${theme ?? (globals.theme === 'dark' ? 'dark' : 'light')}
      ></tandem-availability-picker>
    </div>
  `,
};
export default meta;
type Story = StoryObj<Args>;

const picker = (canvasElement: HTMLElement) =>
  canvasElement.querySelector('tandem-availability-picker') as TandemAvailabilityPicker;
const harness = (canvasElement: HTMLElement) => new PickerHarness(picker(canvasElement));
const ready =
  (state = 'ready') =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    await waitFor(() => expect(picker(canvasElement).loadState).toBe(state));
  };

/** Picks the first free time, as a person would. */
const choose = async (context: { canvasElement: HTMLElement }) => {
  await ready()(context);
  await harness(context.canvasElement).chooseFirstFree();
};

const book = async (context: { canvasElement: HTMLElement }) => {
  await ready()(context);
  await harness(context.canvasElement).bookFirstFree();
};

export const Family: Story = { play: ready() };

export const Choosing: Story = { play: choose };

export const Booked: Story = {
  play: async (context) => {
    await book(context);
    await waitFor(() => expect(harness(context.canvasElement).confirmed).toBe(true));
  },
};

export const TakenFirst: Story = {
  args: { scenario: { book: 'taken' } },
  play: async (context) => {
    await book(context);
    await waitFor(() => expect(harness(context.canvasElement).problem).not.toBe(''));
  },
};

/** The household already holds a meeting of these times: the widget says what to do. */
export const BookingLimit: Story = {
  args: { scenario: { book: 'limit' } },
  play: async (context) => {
    await book(context);
    await waitFor(() => expect(harness(context.canvasElement).problem).toMatch(/^You already have a meeting/));
  },
};

/** A time inside the cut-off: closed for booking, no waiting list. */
export const ClosedForBooking: Story = {
  play: async (context) => {
    await ready()(context);
    const h = harness(context.canvasElement);
    await expect(h.slots.filter((c) => c.dataset.state === 'closed')).toHaveLength(1);
  },
};

export const WaitingList: Story = {
  play: async (context) => {
    await ready()(context);
    const h = harness(context.canvasElement);
    h.slots.find((c) => c.dataset.state === 'full')!.click();
    await waitFor(() => expect(h.all('.waitlist')).toHaveLength(1));
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

/** Wide: the days side by side, as on a calendar. */
export const Wide: Story = { args: { width: '64rem', scenario: { booked: true } }, play: ready() };

export const EducatorPhone: Story = {
  args: { width: '320px', scenario: { viewer: 'educator', booked: true } },
  play: ready(),
};

export const Loading: Story = { args: { scenario: { behaviour: 'hang' } }, play: ready('loading') };

export const Error: Story = { args: { scenario: { behaviour: 'error' } }, play: ready('error') };

export const Offline: Story = { args: { scenario: { behaviour: 'offline' } }, play: ready('offline') };

export const Dark: Story = { globals: { theme: 'dark' }, play: ready() };

/** `theme="dark"` on a light page: the widget paints its own dark surface. */
export const DarkOnLightPage: Story = { args: { theme: 'dark', scenario: { booked: true } }, play: ready() };

export const HighContrast: Story = { globals: { theme: 'high-contrast' }, play: ready() };

/** The confirmation with *Read aloud* (a scripted English voice: this browser may have none). */
export const ConfirmationReadAloud: Story = {
  render: ({ scenario }) => html`
    <tandem-provider .speech=${scriptedSpeech([englishVoice])}>
      <tandem-availability-picker
        .client=${availabilityClient(scenario)}
        student-id="stu_story"
      ></tandem-availability-picker>
    </tandem-provider>
  `,
  play: async (context) => {
    await book(context);
    const h = harness(context.canvasElement);
    await h.until(() => h.confirmationReadAloud !== null, 'never offered to read the confirmation');
  },
};

/** Where to meet, machine-translated into the family's Spanish, the original one tap away. */
export const PlaceTranslated: Story = {
  play: async (context) => {
    await choose(context);
    const h = harness(context.canvasElement);
    await expect(h.placeOf('form')).toEqual({ text: 'Salón 12', lang: 'es' });
    await expect(h.placeNote('form')).toBe('Machine-translated from English · Show original');
  },
};

export const PlaceOriginalShown: Story = {
  play: async (context) => {
    await choose(context);
    const h = harness(context.canvasElement);
    await h.togglePlace('form');
    await expect(h.placeOf('form')).toEqual({ text: 'Room 12', lang: 'en' });
  },
};
