// The title (whom to meet), a switch between the student's educators, the time-zone note and
// how long meetings last.
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { viewerTimeZone } from '../../base/intl.js';
import { renderLengths } from './week-grid.js';
import type { PickerView } from './view.js';

export function renderHeader(view: PickerView, pickEducator: (id: string) => void): TemplateResult {
  const { picker } = view;
  const educator = picker.educator;
  const name = educator?.displayName ?? '';
  return html`<div class="header">
    <h2 class="title">
      ${
        picker.isFamily
          ? msg(str`Pick a time to meet with ${name}`, { id: 'ap.titleFamily' })
          : msg(str`Meeting times: ${name}`, { id: 'ap.titleSchool' })
      }
    </h2>
    ${
      picker.educators.length > 1
        ? html`<label class="inline">
            <span>${msg('Meet with', { id: 'ap.meetWith' })}</span>
            <select @change=${(e: Event) => pickEducator((e.target as HTMLSelectElement).value)}>
              ${picker.educators.map(
                (e) => html`<option value=${e.id} ?selected=${e.id === educator?.id}>${e.displayName}</option>`,
              )}
            </select>
          </label>`
        : nothing
    }
    ${renderLengths(view)} ${renderZoneNote(view)}
  </div>`;
}

function renderZoneNote(view: PickerView) {
  const educator = view.picker.educator;
  const mine = viewerTimeZone();
  if (!educator || educator.timeZone === mine) return nothing;
  const zone = (tz: string) => tz.split('/').pop()?.replace(/_/g, ' ') ?? tz;
  return html`<p class="muted">
    ${msg(str`Times are in your time zone (${zone(mine)}). ${educator.displayName} is in ${zone(educator.timeZone)}.`, {
      id: 'ap.zoneNote',
    })}
  </p>`;
}
