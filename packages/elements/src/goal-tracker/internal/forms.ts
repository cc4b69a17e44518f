// The widget's forms: log progress on a goal, suggest a goal (a family, in their own words) or
// create one (an educator), accept a suggestion (saying how it is measured), edit a goal.
import { msg, str } from '@lit/localize';
import { measureBounds, type Goal } from '@tandem/contract';
import { html, type TemplateResult } from 'lit';
import { localToday } from '../format.js';
import { dateField, fieldError, fieldsOf, formActions, invalid, measurementFields, numberField, textField, type FormContext } from './fields.js';
import { acceptRequest, editRequest, newGoalRequest, progressRequest, suggestionRequest } from './requests.js';

export interface FormHandlers {
  close(): void;
  /** After a command: the element moves focus and says what happened. */
  settled(saved: boolean): void;
}

export function progressForm(ctx: FormContext, goal: Goal, on: FormHandlers): TemplateResult {
  const today = localToday();
  const bounds = goal.measureType ? measureBounds[goal.measureType] : undefined;
  const submit = async (event: SubmitEvent) =>
    on.settled(await ctx.controller.recordProgress(goal, progressRequest(goal, fieldsOf(event), today)));
  const yesNo = goal.measureType === 'yes_no';
  return html`<form part="form" class="form" novalidate @submit=${submit}>
    <h4>${msg("Add today's progress", { id: 'gt.addProgress' })}</h4>
    <label for="value">${yesNo ? goal.statement : msg(str`Result (${goal.unit ?? ''})`, { id: 'gt.valueLabel' })}</label>
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
    <label for="note">${msg('Note (optional)', { id: 'gt.noteLabel' })}</label>
    <textarea id="note" name="note" rows="2" maxlength="1000"></textarea>
    ${formActions(ctx, msg('Save', { id: 'gt.save' }), on.close)}
  </form>`;
}

/** A family's suggestion is the goal in their own words; an educator's new goal also says how it is measured. */
export function suggestForm(ctx: FormContext, childName: string, on: FormHandlers): TemplateResult {
  const family = ctx.controller.isFamily;
  const submit = async (event: SubmitEvent) => {
    const fields = fieldsOf(event);
    on.settled(await ctx.controller.createGoal(family ? suggestionRequest(fields) : newGoalRequest(fields, localToday())));
  };
  return html`<form part="form" class="form goal-form" novalidate @submit=${submit}>
    <h3 class="form-title">
      ${family ? msg('Suggest a goal', { id: 'gt.suggest' }) : msg('New goal', { id: 'gt.new' })}
    </h3>
    ${textField(ctx, 'statement', msg('The goal, in plain words', { id: 'gt.statementLabel' }), {
      maxlength: 500,
      ...(family
        ? {
            hint: msg(str`What would you like ${childName} to work on? Your own words are enough: the teacher will plan how to measure it with you.`, {
              id: 'gt.suggestHint',
            }),
          }
        : {}),
    })}
    ${family ? '' : measurementFields(ctx, null)}
    ${formActions(
      ctx,
      family ? msg('Send to the teacher', { id: 'gt.sendSuggestion' }) : msg('Save', { id: 'gt.save' }),
      on.close,
    )}
  </form>`;
}

/** Accepting a suggestion: the educator completes how it is measured, and it becomes active. */
export function acceptForm(ctx: FormContext, goal: Goal, on: FormHandlers): TemplateResult {
  const submit = async (event: SubmitEvent) =>
    on.settled(await ctx.controller.updateGoal(goal, acceptRequest(goal, fieldsOf(event))));
  return html`<form part="form" class="form" novalidate @submit=${submit}>
    <h4>${msg('Accept this goal', { id: 'gt.acceptTitle' })}</h4>
    <p class="hint">${msg('Say how you will measure it together. The family sees it as soon as you accept.', { id: 'gt.acceptHint' })}</p>
    ${measurementFields(ctx, goal.targetDate)}
    ${formActions(ctx, msg('Accept', { id: 'gt.accept' }), on.close)}
  </form>`;
}

export function editForm(ctx: FormContext, goal: Goal, on: FormHandlers): TemplateResult {
  const submit = async (event: SubmitEvent) =>
    on.settled(await ctx.controller.updateGoal(goal, editRequest(goal, fieldsOf(event))));
  return html`<form part="form" class="form" novalidate @submit=${submit}>
    <h4>${msg('Edit goal', { id: 'gt.editTitle' })}</h4>
    ${textField(ctx, 'statement', msg('The goal, in plain words', { id: 'gt.statementLabel' }), {
      value: goal.statement,
      maxlength: 500,
    })}
    <div class="pair">
      ${numberField(ctx, 'baseline', msg('Starting point', { id: 'gt.baselineLabel' }), goal.baseline)}
      ${numberField(ctx, 'target', msg('Aim', { id: 'gt.targetLabel' }), goal.target)}
    </div>
    ${dateField(ctx, 'targetDate', msg('Aim to reach it by', { id: 'gt.targetDateLabel' }), goal.targetDate ?? '')}
    ${formActions(ctx, msg('Save', { id: 'gt.save' }), on.close)}
  </form>`;
}
