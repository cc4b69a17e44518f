import { msg } from '@lit/localize';
import type { Goal } from '@tandem/contract';
import { html, type TemplateResult } from 'lit';
import { formatDay } from '../format.js';
import { houseIcon, schoolIcon } from '../icons.js';
import { formatValue, settingLabel } from '../labels.js';
import type { Entry } from './controller.js';

/** The chart's data as a table, newest first: day, result with its unit, where, note. */
export function progressTable(goal: Goal, entries: readonly Entry[], locale: string): TemplateResult {
  return html`<div class="table-wrap" id="table-${goal.id}">
    <table>
      <caption>
        ${msg('Entries, newest first', { id: 'gt.tableCaption' })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('Day', { id: 'gt.colDay' })}</th>
          <th scope="col">${msg('Result', { id: 'gt.colValue' })}</th>
          <th scope="col">${msg('Where', { id: 'gt.colWhere' })}</th>
          <th scope="col">${msg('Note', { id: 'gt.colNote' })}</th>
        </tr>
      </thead>
      <tbody>
        ${[...entries].reverse().map(
          (e) =>
            html`<tr class=${e.pending ? 'pending' : ''}>
              <th scope="row">${formatDay(e.date, locale, 'short')}</th>
              <td>${formatValue(goal, e.value, locale)}</td>
              <td class=${e.setting}>${e.setting === 'home' ? houseIcon : schoolIcon} ${settingLabel(e.setting)}</td>
              <td>${e.pending ? msg('Saving…', { id: 'gt.saving' }) : (e.note ?? '')}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
