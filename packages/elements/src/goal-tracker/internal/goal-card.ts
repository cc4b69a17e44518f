import { msg, str } from '@lit/localize';
import { goalStatusTransitions, type Goal } from '@tandem/contract';
import { html, nothing, type TemplateResult } from 'lit';
import type { LazySpeech } from '../../base/speech-loader.js';
import { formatDay, formatNumber, localToday, relativeDay } from '../format.js';
import { houseIcon, schoolIcon } from '../icons.js';
import type { Review, Shown } from '../../base/translated-text.js';
import { reviewNote, textIn, translationNote } from '../../base/translation-notes.js';
import { domainLabel, formatValue, reviewLabels, settingLabel, statusLabel, translationLabels } from '../labels.js';
import type { GoalTexts, GoalView, GoalsController, OpenForm } from './controller.js';
import type { ChartState } from './chart-state.js';
import type { Details } from './details.js';
import type { FormHandlers } from './fields.js';

export interface CardContext {
  controller: GoalsController;
  /** The chart, table and forms (a chunk of their own, fetched with the data). */
  details: Details;
  chart: ChartState;
  locale: string;
  rtl: boolean;
  readonly: boolean;
  online: boolean;
  /** The chart's width in CSS pixels. */
  width: number;
  speech: LazySpeech;
  /** The plain-language hint for the statement being written, or undefined for none. */
  hint: string | undefined;
  on: FormHandlers & {
    open(form: OpenForm): void;
    status(goal: Goal, status: 'met' | 'discontinued' | 'active'): void;
    review(goal: Goal, review: Review): void;
  };
}

/** "12 minutes on Monday, November 23, up from 5 at the start." */
export function meaning({ goal, entries }: GoalView, locale: string): string {
  const latest = [...entries].reverse().find((e) => !e.pending);
  if (!latest) return msg('No progress recorded yet.', { id: 'gt.noEntries' });
  const value = formatValue(goal, latest.value, locale);
  const day = formatDay(latest.date, locale);
  if (goal.baseline === null || goal.measureType === 'yes_no') {
    return msg(str`${value} on ${day}.`, { id: 'gt.meaningPlain' });
  }
  const baseline = formatNumber(goal.baseline, locale);
  if (latest.value > goal.baseline === (goal.target ?? Infinity) > goal.baseline && latest.value !== goal.baseline) {
    return msg(str`${value} on ${day}, up from ${baseline} at the start.`, { id: 'gt.meaningUp' });
  }
  return msg(str`${value} on ${day}. It started at ${baseline}.`, { id: 'gt.meaningStart' });
}

function aimText(goal: Goal, locale: string) {
  const parts: string[] = [];
  if (goal.baseline !== null && goal.target !== null && goal.measureType !== 'yes_no') {
    const from = formatNumber(goal.baseline, locale);
    parts.push(msg(str`From ${from} to ${formatValue(goal, goal.target, locale)}`, { id: 'gt.fromTo' }));
  }
  if (goal.targetDate) {
    const when = `${formatDay(goal.targetDate, locale)} · ${relativeDay(goal.targetDate, localToday(), locale)}`;
    parts.push(msg(str`by ${when}`, { id: 'gt.by' }));
  }
  return parts.length ? html`<p class="aim-text">${parts.join(' ')}</p>` : nothing;
}

/** Who does what this week, at home and at school, side by side with equal weight. */
function actionSteps(texts: GoalTexts) {
  if (!texts.steps.length) return nothing;
  const group = (owner: 'home' | 'school') => {
    const steps = texts.steps.filter((s) => s.step.owner === owner);
    if (!steps.length) return nothing;
    return html`<div class="steps ${owner}">
      <h4>${owner === 'home' ? houseIcon : schoolIcon} ${settingLabel(owner)}</h4>
      <ul>
        ${steps.map(
          (s) =>
            html`<li>
              ${textIn(s.description)}${s.frequency ? html` <span class="muted">· ${textIn(s.frequency)}</span>` : nothing}
            </li>`,
        )}
      </ul>
    </div>`;
  };
  return html`<div class="week">
    <h4 class="week-title">${msg('This week', { id: 'gt.thisWeek' })}</h4>
    <div class="step-groups">${group('home')} ${group('school')}</div>
  </div>`;
}

function educatorActions(ctx: CardContext, goal: Goal) {
  const allowed = goalStatusTransitions[goal.status];
  const change = (status: 'met' | 'discontinued' | 'active', label: string) =>
    allowed.includes(status)
      ? html`<button
          part="button"
          type="button"
          ?disabled=${ctx.controller.saving}
          @click=${() => ctx.on.status(goal, status)}
        >
          ${label}
        </button>`
      : nothing;
  if (goal.status === 'proposed') {
    return html`<button
        part="button primary-button"
        class="primary"
        type="button"
        @click=${() => ctx.on.open({ kind: 'accept', goalId: goal.id })}
      >
        ${msg('Accept', { id: 'gt.accept' })}
      </button>
      ${change('discontinued', msg('Decline', { id: 'gt.decline' }))}`;
  }
  return html`<button part="button" type="button" @click=${() => ctx.on.open({ kind: 'edit', goalId: goal.id })}>
      ${msg('Edit', { id: 'gt.edit' })}
    </button>
    ${goal.status === 'active' ? change('met', msg('Mark as met', { id: 'gt.markMet' })) : nothing}
    ${goal.status === 'active' ? change('discontinued', msg('Stop this goal', { id: 'gt.stop' })) : nothing}
    ${goal.status !== 'active' && goal.measureType ? change('active', msg('Make active again', { id: 'gt.reactivate' })) : nothing}`;
}

/** "Read aloud" for the statement as shown: the translation or the original, in its own language. */
const readStatement = (ctx: CardContext, goal: Goal, statement: Shown) =>
  ctx.speech.readAloud(
    { key: goal.id, text: statement.text, lang: statement.lang },
    { read: msg('Read aloud', { id: 'gt.readAloud' }), stop: msg('Stop reading', { id: 'gt.stopReading' }) },
  );

/** The goal's texts in the viewer's language with the original a tap away, and the interpreter's check. */
function translation(ctx: CardContext, texts: GoalTexts, goal: Goal) {
  const { controller } = ctx;
  const note = translationNote(
    texts.all,
    controller.originals.shows(goal.id),
    () => controller.originals.toggle(goal.id),
    ctx.locale,
    translationLabels(),
  );
  // Offered only where there is a translation to check (the family's, though the educator reads the original).
  const translated = goal.translations.length > 0 || goal.actionSteps.some((s) => s.translations.length > 0);
  const set =
    !controller.mayReview || ctx.readonly || !translated
      ? undefined
      : { busy: controller.saving, to: (next: Review) => ctx.on.review(goal, next) };
  const review = reviewNote(goal.interpreterReview, reviewLabels(), set);
  return note === nothing && review === nothing ? nothing : html`<p class="translation">${note} ${review}</p>`;
}

function openFormFor(ctx: CardContext, goal: Goal, shown: Goal) {
  const open = ctx.controller.open;
  if (!open || !('goalId' in open) || open.goalId !== goal.id) return null;
  const form = {
    controller: ctx.controller,
    online: ctx.online,
    measure: goal.measureType,
    speech: ctx.speech,
    locale: ctx.locale,
    hint: ctx.hint,
  };
  if (open.kind === 'progress') return ctx.details.progressForm(form, shown, ctx.on);
  if (open.kind === 'accept') return ctx.details.acceptForm(form, goal, ctx.on);
  return ctx.details.editForm(form, goal, ctx.on);
}

/** A dashboard's row: statement, area, the trend in one line, its meaning. */
export function goalRow(ctx: CardContext, view: GoalView): TemplateResult {
  const texts = ctx.controller.textsOf(view.goal, ctx.locale);
  const goal = texts.goal;
  view = { ...view, goal };
  return html`<article part="goal" class="row" aria-labelledby="g-${goal.id}">
    <h3 id="g-${goal.id}" class="statement">${textIn(texts.statement)}</h3>
    ${readStatement(ctx, goal, texts.statement)}
    <span class="domain">${goal.domain ? domainLabel(goal.domain) : statusLabel(goal.status)}</span>
    <div class="spark" part="chart">
      ${ctx.details.trendChart({ ...view, locale: ctx.locale, rtl: ctx.rtl, width: ctx.width, focused: null, spark: true })}
    </div>
    <p class="meaning">${meaning(view, ctx.locale)}</p>
  </article>`;
}

/** A goal's card: statement, latest progress, the chart, this week's steps, the next action. */
export function goalCard(ctx: CardContext, original: GoalView): TemplateResult {
  const { controller, chart } = ctx;
  const texts = controller.textsOf(original.goal, ctx.locale);
  const goal = texts.goal;
  const view = { ...original, goal };
  const { entries } = view;
  const family = controller.isFamily;
  const canRecord = !ctx.readonly && goal.status === 'active' && controller.mayRecord;
  const form = openFormFor(ctx, original.goal, goal);
  const focus = (index: number) => chart.focus(goal.id, index);
  return html`<article part="goal" class="card status-${goal.status}" aria-labelledby="g-${goal.id}">
    <div class="card-head">
      ${goal.domain ? html`<span class="domain">${domainLabel(goal.domain)}</span>` : nothing}
      <span class="status">${statusLabel(goal.status)}</span>
    </div>
    <h3 id="g-${goal.id}" class="statement">${textIn(texts.statement)}</h3>
    ${readStatement(ctx, goal, texts.statement)} ${translation(ctx, texts, original.goal)}
    ${
      goal.status === 'proposed'
        ? html`<p class="muted">
            ${
              goal.creatorRole === 'guardian'
                ? msg('A family suggested this goal. The school will talk it over with them.', {
                    id: 'gt.proposedByFamily',
                  })
                : msg('The school suggested this goal.', { id: 'gt.proposedBySchool' })
            }
          </p>`
        : html`<p class="meaning">${meaning(view, ctx.locale)}</p>
            ${aimText(goal, ctx.locale)}
            ${
              entries.length && goal.measureType
                ? ctx.details.chartFigure({
                    ...view,
                    locale: ctx.locale,
                    rtl: ctx.rtl,
                    width: ctx.width,
                    focused: chart.focused(goal.id),
                    onPoint: focus,
                    tableOpen: chart.tableOpen(goal.id),
                    onToggleTable: () => chart.toggleTable(goal.id),
                  })
                : nothing
            }
            ${chart.tableOpen(goal.id) ? ctx.details.progressTable(goal, entries, ctx.locale, controller) : nothing}`
    }
    ${actionSteps(texts)}
    ${
      form ??
      (ctx.readonly
        ? nothing
        : html`<div class="actions">
            ${
              canRecord
                ? html`<button
                    part="button primary-button"
                    class="primary"
                    type="button"
                    @click=${() => ctx.on.open({ kind: 'progress', goalId: goal.id })}
                  >
                    ${msg("Add today's progress", { id: 'gt.addProgress' })}
                  </button>`
                : nothing
            }
            ${family ? nothing : educatorActions(ctx, original.goal)}
          </div>`)
    }
  </article>`;
}
