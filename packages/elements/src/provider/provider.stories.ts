import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { fixtureFetch } from '../../test/fixtures.js';
import type { TandemGoalTracker } from '../goal-tracker/goal-tracker.js';
import { GoalTrackerHarness } from '../goal-tracker/internal/harness.js';
import '../goal-tracker/define.js';
import './define.js';

const SERVER = 'https://tandem.example';

interface Args {
  /** Set the token provider (a function from your backend); unset, the widgets wait for it. */
  signedIn: boolean;
  locale: string | null;
}

/**
 * `<tandem-provider>` has nothing of its own to show: it gives the widgets inside it one client
 * (the server's address and the signed-in person's token provider) and, when the app knows it,
 * the interface language. These stories show what the widgets do under each setting.
 */
const meta: Meta<Args> = {
  title: 'Setup/Provider',
  component: 'tandem-provider',
  args: { signedIn: true, locale: null },
  // The provider makes its own client, with the page's fetch: here, the fixture server's for
  // requests to SERVER, and the real one for anything else, for the story's lifetime only.
  beforeEach: () => {
    const original = globalThis.fetch;
    const fixture = fixtureFetch({});
    globalThis.fetch = (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      return url.startsWith(SERVER) ? fixture(input, init) : original(input, init);
    };
    return () => {
      globalThis.fetch = original;
    };
  },
  render: ({ signedIn, locale }) => html`
    <tandem-provider base-url=${SERVER} locale=${locale ?? ''} .tokenProvider=${signedIn ? () => 'story-token' : null}>
      <tandem-goal-tracker student-id="stu_story"></tandem-goal-tracker>
    </tandem-provider>
  `,
};
export default meta;
type Story = StoryObj<Args>;

const trackerIn = (canvasElement: HTMLElement) =>
  new GoalTrackerHarness(canvasElement.querySelector('tandem-goal-tracker') as TandemGoalTracker);

/** A server and a token provider: the goal tracker inside loads the student's goals. */
export const SignedIn: Story = {
  play: async ({ canvasElement }) => {
    const tracker = trackerIn(canvasElement);
    await tracker.loaded();
    await expect(tracker.statements).toContain('Read for 20 minutes a day');
  },
};

/** No token provider yet (your app is still signing in): the widgets wait, and say so. */
export const WaitingForSignIn: Story = {
  args: { signedIn: false },
  play: async ({ canvasElement }) => {
    await trackerIn(canvasElement).loaded('waiting');
  },
};

/** The app knows the person's language: every widget inside follows it, right to left included. */
export const InterfaceLanguage: Story = {
  args: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('tandem-goal-tracker') as TandemGoalTracker;
    const tracker = new GoalTrackerHarness(element);
    await tracker.loaded();
    // The language's strings load first (a chunk of their own), then every widget turns.
    await tracker.until(() => element.direction === 'rtl', 'never turned right to left');
    await expect(element.locale).toBe('ar');
  },
};
