// A calm confirmation: when, how and with whom, what was asked for, what happens next, and
// *Add to calendar*. It takes focus (tabindex=-1) when it appears, so a keyboard user lands here.
import { msg, str } from '@lit/localize';
import type { Booking } from '@tandem/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { languageName } from '../../base/intl.js';
import { minutes, modalityLabel, needsSummary } from '../labels.js';
import { bookingNote, bookingPlace } from './translated.js';
import { whenOf, type PickerView } from './view.js';
import { minutesOf } from './week.js';

export function renderConfirmation(view: PickerView, download: (booking: Booking) => void) {
  const booking = view.picker.confirmed;
  if (!booking) return nothing;
  const educator = view.picker.educators.find((e) => e.id === booking.educatorId)?.displayName ?? '';
  const needs = needsSummary(booking, (tag) => languageName(tag, view.locale));
  const length = minutes(minutesOf(booking), view.locale);
  // What is read aloud is what is shown, in the viewer's language.
  const lines = [
    msg(str`${whenOf(view, booking.start)}, ${modalityLabel(booking.modality)}, with ${educator}.`, {
      id: 'ap.confirmedWhen',
    }),
    msg(str`The meeting lasts ${length}.`, { id: 'ap.confirmedLength' }),
    needs,
  ].filter(Boolean);
  const title = msg("You're booked", { id: 'ap.confirmedTitle' });
  const next = msg('The school will get in touch if anything changes.', { id: 'ap.whatNext' });
  return html`<section class="confirmation" tabindex="-1" aria-labelledby="confirmed-title">
    <h3 id="confirmed-title">${title}</h3>
    ${lines.map((line) => html`<p>${line}</p>`)}
    ${booking.location ? html`<p class="place">${bookingPlace(view, booking)}</p>` : nothing}
    ${booking.needs?.accessibilityNote ? html`<p class="note">${bookingNote(view, booking)}</p>` : nothing}
    <p class="muted">${next}</p>
    <div class="actions">
      <button part="button primary-button" class="primary" type="button" @click=${() => download(booking)}>
        ${msg('Add to calendar', { id: 'ap.addToCalendar' })}
      </button>
      ${view.speech.readAloud(
        { key: booking.id, text: [`${title}.`, ...lines, next].join(' '), lang: view.locale },
        { read: msg('Read aloud', { id: 'ap.readAloud' }), stop: msg('Stop reading', { id: 'ap.stopReading' }) },
        '',
      )}
    </div>
  </section>` as TemplateResult;
}
