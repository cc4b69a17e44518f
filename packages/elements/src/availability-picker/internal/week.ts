// The week the picker shows, on the viewer's own calendar: pure date arithmetic, no DOM.
import type { Booking, Slot } from '@tandem/contract';

export interface Day {
  /** The day's local date, YYYY-MM-DD. */
  key: string;
  date: Date;
  slots: Slot[];
}

/** Local midnight of `at`'s day. */
export const startOfDay = (at: Date): Date => new Date(at.getFullYear(), at.getMonth(), at.getDate());

/** `days` calendar days after `at`'s day, at local midnight (daylight-saving safe). */
export const addDays = (at: Date, days: number): Date => new Date(at.getFullYear(), at.getMonth(), at.getDate() + days);

/** YYYY-MM-DD of `at` on the viewer's own calendar (not UTC's: late evening is still today). */
export const localDate = (at: Date): string =>
  `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;

/** Seven days from `from`, each with its slots (a day without any is kept: the week reads as a week). */
export function weekOf(from: Date, slots: readonly Slot[]): Day[] {
  const days = Array.from({ length: 7 }, (_, i) => {
    const date = addDays(from, i);
    return { key: localDate(date), date, slots: [] as Slot[] };
  });
  for (const slot of slots) days.find((day) => day.key === localDate(new Date(slot.start)))?.slots.push(slot);
  return days;
}

/** The meetings still to come, soonest first. */
export const upcoming = (bookings: readonly Booking[], now: Date): Booking[] =>
  bookings
    .filter((b) => b.status === 'booked' && Date.parse(b.end) > now.getTime())
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || (a.id < b.id ? -1 : 1));

/** Minutes a slot or booking lasts. */
export const minutesOf = (item: { start: string; end: string }): number =>
  Math.round((Date.parse(item.end) - Date.parse(item.start)) / 60_000);

/** What a slot is to this family: bookable, theirs already, full (they may wait), or closed for booking. */
export type SlotState = 'open' | 'mine' | 'full' | 'closed';

export function slotState(slot: Slot, bookings: readonly Booking[]): SlotState {
  if (bookings.some((b) => b.slotId === slot.id && b.status === 'booked')) return 'mine';
  return slot.status;
}
