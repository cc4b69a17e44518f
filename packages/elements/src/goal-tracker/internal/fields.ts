import { msg } from '@lit/localize';
import type { FieldError, MeasureType } from '@tandem/contract';
import { html, nothing, type TemplateResult } from 'lit';
import type { LazySpeech } from '../../base/speech-loader.js';
import { domainLabel, failureMessage, fieldMessage, measureLabel } from '../labels.js';
import type { GoalsController } from './controller.js';
import { domains, measureTypes } from './requests.js';

/** What every form piece reads: the controller's errors and whether it may send now. */
export interface FormContext {
  controller: GoalsController;
  online: boolean;
  /** The measure type the field messages speak of (bounds), if the goal has one. */
  measure?: MeasureType | null;
  speech: LazySpeech;
  /** The viewer's language, to listen in. */
  locale: string;
  /** The plain-language hint on the statement (educators writing English), or undefined for none. */
  hint?: string | undefined;
}

/** The plain-language hint under the statement, said politely once typing pauses. */
export const plainHintLine = (ctx: FormContext) =>
  ctx.hint === undefined ? nothing : html`<p class="hint plain-hint" aria-live="polite">${ctx.hint}</p>`;

/** Tells `on.statement` what the statement field says now. */
export const statementInput = (on: FormHandlers) => (event: Event) => {
  const field = event.target as HTMLInputElement;
  if (field.name === 'statement') on.statement?.(field.value);
};

/** A note field with voice input beside it (where the browser has recognition). */
export function noteField(ctx: FormContext, key: string): TemplateResult {
  return html`<label for="note">${msg('Note (optional)', { id: 'gt.noteLabel' })}</label>
    <div class="voice-field" @focusout=${ctx.speech.leave} @keydown=${ctx.speech.escape}>
      <textarea id="note" name="note" rows="2" maxlength="1000"></textarea>
      ${ctx.speech.mic(
        { key, lang: ctx.locale, selector: '#note' },
        {
          start: msg('Speak the note', { id: 'gt.micStart' }),
          stop: msg('Stop listening', { id: 'gt.micStop' }),
          listening: msg('Listening…', { id: 'gt.listening' }),
        },
      )}
    </div>`;
}

const errorOf = (errors: readonly FieldError[], name: string) => errors.find((e) => e.path === name);

/** The message under a field, tied to it by `aria-describedby`. */
export function fieldError(ctx: FormContext, name: string): TemplateResult | typeof nothing {
  const error = errorOf(ctx.controller.fieldErrors, name);
  return error ? html`<p class="field-error" id="err-${name}">${fieldMessage(error.code, ctx.measure)}</p>` : nothing;
}

export const invalid = (ctx: FormContext, name: string) =>
  errorOf(ctx.controller.fieldErrors, name) ? 'true' : 'false';

export function textField(
  ctx: FormContext,
  name: string,
  label: string,
  options: { value?: string | null; maxlength: number; hint?: string },
): TemplateResult {
  return html`<label for=${name}>${label}</label>
    ${options.hint ? html`<p class="hint" id="hint-${name}">${options.hint}</p>` : nothing}
    <input
      id=${name}
      name=${name}
      maxlength=${options.maxlength}
      .value=${options.value ?? ''}
      aria-invalid=${invalid(ctx, name)}
      aria-describedby="err-${name} ${options.hint ? `hint-${name}` : ''}"
    />
    ${fieldError(ctx, name)}`;
}

export function numberField(ctx: FormContext, name: string, label: string, value?: number | null): TemplateResult {
  return html`<div>
    <label for=${name}>${label}</label>
    <input
      id=${name}
      name=${name}
      type="number"
      inputmode="decimal"
      step="any"
      .value=${value?.toString() ?? ''}
      aria-invalid=${invalid(ctx, name)}
      aria-describedby="err-${name}"
    />
    ${fieldError(ctx, name)}
  </div>`;
}

export function dateField(ctx: FormContext, name: string, label: string, value: string, max?: string): TemplateResult {
  return html`<label for=${name}>${label}</label>
    <input
      id=${name}
      name=${name}
      type="date"
      max=${max ?? nothing}
      .value=${value}
      aria-invalid=${invalid(ctx, name)}
      aria-describedby="err-${name}"
    />
    ${fieldError(ctx, name)}`;
}

/** How a goal is measured: area, measure type, unit, baseline, target and the aim date. */
export function measurementFields(ctx: FormContext, targetDate: string | null): TemplateResult {
  const select = (name: string, label: string, options: readonly string[], text: (o: never) => string) =>
    html`<label for=${name}>${label}</label>
      <select id=${name} name=${name} aria-invalid=${invalid(ctx, name)} aria-describedby="err-${name}">
        <option value="">${msg('Choose…', { id: 'gt.choose' })}</option>
        ${options.map((o) => html`<option value=${o}>${text(o as never)}</option>`)}
      </select>
      ${fieldError(ctx, name)}`;
  return html`${select('domain', msg('Area', { id: 'gt.domainLabel' }), domains, domainLabel)}
    ${select('measureType', msg('How we measure it', { id: 'gt.measureLabel' }), measureTypes, measureLabel)}
    ${textField(ctx, 'unit', msg('Unit (for example: minutes, books, days)', { id: 'gt.unitLabel' }), { maxlength: 40 })}
    <div class="pair">
      ${numberField(ctx, 'baseline', msg('Starting point', { id: 'gt.baselineLabel' }))}
      ${numberField(ctx, 'target', msg('Aim', { id: 'gt.targetLabel' }))}
    </div>
    ${dateField(ctx, 'targetDate', msg('Aim to reach it by', { id: 'gt.targetDateLabel' }), targetDate ?? '')}`;
}

/** Why sending failed (the form stays as typed), then Send and Cancel. */
export function formActions(ctx: FormContext, send: string, onCancel: () => void): TemplateResult {
  const { controller } = ctx;
  return html`${
      controller.formError
        ? html`<p class="field-error" role="alert">${failureMessage(controller.formError, 'save')}</p>`
        : nothing
    }
    <div class="actions">
      <button part="button primary-button" class="primary" type="submit" ?disabled=${controller.saving || !ctx.online}>
        ${controller.saving ? msg('Saving…', { id: 'gt.saving' }) : send}
      </button>
      <button part="button" type="button" @click=${onCancel}>${msg('Cancel', { id: 'gt.cancel' })}</button>
    </div>`;
}

/** The form's fields by name, for the pure request functions. */
export const fieldsOf = (event: SubmitEvent): Record<string, FormDataEntryValue> => {
  event.preventDefault();
  return Object.fromEntries(new FormData(event.currentTarget as HTMLFormElement));
};

/** What a form tells the element: cancelled, or sent (saved or not). */
export interface FormHandlers {
  close(): void;
  /** After a command: the element moves focus and says what happened. */
  settled(saved: boolean): void;
  /** The goal statement being written now says `text` (for the plain-language hint). */
  statement?(text: string): void;
}
