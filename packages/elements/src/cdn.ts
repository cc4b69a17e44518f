// The single-file CDN bundle: every widget, registered. Served by the server at /cdn/tandem.js.
import './provider/define.js';
import './goal-tracker/define.js';
import './message-panel/define.js';
import './availability-picker/define.js';

export { setLocale } from './base/localization.js';
export { createTandemClient } from '@tandem/client';
