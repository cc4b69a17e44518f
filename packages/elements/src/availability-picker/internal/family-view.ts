// What a family meets: the week, the booking form or the waiting list, the confirmation, their
// upcoming meetings, and their usual free times.
import type { Booking } from '@tandem/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { problemText } from '../labels.js';
import { renderBookingForm, renderWaitlistOffer } from './booking-form.js';
import { renderBookingsList } from './bookings-list.js';
import { renderConfirmation } from './confirmation.js';
import { renderFreeTimesForm } from './free-times-form.js';
import type { GridFocus, PickerView } from './view.js';
import { renderWeekGrid } from './week-grid.js';

export function renderFamilyView(
  view: PickerView,
  focus: GridFocus,
  studentId: string,
  download: (booking: Booking) => void,
): TemplateResult {
  return html`${renderConfirmation(view, download)} ${renderProblem(view)} ${renderWeekGrid(view, focus)}
  ${renderBookingForm(view, studentId)} ${renderWaitlistOffer(view, studentId)} ${renderBookingsList(view)}
  ${renderFreeTimesForm(view)}`;
}

export function renderProblem(view: PickerView): TemplateResult | typeof nothing {
  const { problem, educator } = view.picker;
  if (!problem) return nothing;
  return html`<p class="problem" role="alert">${problemText(problem, educator?.displayName ?? '')}</p>`;
}
