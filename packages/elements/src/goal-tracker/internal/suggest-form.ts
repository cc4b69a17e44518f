// Suggest a goal: a family's, in their own words alone; an educator's new goal says how it is measured.
import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { localToday } from '../format.js';
import {
  fieldsOf,
  formActions,
  measurementFields,
  plainHintLine,
  statementInput,
  textField,
  type FormContext,
  type FormHandlers,
} from './fields.js';
import { newGoalRequest, suggestionRequest } from './requests.js';

/** A family's suggestion is the goal in their own words; an educator's new goal also says how it is measured. */
export function suggestForm(ctx: FormContext, childName: string, on: FormHandlers): TemplateResult {
  const family = ctx.controller.isFamily;
  const submit = async (event: SubmitEvent) => {
    const fields = fieldsOf(event);
    on.settled(
      await ctx.controller.createGoal(family ? suggestionRequest(fields) : newGoalRequest(fields, localToday())),
    );
  };
  return html`<form part="form" class="form goal-form" novalidate @submit=${submit} @input=${statementInput(on)}>
    <h3 class="form-title">
      ${family ? msg('Suggest a goal', { id: 'gt.suggest' }) : msg('New goal', { id: 'gt.new' })}
    </h3>
    ${textField(ctx, 'statement', msg('The goal, in plain words', { id: 'gt.statementLabel' }), {
      maxlength: 500,
      ...(family
        ? {
            hint: msg(
              str`What would you like ${childName} to work on? Your own words are enough: the teacher will plan how to measure it with you.`,
              {
                id: 'gt.suggestHint',
              },
            ),
          }
        : {}),
    })}
    ${plainHintLine(ctx)} ${family ? '' : measurementFields(ctx, null)}
    ${formActions(
      ctx,
      family ? msg('Send to the teacher', { id: 'gt.sendSuggestion' }) : msg('Save', { id: 'gt.save' }),
      on.close,
    )}
  </form>`;
}
