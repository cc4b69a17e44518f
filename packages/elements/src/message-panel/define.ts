import { defineElement } from '../base/define.js';
import '../provider/define.js';
import { TandemMessagePanel } from './message-panel.js';

defineElement('tandem-message-panel', TandemMessagePanel);

// The element's class and its events' types, so that importing this file is enough to type
// `el.addEventListener('tandem-…', (event) => event.detail…)` (the global event map comes with them).
export { TandemMessagePanel };
export type { TandemErrorEvent, TandemMessageFailedEvent, TandemMessageSentEvent } from '../base/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'tandem-message-panel': TandemMessagePanel;
  }
}
