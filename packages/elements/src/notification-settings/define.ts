import { defineElement } from '../base/define.js';
import '../provider/define.js';
import { TandemNotificationSettings } from './notification-settings.js';

defineElement('tandem-notification-settings', TandemNotificationSettings);

declare global {
  interface HTMLElementTagNameMap {
    'tandem-notification-settings': TandemNotificationSettings;
  }
}
