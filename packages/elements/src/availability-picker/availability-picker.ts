import { msg } from '@lit/localize';
import type { Booking, Slot } from '@tandem/contract';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { TandemBookingCancelledEvent, TandemBookingCreatedEvent } from '../base/events.js';
import { strings } from '../generated/strings/availability-picker.js';
import { renderLanguageNotice } from '../base/language-notice.js';
import { loadStateStyles, renderLoadState } from '../base/load-state.js';
import { LazyPart } from '../base/lazy-part.js';
import { LazySpeech } from '../base/speech-loader.js';
import type { LoadState } from '../base/loader.js';
import { TandemElement } from '../base/tandem-element.js';
import { tokens } from '../base/tokens.js';
import { styles } from './availability-picker.styles.js';
import { PickerController } from './internal/controller.js';
import type { GridFocus, PickerView } from './internal/view.js';
import type { Views } from './internal/views.js';
import { failureMessage, noticeText } from './labels.js';

/**
 * Meeting times with a child's educator, for families to book and educators to offer. A week
 * of slots in the viewer's time zone (an ARIA grid: a row per day, shown as columns of days on
 * wide screens; arrow keys follow what the eye sees), a booking form that asks how to meet and
 * what the family needs (an interpreter in their language, child care, transport, a note), a
 * confirmation with *Add to calendar* that takes focus, and fresh times when someone else took
 * the slot first. Each slot says how long the meeting lasts and whether it is free, the
 * family's own, taken (the family may wait for it) or closed for booking. Families can say
 * which times usually work for them; educators see who booked, for which child, with what
 * needs, and publish new times.
 *
 * Where to meet and the family's note are shown in the signed-in person's preferred language
 * when there is a translation, marked "Machine-translated from …", the original one tap away.
 *
 * Form-associated: inside a `<form>`, its value is the chosen slot id under its `name`.
 *
 * @tagname tandem-availability-picker
 * @summary Book a meeting with a child's educator; educators offer times.
 *
 * @event tandem-booking-created - A family booked a slot. `detail: { studentId, bookingId, slotId }`.
 * @event tandem-booking-cancelled - A booking was cancelled. `detail: { studentId, bookingId }`.
 * @event tandem-error - Loading or saving failed. `detail: { kind, operation, requestId? }`.
 * @event change - The chosen slot changed (`value`).
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
export class TandemAvailabilityPicker extends TandemElement {
  static formAssociated = true;
  static override styles = [tokens, loadStateStyles, styles];
  static override translations = strings;

  /** The student the meetings are about. */
  @property({ attribute: 'student-id', reflect: true }) studentId: string | null = null;
  /** Whom to meet; without it, the student's first educator (a picker switches). */
  @property({ attribute: 'educator-id', reflect: true }) educatorId: string | null = null;
  /** The form field name of the chosen slot id, inside a host's `<form>`. */
  @property({ reflect: true }) name: string | null = null;
  /** The chosen slot id ('' when none). */
  @property() value = '';
  /** `light` (default), `dark`, or `auto` to follow the device. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' | null = null;

  readonly #internals: ElementInternals | undefined;
  readonly #picker = new PickerController(this, {
    client: () => this.activeClient,
    studentId: () => this.studentId,
    educatorId: () => this.educatorId,
    booked: (b) =>
      this.dispatchEvent(new TandemBookingCreatedEvent({ studentId: b.studentId, bookingId: b.id, slotId: b.slotId })),
    cancelled: (b) => this.dispatchEvent(new TandemBookingCancelledEvent({ studentId: b.studentId, bookingId: b.id })),
    failed: (error, operation) => this.reportError(error, operation),
  });
  readonly #views = new LazyPart<Views>(this, () => import('./internal/views.js'));
  readonly #focus: GridFocus = { row: -1, col: 0 };
  readonly #speech = new LazySpeech(this, () => this.speechPlatform);
  /** The confirmation last given focus: a new one takes it once. */
  #focusedConfirmation: string | null = null;

  constructor() {
    super();
    this.#internals = typeof this.attachInternals === 'function' ? this.attachInternals() : undefined;
  }

  /**
   * Where loading stands: `waiting` (no client or student yet), `loading`, `ready`, `error` or
   * `offline`. Read-only; for hosts and tests that must tell "waiting" from "loading".
   */
  get loadState(): LoadState {
    // Ready once the week and the forms are in too (fetched beside the data).
    return this.#views.settle(this.#picker.loader.state);
  }

  /** Resets the choice when the host form resets. */
  formResetCallback(): void {
    this.value = '';
  }

  protected override clientChanged(): void {
    this.requestUpdate(); // the loader reads the client when the element updates
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('value')) this.#internals?.setFormValue(this.value || null);
    // A booking, a move to another week or fresh times may take the chosen slot away.
    const chosen = this.#picker.slots.find((s) => s.id === this.value);
    if (this.value && (!chosen || chosen.status !== 'open' || this.#picker.confirmed)) this.value = '';
  }

  protected override updated(): void {
    const confirmed = this.#picker.confirmed;
    if (confirmed && confirmed.id !== this.#focusedConfirmation) {
      this.#focusedConfirmation = confirmed.id;
      this.renderRoot.querySelector<HTMLElement>('.confirmation')?.focus();
    }
  }

  #choose = (slot: Slot | null): void => {
    if (!this.#picker.isFamily) return;
    this.#picker.consider(slot);
    const value = slot?.status === 'open' && !this.#picker.bookings.some((b) => b.slotId === slot.id) ? slot.id : '';
    if (value === this.value) return;
    this.value = value;
    this.dispatchEvent(new Event('change', { bubbles: true }));
  };

  /** Downloads the booking's iCalendar file. */
  #download = async (booking: Booking): Promise<void> => {
    const text = await this.#picker.calendarFile(booking);
    if (text === undefined) return;
    const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `meeting-${booking.id}.ics`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  protected override render(): TemplateResult {
    return html`<div part="base" class="base" dir=${this.direction} lang=${this.locale}>
      ${renderLanguageNotice(this)}
      <p class="notice" role="status">${noticeText(this.#picker.notice)}</p>
      ${this.#renderBody()}
    </div>`;
  }

  #renderBody() {
    const picker = this.#picker;
    const views = this.#views.module;
    if (picker.loader.state !== 'ready' || !views) {
      return renderLoadState(
        picker.loader,
        {
          loading: msg('Loading times…', { id: 'ap.loading' }),
          failure: (kind) => failureMessage(kind),
          retry: msg('Try again', { id: 'ap.retry' }),
        },
        this.#views,
      );
    }
    const view: PickerView = {
      picker,
      host: this,
      locale: this.locale,
      speech: this.#speech,
      direction: this.direction,
      value: this.value,
      choose: this.#choose,
    };
    const header = views.renderHeader(view, (id) => {
      this.educatorId = id;
    });
    return picker.isFamily
      ? html`${header} ${views.renderFamilyView(view, this.#focus, this.studentId ?? '', (b) => void this.#download(b))}`
      : html`${header} ${views.renderSchoolView(view, this.#focus)}`;
  }
}
