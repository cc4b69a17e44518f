import { msg } from '@lit/localize';
import type { Goal } from '@tandem/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDay } from '../format.js';
import { houseIcon, schoolIcon } from '../icons.js';
import { textIn, translationNote } from '../../base/translation-notes.js';
import { formatValue, settingLabel, translationLabels } from '../labels.js';
import type { Entry, GoalsController } from './controller.js';

function note(entry: Entry, locale: string, data: GoalsController) {
  const shown = data.noteOf(entry, locale);
  if (!shown) return nothing;
  const toggle = () => data.originals.toggle(entry.id);
  return html`${textIn(shown)}
  ${translationNote([shown], data.originals.shows(entry.id), toggle, locale, translationLabels())}`;
}

/** The chart's data as a table, newest first: day, result with its unit, where, note. */
export function progressTable(
  goal: Goal,
  entries: readonly Entry[],
  locale: string,
  data: GoalsController,
): TemplateResult {
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
              <td>${e.pending ? msg('Saving…', { id: 'gt.saving' }) : note(e, locale, data)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
