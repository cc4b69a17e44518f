// What an educator meets: the student's meetings with who booked and what they need, when the
// families are usually free, the week of their own times, and a form to offer more.
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { weekdayName } from '../labels.js';
import { renderBookingsList } from './bookings-list.js';
import { renderProblem } from './family-view.js';
import { renderOfferForm } from './offer-form.js';
import type { GridFocus, PickerView } from './view.js';
import { renderWeekGrid } from './week-grid.js';

export function renderSchoolView(view: PickerView, focus: GridFocus): TemplateResult {
  return html`${renderProblem(view)} ${renderBookingsList(view)} ${renderFamilyWindows(view)}
  ${renderWeekGrid(view, focus)} ${renderOfferForm(view)}`;
}

function renderFamilyWindows(view: PickerView) {
  const withTimes = view.picker.familyWindows.filter((f) => f.windows.length);
  if (!withTimes.length) return nothing;
  return html`<section aria-labelledby="family-times">
    <h3 id="family-times">${msg('When the family is usually free', { id: 'ap.familyTimes' })}</h3>
    <ul>
      ${withTimes.map(
        (f) =>
          html`<li>
            ${f.displayName}:
            ${f.windows.map((w) => `${weekdayName(w.weekday, view.locale)} ${w.startTime}–${w.endTime}`).join(', ')}
            (${msg(str`${f.matchingSlotIds.length} of your times fit`, { id: 'ap.matching' })})
          </li>`,
      )}
    </ul>
  </section>`;
}
