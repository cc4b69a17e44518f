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
import type {
  AvailabilityOffer,
  Booking,
  CancelBookingRequest,
  CreateBookingRequest,
  CreateOfferRequest,
  FamilyWindows,
  JoinWaitlistRequest,
  Page,
  PutFamilyWindowsRequest,
  RescheduleBookingRequest,
  SchedulingEvent,
  StudentEducator,
  StudentFamilyWindows,
  WaitlistEntry,
  PageQuery,
  Slot,
} from '@tandem/contract';
import type { CallOptions, TandemClient } from '../client.js';

/**
 * An educator's slots starting between two instants (at most 62 days apart), earliest first, a
 * page at a time (up to 500; walk them with `paginate`).
 */
export const listSlots = (
  client: TandemClient,
  input: { educatorId: string; from: Date | string; to: Date | string; limit?: number; cursor?: string },
  options?: CallOptions,
): Promise<Page<Slot>> =>
  client.request(
    listSlotsRoute,
    {
      params: { educatorId: input.educatorId },
      query: {
        from: new Date(input.from).toISOString(),
        to: new Date(input.to).toISOString(),
        ...(input.limit !== undefined ? { limit: input.limit } : {}),
        ...(input.cursor !== undefined ? { cursor: input.cursor } : {}),
      },
    },
    options,
  );

/** An educator offers meeting times (one day, or weekly). */
export const createOffer = (
  client: TandemClient,
  params: { educatorId: string },
  body: CreateOfferRequest,
  options?: CallOptions,
): Promise<AvailabilityOffer> => client.request(createOfferRoute, { params, body }, options);

/**
 * A family books a slot for their child. A full slot rejects with a `conflict` error: fetch
 * the slots again and pick another.
 */
export const book = (
  client: TandemClient,
  params: { slotId: string },
  body: CreateBookingRequest,
  options?: CallOptions,
): Promise<Booking> => client.request(createBookingRoute, { params, body }, options);

export const listBookings = (
  client: TandemClient,
  input: { studentId: string } & PageQuery,
  options?: CallOptions,
): Promise<Page<Booking>> =>
  client.request(
    listStudentBookingsRoute,
    { params: { studentId: input.studentId }, query: { limit: input.limit, cursor: input.cursor } },
    options,
  );

export const getBooking = (
  client: TandemClient,
  params: { bookingId: string },
  options?: CallOptions,
): Promise<Booking> => client.request(getBookingRoute, { params }, options);

export const cancel = (
  client: TandemClient,
  params: { bookingId: string },
  body: CancelBookingRequest = {},
  options?: CallOptions,
): Promise<Booking> => client.request(cancelBookingRoute, { params, body }, options);

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
export const reschedule = (
  client: TandemClient,
  params: { bookingId: string },
  body: RescheduleBookingRequest,
  options?: CallOptions,
): Promise<Booking> => client.request(rescheduleBookingRoute, { params, body }, options);

/** Every booking, cancellation and reschedule for a student, oldest first. */
export const schedulingRecord = (
  client: TandemClient,
  params: { studentId: string },
  options?: CallOptions,
): Promise<{ items: SchedulingEvent[] }> => client.request(getSchedulingRecordRoute, { params }, options);

/** The times that usually work for the signed-in person. */
export const myWindows = (client: TandemClient, options?: CallOptions): Promise<FamilyWindows> =>
  client.request(getMyWindowsRoute, {}, options);

/** Replaces the signed-in person's usual free times. */
export const setMyWindows = (
  client: TandemClient,
  body: PutFamilyWindowsRequest,
  options?: CallOptions,
): Promise<FamilyWindows> => client.request(putMyWindowsRoute, { body }, options);

/** For educators: a student's families' usual free times, and which of the viewer's slots fit them. */
export const familyWindows = (
  client: TandemClient,
  params: { studentId: string },
  options?: CallOptions,
): Promise<StudentFamilyWindows> => client.request(listStudentFamilyWindowsRoute, { params }, options);

/** Waits for a full slot: the family is booked into it, in order, when a seat frees up. */
export const joinWaitlist = (
  client: TandemClient,
  params: { slotId: string },
  body: JoinWaitlistRequest,
  options?: CallOptions,
): Promise<WaitlistEntry> => client.request(joinWaitlistRoute, { params, body }, options);

/** A student's educators (whom the family can meet). */
export const educators = (
  client: TandemClient,
  params: { studentId: string },
  options?: CallOptions,
): Promise<{ items: StudentEducator[] }> => client.request(listStudentEducatorsRoute, { params }, options);
