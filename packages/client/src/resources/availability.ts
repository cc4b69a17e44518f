import {
  cancelBooking as cancelBookingRoute,
  createBooking as createBookingRoute,
  createOffer as createOfferRoute,
  getBooking as getBookingRoute,
  getBookingIcs as getBookingIcsRoute,
  listSlots as listSlotsRoute,
  listStudentBookings as listStudentBookingsRoute,
  rescheduleBooking as rescheduleBookingRoute,
  joinWaitlist as joinWaitlistRoute,
  listStudentEducators as listStudentEducatorsRoute,
  getSchedulingRecord as getSchedulingRecordRoute,
  getMyWindows as getMyWindowsRoute,
  putMyWindows as putMyWindowsRoute,
  listStudentFamilyWindows as listStudentFamilyWindowsRoute,
} from '@tandem/contract';
import type { CallOptions, TandemClient } from '../client.js';
import { bind, type BoundInput } from '../bind.js';

const listSlotsBound = bind(listSlotsRoute);

/**
 * An educator's slots starting between two instants (at most 62 days apart), earliest first, a
 * page at a time (up to 500; walk them with `paginate`). `from` and `to` may be Dates.
 */
export const listSlots = (
  client: TandemClient,
  input: Omit<BoundInput<'listSlots'>, 'from' | 'to'> & { from: Date | string; to: Date | string },
  options?: CallOptions,
) =>
  listSlotsBound(
    client,
    { ...input, from: new Date(input.from).toISOString(), to: new Date(input.to).toISOString() },
    options,
  );

/** An educator offers meeting times (one day, or weekly). */
export const createOffer = bind(createOfferRoute);

/**
 * A family books a slot for their child. A full slot rejects with a `conflict` error: fetch
 * the slots again and pick another.
 */
export const book = bind(createBookingRoute);

/** A student's bookings, a page at a time. */
export const listBookings = bind(listStudentBookingsRoute);

/** One booking. */
export const getBooking = bind(getBookingRoute);

/** Cancels a booking (the body, with a reason, is optional); the seat is freed. */
export const cancel = bind(cancelBookingRoute);

/** The booking as an iCalendar file (text/calendar), for "Add to calendar". */
export async function calendarFile(
  client: TandemClient,
  params: { bookingId: string },
  options?: CallOptions,
): Promise<string> {
  const response = await client.open(getBookingIcsRoute, { params }, options); // throws typed errors
  return response.text();
}

/** Moves a booking to another slot in one step (the old seat is freed only if the new one is taken). */
export const reschedule = bind(rescheduleBookingRoute);

/** Every booking, cancellation and reschedule for a student, oldest first. */
export const schedulingRecord = bind(getSchedulingRecordRoute);

/** The times that usually work for the signed-in person. */
export const myWindows = bind(getMyWindowsRoute);

/** Replaces the signed-in person's usual free times. */
export const setMyWindows = bind(putMyWindowsRoute);

/** For educators: a student's families' usual free times, and which of the viewer's slots fit them. */
export const familyWindows = bind(listStudentFamilyWindowsRoute);

/** Waits for a full slot: the family is booked into it, in order, when a seat frees up. */
export const joinWaitlist = bind(joinWaitlistRoute);

/** A student's educators (whom the family can meet). */
export const educators = bind(listStudentEducatorsRoute);
