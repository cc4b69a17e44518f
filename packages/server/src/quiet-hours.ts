// Quiet hours: wall-clock times in a person's time zone, possibly across midnight
// ("17:00"–"07:30"). Correct across daylight-saving changes: times are resolved with Intl.

import { instantAt, toMinutes, wallClock } from './zoned-time.js';

const MINUTE = 60_000;

/** When quiet hours end, if `at` falls within them; otherwise null. */
export function quietUntil(at: Date, quiet: { start: string; end: string }, timeZone: string): Date | null {
  const start = toMinutes(quiet.start);
  const end = toMinutes(quiet.end);
  if (start === end) return null;
  const now = wallClock(at, timeZone);
  const overnight = start > end;
  const inside = overnight ? now.minutes >= start || now.minutes < end : now.minutes >= start && now.minutes < end;
  if (!inside) return null;
  // The end is today, unless we are in the evening part of an overnight window.
  const tomorrow = overnight && now.minutes >= start;
  const base = new Date(Date.UTC(now.year, now.month - 1, now.day + (tomorrow ? 1 : 0)));
  const until = instantAt(base.getUTCFullYear(), base.getUTCMonth() + 1, base.getUTCDate(), end, timeZone);
  return until.getTime() > at.getTime() ? until : new Date(at.getTime() + MINUTE);
}
