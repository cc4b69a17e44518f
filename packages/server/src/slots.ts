// Slots are derived from an educator's offers, in the educator's time zone: a slot at 16:00
// on a weekly Tuesday offer is 16:00 on every Tuesday's clock, across daylight-saving
// changes. A slot's id names its offer and its start, so it needs no row until it is booked.
import type { availabilityOffers } from './db/schema.js';
import { instantAt, toMinutes, wallClock } from './zoned-time.js';

export type OfferRow = typeof availabilityOffers.$inferSelect;

const DAY = 86_400_000;
const stamp = (at: Date) => at.toISOString().replace(/[-:]/g, '').slice(0, 13) + 'Z'; // 20261124T1500Z

export const slotIdOf = (offerId: string, start: Date): string => `slot_${offerId}_${stamp(start)}`;

/** The offer and start a slot id names; null for anything that is not a slot id. */
export function parseSlotId(id: string): { offerId: string; start: Date } | null {
  const match = /^slot_(.+)_(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})Z$/.exec(id);
  if (!match) return null;
  const [, offerId, y, mo, d, h, mi] = match;
  const start = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi)));
  // Date.UTC rolls 2026-13-99 over into another day: such a name is no slot's.
  if (!offerId || Number.isNaN(start.getTime()) || slotIdOf(offerId, start) !== id) return null;
  return { offerId, start };
}

/** ISO weekday (1 Monday … 7 Sunday) of a calendar date. */
const weekdayOf = (y: number, m: number, d: number) => ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1;
const dateKey = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** The slots of an offer that start in [from, to), earliest first; at most `max` of them. */
export function slotsOf(offer: OfferRow, from: Date, to: Date, max = Infinity): { start: Date; end: Date }[] {
  const first = wallClock(new Date(from.getTime() - DAY), offer.timeZone);
  const last = wallClock(new Date(to.getTime() + DAY), offer.timeZone);
  const open = toMinutes(offer.startTime);
  const close = toMinutes(offer.endTime);
  const step = offer.durationMinutes + offer.bufferMinutes;
  const found: { start: Date; end: Date }[] = [];
  // Calendar days in the offer's zone, from the day before `from` to the day after `to`.
  for (
    let day = Date.UTC(first.year, first.month - 1, first.day);
    day <= Date.UTC(last.year, last.month - 1, last.day);
    day += DAY
  ) {
    const date = new Date(day);
    const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    const key = dateKey(y, m, d);
    if (key < offer.startDate || (offer.endDate !== null && key > offer.endDate)) continue;
    if (offer.recurrence === 'weekly' && !offer.weekdays.includes(weekdayOf(y, m, d))) continue;
    // The zone's offset, read at the day's first and last slot: the same for both (nearly every
    // day) means one offset for all, so a day costs two lookups rather than one per slot.
    const offsetAt = (minute: number) =>
      instantAt(y, m, d, minute, offer.timeZone).getTime() - Date.UTC(y, m - 1, d, 0, minute);
    const offset = offsetAt(open);
    const steady = offset === offsetAt(Math.max(open, close - offer.durationMinutes));
    for (let minute = open; minute + offer.durationMinutes <= close; minute += step) {
      const start = steady
        ? new Date(Date.UTC(y, m - 1, d, 0, minute) + offset)
        : instantAt(y, m, d, minute, offer.timeZone);
      if (start < from || start >= to) continue;
      found.push({ start, end: new Date(start.getTime() + offer.durationMinutes * 60_000) });
      if (found.length >= max) return found;
    }
  }
  return found;
}

/** Whether a slot can still be taken: seats left, before its cut-off, inside the booking window. */
export function isBookable(offer: OfferRow, start: Date, booked: number, now = new Date()): boolean {
  return slotStatus(offer, start, booked, now) === 'open';
}

/** open: bookable; full: every seat taken (a family may wait); closed: inside the cut-off or beyond the window. */
export function slotStatus(offer: OfferRow, start: Date, booked: number, now = new Date()): 'open' | 'full' | 'closed' {
  const inTime =
    start.getTime() - offer.cutoffHours * 3_600_000 > now.getTime() &&
    start.getTime() <= now.getTime() + offer.bookingWindowDays * DAY;
  if (!inTime) return 'closed';
  return booked < offer.capacity ? 'open' : 'full';
}
