import { defineElement } from '../base/define.js';
import '../provider/define.js';
import { TandemAvailabilityPicker } from './availability-picker.js';

defineElement('tandem-availability-picker', TandemAvailabilityPicker);

declare global {
  interface HTMLElementTagNameMap {
    'tandem-availability-picker': TandemAvailabilityPicker;
  }
}
