// The picker's data: who can be met, the week of their times, the student's meetings and the
// families' usual free times; and what a family or an educator does with them. No DOM: tested
// in Node against the real server (controller.node.test.ts).
import { availability, paginate, TandemError, type TandemClient } from '@tandem/client';
import {
  problemTypes,
  type Booking,
  type CreateBookingRequest,
  type CreateOfferRequest,
  type FamilyWindows,
  type PutFamilyWindowsRequest,
  type Slot,
  type StudentEducator,
  type StudentFamilyWindows,
} from '@tandem/contract';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { StudentLoader, type StudentLoad } from '../../base/student-loader.js';
import { isAbort, kindOf } from '../../base/tandem-element.js';
import { Originals } from '../../base/translated-text.js';
import { addDays, startOfDay, upcoming } from './week.js';

/** What went wrong with a command, for the view to put in words. */
export type Problem =
  | { kind: 'taken' } // someone else was quicker
  | { kind: 'booking-limit' } // the household already has as many meetings of these times as allowed
  | { kind: 'waitlist-conflict' }
  | { kind: 'windows-order' }
  | { kind: 'failed'; failure: string | undefined; saving: boolean };

/** What went right, for the view to announce. */
export type Notice = 'booked' | 'cancelled' | 'waiting' | 'windows-saved' | 'offered';

export type Operation = 'load' | 'book' | 'cancel' | 'waitlist' | 'windows' | 'offer' | 'calendar';

export interface PickerOptions {
  client(): TandemClient | null;
  studentId(): string | null;
  /** Whom to meet, when the host says. */
  educatorId(): string | null;
  /** The clock (tests inject theirs). */
  now?(): Date;
  booked?(booking: Booking): void;
  cancelled?(booking: Booking): void;
  /** Every failure of a load or a command (not cancelled ones), with what was being done. */
  failed?(error: unknown, operation: Operation): void;
}

export class PickerController implements ReactiveController {
  readonly loader: StudentLoader;
  /** Which places and notes (by a key of the view's) show their original. */
  readonly originals: Originals;
  #educators: StudentEducator[] = [];
  #slots: Slot[] = [];
  #bookings: Booking[] = [];
  #windows: FamilyWindows | null = null;
  #familyWindows: StudentFamilyWindows['items'] = [];
  #from: Date;
  #busy: Operation | null = null;
  #notice: Notice | null = null;
  #problem: Problem | null = null;
  #confirmed: Booking | null = null;
  #waitFor: Slot | null = null;
  /** The week's own requests (a move to another week), ended with the load or the next move. */
  #week: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PickerOptions,
  ) {
    this.#from = startOfDay(this.#now());
    this.originals = new Originals(host);
    this.loader = new StudentLoader<never>(host, {
      client: options.client,
      studentId: options.studentId,
      dependsOn: () => [options.educatorId()],
      load: (input) => this.#load(input),
      failed: (error) => options.failed?.(error, 'load'),
    });
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#week?.abort();
  }

  get educators(): readonly StudentEducator[] {
    return this.#educators;
  }
  /** The one asked for, the educator looking at their own times, or the student's first educator. */
  get educator(): StudentEducator | undefined {
    const find = (id: string | null | undefined) => this.#educators.find((e) => e.id === id);
    return find(this.options.educatorId()) ?? find(this.loader.viewer?.person.id) ?? this.#educators[0];
  }
  get isFamily(): boolean {
    return this.loader.student?.relationship.role === 'guardian';
  }
  /** An educator looking at their own times: they may offer more. */
  get ownsTimes(): boolean {
    return !!this.educator && this.educator.id === this.loader.viewer?.person.id;
  }
  get slots(): readonly Slot[] {
    return this.#slots;
  }
  /** The student's meetings still to come, soonest first. */
  get bookings(): readonly Booking[] {
    return this.#bookings;
  }
  get windows(): FamilyWindows | null {
    return this.#windows;
  }
  get familyWindows(): StudentFamilyWindows['items'] {
    return this.#familyWindows;
  }
  /** First day shown (local midnight). */
  get from(): Date {
    return this.#from;
  }
  get canGoBack(): boolean {
    return this.#from > startOfDay(this.#now());
  }
  get busy(): Operation | null {
    return this.#busy;
  }
  get notice(): Notice | null {
    return this.#notice;
  }
  get problem(): Problem | null {
    return this.#problem;
  }
  get confirmed(): Booking | null {
    return this.#confirmed;
  }
  /** A full slot the family may wait for. */
  get waitFor(): Slot | null {
    return this.#waitFor;
  }
  get today(): Date {
    return this.#now();
  }

  #now(): Date {
    return this.options.now?.() ?? new Date();
  }

  async #load({ client, studentId, signal, people }: StudentLoad): Promise<void> {
    this.#week?.abort();
    const [educators, { student }] = await Promise.all([
      availability.educators(client, { studentId }, { signal }),
      people,
    ]);
    // The people are shared reads, not cancelled with this load: a newer one may have shown its own.
    if (signal.aborted) return;
    this.#educators = educators.items;
    const family = student.relationship.role === 'guardian';
    // A family's own free times are read when they open that form (most never do), and again
    // with each load once they have; the school's view shows the families' times at once.
    const [week, windows] = await Promise.all([
      this.#fetchWeek(client, studentId, signal),
      family
        ? this.#windows && availability.myWindows(client, { signal })
        : availability.familyWindows(client, { studentId }, { signal }),
    ]);
    if (signal.aborted) return;
    this.#setWeek(week);
    if (family) this.#windows = windows as FamilyWindows | null;
    else this.#familyWindows = (windows as StudentFamilyWindows).items;
  }

  /** The family opened "tell us when you can": their saved free times, read once. */
  async openWindows(): Promise<void> {
    const client = this.options.client();
    const { signal } = this.loader;
    if (this.#windows || !this.isFamily || !client) return;
    try {
      const read = await availability.myWindows(client, signal ? { signal } : {});
      this.#windows ??= read; // a save that answered first is newer
    } catch (error) {
      if (isAbort(error)) return;
      this.#problem = problemOf(error, 'windows');
      this.options.failed?.(error, 'windows');
    }
    this.host.requestUpdate();
  }

  async #fetchWeek(client: TandemClient, studentId: string, signal: AbortSignal) {
    const educatorId = this.educator?.id;
    const to = addDays(this.#from, 7);
    const slots: Slot[] = [];
    if (educatorId) {
      const pages = paginate((cursor) =>
        availability.listSlots(client, { educatorId, from: this.#from, to, ...(cursor ? { cursor } : {}) }, { signal }),
      );
      for await (const slot of pages) slots.push(slot);
    }
    const bookings = await availability.listBookings(client, { studentId, limit: 50 }, { signal });
    return { slots, bookings: bookings.items };
  }

  #setWeek(week: { slots: Slot[]; bookings: Booking[] }) {
    this.#slots = week.slots;
    this.#bookings = upcoming(week.bookings, this.#now());
    this.host.requestUpdate();
  }

  /** Reads the week again, cancelling a read under way; ends with the load's signal too. */
  async #refresh(): Promise<void> {
    const client = this.options.client();
    const studentId = this.options.studentId();
    if (!client || !studentId) return;
    this.#week?.abort();
    const week = new AbortController();
    this.#week = week;
    this.loader.signal?.addEventListener('abort', () => week.abort(), { once: true });
    const found = await this.#fetchWeek(client, studentId, week.signal);
    if (!week.signal.aborted) this.#setWeek(found);
  }

  /** Shows the week `weeks` away (never before this one). */
  async moveWeek(weeks: number): Promise<void> {
    const next = addDays(this.#from, weeks * 7);
    if (next < startOfDay(this.#now())) return;
    this.#from = next;
    this.#waitFor = null;
    this.host.requestUpdate();
    await this.#run('load', () => this.#refresh());
  }

  /** A family picked a time: nothing to do for a bookable one (the form opens), an offer to wait for a full one. */
  consider(slot: Slot | null): void {
    // A full time can be waited for, unless it is the family's own meeting.
    const mine = !!slot && this.#bookings.some((b) => b.slotId === slot.id);
    this.#waitFor = slot?.status === 'full' && !mine ? slot : null;
    if (slot) {
      this.#problem = null;
      this.#confirmed = null;
    }
    this.host.requestUpdate();
  }

  async book(slot: Slot, request: CreateBookingRequest): Promise<Booking | undefined> {
    return this.#run('book', async (client) => {
      const booking = await availability.book(client, { slotId: slot.id }, request);
      this.#confirmed = booking;
      this.#notice = 'booked';
      this.options.booked?.(booking);
      await this.#refresh().catch(() => undefined); // booked either way; the list refreshes next time
      return booking;
    });
  }

  async cancel(booking: Booking): Promise<void> {
    await this.#run('cancel', async (client) => {
      await availability.cancel(client, { bookingId: booking.id });
      if (this.#confirmed?.id === booking.id) this.#confirmed = null;
      this.#notice = 'cancelled';
      this.options.cancelled?.(booking);
      await this.#refresh();
    });
  }

  async joinWaitlist(slot: Slot, request: Parameters<typeof availability.joinWaitlist>[2]): Promise<void> {
    await this.#run('waitlist', async (client) => {
      await availability.joinWaitlist(client, { slotId: slot.id }, request);
      this.#waitFor = null;
      this.#notice = 'waiting';
    });
  }

  /** Saves the family's usual free times; null (the end is not after the start) says so instead. */
  async saveWindows(request: PutFamilyWindowsRequest | null): Promise<void> {
    if (!request) {
      this.#problem = { kind: 'windows-order' };
      this.host.requestUpdate();
      return;
    }
    await this.#run('windows', async (client) => {
      this.#windows = await availability.setMyWindows(client, request);
      this.#notice = 'windows-saved';
    });
  }

  async offer(request: CreateOfferRequest): Promise<void> {
    const educator = this.educator;
    if (!educator) return;
    await this.#run('offer', async (client) => {
      await availability.createOffer(client, { educatorId: educator.id }, request);
      this.#notice = 'offered';
      await this.#refresh();
    });
  }

  /** The booking's iCalendar text. */
  async calendarFile(booking: Booking): Promise<string | undefined> {
    return this.#run('calendar', (client) => availability.calendarFile(client, { bookingId: booking.id }));
  }

  /**
   * The one path every command takes: busy while it runs, the problem in words when it fails
   * (and fresh times when the failure means the week changed), the host told of the failure.
   */
  async #run<T>(operation: Operation, command: (client: TandemClient) => Promise<T>): Promise<T | undefined> {
    const client = this.options.client();
    // One command at a time; moving between weeks is a read, and a later one replaces an earlier.
    const read = operation === 'load';
    if (!client || (this.#busy && !read)) return undefined;
    if (!read) this.#busy = operation;
    this.#problem = null;
    this.#notice = null;
    this.host.requestUpdate();
    try {
      return await command(client);
    } catch (error) {
      if (isAbort(error)) return undefined;
      this.#problem = problemOf(error, operation);
      if (operation === 'waitlist') this.#waitFor = null;
      this.options.failed?.(error, operation);
      if (this.#problem.kind !== 'failed') await this.#refresh().catch(() => undefined); // the week changed
      return undefined;
    } finally {
      if (!read) this.#busy = null;
      this.host.requestUpdate();
    }
  }
}

function problemOf(error: unknown, operation: Operation): Problem {
  const type = error instanceof TandemError ? error.problem?.type : undefined;
  if (type === problemTypes.bookingLimit) return { kind: 'booking-limit' };
  if (kindOf(error) === 'conflict' && operation === 'book') return { kind: 'taken' };
  if (kindOf(error) === 'conflict' && operation === 'waitlist') return { kind: 'waitlist-conflict' };
  return { kind: 'failed', failure: kindOf(error), saving: operation !== 'load' && operation !== 'calendar' };
}
