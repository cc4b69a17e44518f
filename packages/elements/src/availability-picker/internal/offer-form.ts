// Educators: offer more times, weekly, with how many meetings one family may book.
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { weekdayName } from '../labels.js';
import { offerRequest } from './requests.js';
import type { PickerView } from './view.js';

export function renderOfferForm(view: PickerView): TemplateResult | typeof nothing {
  const { picker } = view;
  if (!picker.ownsTimes) return nothing;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    void picker.offer(offerRequest(new FormData(event.currentTarget as HTMLFormElement), picker.today));
  };
  return html`<details class="windows">
    <summary>${msg('Offer more times', { id: 'ap.offerSummary' })}</summary>
    <form part="form" class="form" @submit=${submit}>
      <fieldset>
        <legend>${msg('Every week on', { id: 'ap.offerDays' })}</legend>
        ${[1, 2, 3, 4, 5].map(
          (d) =>
            html`<label class="choice"
              ><input type="checkbox" name="day" value=${d} /> ${weekdayName(d, view.locale)}</label
            >`,
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
        >${msg('Meetings one family may book', { id: 'ap.perFamily' })}
        <input type="number" name="perFamily" min="1" max="20" value="1" required
      /></label>
      <label
        >${msg('Where (for meetings in person)', { id: 'ap.location' })} <input name="location" maxlength="200"
      /></label>
      <button part="button primary-button" class="primary" type="submit" ?disabled=${picker.busy === 'offer'}>
        ${msg('Offer these times', { id: 'ap.offer' })}
      </button>
    </form>
  </details>`;
}
