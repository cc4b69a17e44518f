import { defineElement } from '../base/define.js';
import '../provider/define.js';
import { TandemAvailabilityPicker } from './availability-picker.js';

defineElement('tandem-availability-picker', TandemAvailabilityPicker);

// The element's class and its events' types, so that importing this file is enough to type
// `el.addEventListener('tandem-…', (event) => event.detail…)` (the global event map comes with them).
export { TandemAvailabilityPicker };
export type { TandemBookingCancelledEvent, TandemBookingCreatedEvent, TandemErrorEvent } from '../base/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'tandem-availability-picker': TandemAvailabilityPicker;
  }
}
