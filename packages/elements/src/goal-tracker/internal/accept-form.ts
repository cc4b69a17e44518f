// Accept a suggestion (the educator completes how it is measured), or edit an active goal.
import { msg } from '@lit/localize';
import type { Goal } from '@tandem/contract';
import { html, type TemplateResult } from 'lit';
import {
  dateField,
  fieldsOf,
  formActions,
  measurementFields,
  numberField,
  plainHintLine,
  statementInput,
  textField,
  type FormContext,
  type FormHandlers,
} from './fields.js';
import { acceptRequest, editRequest } from './requests.js';

/** Accepting a suggestion: the educator completes how it is measured, and it becomes active. */
export function acceptForm(ctx: FormContext, goal: Goal, on: FormHandlers): TemplateResult {
  const submit = async (event: SubmitEvent) =>
    on.settled(await ctx.controller.updateGoal(goal, acceptRequest(goal, fieldsOf(event))));
  return html`<form part="form" class="form" novalidate @submit=${submit}>
    <h4>${msg('Accept this goal', { id: 'gt.acceptTitle' })}</h4>
    <p class="hint">
      ${msg('Say how you will measure it together. The family sees it as soon as you accept.', { id: 'gt.acceptHint' })}
    </p>
    ${measurementFields(ctx, goal.targetDate)} ${formActions(ctx, msg('Accept', { id: 'gt.accept' }), on.close)}
  </form>`;
}

export function editForm(ctx: FormContext, goal: Goal, on: FormHandlers): TemplateResult {
  const submit = async (event: SubmitEvent) =>
    on.settled(await ctx.controller.updateGoal(goal, editRequest(goal, fieldsOf(event))));
  return html`<form part="form" class="form" novalidate @submit=${submit} @input=${statementInput(on)}>
    <h4>${msg('Edit goal', { id: 'gt.editTitle' })}</h4>
    ${textField(ctx, 'statement', msg('The goal, in plain words', { id: 'gt.statementLabel' }), {
      value: goal.statement,
      maxlength: 500,
    })}
    ${plainHintLine(ctx)}
    <div class="pair">
      ${numberField(ctx, 'baseline', msg('Starting point', { id: 'gt.baselineLabel' }), goal.baseline)}
      ${numberField(ctx, 'target', msg('Aim', { id: 'gt.targetLabel' }), goal.target)}
    </div>
    ${dateField(ctx, 'targetDate', msg('Aim to reach it by', { id: 'gt.targetDateLabel' }), goal.targetDate ?? '')}
    ${formActions(ctx, msg('Save', { id: 'gt.save' }), on.close)}
  </form>`;
}
