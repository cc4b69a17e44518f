// Importing a define.js entry is enough for typed events and tags: no hand-written declarations.
import '@tandem/elements/goal-tracker/define.js';
import '@tandem/elements/message-panel/define.js';
import '@tandem/elements/availability-picker/define.js';
import '@tandem/elements/notification-settings/define.js';
import type { TandemGoalTracker } from '@tandem/elements/goal-tracker/define.js';

/** Stands for the application using a value. */
declare function use(...values: unknown[]): void;

const tracker: TandemGoalTracker = document.createElement('tandem-goal-tracker');
tracker.studentId = 'stu_1';
tracker.addEventListener('tandem-progress-recorded', (event) => {
  const goalId: string = event.detail.goalId;
  const entryId: string = event.detail.entryId;
  use(goalId, entryId);
});
document.querySelector('tandem-message-panel')?.addEventListener('tandem-message-sent', (event) => {
  const messageId: string = event.detail.messageId;
  use(messageId);
});
document.createElement('tandem-availability-picker').addEventListener('tandem-booking-created', (event) => {
  const slotId: string = event.detail.slotId;
  use(slotId);
});
document
  .createElement('tandem-notification-settings')
  .addEventListener('tandem-notification-settings-saved', (event) => {
    const channel: string = event.detail.contactChannel;
    use(channel);
  });
tracker.addEventListener('tandem-error', (event) => {
  const kind: string = event.detail.kind;
  // @ts-expect-error: an error carries ids and kinds, never a message text to show
  use(kind, event.detail.message);
});
// @ts-expect-error: studentId is a string
tracker.studentId = 42;
