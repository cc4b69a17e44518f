// Dates, relative days, minutes and lists in Tandem's own calendar words (`cal.` strings), for a
// language the browser's Intl has no data for (Chromium lacks km, lo, my, ti, so, ps, ku, ne, ht,
// hmn and has only placeholders for pa; base/intl.ts detects it). Loaded lazily, with that
// language's `cal.` strings, only on such a page. Gregorian calendar; numbers in Latin digits.
import { msg, str } from '@lit/localize';

export { strings } from '../generated/strings/calendar.js';

// Functions, not constants: msg() must run in the active locale. Sunday first, as Date.getDay().
const weekdays = (): string[] => [
  msg('Sunday', { id: 'cal.weekday.0' }),
  msg('Monday', { id: 'cal.weekday.1' }),
  msg('Tuesday', { id: 'cal.weekday.2' }),
  msg('Wednesday', { id: 'cal.weekday.3' }),
  msg('Thursday', { id: 'cal.weekday.4' }),
  msg('Friday', { id: 'cal.weekday.5' }),
  msg('Saturday', { id: 'cal.weekday.6' }),
];
const shortWeekdays = (): string[] => [
  msg('Sun', { id: 'cal.weekdayShort.0' }),
  msg('Mon', { id: 'cal.weekdayShort.1' }),
  msg('Tue', { id: 'cal.weekdayShort.2' }),
  msg('Wed', { id: 'cal.weekdayShort.3' }),
  msg('Thu', { id: 'cal.weekdayShort.4' }),
  msg('Fri', { id: 'cal.weekdayShort.5' }),
  msg('Sat', { id: 'cal.weekdayShort.6' }),
];
const months = (): string[] => [
  msg('January', { id: 'cal.month.1' }),
  msg('February', { id: 'cal.month.2' }),
  msg('March', { id: 'cal.month.3' }),
  msg('April', { id: 'cal.month.4' }),
  msg('May', { id: 'cal.month.5' }),
  msg('June', { id: 'cal.month.6' }),
  msg('July', { id: 'cal.month.7' }),
  msg('August', { id: 'cal.month.8' }),
  msg('September', { id: 'cal.month.9' }),
  msg('October', { id: 'cal.month.10' }),
  msg('November', { id: 'cal.month.11' }),
  msg('December', { id: 'cal.month.12' }),
];
const shortMonths = (): string[] => [
  msg('Jan', { id: 'cal.monthShort.1' }),
  msg('Feb', { id: 'cal.monthShort.2' }),
  msg('Mar', { id: 'cal.monthShort.3' }),
  msg('Apr', { id: 'cal.monthShort.4' }),
  msg('May', { id: 'cal.monthShort.5' }),
  msg('Jun', { id: 'cal.monthShort.6' }),
  msg('Jul', { id: 'cal.monthShort.7' }),
  msg('Aug', { id: 'cal.monthShort.8' }),
  msg('Sep', { id: 'cal.monthShort.9' }),
  msg('Oct', { id: 'cal.monthShort.10' }),
  msg('Nov', { id: 'cal.monthShort.11' }),
  msg('Dec', { id: 'cal.monthShort.12' }),
];

const zones = new Map<string, Intl.DateTimeFormat>();
/** The wall-clock numbers of a moment in a time zone: en-US has data in every browser. */
function wallClock(date: Date | number, timeZone: string | undefined): Record<string, string> {
  const key = timeZone ?? '';
  let zone = zones.get(key);
  if (!zone) {
    zone = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      ...{ year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' },
    });
    zones.set(key, zone);
  }
  return Object.fromEntries(zone.formatToParts(date).map((part) => [part.type, part.value]));
}

/** What `Intl.DateTimeFormat(locale, options).format(date)` says, in the calendar words. */
export function formatDate(date: Date | number, options: Intl.DateTimeFormatOptions): string {
  const { year = '', month = '', day = '', hour = '', minute = '' } = wallClock(date, options.timeZone);
  const dayOfWeek = new Date(Date.UTC(+year, +month - 1, +day)).getUTCDay();
  const weekday = (options.weekday && (options.weekday === 'long' ? weekdays() : shortWeekdays())[dayOfWeek]) || '';
  const name = (options.month && (options.month === 'long' ? months() : shortMonths())[+month - 1]) || '';
  const number = options.day ? String(+day) : '';
  // Token orders, not placeholders: a translation may put the parts in any order.
  const pattern =
    name && number
      ? weekday
        ? msg('{weekday}, {month} {day}', {
            id: 'cal.date.weekdayMonthDay',
            desc: 'Keep the {tokens}; order them as this language writes a date.',
          })
        : msg('{month} {day}', {
            id: 'cal.date.monthDay',
            desc: 'Keep the {tokens}; order them as this language writes a date.',
          })
      : weekday && number
        ? msg('{weekday} {day}', {
            id: 'cal.date.weekdayDay',
            desc: 'Keep the {tokens}; order them as this language writes a date.',
          })
        : '{weekday}{month}{day}';
  const parts: Record<string, string> = { weekday, month: name, day: number };
  const dayText = pattern.replace(/\{(\w+)\}/g, (token, key: string) => parts[key] ?? token);
  if (options.hour === undefined) return dayText;
  // No clock data in the language either: a neutral 24-hour "17:30", not an English "5:30 PM".
  const time = `${hour.padStart(2, '0').replace('24', '00')}:${minute}`;
  return dayText ? msg(str`${dayText}, ${time}`, { id: 'cal.dateTime' }) : time;
}

/** "today", "tomorrow", "in 3 days", "2 days ago" (as `numeric: 'auto'`). */
export function formatDays(days: number): string {
  if (days === 0) return msg('today', { id: 'cal.today' });
  if (days === 1) return msg('tomorrow', { id: 'cal.tomorrow' });
  if (days === -1) return msg('yesterday', { id: 'cal.yesterday' });
  const count = Math.abs(days);
  return days > 0
    ? msg(str`in ${count} days`, { id: 'cal.inDays' })
    : msg(str`${count} days ago`, { id: 'cal.daysAgo' });
}

/** "30 min". */
export const formatMinutes = (count: number): string => msg(str`${count} min`, { id: 'cal.minutes' });

/** "A", "A and B", "A, B and C". */
export function formatList(items: Iterable<string>): string {
  const all = [...items];
  const last = all.pop();
  if (last === undefined) return '';
  if (!all.length) return last;
  const first = all.reduce((list, item) => msg(str`${list}, ${item}`, { id: 'cal.list.middle' }));
  return msg(str`${first} and ${last}`, { id: 'cal.list.end' });
}
