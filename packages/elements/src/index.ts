// Classes and helpers, without registering anything: import `@tandem/elements/goal-tracker/define.js`
// (or the CDN bundle) to register the tags.
export { TandemGoalTracker } from './goal-tracker/goal-tracker.js';
export { TandemMessagePanel } from './message-panel/message-panel.js';
export { TandemAvailabilityPicker } from './availability-picker/availability-picker.js';
export { TandemNotificationSettings } from './notification-settings/notification-settings.js';
export { TandemProvider } from './provider/provider.js';
export { TandemElement } from './base/tandem-element.js';
export { defineElement, TANDEM_VERSION } from './base/define.js';
export { tandemContext, type TandemContext } from './base/context.js';
export { setLocale, resolveLocale, directionOf, type Locale } from './base/localization.js';
export {
  TandemEvent,
  TandemBookingCancelledEvent,
  TandemBookingCreatedEvent,
  TandemErrorEvent,
  TandemGoalProposedEvent,
  TandemMessageFailedEvent,
  TandemMessageSentEvent,
  TandemNotificationSettingsSavedEvent,
  type NotificationChoice,
  TandemProgressRecordedEvent,
} from './base/events.js';
export { PushRefused, type PushPlatform, type PushSupport } from './notification-settings/internal/push.js';
