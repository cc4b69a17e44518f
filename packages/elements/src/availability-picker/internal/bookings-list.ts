// The student's meetings still to come, soonest first. Educators see who booked, for which
// child, and what they need; families see with whom.
import { msg, str } from '@lit/localize';
import type { Booking } from '@tandem/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { languageName } from '../../base/intl.js';
import { minutes, modalityLabel, needsSummary } from '../labels.js';
import { bookingNote, bookingPlace } from './translated.js';
import { whenOf, type PickerView } from './view.js';
import { minutesOf } from './week.js';

export function renderBookingsList(view: PickerView): TemplateResult | typeof nothing {
  const { picker } = view;
  if (!picker.bookings.length) {
    return picker.isFamily
      ? nothing
      : html`<p class="empty">${msg('No meetings booked yet.', { id: 'ap.noBookings' })}</p>`;
  }
  return html`<section class="bookings" aria-labelledby="upcoming">
    <h3 id="upcoming">${msg('Upcoming meetings', { id: 'ap.upcoming' })}</h3>
    <ul>
      ${picker.bookings.map((b) => renderBooking(view, b))}
    </ul>
  </section>`;
}

function renderBooking(view: PickerView, booking: Booking) {
  const { picker } = view;
  const needs = needsSummary(booking, (tag) => languageName(tag, view.locale));
  const length = minutes(minutesOf(booking), view.locale);
  const child = picker.loader.student?.preferredName ?? picker.loader.student?.givenName ?? '';
  const who = picker.isFamily
    ? (picker.educators.find((e) => e.id === booking.educatorId)?.displayName ?? '')
    : booking.bookedByName
      ? msg(str`${booking.bookedByName} (family of ${child})`, { id: 'ap.bookedBy' })
      : msg(str`A family of ${child}`, { id: 'ap.bookedByUnknown' });
  return html`<li>
    <span class="when">${whenOf(view, booking.start)} · ${length}</span>
    <span>${modalityLabel(booking.modality)} · ${who}</span>
    ${booking.location ? html`<span class="place">${bookingPlace(view, booking)}</span>` : nothing}
    ${needs ? html`<span class="needs">${needs}</span>` : nothing}
    ${booking.needs?.accessibilityNote ? html`<span class="note">${bookingNote(view, booking)}</span>` : nothing}
    <button part="button" type="button" ?disabled=${picker.busy === 'cancel'} @click=${() => picker.cancel(booking)}>
      ${msg('Cancel meeting', { id: 'ap.cancel' })}
    </button>
  </li>`;
}
