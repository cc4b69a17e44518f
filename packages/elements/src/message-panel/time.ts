// Clock times and days for the message panel, through Intl, in the viewer's locale.
import { dateTimeFormat } from '../base/intl.js';

/** "HH:MM" where a person is, now. */
export function clockIn(timeZone: string, now = new Date()): string {
  // English, whose data every page has loaded already (another locale's first use costs a cold page).
  return dateTimeFormat('en', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(now);
}

/** Whether a wall-clock time falls in a range that may wrap past midnight (17:00–07:30). */
export function inRange(clock: string, range: { start: string; end: string }): boolean {
  return range.start <= range.end
    ? clock >= range.start && clock < range.end
    : clock >= range.start || clock < range.end;
}

/** "17:00" → "5:00 PM" (or "17:00") in the viewer's locale, as a wall-clock time. */
export function formatClock(clock: string, locale: string): string {
  const [hours, minutes] = clock.split(':').map(Number);
  return dateTimeFormat(locale, { timeZone: 'UTC', hour: 'numeric', minute: '2-digit' }).format(
    Date.UTC(2000, 0, 1, hours, minutes),
  );
}

/** A moment as the viewer reads it: "5:42 PM", or with the weekday when not today. */
export function formatMoment(iso: string, locale: string, now = new Date()): string {
  const at = new Date(iso);
  const sameDay = at.toDateString() === now.toDateString();
  return dateTimeFormat(locale, {
    hour: 'numeric',
    minute: '2-digit',
    ...(sameDay ? {} : { weekday: 'short' }),
  }).format(at);
}

/** The viewer's calendar day of a moment, as a key ("2026-11-23") and a heading ("Monday, November 23"). */
export function dayOf(iso: string): string {
  const at = new Date(iso);
  return `${at.getFullYear()}-${at.getMonth() + 1}-${at.getDate()}`;
}

export function formatDayHeading(iso: string, locale: string): string {
  return dateTimeFormat(locale, { weekday: 'long', month: 'long', day: 'numeric' }).format(new Date(iso));
}
