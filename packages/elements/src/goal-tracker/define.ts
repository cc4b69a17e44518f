import { defineElement } from '../base/define.js';
import '../provider/define.js';
import { TandemGoalTracker } from './goal-tracker.js';

defineElement('tandem-goal-tracker', TandemGoalTracker);

declare global {
  interface HTMLElementTagNameMap {
    'tandem-goal-tracker': TandemGoalTracker;
  }
}
