import { defineElement } from '../base/define.js';
import '../provider/define.js';
import { TandemGoalTracker } from './goal-tracker.js';

defineElement('tandem-goal-tracker', TandemGoalTracker);

// The element's class and its events' types, so that importing this file is enough to type
// `el.addEventListener('tandem-…', (event) => event.detail…)` (the global event map comes with them).
export { TandemGoalTracker };
export type { TandemErrorEvent, TandemGoalProposedEvent, TandemProgressRecordedEvent } from '../base/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'tandem-goal-tracker': TandemGoalTracker;
  }
}
