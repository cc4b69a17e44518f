// The week of times: a navigation row, then an ARIA grid with a row per day (columns of days on
// wide screens, a list of days on phones). One tab stop; arrow keys move as the eye sees.
import { msg, str } from '@lit/localize';
import type { Slot } from '@tandem/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { dateTimeFormat } from '../../base/intl.js';
import { minutes, modalityLabel, slotStateLabel } from '../labels.js';
import { timeOf, type GridFocus, type PickerView } from './view.js';
import { addDays, minutesOf, slotState, weekOf, type Day } from './week.js';

/** The grid cell that takes focus: a day and a time of it. */
export function renderWeekNav(view: PickerView): TemplateResult {
  const { picker } = view;
  const range = dateTimeFormat(view.locale, { month: 'short', day: 'numeric' });
  const [back, next] = view.direction === 'rtl' ? ['›', '‹'] : ['‹', '›'];
  return html`<div class="week-nav">
    <button
      part="button"
      class="icon"
      type="button"
      aria-label=${msg('Earlier week', { id: 'ap.prevWeek' })}
      ?disabled=${!picker.canGoBack}
      @click=${() => picker.moveWeek(-1)}
    >
      <span aria-hidden="true">${back}</span>
    </button>
    <span class="range">${range.format(picker.from)} – ${range.format(addDays(picker.from, 6))}</span>
    <button
      part="button"
      class="icon"
      type="button"
      aria-label=${msg('Next week', { id: 'ap.nextWeek' })}
      @click=${() => picker.moveWeek(1)}
    >
      <span aria-hidden="true">${next}</span>
    </button>
  </div>`;
}

export function renderWeekGrid(view: PickerView, focus: GridFocus): TemplateResult {
  const { picker } = view;
  const days = weekOf(picker.from, picker.slots);
  if (!days.some((day) => day.slots.length)) {
    return html`${renderWeekNav(view)}
      <p class="empty">${msg('No times this week. Try the next week.', { id: 'ap.noSlots' })}</p>`;
  }
  if (!days[focus.row]?.slots[focus.col]) {
    focus.row = days.findIndex((day) => day.slots.length);
    focus.col = 0;
  }
  const dayLabel = dateTimeFormat(view.locale, { weekday: 'long', month: 'long', day: 'numeric' });
  const shortLabel = dateTimeFormat(view.locale, { weekday: 'short', day: 'numeric' });
  return html`${renderWeekNav(view)}
    <div
      part="grid"
      class="grid"
      role="grid"
      aria-label=${msg('Times you can book', { id: 'ap.gridLabel' })}
      @keydown=${(e: KeyboardEvent) => onGridKey(e, view, days, focus)}
      @focusin=${(e: FocusEvent) => {
        // The roving tab stop follows focus, however it got there.
        const cell = (e.target as HTMLElement).closest<HTMLElement>('[role=gridcell]');
        if (cell) Object.assign(focus, { row: Number(cell.dataset.row), col: Number(cell.dataset.col) });
      }}
    >
      ${days.map(
        (day, row) =>
          html`<div class="day ${day.slots.length ? '' : 'no-times'}" role="row">
            <div class="day-label" role="rowheader">
              <span class="long">${dayLabel.format(day.date)}</span
              ><span class="short">${shortLabel.format(day.date)}</span>
            </div>
            ${
              day.slots.length
                ? day.slots.map((slot, col) => renderSlot(view, slot, row, col, focus))
                : html`<div class="no-times-text" role="gridcell" aria-disabled="true">
                    ${msg('No times', { id: 'ap.noTimesDay' })}
                  </div>`
            }
          </div>`,
      )}
    </div>`;
}

function renderSlot(view: PickerView, slot: Slot, row: number, col: number, focus: GridFocus) {
  const state = slotState(slot, view.picker.bookings);
  const chosen = slot.id === view.value;
  const time = timeOf(view, slot.start);
  const length = minutes(minutesOf(slot), view.locale);
  const how = slot.modalities.map(modalityLabel).join(', ');
  const note = state === 'open' ? length : slotStateLabel(state);
  // Starts with what the cell shows (time, then its note), so the name includes the visible text.
  const label = [time, note, state === 'open' ? '' : length, how].filter(Boolean).join(', ');
  return html`<div
    part="slot"
    class="slot ${state} ${chosen ? 'chosen' : ''}"
    role="gridcell"
    tabindex=${row === focus.row && col === focus.col ? 0 : -1}
    aria-selected=${chosen ? 'true' : 'false'}
    aria-disabled=${state === 'open' ? 'false' : 'true'}
    aria-label=${label}
    data-row=${row}
    data-col=${col}
    data-slot=${slot.id}
    data-state=${state}
    @click=${() => choose(view, slot, row, col, focus)}
  >
    <span class="time" aria-hidden="true">${time}</span>
    <span class="slot-note" aria-hidden="true">${note}</span>
  </div>`;
}

function choose(view: PickerView, slot: Slot, row: number, col: number, focus: GridFocus) {
  Object.assign(focus, { row, col });
  view.choose(slot);
}

function onGridKey(event: KeyboardEvent, view: PickerView, days: Day[], focus: GridFocus) {
  const { row, col } = focus;
  const grid = event.currentTarget as HTMLElement;
  // Days side by side (wide screens): up and down move through a day, left and right between days.
  const columns = getComputedStyle(grid).gridTemplateColumns.split(' ').length > 1;
  const rtl = view.direction === 'rtl';
  // Left and right follow what the eye sees: in right-to-left, later is to the left.
  const across = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
  const down = { ArrowDown: 1, ArrowUp: -1 }[event.key];
  const [inDay, betweenDays] = columns ? [down, across] : [across, down];
  let next = { row, col };
  if (inDay !== undefined) next = { row, col: col + inDay };
  else if (betweenDays !== undefined) next = { row: nextDay(days, row, betweenDays), col };
  else if (event.key === 'Home') next = { row, col: 0 };
  else if (event.key === 'End') next = { row, col: (days[row]?.slots.length ?? 1) - 1 };
  else if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    const slot = days[row]?.slots[col];
    if (slot) choose(view, slot, row, col, focus);
    return;
  } else return;
  event.preventDefault();
  next.col = Math.max(0, Math.min((days[next.row]?.slots.length ?? 1) - 1, next.col));
  Object.assign(focus, next);
  view.host.requestUpdate();
  void view.host.updateComplete.then(() =>
    grid.querySelector<HTMLElement>(`[data-row="${next.row}"][data-col="${next.col}"]`)?.focus(),
  );
}

/** The nearest day after (or before) `row` that has times; `row` itself when there is none. */
function nextDay(days: Day[], row: number, step: number): number {
  for (let r = row + step; r >= 0 && r < days.length; r += step) if (days[r]?.slots.length) return r;
  return row;
}

/** A line under the title: how long meetings last (each length once). */
export function renderLengths(view: PickerView): TemplateResult | typeof nothing {
  const lengths = [...new Set(view.picker.slots.map(minutesOf))].sort((a, b) => a - b);
  if (!lengths.length) return nothing;
  const text = lengths.map((m) => minutes(m, view.locale)).join(' · ');
  return html`<p class="lengths">${msg(str`Meetings last ${text}`, { id: 'ap.lengths' })}</p>`;
}
