import { msg, str } from '@lit/localize';
import { availability, me, paginate, students, type TandemClient } from '@tandem/client';
import type { Booking, FamilyWindow, Modality, Slot, Student, StudentEducator } from '@tandem/contract';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { TandemBookingCancelledEvent, TandemBookingCreatedEvent } from '../base/events.js';
import { baseLanguage, dateTimeFormat, languageName, viewerTimeZone } from '../base/intl.js';
import { StudentWidget } from '../base/student-widget.js';
import { isAbort, kindOf } from '../base/tandem-element.js';
import { tokens } from '../base/tokens.js';
import { styles } from './availability-picker.styles.js';
import { failureMessage, modalityLabel, needsSummary, weekdayName } from './labels.js';

interface Day {
  key: string;
  label: string;
  slots: Slot[];
}

const DAY = 86_400_000;
/** Midnight today where the viewer is. */
const startOfToday = () => {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate());
};

/**
 * Meeting times with a child's educator, for families to book and educators to offer. A week
 * of slots in the viewer's time zone (an ARIA grid: a row per day, arrow keys follow reading
 * direction), a booking form that asks how to meet and what the family needs (an interpreter
 * in their language, child care, transport, a note), a confirmation with *Add to calendar*,
 * and fresh times when someone else took the slot first. Families can say which times usually
 * work for them; educators see bookings with their needs and publish new times.
 *
 * Form-associated: inside a `<form>`, its value is the chosen slot id under its `name`.
 *
 * @tagname tandem-availability-picker
 * @summary Book a meeting with a child's educator; educators offer times.
 *
 * @event tandem-booking-created - A family booked a slot. `detail: { studentId, bookingId, slotId }`.
 * @event tandem-booking-cancelled - A booking was cancelled. `detail: { studentId, bookingId }`.
 * @event tandem-error - Loading or saving failed. `detail: { kind, operation, requestId? }`.
 *
 * @csspart base - The wrapper of everything, carrying the locale's direction.
 * @csspart grid - The week of slots.
 * @csspart slot - One slot.
 * @csspart form - The booking, free-times and offer forms.
 * @csspart button - Every button.
 * @csspart primary-button - The main action of a form.
 *
 * @cssproperty --tandem-sys-color-primary - Chosen slot, primary buttons, focus ring.
 */
export class TandemAvailabilityPicker extends StudentWidget {
  static formAssociated = true;
  static override styles = [tokens, styles];
  static override translationPart = 'availability-picker' as const;

  static override properties = {
    ...StudentWidget.properties,
    educatorId: { attribute: 'educator-id', reflect: true },
    name: { reflect: true },
    value: {},
    _educators: { state: true },
    _slots: { state: true },
    _bookings: { state: true },
    _from: { state: true },
    _focus: { state: true },
    _saving: { state: true },
    _notice: { state: true },
    _problem: { state: true },
    _confirmed: { state: true },
    _waitFor: { state: true },
    _windows: { state: true },
    _familyWindows: { state: true },
  };

  /** Whom to meet; without it, the student's first educator (a picker switches). */
  declare educatorId: string | null;
  /** The form field name of the chosen slot id, inside a host's `<form>`. */
  declare name: string | null;
  /** The chosen slot id ('' when none). */
  declare value: string;

  declare _educators: StudentEducator[];
  declare _slots: Slot[];
  declare _bookings: Booking[];
  /** First day shown (midnight, viewer's time). */
  declare _from: Date;
  /** The grid cell that takes focus: day row and slot column. */
  declare _focus: { row: number; col: number };
  declare _saving: boolean;
  declare _notice: string;
  declare _problem: string;
  declare _confirmed: Booking | null;
  /** A taken slot the family may wait for. */
  declare _waitFor: Slot | null;
  declare _windows: { timeZone: string; windows: FamilyWindow[] } | null;
  declare _familyWindows: { displayName: string; windows: FamilyWindow[]; matchingSlotIds: string[] }[];

  readonly #internals: ElementInternals | undefined;
  #student: Student | null = null;
  #language = 'en';
  #viewerId = '';

  constructor() {
    super();
    this.#internals = typeof this.attachInternals === 'function' ? this.attachInternals() : undefined;
    this.educatorId = null;
    this.name = null;
    this.value = '';
    this._educators = [];
    this._slots = [];
    this._bookings = [];
    this._from = startOfToday();
    this._focus = { row: 0, col: 0 };
    this._saving = false;
    this._notice = '';
    this._problem = '';
    this._confirmed = null;
    this._waitFor = null;
    this._windows = null;
    this._familyWindows = [];
  }

  protected override reloadsOn(changed: PropertyValues<this>): boolean {
    return changed.has('educatorId');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('value')) this.#internals?.setFormValue(this.value || null);
  }

  /** Resets the choice when the host form resets. */
  formResetCallback(): void {
    this.value = '';
  }

  get #isFamily(): boolean {
    return this.#student?.relationship.role === 'guardian';
  }

  get #educator(): StudentEducator | undefined {
    // The one asked for; an educator's own times; or the student's first educator.
    const find = (id: string | null) => this._educators.find((e) => e.id === id);
    return find(this.educatorId) ?? find(this.#viewerId) ?? this._educators[0];
  }

  /** The student, their educators, a week of slots, the bookings, and free times. */
  protected override async load(client: TandemClient, studentId: string, signal: AbortSignal): Promise<void> {
    const [viewer, student, educators] = await Promise.all([
      me.get(client, { signal }),
      students.get(client, { studentId }, { signal }),
      availability.educators(client, { studentId }, { signal }),
    ]);
    this.#student = student;
    this.#language = viewer.person.preferredLanguage;
    this.#viewerId = viewer.person.id;
    this._educators = educators.items;
    await this.#loadWeek(signal);
    if (student.relationship.role === 'guardian') {
      this._windows = await availability.myWindows(client, { signal });
    } else {
      this._familyWindows = (await availability.familyWindows(client, { studentId }, { signal })).items;
    }
  }

  async #loadWeek(signal = this.signal) {
    const client = this.activeClient;
    const educator = this.#educator;
    if (!client || !this.studentId) return;
    const to = new Date(this._from.getTime() + 7 * DAY);
    const weekOf = async (educatorId: string) => {
      const found: Slot[] = [];
      const pages = paginate((cursor) =>
        availability.listSlots(client, { educatorId, from: this._from, to, ...(cursor ? { cursor } : {}) }, { signal }),
      );
      for await (const slot of pages) found.push(slot);
      return found;
    };
    const [slots, bookings] = await Promise.all([
      educator ? weekOf(educator.id) : [],
      availability.listBookings(client, { studentId: this.studentId, limit: 50 }, { signal }),
    ]);
    this._slots = slots;
    this._bookings = bookings.items.filter((b) => b.status === 'booked' && Date.parse(b.end) > Date.now());
    this._focus = { row: 0, col: 0 };
  }

  /** The week's days in the viewer's time zone, each with its slots. */
  #days(): Day[] {
    const days: Day[] = [];
    const dayLabel = dateTimeFormat(this.locale, { weekday: 'long', month: 'long', day: 'numeric' });
    for (let i = 0; i < 7; i++) {
      const date = new Date(this._from.getFullYear(), this._from.getMonth(), this._from.getDate() + i);
      const key = date.toDateString();
      days.push({ key, label: dayLabel.format(date), slots: [] });
    }
    for (const slot of this._slots) days.find((d) => d.key === new Date(slot.start).toDateString())?.slots.push(slot);
    return days.filter((d) => d.slots.length);
  }

  #time(iso: string) {
    return dateTimeFormat(this.locale, { hour: 'numeric', minute: '2-digit' }).format(new Date(iso));
  }

  #when(iso: string) {
    return dateTimeFormat(this.locale, {
      weekday: 'long',
      month: 'long',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
    }).format(new Date(iso));
  }

  protected override render(): TemplateResult {
    return html`<div part="base" class="base" dir=${this.direction} lang=${this.locale}>
      <p class="notice" role="status">${this._notice}</p>
      ${this.#renderBody()}
    </div>`;
  }

  #renderBody() {
    const loading = this.renderLoadState(
      msg('Loading times…', { id: 'ap.loading' }),
      (kind) => failureMessage(kind),
      msg('Try again', { id: 'ap.retry' }),
    );
    if (loading) return loading;
    return this.#isFamily ? this.#renderFamily() : this.#renderSchool();
  }

  #renderHeading() {
    const educator = this.#educator;
    const name = educator?.displayName ?? '';
    return html`<div class="header">
      <h2 class="title">
        ${
          this.#isFamily
            ? msg(str`Pick a time to meet with ${name}`, { id: 'ap.titleFamily' })
            : msg(str`Meeting times: ${name}`, { id: 'ap.titleSchool' })
        }
      </h2>
      ${
        this._educators.length > 1
          ? html`<label class="inline">
              <span>${msg('Meet with', { id: 'ap.meetWith' })}</span>
              <select
                @change=${(e: Event) => {
                  this.educatorId = (e.target as HTMLSelectElement).value;
                }}
              >
                ${this._educators.map(
                  (e) => html`<option value=${e.id} ?selected=${e.id === educator?.id}>${e.displayName}</option>`,
                )}
              </select>
            </label>`
          : nothing
      }
      ${this.#renderZoneNote(educator)}
    </div>`;
  }

  #renderZoneNote(educator: StudentEducator | undefined) {
    const mine = viewerTimeZone();
    if (!educator || educator.timeZone === mine) return nothing;
    const zone = (tz: string) => tz.split('/').pop()?.replace(/_/g, ' ') ?? tz;
    return html`<p class="muted">
      ${msg(
        str`Times are in your time zone (${zone(mine)}). ${educator.displayName} is in ${zone(educator.timeZone)}.`,
        {
          id: 'ap.zoneNote',
        },
      )}
    </p>`;
  }

  #renderFamily() {
    return html`${this.#renderHeading()} ${this._confirmed ? this.#renderConfirmation(this._confirmed) : nothing}
    ${this._problem ? html`<p class="problem" role="alert">${this._problem}</p>` : nothing} ${this.#renderWeek()}
    ${this.value && !this._confirmed ? this.#renderBookingForm() : nothing}
    ${this._waitFor ? this.#renderWaitlistOffer(this._waitFor) : nothing} ${this.#renderBookings()}
    ${this.#renderWindowsEditor()}`;
  }

  #renderWeekNav() {
    const last = new Date(this._from.getTime() + 6 * DAY);
    const range = dateTimeFormat(this.locale, { month: 'short', day: 'numeric' });
    const move = async (days: number) => {
      const next = new Date(this._from.getFullYear(), this._from.getMonth(), this._from.getDate() + days);
      if (next < startOfToday()) return;
      this._from = next;
      this.value = '';
      try {
        await this.#loadWeek();
      } catch (error) {
        if (isAbort(error)) return;
        this._problem = failureMessage(kindOf(error));
        this.reportError(error, 'load');
      }
    };
    return html`<div class="week-nav">
      <button part="button" type="button" ?disabled=${this._from <= startOfToday()} @click=${() => move(-7)}>
        ${msg('Earlier week', { id: 'ap.prevWeek' })}
      </button>
      <span>${range.format(this._from)} – ${range.format(last)}</span>
      <button part="button" type="button" @click=${() => move(7)}>${msg('Next week', { id: 'ap.nextWeek' })}</button>
    </div>`;
  }

  #renderWeek() {
    const days = this.#days();
    if (!days.length) {
      return html`${this.#renderWeekNav()}
        <p class="empty">${msg('No times this week. Try the next week.', { id: 'ap.noSlots' })}</p>`;
    }
    const focus = this._focus;
    return html`${this.#renderWeekNav()}
      <div
        part="grid"
        class="grid"
        role="grid"
        aria-label=${msg('Times you can book', { id: 'ap.gridLabel' })}
        @keydown=${(e: KeyboardEvent) => this.#onGridKey(e, days)}
        @focusin=${(e: FocusEvent) => {
          // The roving tab stop follows focus, however it got there.
          const cell = (e.target as HTMLElement).closest<HTMLElement>('[role=gridcell]');
          if (cell) this._focus = { row: Number(cell.dataset.row), col: Number(cell.dataset.col) };
        }}
      >
        ${days.map(
          (day, row) =>
            html`<div class="day" role="row">
              <div class="day-label" role="rowheader">${day.label}</div>
              ${day.slots.map((slot, col) => {
                const chosen = slot.id === this.value;
                const label = `${this.#time(slot.start)}, ${slot.modalities.map(modalityLabel).join(', ')}${
                  slot.available ? '' : `, ${msg('taken', { id: 'ap.taken' })}`
                }`;
                return html`<div
                  part="slot"
                  class="slot ${chosen ? 'chosen' : ''} ${slot.available ? '' : 'unavailable'}"
                  role="gridcell"
                  tabindex=${row === focus.row && col === focus.col ? 0 : -1}
                  aria-selected=${chosen ? 'true' : 'false'}
                  aria-disabled=${slot.available ? 'false' : 'true'}
                  aria-label=${label}
                  data-row=${row}
                  data-col=${col}
                  data-slot=${slot.id}
                  @click=${() => this.#choose(slot, row, col)}
                >
                  <span aria-hidden="true">${this.#time(slot.start)}</span>
                </div>`;
              })}
            </div>`,
        )}
      </div>`;
  }

  #onGridKey(event: KeyboardEvent, days: Day[]) {
    const { row, col } = this._focus;
    const rtl = this.direction === 'rtl';
    // Left and right follow what the eye sees: in right-to-left, later times are to the left.
    const across = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
    const down = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    let next = { row, col };
    if (across !== undefined) next = { row, col: col + across };
    else if (down !== undefined) next = { row: row + down, col };
    else if (event.key === 'Home') next = { row, col: 0 };
    else if (event.key === 'End') next = { row, col: (days[row]?.slots.length ?? 1) - 1 };
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const slot = days[row]?.slots[col];
      if (slot) this.#choose(slot, row, col);
      return;
    } else return;
    event.preventDefault();
    next.row = Math.max(0, Math.min(days.length - 1, next.row));
    next.col = Math.max(0, Math.min((days[next.row]?.slots.length ?? 1) - 1, next.col));
    this._focus = next;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`[data-row="${next.row}"][data-col="${next.col}"]`)?.focus(),
    );
  }

  #choose(slot: Slot, row: number, col: number) {
    this._focus = { row, col };
    if (!this.#isFamily) return;
    // A taken time can still be waited for; one past its cut-off cannot.
    this._waitFor = !slot.available && slot.booked >= slot.capacity ? slot : null;
    if (!slot.available) return;
    this.value = slot.id;
    this._problem = '';
    this._confirmed = null;
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  #renderWaitlistOffer(slot: Slot) {
    return html`<div class="confirmation waitlist">
      <p>
        ${msg(str`${this.#when(slot.start)} is taken. If it frees up, we can book it for you.`, { id: 'ap.waitOffer' })}
      </p>
      <div class="actions">
        <button part="button primary-button" class="primary" type="button" @click=${() => this.#joinWaitlist(slot)}>
          ${msg('Join the waiting list', { id: 'ap.waitJoin' })}
        </button>
      </div>
    </div>`;
  }

  async #joinWaitlist(slot: Slot) {
    const client = this.activeClient;
    if (!client || !this.studentId) return;
    const language = baseLanguage(this.#language);
    try {
      await availability.joinWaitlist(
        client,
        { slotId: slot.id },
        {
          studentId: this.studentId,
          modality: slot.modality,
          ...(language !== 'en' ? { needs: { interpreterLanguage: language } } : {}),
        },
      );
      this._waitFor = null;
      this._notice = msg("You're on the waiting list. If the time frees up, it will be booked for you.", {
        id: 'ap.waitJoined',
      });
    } catch (error) {
      this._waitFor = null;
      this._problem =
        kindOf(error) === 'conflict'
          ? msg('You are already waiting for this time, or it is free again: look at the times below.', {
              id: 'ap.waitConflict',
            })
          : failureMessage(kindOf(error), true);
      this.reportError(error, 'waitlist');
      await this.#loadWeek().catch(() => undefined);
    }
  }

  #renderBookingForm() {
    const slot = this._slots.find((s) => s.id === this.value);
    if (!slot) return nothing;
    const language = baseLanguage(this.#language);
    return html`<form part="form" class="form" @submit=${(e: SubmitEvent) => this.#book(e, slot)}>
      <h3>${this.#when(slot.start)}</h3>
      <fieldset>
        <legend>${msg('How would you like to meet?', { id: 'ap.howLegend' })}</legend>
        ${slot.modalities.map(
          (m, i) =>
            html`<label class="choice">
              <input type="radio" name="modality" value=${m} ?checked=${i === 0} />
              ${modalityLabel(m)}
            </label>`,
        )}
      </fieldset>
      <fieldset>
        <legend>${msg('Do you need anything?', { id: 'ap.needsLegend' })}</legend>
        <label class="choice">
          <input type="checkbox" name="interpreter" ?checked=${language !== 'en'} />
          ${msg(str`An interpreter (${languageName(language, this.locale)})`, { id: 'ap.interpreter' })}
        </label>
        <input type="hidden" name="interpreterLanguage" value=${language} />
        <label class="choice">
          <input type="checkbox" name="childCare" /> ${msg('Child care during the meeting', { id: 'ap.childCare' })}
        </label>
        <label class="choice">
          <input type="checkbox" name="transport" /> ${msg('Help with transport', { id: 'ap.transport' })}
        </label>
        <label for="note">${msg('Anything else? (optional)', { id: 'ap.note' })}</label>
        <textarea id="note" name="note" rows="2" maxlength="500"></textarea>
      </fieldset>
      <div class="actions">
        <button part="button primary-button" class="primary" type="submit" ?disabled=${this._saving}>
          ${this._saving ? msg('Booking…', { id: 'ap.booking' }) : msg('Book this time', { id: 'ap.book' })}
        </button>
        <button part="button" type="button" @click=${() => (this.value = '')}>
          ${msg('Choose another time', { id: 'ap.another' })}
        </button>
      </div>
    </form>`;
  }

  async #book(event: SubmitEvent, slot: Slot) {
    event.preventDefault();
    const client = this.activeClient;
    if (!client || !this.studentId || this._saving) return;
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const note = String(data.get('note') ?? '').trim();
    this._saving = true;
    try {
      const booking = await availability.book(
        client,
        { slotId: slot.id },
        {
          studentId: this.studentId,
          modality: String(data.get('modality') ?? slot.modality) as Modality,
          needs: {
            ...(data.get('interpreter') ? { interpreterLanguage: String(data.get('interpreterLanguage')) } : {}),
            childCare: data.has('childCare'),
            transport: data.has('transport'),
            ...(note ? { accessibilityNote: note } : {}),
          },
        },
      );
      this._confirmed = booking;
      this._notice = msg('Booked. The teacher will see your request.', { id: 'ap.booked' });
      this.dispatchEvent(
        new TandemBookingCreatedEvent({ studentId: booking.studentId, bookingId: booking.id, slotId: booking.slotId }),
      );
      await this.#loadWeek().catch(() => undefined); // booked either way; the list refreshes next time
    } catch (error) {
      if (kindOf(error) === 'conflict') {
        // Someone else was quicker: say so, and show what is still free.
        this._problem = msg('Someone else just took this time. Here are the times that are still free.', {
          id: 'ap.takenFirst',
        });
        this.value = '';
        await this.#loadWeek();
      } else {
        this._problem = failureMessage(kindOf(error), true);
      }
      this.reportError(error, 'book');
    } finally {
      this._saving = false;
    }
  }

  #renderConfirmation(booking: Booking) {
    const educator = this._educators.find((e) => e.id === booking.educatorId)?.displayName ?? '';
    const needs = needsSummary(booking, (tag) => languageName(tag, this.locale));
    return html`<div class="confirmation" role="status">
      <h3>${msg("You're booked", { id: 'ap.confirmedTitle' })}</h3>
      <p>
        ${msg(str`${this.#when(booking.start)}, ${modalityLabel(booking.modality)}, with ${educator}.`, {
          id: 'ap.confirmedWhen',
        })}
      </p>
      ${needs ? html`<p>${needs}</p>` : nothing}
      <p class="muted">${msg('The school will get in touch if anything changes.', { id: 'ap.whatNext' })}</p>
      <div class="actions">
        <button part="button primary-button" class="primary" type="button" @click=${() => this.#addToCalendar(booking)}>
          ${msg('Add to calendar', { id: 'ap.addToCalendar' })}
        </button>
      </div>
    </div>`;
  }

  /** Downloads the booking's iCalendar file. */
  async #addToCalendar(booking: Booking) {
    const client = this.activeClient;
    if (!client) return;
    try {
      const text = await availability.calendarFile(client, { bookingId: booking.id });
      const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `meeting-${booking.id}.ics`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      this._problem = failureMessage(kindOf(error), false);
      this.reportError(error, 'calendar');
    }
  }

  #renderBookings() {
    if (!this._bookings.length) return nothing;
    return html`<section class="bookings" aria-labelledby="upcoming">
      <h3 id="upcoming">${msg('Upcoming meetings', { id: 'ap.upcoming' })}</h3>
      <ul>
        ${this._bookings.map((b) => {
          const needs = needsSummary(b, (tag) => languageName(tag, this.locale));
          const educator = this._educators.find((e) => e.id === b.educatorId)?.displayName ?? '';
          return html`<li>
            <span>${this.#when(b.start)} · ${modalityLabel(b.modality)} · ${educator}</span>
            ${needs ? html`<span class="needs">${needs}</span>` : nothing}
            <button part="button" type="button" @click=${() => this.#cancel(b)}>
              ${msg('Cancel meeting', { id: 'ap.cancel' })}
            </button>
          </li>`;
        })}
      </ul>
    </section>`;
  }

  async #cancel(booking: Booking) {
    const client = this.activeClient;
    if (!client) return;
    try {
      await availability.cancel(client, { bookingId: booking.id });
      if (this._confirmed?.id === booking.id) this._confirmed = null;
      this._notice = msg('Cancelled. The time is free again.', { id: 'ap.cancelled' });
      this.dispatchEvent(new TandemBookingCancelledEvent({ studentId: booking.studentId, bookingId: booking.id }));
      await this.#loadWeek();
    } catch (error) {
      this._problem = failureMessage(kindOf(error), true);
      this.reportError(error, 'cancel');
    }
  }

  #renderWindowsEditor() {
    const saved = this._windows?.windows ?? [];
    const first = saved[0];
    return html`<details class="windows">
      <summary>${msg('None of these work? Tell us when you can', { id: 'ap.windowsSummary' })}</summary>
      <form part="form" class="form" @submit=${(e: SubmitEvent) => this.#saveWindows(e)}>
        <fieldset>
          <legend>${msg('Days that usually work', { id: 'ap.windowsDays' })}</legend>
          ${[1, 2, 3, 4, 5, 6, 7].map(
            (d) =>
              html`<label class="choice">
                <input type="checkbox" name="day" value=${d} ?checked=${saved.some((w) => w.weekday === d)} />
                ${weekdayName(d, this.locale)}
              </label>`,
          )}
        </fieldset>
        <div class="pair">
          <label
            >${msg('From', { id: 'ap.from' })}
            <input type="time" name="start" required .value=${first?.startTime ?? '18:00'}
          /></label>
          <label
            >${msg('To', { id: 'ap.to' })} <input type="time" name="end" required .value=${first?.endTime ?? '20:00'}
          /></label>
        </div>
        <button part="button primary-button" class="primary" type="submit">
          ${msg('Save my times', { id: 'ap.saveWindows' })}
        </button>
      </form>
    </details>`;
  }

  async #saveWindows(event: SubmitEvent) {
    event.preventDefault();
    const client = this.activeClient;
    if (!client) return;
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const startTime = String(data.get('start'));
    const endTime = String(data.get('end'));
    if (endTime <= startTime) {
      this._problem = msg('The end time must be after the start time.', { id: 'ap.windowsOrder' });
      return;
    }
    try {
      this._windows = await availability.setMyWindows(client, {
        windows: data.getAll('day').map((d) => ({ weekday: Number(d), startTime, endTime })),
      });
      this._problem = '';
      this._notice = msg('Saved. The school can see when you are usually free.', { id: 'ap.windowsSaved' });
    } catch (error) {
      this._problem = failureMessage(kindOf(error), true);
      this.reportError(error, 'windows');
    }
  }

  /** Educators: who booked, with what needs; families' usual times; and new times to offer. */
  #renderSchool() {
    return html`${this.#renderHeading()}
    ${this._problem ? html`<p class="problem" role="alert">${this._problem}</p>` : nothing}
    ${
      this._bookings.length
        ? this.#renderBookings()
        : html`<p class="empty">${msg('No meetings booked yet.', { id: 'ap.noBookings' })}</p>`
    }
    ${this.#renderFamilyWindows()} ${this.#renderWeek()} ${this.#renderOfferForm()}`;
  }

  #renderFamilyWindows() {
    const withTimes = this._familyWindows.filter((f) => f.windows.length);
    if (!withTimes.length) return nothing;
    return html`<section aria-labelledby="family-times">
      <h3 id="family-times">${msg('When the family is usually free', { id: 'ap.familyTimes' })}</h3>
      <ul>
        ${withTimes.map(
          (f) =>
            html`<li>
              ${f.displayName}:
              ${f.windows.map((w) => `${weekdayName(w.weekday, this.locale)} ${w.startTime}–${w.endTime}`).join(', ')}
              (${msg(str`${f.matchingSlotIds.length} of your times fit`, { id: 'ap.matching' })})
            </li>`,
        )}
      </ul>
    </section>`;
  }

  #renderOfferForm() {
    const educator = this.#educator;
    if (!educator || educator.id !== this.#viewerId) return nothing;
    return html`<details class="windows">
      <summary>${msg('Offer more times', { id: 'ap.offerSummary' })}</summary>
      <form part="form" class="form" @submit=${(e: SubmitEvent) => this.#offer(e)}>
        <fieldset>
          <legend>${msg('Every week on', { id: 'ap.offerDays' })}</legend>
          ${[1, 2, 3, 4, 5].map(
            (d) =>
              html`<label class="choice">
                <input type="checkbox" name="day" value=${d} /> ${weekdayName(d, this.locale)}
              </label>`,
          )}
        </fieldset>
        <div class="pair">
          <label>${msg('From', { id: 'ap.from' })} <input type="time" name="start" required value="15:00" /></label>
          <label>${msg('To', { id: 'ap.to' })} <input type="time" name="end" required value="17:00" /></label>
        </div>
        <label
          >${msg('Minutes per meeting', { id: 'ap.duration' })}
          <input type="number" name="duration" min="5" max="480" value="30" required
        /></label>
        <label
          >${msg('Where (for meetings in person)', { id: 'ap.location' })} <input name="location" maxlength="200"
        /></label>
        <button part="button primary-button" class="primary" type="submit">
          ${msg('Offer these times', { id: 'ap.offer' })}
        </button>
      </form>
    </details>`;
  }

  async #offer(event: SubmitEvent) {
    event.preventDefault();
    const client = this.activeClient;
    const educator = this.#educator;
    if (!client || !educator) return;
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const weekdays = data.getAll('day').map(Number);
    const location = String(data.get('location') ?? '').trim();
    try {
      await availability.createOffer(
        client,
        { educatorId: educator.id },
        {
          recurrence: 'weekly',
          weekdays,
          startDate: new Date().toISOString().slice(0, 10),
          startTime: String(data.get('start')),
          endTime: String(data.get('end')),
          durationMinutes: Number(data.get('duration')),
          modalities: ['in_person', 'phone', 'video'],
          ...(location ? { location } : {}),
        },
      );
      this._problem = '';
      this._notice = msg('Offered. Families can book these times now.', { id: 'ap.offered' });
      await this.#loadWeek();
    } catch (error) {
      this._problem = failureMessage(kindOf(error), true);
      this.reportError(error, 'offer');
    }
  }
}
