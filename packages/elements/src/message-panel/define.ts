import { defineElement } from '../base/define.js';
import '../provider/define.js';
import { TandemMessagePanel } from './message-panel.js';

defineElement('tandem-message-panel', TandemMessagePanel);

declare global {
  interface HTMLElementTagNameMap {
    'tandem-message-panel': TandemMessagePanel;
  }
}
