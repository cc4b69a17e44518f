import { defineElement } from '../base/define.js';
import '../provider/define.js';
import { TandemNotificationSettings } from './notification-settings.js';

defineElement('tandem-notification-settings', TandemNotificationSettings);

// The element's class and its events' types, so that importing this file is enough to type
// `el.addEventListener('tandem-…', (event) => event.detail…)` (the global event map comes with them).
export { TandemNotificationSettings };
export type { NotificationChoice, TandemErrorEvent, TandemNotificationSettingsSavedEvent } from '../base/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'tandem-notification-settings': TandemNotificationSettings;
  }
}
