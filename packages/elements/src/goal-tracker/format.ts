// Dates, numbers and relative days through Intl, in the page's locale.
import { dateTimeFormat, numberFormat, relativeTimeFormat } from '../base/intl.js';

const DAY = 86_400_000;

/** Calendar dates are plain days: read them at noon UTC so no time zone moves them. */
const asDate = (day: string) => new Date(`${day}T12:00:00Z`);

export const daysBetween = (from: string, to: string) =>
  Math.round((asDate(to).getTime() - asDate(from).getTime()) / DAY);

export function formatDay(day: string, locale: string, style: 'long' | 'short' = 'long'): string {
  return dateTimeFormat(locale, {
    timeZone: 'UTC',
    ...(style === 'long' ? { weekday: 'long', month: 'long', day: 'numeric' } : { month: 'short', day: 'numeric' }),
  }).format(asDate(day));
}

/** "in 3 days", "yesterday", "today". */
export function relativeDay(day: string, today: string, locale: string): string {
  return relativeTimeFormat(locale, { numeric: 'auto' }).format(daysBetween(today, day), 'day');
}

export function formatNumber(value: number, locale: string): string {
  return numberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

/** Today's calendar date where the viewer is. */
export function localToday(now = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
