import { msg, str } from '@lit/localize';
import type { Goal, Student } from '@tandem/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TandemGoalProposedEvent, TandemProgressRecordedEvent } from '../base/events.js';
import { strings } from '../generated/strings/goal-tracker.js';
import { renderLanguageNotice } from '../base/language-notice.js';
import { baseLanguage } from '../base/intl.js';
import { loadStateStyles, renderLoadState } from '../base/load-state.js';
import { LazySpeech } from '../base/speech-loader.js';
import type { LoadState } from '../base/loader.js';
import { TandemElement } from '../base/tandem-element.js';
import { tokens } from '../base/tokens.js';
import { styles } from './goal-tracker.styles.js';
import { GoalsController, type OpenForm } from './internal/controller.js';
import type { CardContext } from './internal/goal-card.js';
import { ChartState } from './internal/chart-state.js';
import type { Details } from './internal/details.js';
import { LazyPart } from '../base/lazy-part.js';
import { ElementWidth } from './internal/width.js';
import { failureMessage, statusLabel } from './labels.js';

/** The card's padding and border around the chart, in CSS pixels. */
const CARD_INSET = 34;

/**
 * A student's goals, shared by their family and their school: each goal's trend against its
 * aim line, with home and school entries side by side; this week's steps at home and at
 * school; and recording today's progress. Families suggest goals in their own words; educators
 * accept them (saying how they are measured), create, edit and close goals (the server decides
 * what each person may do; the widget follows).
 *
 * Shared content is shown in the signed-in person's preferred language when there is a
 * translation (then in the interface's: an app may pin the interface, not what a family reads),
 * marked "Machine-translated from …" with the original one tap away; an interpreter's check is
 * said to everyone, and the student's educators ask for it.
 *
 * @tagname tandem-goal-tracker
 * @summary Shared student goals with progress from home and school.
 *
 * @event tandem-progress-recorded - A progress entry was saved. `detail: { studentId, goalId, entryId }`.
 * @event tandem-goal-proposed - A family suggested a goal, or an educator created one. `detail: { studentId, goalId }`.
 * @event tandem-error - Loading or saving failed. `detail: { kind, operation, requestId? }`.
 *
 * @csspart base - The wrapper of everything, carrying the locale's direction.
 * @csspart goal - One goal's card.
 * @csspart chart - A goal's trend chart.
 * @csspart button - Every button.
 * @csspart primary-button - The main action of a form or card.
 * @csspart form - The forms (progress, suggestion, new goal, accept, edit).
 *
 * @cssproperty --tandem-goal-tracker-gap - Space between goal cards (default 16px).
 * @cssproperty --tandem-goal-tracker-card-background - Card background (default the surface colour).
 * @cssproperty --tandem-sys-color-primary - Links, primary buttons, focus ring, the aim line.
 * @cssproperty --tandem-sys-color-home - Home entries and steps.
 * @cssproperty --tandem-sys-color-school - School entries and steps.
 */
export class TandemGoalTracker extends TandemElement {
  static override styles = [tokens, loadStateStyles, styles];
  static override translations = strings;

  /** The student the widget is about. */
  @property({ attribute: 'student-id', reflect: true }) studentId: string | null = null;
  /** `light` (default), `dark`, or `auto` to follow the device. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' | null = null;
  /** Shows goals and trends without any action (dashboards). */
  @property({ type: Boolean, reflect: true }) readonly = false;
  /** One row per goal with its trend (dashboards). */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** The plain-language hint on the statement an educator is writing. */
  @state() private plainHint = '';

  readonly #data = new GoalsController(this, {
    client: () => this.activeClient,
    studentId: () => this.studentId,
    failed: (error, operation) => this.reportError(error, operation),
    recorded: (entry) =>
      this.dispatchEvent(
        new TandemProgressRecordedEvent({ studentId: entry.studentId, goalId: entry.goalId, entryId: entry.id }),
      ),
    proposed: (goal) => this.dispatchEvent(new TandemGoalProposedEvent({ studentId: goal.studentId, goalId: goal.id })),
  });
  readonly #chart = new ChartState(this);
  readonly #details = new LazyPart<Details>(this, () => import('./internal/details.js'));
  readonly #width = new ElementWidth(this);
  readonly #speech = new LazySpeech(this, () => this.speechPlatform);

  /**
   * Where loading stands: `waiting` (no client or student yet), `loading`, `ready`, `error` or
   * `offline`. Read-only; for hosts and tests that must tell "waiting" from "loading".
   */
  get loadState(): LoadState {
    // Ready once the chart and forms are in too (fetched beside the data).
    return this.#details.settle(this.#data.loader.state);
  }

  /** Loads again (the student and viewer too), cancelling a load under way. */
  reload(): Promise<void> {
    return this.#data.loader.reload({ fresh: true });
  }

  /** How the viewer relates to the student (`guardian`, `educator`, `admin`), once loaded. */
  get viewerRole(): Student['relationship']['role'] | undefined {
    return this.#data.loader.student?.relationship.role;
  }

  protected override clientChanged(): void {
    this.requestUpdate(); // the loader sees the new client in the next update and loads again
  }

  protected override render(): TemplateResult {
    const loader = this.#data.loader;
    return html`<div part="base" class="base" dir=${this.direction} lang=${this.locale}>
      ${renderLanguageNotice(this)} ${this.#header()}
      ${
        loader.online
          ? nothing
          : html`<p class="offline" role="status">
              ${msg("You're offline. You can look at the goals; saving waits until you're back online.", { id: 'gt.offlineBanner' })}
            </p>`
      }
      <p class="notice" role="status" aria-live="polite">${this.#notice()}</p>
      ${
        loader.state === 'ready' && this.#details.module
          ? this.#body(this.#details.module)
          : renderLoadState(
              loader,
              {
                loading: msg('Loading goals…', { id: 'gt.loading' }),
                failure: (kind) => failureMessage(kind, 'load'),
                retry: msg('Try again', { id: 'gt.retry' }),
              },
              this.#details,
            )
      }
    </div>`;
  }

  #header() {
    const data = this.#data;
    const name = data.childName;
    const canAdd = data.loader.state === 'ready' && !this.readonly && data.open?.kind !== 'new';
    return html`<div class="header">
      <h2 class="title">
        ${name ? msg(str`${name}'s goals`, { id: 'gt.titleFor' }) : msg('Goals', { id: 'gt.title' })}
      </h2>
      ${
        canAdd
          ? html`<button part="button" class="add" type="button" @click=${() => this.#open({ kind: 'new' })}>
              ${data.isFamily ? msg('Suggest a goal', { id: 'gt.suggest' }) : msg('New goal', { id: 'gt.new' })}
            </button>`
          : nothing
      }
    </div>`;
  }

  /** What the last command did, or why it failed when no form is there to say so. */
  #notice(): string {
    const { outcome, formError, open } = this.#data;
    if (formError && !open) return failureMessage(formError, 'save');
    if (outcome === 'saved') return msg('Saved. Thank you!', { id: 'gt.saved' });
    if (outcome === 'suggested') return msg('Sent. The teacher will see your suggestion.', { id: 'gt.suggestionSent' });
    if (outcome) return msg(str`Now: ${statusLabel(outcome)}.`, { id: 'gt.statusChanged' });
    return '';
  }

  #body(details: Details) {
    const data = this.#data;
    // Plain-language hints for educators writing English only (the measure is English's).
    const hinted = !data.isFamily && baseLanguage(this.locale) === 'en';
    const ctx: CardContext = {
      controller: data,
      details,
      chart: this.#chart,
      locale: this.locale,
      rtl: this.direction === 'rtl',
      readonly: this.readonly,
      online: data.loader.online,
      width: this.#width.width - CARD_INSET,
      speech: this.#speech,
      hint: hinted ? this.plainHint : undefined,
      on: {
        // Educators only: the hint's module is loaded the first time they type.
        statement: (text) =>
          hinted &&
          void import('./internal/plain-hint.js').then((m) =>
            m.hintLater(this, text, (hint) => (this.plainHint = hint)),
          ),
        open: (form) => this.#open(form),
        close: () => this.#close(),
        settled: (saved) => this.#settled(saved),
        status: (goal, status) => void this.#status(goal, status),
        review: (goal, review) => void this.#data.setReview(goal, review),
      },
    };
    const form = { controller: data, online: ctx.online, speech: ctx.speech, locale: ctx.locale, hint: ctx.hint };
    return html`${data.open?.kind === 'new' ? details.suggestForm(form, data.childName, ctx.on) : nothing}
    ${
      data.views.length === 0
        ? html`<p class="empty">
            ${
              data.isFamily
                ? msg("No goals yet. Suggest one to your child's teacher.", { id: 'gt.emptyFamily' })
                : msg('No goals yet. Create the first one with the family.', { id: 'gt.emptySchool' })
            }
          </p>`
        : html`<ul class="goals ${this.compact ? 'compact' : ''}" role="list">
            ${data.views.map((view) => html`<li>${this.compact ? details.goalRow(ctx, view) : details.goalCard(ctx, view)}</li>`)}
          </ul>`
    }`;
  }

  /** Where focus goes back to when a form closes: its goal's card, or the header. */
  #origin: string | null = null;

  #open(form: OpenForm) {
    this.#origin = form && 'goalId' in form ? form.goalId : null;
    this.plainHint = ''; // a new form starts without the last one's hint
    this.#data.openForm(form);
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('form input, form select, form textarea')?.focus(),
    );
  }

  #close() {
    this.#data.closeForm();
    void this.#focusAfter(this.#origin);
  }

  /** After a form was sent: back to where it was opened; or to the first field that needs attention. */
  #settled(saved: boolean) {
    if (saved) return void this.#focusAfter(this.#origin);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  }

  async #status(goal: Goal, status: 'met' | 'discontinued' | 'active') {
    await this.#data.changeStatus(goal, status);
    await this.#focusAfter(goal.id);
  }

  async #focusAfter(goalId: string | null) {
    await this.updateComplete;
    const card = goalId ? this.renderRoot.querySelector(`#g-${CSS.escape(goalId)}`)?.closest('article') : null;
    (
      card?.querySelector<HTMLElement>('.actions button') ??
      this.renderRoot.querySelector<HTMLElement>('.header button')
    )?.focus();
  }
}
