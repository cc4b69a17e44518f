// Log progress: today's reading of an active goal, with its unit, the day and a note.
import { msg, str } from '@lit/localize';
import { measureBounds, type Goal } from '@tandem/contract';
import { html, type TemplateResult } from 'lit';
import { localToday } from '../format.js';
import {
  dateField,
  fieldError,
  fieldsOf,
  formActions,
  invalid,
  noteField,
  type FormContext,
  type FormHandlers,
} from './fields.js';
import { progressRequest } from './requests.js';

export function progressForm(ctx: FormContext, goal: Goal, on: FormHandlers): TemplateResult {
  const today = localToday();
  const bounds = goal.measureType ? measureBounds[goal.measureType] : undefined;
  const submit = async (event: SubmitEvent) =>
    on.settled(await ctx.controller.recordProgress(goal, progressRequest(goal, fieldsOf(event), today)));
  const yesNo = goal.measureType === 'yes_no';
  return html`<form part="form" class="form" novalidate @submit=${submit}>
    <h4>${msg("Add today's progress", { id: 'gt.addProgress' })}</h4>
    <label for="value"
      >${yesNo ? goal.statement : msg(str`Result (${goal.unit ?? ''})`, { id: 'gt.valueLabel' })}</label
    >
    ${
      yesNo
        ? html`<select id="value" name="value" aria-invalid=${invalid(ctx, 'value')} aria-describedby="err-value">
            <option value="1">${msg('Yes', { id: 'gt.yes' })}</option>
            <option value="0">${msg('No', { id: 'gt.no' })}</option>
          </select>`
        : html`<input
            id="value"
            name="value"
            type="number"
            inputmode="decimal"
            min=${bounds?.min ?? 0}
            max=${bounds?.max ?? 1_000_000}
            step=${bounds?.integer ? 1 : 'any'}
            required
            aria-invalid=${invalid(ctx, 'value')}
            aria-describedby="err-value"
          />`
    }
    ${fieldError(ctx, 'value')} ${dateField(ctx, 'date', msg('Day', { id: 'gt.colDay' }), today, today)}
    ${noteField(ctx, `note-${goal.id}`)} ${formActions(ctx, msg('Save', { id: 'gt.save' }), on.close)}
  </form>`;
}
