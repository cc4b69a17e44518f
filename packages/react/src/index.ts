// React components for every Tandem element. Each import registers its tag (`define.js`), so
// `<GoalTracker studentId="…" onProgressRecorded={(event) => event.detail.goalId} />` just works;
// a `ref` is the element itself. Events are the elements' own, typed.
export * from './generated/components.js';
export type {
  NotificationChoice,
  TandemBookingCancelledEvent,
  TandemBookingCreatedEvent,
  TandemErrorEvent,
  TandemGoalProposedEvent,
  TandemMessageFailedEvent,
  TandemMessageSentEvent,
  TandemNotificationSettingsSavedEvent,
  TandemProgressRecordedEvent,
} from '@tandem/elements';
