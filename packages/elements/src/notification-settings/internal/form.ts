// From the settings form to the request, by the contract's rules: no DOM beyond FormData.
import { UpdateNotificationSettingsRequest, type NotificationSettings } from '@tandem/contract';
import type { NotificationChoice } from '../../base/events.js';

/** What the form cannot send, for the view to put in words. */
export type FormProblem = 'quiet-hours-missing' | 'quiet-hours-same' | 'invalid';

/** Quiet hours offered when someone first turns them on: the night. */
export const DEFAULT_QUIET_HOURS = { start: '21:00', end: '07:00' } as const;

/** The delays offered (minutes), besides the district's default and the person's own. */
const DELAYS = [5, 15, 30, 60, 120, 240, 1440];

/** The delays to choose from: the usual ones and, if it is none of them, the person's own. */
export function delayChoices(settings: Pick<NotificationSettings, 'notifyAfterMinutes'>): number[] {
  const own = settings.notifyAfterMinutes;
  return own === null || DELAYS.includes(own) ? DELAYS : [...DELAYS, own].sort((a, b) => a - b);
}

/**
 * The form's fields: `channel` (a contact channel), `quiet` (on when quiet hours are wanted),
 * `quietStart` / `quietEnd` (`HH:MM`), `delay` (minutes, or '' for the district's default).
 */
export function choiceFrom(data: FormData): { choice: NotificationChoice } | { problem: FormProblem } {
  const text = (name: string) => {
    const value = data.get(name);
    return typeof value === 'string' ? value.trim() : '';
  };
  let quietHours: NotificationChoice['quietHours'] = null;
  if (text('quiet') === 'on') {
    // A browser's time field may add seconds (`21:00:00`); the contract wants `HH:MM`.
    const start = text('quietStart').slice(0, 5);
    const end = text('quietEnd').slice(0, 5);
    if (!start || !end) return { problem: 'quiet-hours-missing' };
    if (start === end) return { problem: 'quiet-hours-same' };
    quietHours = { start, end };
  }
  const delay = text('delay');
  const parsed = UpdateNotificationSettingsRequest.safeParse({
    contactChannel: text('channel'),
    quietHours,
    notifyAfterMinutes: delay === '' ? null : Number(delay),
  });
  if (!parsed.success) return { problem: 'invalid' };
  return { choice: parsed.data };
}
