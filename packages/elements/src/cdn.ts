// The CDN bundle: every widget, registered, with each language's strings as chunks beside it.
// Served by the server at /cdn/tandem.js.
import './provider/define.js';
import './goal-tracker/define.js';
import './message-panel/define.js';
import './availability-picker/define.js';
import './notification-settings/define.js';

export { directionOf, setLocale } from './base/localization.js';
export { createTandemClient } from '@tandem/client';
