// Vue 3: the tags as global components, props and `@event` handlers typed (vue-tsc checks templates
// against these; examples/lms-vue does so with strict templates).
import type {} from '@tandem/elements/vue';
import type { GlobalComponents } from 'vue';

/** Stands for the application using a value. */
declare function use(...values: unknown[]): void;

// What a template may pass: the component instance's $props.
type ComponentProps<C> = C extends new (...args: never[]) => { $props: infer P } ? P : never;

type TrackerProps = ComponentProps<GlobalComponents['tandem-goal-tracker']>;
export const tracker: TrackerProps = {
  studentId: 'stu_1',
  theme: 'dark',
  onTandemProgressRecorded: (event) => use(event.detail.entryId),
  onTandemGoalProposed: (event) => use(event.detail.goalId),
  onTandemError: (event) => use(event.detail.kind),
};
export const panel: ComponentProps<GlobalComponents['tandem-message-panel']> = {
  onTandemMessageSent: (event) => use(event.detail.messageId),
  onTandemMessageFailed: (event) => use(event.detail.clientMessageId),
};
export const picker: ComponentProps<GlobalComponents['tandem-availability-picker']> = {
  onTandemBookingCreated: (event) => use(event.detail.slotId),
  onTandemBookingCancelled: (event) => use(event.detail.bookingId),
};
export const settings: ComponentProps<GlobalComponents['tandem-notification-settings']> = {
  onTandemNotificationSettingsSaved: (event) => use(event.detail.contactChannel),
};
export const provider: ComponentProps<GlobalComponents['tandem-provider']> = { baseUrl: 'https://tandem.example' };
// @ts-expect-error: not a prop of the goal tracker
export const wrong: TrackerProps = { studentIdentifier: 'stu_1' };
