// Booking a chosen time: how to meet, and what the family needs (their language prefilled).
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { baseLanguage, languageName } from '../../base/intl.js';
import { minutes, modalityLabel } from '../labels.js';
import { bookingRequest, waitlistRequest } from './requests.js';
import { translated } from './translated.js';
import { whenOf, type PickerView } from './view.js';
import { minutesOf } from './week.js';

export function renderBookingForm(view: PickerView, studentId: string): TemplateResult | typeof nothing {
  const { picker } = view;
  const slot = picker.slots.find((s) => s.id === view.value);
  if (!slot || picker.confirmed) return nothing;
  const language = baseLanguage(picker.loader.viewer?.person.preferredLanguage ?? 'en');
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    void picker.book(slot, bookingRequest(new FormData(event.currentTarget as HTMLFormElement), slot, studentId));
  };
  return html`<form part="form" class="form booking" @submit=${submit}>
    <h3>${whenOf(view, slot.start)}</h3>
    <p class="muted">
      ${minutes(minutesOf(slot), view.locale)}${
        slot.location
          ? html` · ${translated(view, `slot-${slot.id}`, slot.location, slot.language, slot.translations, 'location')}`
          : nothing
      }
    </p>
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
        ${msg(str`An interpreter (${languageName(language, view.locale)})`, { id: 'ap.interpreter' })}
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
      <button part="button primary-button" class="primary" type="submit" ?disabled=${picker.busy === 'book'}>
        ${picker.busy === 'book' ? msg('Booking…', { id: 'ap.booking' }) : msg('Book this time', { id: 'ap.book' })}
      </button>
      <button part="button" type="button" @click=${() => view.choose(null)}>
        ${msg('Choose another time', { id: 'ap.another' })}
      </button>
    </div>
  </form>`;
}

/** A full time the family may wait for. */
export function renderWaitlistOffer(view: PickerView, studentId: string): TemplateResult | typeof nothing {
  const { picker } = view;
  const slot = picker.waitFor;
  if (!slot) return nothing;
  const language = baseLanguage(picker.loader.viewer?.person.preferredLanguage ?? 'en');
  return html`<div class="confirmation waitlist">
    <p>
      ${msg(str`${whenOf(view, slot.start)} is taken. If it frees up, we can book it for you.`, { id: 'ap.waitOffer' })}
    </p>
    <div class="actions">
      <button
        part="button primary-button"
        class="primary"
        type="button"
        @click=${() => picker.joinWaitlist(slot, waitlistRequest(slot, studentId, language))}
      >
        ${msg('Join the waiting list', { id: 'ap.waitJoin' })}
      </button>
    </div>
  </div>`;
}
