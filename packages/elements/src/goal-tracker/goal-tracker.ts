import { msg, str } from '@lit/localize';
import { goals, paginate, progress, students, type TandemClient } from '@tandem/client';
import {
  checkGoalValues,
  checkMeasureValue,
  goalStatusTransitions,
  measureBounds,
  type FieldError,
  type Goal,
  type GoalDomain,
  type GoalStatus,
  type MeasureType,
  type ProgressEntry,
  type Student,
} from '@tandem/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { TandemGoalProposedEvent, TandemProgressRecordedEvent } from '../base/events.js';
import { StudentWidget } from '../base/student-widget.js';
import { kindOf } from '../base/tandem-element.js';
import { tokens } from '../base/tokens.js';
import { trendChart, type ChartPoint } from './chart.js';
import { formatDay, formatNumber, localToday, relativeDay } from './format.js';
import { styles } from './goal-tracker.styles.js';
import { houseIcon, schoolIcon } from './icons.js';
import { domainLabel, failureMessage, fieldMessage, measureLabel, settingLabel, statusLabel } from './labels.js';

type Entry = ProgressEntry & { pending?: boolean };
interface GoalView {
  goal: Goal;
  /** Oldest first. */
  entries: Entry[];
}
/** Which form is open: recording on a goal, editing a goal, or a new goal. */
type OpenForm = { kind: 'progress' | 'edit'; goalId: string } | { kind: 'new' } | null;

const DOMAINS: GoalDomain[] = ['academic', 'behavior', 'social_emotional', 'attendance', 'iep'];
const MEASURES: MeasureType[] = ['count', 'duration', 'percent', 'rating', 'yes_no'];

/**
 * A student's goals, shared by their family and their school: each goal's trend against its
 * aim line, with home and school entries side by side; this week's steps at home and at
 * school; and recording today's progress. Families suggest goals; educators create, edit and
 * close them (the server decides what each person may do; the widget follows).
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
 * @csspart form - The forms (progress, new goal, edit).
 *
 * @cssproperty --tandem-goal-tracker-gap - Space between goal cards (default 16px).
 * @cssproperty --tandem-goal-tracker-card-background - Card background (default the surface colour).
 * @cssproperty --tandem-sys-color-primary - Links, primary buttons, focus ring.
 * @cssproperty --tandem-sys-color-home - Home entries and steps.
 * @cssproperty --tandem-sys-color-school - School entries and steps.
 */
export class TandemGoalTracker extends StudentWidget {
  static override styles = [tokens, styles];
  static override translationPart = 'goal-tracker' as const;

  static override properties = {
    ...StudentWidget.properties,
    readonly: { type: Boolean, reflect: true },
    compact: { type: Boolean, reflect: true },
    _views: { state: true },
    _student: { state: true },
    _open: { state: true },
    _errors: { state: true },
    _saving: { state: true },
    _notice: { state: true },
    _focus: { state: true },
  };

  /** Shows goals and trends without any action (dashboards). */
  declare readonly: boolean;
  /** One row per goal with its trend (dashboards). */
  declare compact: boolean;

  declare _views: GoalView[];
  declare _student: Student | null;
  declare _open: OpenForm;
  declare _errors: Record<string, string>;
  declare _saving: boolean;
  declare _notice: string;
  declare _focus: Record<string, number>;

  #idempotencyKey = '';

  constructor() {
    super();
    this.readonly = false;
    this.compact = false;
    this._views = [];
    this._student = null;
    this._open = null;
    this._errors = {};
    this._saving = false;
    this._notice = '';
    this._focus = {};
  }

  protected override async load(client: TandemClient, studentId: string, signal: AbortSignal): Promise<void> {
    const student = await students.get(client, { studentId }, { signal });
    const list: Goal[] = [];
    for await (const goal of paginate((cursor) => goals.list(client, { studentId, cursor }, { signal })))
      list.push(goal);
    const views = await Promise.all(
      list.map(async (goal) => ({
        goal,
        entries:
          goal.status === 'proposed'
            ? []
            : (await progress.list(client, { goalId: goal.id, limit: 100 }, { signal })).items.reverse(),
      })),
    );
    if (signal.aborted) return;
    this._student = student;
    this._views = views;
  }

  get #isFamily(): boolean {
    return this._student?.relationship.role === 'guardian';
  }

  get #childName(): string {
    return this._student ? (this._student.preferredName ?? this._student.givenName) : '';
  }

  protected override render(): TemplateResult {
    return html`<div part="base" class="base" dir=${this.direction} lang=${this.locale}>
      ${this.#renderHeader()} ${this._online ? nothing : this.#renderOfflineBanner()}
      <p class="notice" role="status" aria-live="polite">${this._notice}</p>
      ${this.#renderBody()}
    </div>`;
  }

  #renderHeader() {
    const name = this.#childName;
    return html`<div class="header">
      <h2 class="title">
        ${name ? msg(str`${name}'s goals`, { id: 'gt.titleFor' }) : msg('Goals', { id: 'gt.title' })}
      </h2>
      ${
        this._state === 'ready' && !this.readonly && this._open?.kind !== 'new'
          ? html`<button part="button" type="button" @click=${() => this.#openForm({ kind: 'new' })}>
              ${this.#isFamily ? msg('Suggest a goal', { id: 'gt.suggest' }) : msg('New goal', { id: 'gt.new' })}
            </button>`
          : nothing
      }
    </div>`;
  }

  #renderOfflineBanner() {
    return html`<p class="offline" role="status">
      ${msg("You're offline. You can look at the goals; saving waits until you're back online.", { id: 'gt.offlineBanner' })}
    </p>`;
  }

  #renderBody() {
    const loading = this.renderLoadState(
      msg('Loading goals…', { id: 'gt.loading' }),
      (kind) => failureMessage(kind, 'load'),
      msg('Try again', { id: 'gt.retry' }),
    );
    if (loading) return loading;
    return html`${this._open?.kind === 'new' ? this.#renderGoalForm(null) : nothing}
    ${
      this._views.length === 0
        ? html`<p class="empty">
            ${
              this.#isFamily
                ? msg("No goals yet. Suggest one to your child's teacher.", { id: 'gt.emptyFamily' })
                : msg('No goals yet. Create the first one with the family.', { id: 'gt.emptySchool' })
            }
          </p>`
        : html`<ul class="goals ${this.compact ? 'compact' : ''}" role="list">
            ${this._views.map((view) => html`<li>${this.compact ? this.#renderRow(view) : this.#renderCard(view)}</li>`)}
          </ul>`
    }`;
  }

  /** "12 minutes on Monday, November 23 — up from 5 at the start." */
  #meaning({ goal, entries }: GoalView): string {
    const latest = [...entries].reverse().find((e) => !e.pending);
    if (!latest) return msg('No progress recorded yet.', { id: 'gt.noEntries' });
    const value = this.#formatValue(goal, latest.value);
    const day = formatDay(latest.date, this.locale);
    if (goal.baseline === null || goal.measureType === 'yes_no') {
      return msg(str`${value} on ${day}.`, { id: 'gt.meaningPlain' });
    }
    const baseline = formatNumber(goal.baseline, this.locale);
    if (latest.value > goal.baseline === (goal.target ?? Infinity) > goal.baseline && latest.value !== goal.baseline) {
      return msg(str`${value} on ${day}, up from ${baseline} at the start.`, { id: 'gt.meaningUp' });
    }
    return msg(str`${value} on ${day}. It started at ${baseline}.`, { id: 'gt.meaningStart' });
  }

  #formatValue(goal: Goal, value: number): string {
    if (goal.measureType === 'yes_no') return value ? msg('Yes', { id: 'gt.yes' }) : msg('No', { id: 'gt.no' });
    return `${formatNumber(value, this.locale)} ${goal.unit}`;
  }

  #renderRow(view: GoalView) {
    const { goal } = view;
    return html`<article part="goal" class="row" aria-labelledby="g-${goal.id}">
      <h3 id="g-${goal.id}" class="statement">${goal.statement}</h3>
      <span class="domain">${domainLabel(goal.domain)}</span>
      <div class="spark" part="chart">${trendChart(goal, this.#points(view), this.direction === 'rtl', null)}</div>
      <p class="meaning">${this.#meaning(view)}</p>
    </article>`;
  }

  #points(view: GoalView): ChartPoint[] {
    return view.entries.map((e) => ({
      id: e.id,
      date: e.date,
      value: e.value,
      setting: e.setting,
      pending: !!e.pending,
    }));
  }

  #renderCard(view: GoalView) {
    const { goal } = view;
    const canRecord =
      !this.readonly && goal.status === 'active' && this._student?.relationship.mayViewRecords !== false;
    const open = this._open;
    return html`<article part="goal" class="card status-${goal.status}" aria-labelledby="g-${goal.id}">
      <div class="card-head">
        <span class="domain">${domainLabel(goal.domain)}</span>
        <span class="status">${statusLabel(goal.status)}</span>
      </div>
      <h3 id="g-${goal.id}" class="statement">${goal.statement}</h3>
      ${this.#renderAim(goal)}
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
          : html`<p class="meaning">${this.#meaning(view)}</p>
              ${view.entries.length ? this.#renderChart(view) : nothing}`
      }
      ${this.#renderSteps(goal)}
      ${open?.kind === 'progress' && open.goalId === goal.id ? this.#renderProgressForm(goal) : nothing}
      ${open?.kind === 'edit' && open.goalId === goal.id ? this.#renderGoalForm(goal) : nothing}
      ${
        this.readonly || (open && 'goalId' in open && open.goalId === goal.id)
          ? nothing
          : html`<div class="actions">
              ${
                canRecord
                  ? html`<button
                      part="button primary-button"
                      class="primary"
                      type="button"
                      @click=${() => this.#openForm({ kind: 'progress', goalId: goal.id })}
                    >
                      ${msg("Add today's progress", { id: 'gt.addProgress' })}
                    </button>`
                  : nothing
              }
              ${this.#isFamily ? nothing : this.#renderEducatorActions(goal)}
            </div>`
      }
    </article>`;
  }

  #renderAim(goal: Goal) {
    const today = localToday();
    const parts: string[] = [];
    if (goal.baseline !== null && goal.target !== null && goal.measureType !== 'yes_no') {
      const from = formatNumber(goal.baseline, this.locale);
      const to = this.#formatValue(goal, goal.target);
      parts.push(msg(str`From ${from} to ${to}`, { id: 'gt.fromTo' }));
    }
    if (goal.targetDate) {
      const when = `${formatDay(goal.targetDate, this.locale)} · ${relativeDay(goal.targetDate, today, this.locale)}`;
      parts.push(msg(str`by ${when}`, { id: 'gt.by' }));
    }
    return parts.length ? html`<p class="aim-text">${parts.join(' ')}</p>` : nothing;
  }

  #renderChart(view: GoalView) {
    const { goal } = view;
    const points = this.#points(view);
    const rtl = this.direction === 'rtl';
    const focused = this._focus[goal.id] ?? null;
    const current = focused === null ? undefined : points[focused];
    const describe = (p: ChartPoint) =>
      `${this.#formatValue(goal, p.value)} · ${formatDay(p.date, this.locale)} · ${settingLabel(p.setting)}`;
    const onKey = (event: KeyboardEvent) => {
      // Arrow keys follow what the eye sees: in right-to-left, later days are to the left.
      const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
      let next: number | undefined;
      if (step !== undefined) next = Math.min(points.length - 1, Math.max(0, (focused ?? points.length) + step));
      if (event.key === 'Home') next = 0;
      if (event.key === 'End') next = points.length - 1;
      if (next === undefined) return;
      event.preventDefault();
      this._focus = { ...this._focus, [goal.id]: next };
    };
    return html`<div class="chart-wrap">
        <div
          class="chart"
          part="chart"
          tabindex="0"
          role="group"
          aria-roledescription=${msg('chart', { id: 'gt.chartRole' })}
          aria-label=${msg('Progress over time. Use the arrow keys to go through the entries.', { id: 'gt.chartLabel' })}
          @keydown=${onKey}
        >
          ${trendChart(goal, points, rtl, focused)}
        </div>
        <p class="legend">
          <span class="home">${houseIcon} ${settingLabel('home')}</span>
          <span class="school">${schoolIcon} ${settingLabel('school')}</span>
          <span class="aim-key">${msg('Dashed line: the aim', { id: 'gt.aimKey' })}</span>
        </p>
        <p class="selected" aria-live="polite">${current ? describe(current) : ''}</p>
      </div>
      <details class="data">
        <summary>${msg('Show the entries as a table', { id: 'gt.showTable' })}</summary>
        <table>
          <caption class="visually-hidden">
            ${goal.statement}
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
            ${[...view.entries].reverse().map(
              (e) =>
                html`<tr class=${e.pending ? 'pending' : ''}>
                  <td>${formatDay(e.date, this.locale, 'short')}</td>
                  <td>${this.#formatValue(goal, e.value)}</td>
                  <td class=${e.setting}>
                    ${e.setting === 'home' ? houseIcon : schoolIcon} ${settingLabel(e.setting)}
                  </td>
                  <td>${e.pending ? msg('Saving…', { id: 'gt.saving' }) : (e.note ?? '')}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </details>`;
  }

  #renderSteps(goal: Goal) {
    if (!goal.actionSteps.length) return nothing;
    const group = (owner: 'home' | 'school') => {
      const steps = goal.actionSteps.filter((s) => s.owner === owner);
      if (!steps.length) return nothing;
      return html`<div class="steps ${owner}">
        <h4>${owner === 'home' ? houseIcon : schoolIcon} ${settingLabel(owner)}</h4>
        <ul>
          ${steps.map(
            (s) =>
              html`<li>
                ${s.description}${s.frequency ? html` <span class="muted">· ${s.frequency}</span>` : nothing}
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

  #renderEducatorActions(goal: Goal) {
    const allowed = goalStatusTransitions[goal.status];
    const change = (status: Exclude<GoalStatus, 'proposed'>, label: string) =>
      allowed.includes(status)
        ? html`<button
            part="button"
            type="button"
            @click=${() => this.#changeStatus(goal, status)}
            ?disabled=${this._saving}
          >
            ${label}
          </button>`
        : nothing;
    if (goal.status === 'proposed') {
      return html`${change('active', msg('Accept', { id: 'gt.accept' }))}
      ${change('discontinued', msg('Decline', { id: 'gt.decline' }))}`;
    }
    return html`<button part="button" type="button" @click=${() => this.#openForm({ kind: 'edit', goalId: goal.id })}>
        ${msg('Edit', { id: 'gt.edit' })}
      </button>
      ${goal.status === 'active' ? change('met', msg('Mark as met', { id: 'gt.markMet' })) : nothing}
      ${goal.status === 'active' ? change('discontinued', msg('Stop this goal', { id: 'gt.stop' })) : nothing}
      ${goal.status !== 'active' ? change('active', msg('Make active again', { id: 'gt.reactivate' })) : nothing}`;
  }

  #openForm(form: OpenForm) {
    this._open = form;
    this._errors = {};
    this._notice = '';
    this.#idempotencyKey = crypto.randomUUID();
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('form [autofocus], form input, form textarea')?.focus(),
    );
  }

  #closeForm() {
    const goalId = this._open && 'goalId' in this._open ? this._open.goalId : null;
    this._open = null;
    this._errors = {};
    void this.updateComplete.then(() => {
      const target = goalId
        ? this.renderRoot
            .querySelector<HTMLElement>(`#g-${CSS.escape(goalId)}`)
            ?.closest('article')
            ?.querySelector('button')
        : this.renderRoot.querySelector<HTMLElement>('.header button');
      target?.focus();
    });
  }

  #fieldError(name: string) {
    const message = this._errors[name];
    return message ? html`<p class="field-error" id="err-${name}">${message}</p>` : nothing;
  }

  #numberField(name: string, label: string, value: number | null | undefined) {
    return html`<label for=${name}>${label}</label>
      <input
        id=${name}
        name=${name}
        type="number"
        inputmode="decimal"
        .value=${value?.toString() ?? ''}
        aria-invalid=${this.#invalid(name)}
        aria-describedby="err-${name}"
      />
      ${this.#fieldError(name)}`;
  }

  #invalid(name: string) {
    return this._errors[name] ? 'true' : 'false';
  }

  #renderProgressForm(goal: Goal) {
    const bounds = measureBounds[goal.measureType];
    const today = localToday();
    const disabled = this._saving || !this._online;
    return html`<form part="form" class="form" novalidate @submit=${(e: SubmitEvent) => this.#submitProgress(e, goal)}>
      <h4>${msg("Add today's progress", { id: 'gt.addProgress' })}</h4>
      <label for="value"
        >${goal.measureType === 'yes_no' ? goal.statement : msg(str`Result (${goal.unit})`, { id: 'gt.valueLabel' })}</label
      >
      ${
        goal.measureType === 'yes_no'
          ? html`<select id="value" name="value" aria-invalid=${this.#invalid('value')} aria-describedby="err-value">
              <option value="1">${msg('Yes', { id: 'gt.yes' })}</option>
              <option value="0">${msg('No', { id: 'gt.no' })}</option>
            </select>`
          : html`<input
              id="value"
              name="value"
              type="number"
              inputmode="decimal"
              min=${bounds.min}
              max=${bounds.max}
              step=${bounds.integer ? 1 : 'any'}
              required
              aria-invalid=${this.#invalid('value')}
              aria-describedby="err-value"
            />`
      }
      ${this.#fieldError('value')}
      <label for="date">${msg('Day', { id: 'gt.colDay' })}</label>
      <input
        id="date"
        name="date"
        type="date"
        max=${today}
        .value=${today}
        required
        aria-invalid=${this.#invalid('date')}
        aria-describedby="err-date"
      />
      ${this.#fieldError('date')}
      <label for="note">${msg('Note (optional)', { id: 'gt.noteLabel' })}</label>
      <textarea id="note" name="note" rows="2" maxlength="1000"></textarea>
      ${this.#fieldError('form')}
      <div class="actions">
        <button part="button primary-button" class="primary" type="submit" ?disabled=${disabled}>
          ${this._saving ? msg('Saving…', { id: 'gt.saving' }) : msg('Save', { id: 'gt.save' })}
        </button>
        <button part="button" type="button" @click=${() => this.#closeForm()}>
          ${msg('Cancel', { id: 'gt.cancel' })}
        </button>
      </div>
    </form>`;
  }

  async #submitProgress(event: SubmitEvent, goal: Goal) {
    event.preventDefault();
    const client = this.activeClient;
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const rawValue = String(data.get('value') ?? '').trim();
    const date = String(data.get('date') ?? '');
    const note = String(data.get('note') ?? '').trim();
    const errors: Record<string, string> = {};
    const value = Number(rawValue);
    if (rawValue === '' || !Number.isFinite(value)) errors.value = fieldMessage('required');
    else {
      const [problem] = checkMeasureValue(goal.measureType, value, 'value');
      if (problem) errors.value = fieldMessage(problem.code, goal.measureType);
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) errors.date = fieldMessage('required');
    else if (date > localToday()) errors.date = fieldMessage('in_future');
    this._errors = errors;
    if (Object.keys(errors).length || !client || !this.studentId) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    // Shown at once, marked as saving; replaced by the saved entry or taken back.
    const view = this._views.find((v) => v.goal.id === goal.id);
    if (!view) return;
    const pendingId = `pending-${this.#idempotencyKey}`;
    const pending: Entry = {
      id: pendingId,
      goalId: goal.id,
      studentId: goal.studentId,
      value,
      date,
      note: note || null,
      recordedBy: '',
      recorderRole: this.#isFamily ? 'guardian' : 'educator',
      setting: this.#isFamily ? 'home' : 'school',
      createdAt: new Date().toISOString(),
      pending: true,
    };
    const withEntry = (entries: Entry[]) => [...entries, pending].sort((a, b) => a.date.localeCompare(b.date));
    this.#replaceView(goal.id, (v) => ({ ...v, entries: withEntry(v.entries) }));
    this._saving = true;
    try {
      const saved = await progress.record(
        client,
        { goalId: goal.id },
        { value, date, ...(note ? { note } : {}) },
        { idempotencyKey: this.#idempotencyKey },
      );
      this.#replaceView(goal.id, (v) => ({ ...v, entries: v.entries.map((e) => (e.id === pendingId ? saved : e)) }));
      this._saving = false;
      this.#closeForm();
      this._notice = msg('Saved. Thank you!', { id: 'gt.saved' });
      this.dispatchEvent(
        new TandemProgressRecordedEvent({ studentId: goal.studentId, goalId: goal.id, entryId: saved.id }),
      );
    } catch (error) {
      // Nothing is lost: the form keeps what was typed, and Save tries again with the same key.
      this.#replaceView(goal.id, (v) => ({ ...v, entries: v.entries.filter((e) => e.id !== pendingId) }));
      this._saving = false;
      this._errors = { form: failureMessage(kindOf(error), 'save') };
      this.reportError(error, 'record-progress');
    }
  }

  #replaceView(goalId: string, change: (view: GoalView) => GoalView) {
    this._views = this._views.map((v) => (v.goal.id === goalId ? change(v) : v));
  }

  #renderGoalForm(goal: Goal | null) {
    const family = this.#isFamily;
    const disabled = this._saving || !this._online;
    const title = goal
      ? msg('Edit goal', { id: 'gt.editTitle' })
      : family
        ? msg('Suggest a goal', { id: 'gt.suggest' })
        : msg('New goal', { id: 'gt.new' });
    // A new goal's form stands under the widget's h2; an edit form inside a goal's card (h3).
    return html`<form
      part="form"
      class="form goal-form"
      novalidate
      @submit=${(e: SubmitEvent) => this.#submitGoal(e, goal)}
    >
      ${goal ? html`<h4>${title}</h4>` : html`<h3 class="form-title">${title}</h3>`}
      ${
        family
          ? html`<p class="muted">
              ${msg(str`What would you like ${this.#childName} to work on? The teacher will see your idea.`, { id: 'gt.suggestHelp' })}
            </p>`
          : nothing
      }
      <label for="statement">${msg('The goal, in plain words', { id: 'gt.statementLabel' })}</label>
      <input
        id="statement"
        name="statement"
        maxlength="500"
        .value=${goal?.statement ?? ''}
        required
        aria-invalid=${this.#invalid('statement')}
        aria-describedby="err-statement"
      />
      ${this.#fieldError('statement')}
      ${
        goal
          ? nothing
          : html`<label for="domain">${msg('Area', { id: 'gt.domainLabel' })}</label>
              <select id="domain" name="domain">
                ${DOMAINS.map((d) => html`<option value=${d}>${domainLabel(d)}</option>`)}
              </select>
              <label for="measureType">${msg('How we measure it', { id: 'gt.measureLabel' })}</label>
              <select id="measureType" name="measureType">
                ${MEASURES.map((m) => html`<option value=${m}>${measureLabel(m)}</option>`)}
              </select>
              <label for="unit">${msg('Unit (for example: minutes, books, days)', { id: 'gt.unitLabel' })}</label>
              <input
                id="unit"
                name="unit"
                maxlength="40"
                required
                aria-invalid=${this.#invalid('unit')}
                aria-describedby="err-unit"
              />
              ${this.#fieldError('unit')}`
      }
      ${
        family
          ? nothing
          : html`<div class="pair">
                <div>
                  ${this.#numberField('baseline', msg('Starting point', { id: 'gt.baselineLabel' }), goal?.baseline)}
                </div>
                <div>${this.#numberField('target', msg('Aim', { id: 'gt.targetLabel' }), goal?.target)}</div>
              </div>
              <label for="targetDate">${msg('Aim to reach it by', { id: 'gt.targetDateLabel' })}</label>
              <input
                id="targetDate"
                name="targetDate"
                type="date"
                .value=${goal?.targetDate ?? ''}
                aria-invalid=${this.#invalid('targetDate')}
                aria-describedby="err-targetDate"
              />
              ${this.#fieldError('targetDate')}`
      }
      ${this.#fieldError('form')}
      <div class="actions">
        <button part="button primary-button" class="primary" type="submit" ?disabled=${disabled}>
          ${family && !goal ? msg('Send to the teacher', { id: 'gt.sendSuggestion' }) : msg('Save', { id: 'gt.save' })}
        </button>
        <button part="button" type="button" @click=${() => this.#closeForm()}>
          ${msg('Cancel', { id: 'gt.cancel' })}
        </button>
      </div>
    </form>`;
  }

  async #submitGoal(event: SubmitEvent, goal: Goal | null) {
    event.preventDefault();
    const client = this.activeClient;
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const num = (name: string) => (text(name) === '' ? null : Number(text(name)));
    const errors: Record<string, string> = {};
    const statement = text('statement');
    if (!statement) errors.statement = fieldMessage('required');
    const measureType = (goal?.measureType ?? text('measureType')) as MeasureType;
    const unit = goal?.unit ?? text('unit');
    if (!unit) errors.unit = fieldMessage('required');
    const baseline = this.#isFamily ? (goal?.baseline ?? null) : num('baseline');
    const target = this.#isFamily ? (goal?.target ?? null) : num('target');
    const targetDate = this.#isFamily ? (goal?.targetDate ?? null) : text('targetDate') || null;
    for (const [field, value] of [
      ['baseline', baseline],
      ['target', target],
    ] as const) {
      if (value !== null && !Number.isFinite(value)) errors[field] = fieldMessage('invalid');
    }
    const startDate = goal?.startDate ?? localToday();
    if (!Object.keys(errors).length) {
      for (const problem of checkGoalValues({ measureType, baseline, target, startDate, targetDate }) as FieldError[]) {
        errors[problem.path] = fieldMessage(problem.code, measureType);
      }
    }
    this._errors = errors;
    if (Object.keys(errors).length || !client || !this.studentId) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this._saving = true;
    try {
      if (goal) {
        const saved = await goals.update(
          client,
          { goalId: goal.id },
          { version: goal.version, statement, baseline, target, targetDate },
        );
        this.#replaceView(goal.id, (v) => ({ ...v, goal: saved }));
      } else {
        const created = await goals.create(
          client,
          { studentId: this.studentId },
          {
            statement,
            domain: text('domain') as GoalDomain,
            measureType,
            unit,
            ...(this.#isFamily ? {} : { baseline, target, targetDate }),
          },
          { idempotencyKey: this.#idempotencyKey },
        );
        this._views = [...this._views, { goal: created, entries: [] }];
        this.dispatchEvent(new TandemGoalProposedEvent({ studentId: created.studentId, goalId: created.id }));
      }
      this._saving = false;
      this.#closeForm();
      this._notice =
        this.#isFamily && !goal
          ? msg('Sent. The teacher will see your suggestion.', { id: 'gt.suggestionSent' })
          : msg('Saved. Thank you!', { id: 'gt.saved' });
    } catch (error) {
      this._saving = false;
      this._errors = { form: failureMessage(kindOf(error), 'save') };
      this.reportError(error, goal ? 'update-goal' : 'create-goal');
      if (kindOf(error) === 'conflict') await this.reload();
    }
  }

  async #changeStatus(goal: Goal, status: Exclude<GoalStatus, 'proposed'>) {
    const client = this.activeClient;
    if (!client) return;
    this._saving = true;
    try {
      const saved = await goals.update(client, { goalId: goal.id }, { version: goal.version, status });
      this.#replaceView(goal.id, (v) => ({ ...v, goal: saved }));
      this._notice = msg(str`Now: ${statusLabel(saved.status)}.`, { id: 'gt.statusChanged' });
    } catch (error) {
      this._notice = failureMessage(kindOf(error), 'save');
      this.reportError(error, 'update-goal');
      if (kindOf(error) === 'conflict') await this.reload();
    } finally {
      this._saving = false;
    }
  }
}
