import { goals, paginate, progress, type TandemClient } from '@tandem/client';
import {
  RECENT_PROGRESS_MAX,
  type ActionStep,
  type CreateGoalRequest,
  type FieldError,
  type Goal,
  type GoalStatus,
  type ProgressEntry,
  type UpdateGoalRequest,
} from '@tandem/contract';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { StudentLoader, type StudentLoad } from '../../base/student-loader.js';
import { kindOf } from '../../base/tandem-element.js';
import { contentLanguages, Originals, pick, type Review, type Shown } from '../../base/translated-text.js';
import type { Checked } from './requests.js';

/** A progress entry, or one shown at once while it is being saved. */
export type Entry = ProgressEntry & { pending?: boolean };

export interface GoalView {
  readonly goal: Goal;
  /** Oldest first. */
  readonly entries: readonly Entry[];
}

/** A goal's texts as the viewer reads them; `goal` carries them (statement, unit) for the views that format it. */
export interface GoalTexts {
  goal: Goal;
  statement: Shown;
  steps: { step: ActionStep; description: Shown; frequency: Shown | undefined }[];
  /** Every text the card's toggle switches. */
  all: Shown[];
}

/** Which form is open: recording or editing on a goal, accepting a suggestion, or a new goal. */
export type OpenForm = { kind: 'progress' | 'edit' | 'accept'; goalId: string } | { kind: 'new' } | null;

/** What a command did, for the host to say: `saved`, `suggested`, or a goal's new status. */
export type Outcome = 'saved' | 'suggested' | GoalStatus;

/** Entries read per goal (the most `listGoals` includes): the chart and the table show the recent ones. */
export const RECENT_ENTRIES = RECENT_PROGRESS_MAX;

export interface GoalsControllerOptions {
  client(): TandemClient | null;
  studentId(): string | null;
  /** Every failure, of the load and of each command, once: the host reports it (`tandem-error`). */
  failed(error: unknown, operation: string): void;
  /** A progress entry or a goal was saved (the host dispatches its events). */
  recorded?(entry: ProgressEntry): void;
  proposed?(goal: Goal): void;
}

/**
 * The goal tracker's data: loads a student's goals with each goal's recent progress (one
 * request a page of goals), and runs its commands — record progress (shown at once, taken back on failure),
 * suggest or create a goal, accept, edit, decline or close one. One error path: a failed
 * command keeps the form open with what was typed, says why in `formError`, and reloads on a
 * conflict. No DOM: the views read its state, the element does focus.
 */
export class GoalsController implements ReactiveController {
  readonly loader: StudentLoader;
  /** Which goals (by id) and progress notes (by entry id) show their original. */
  readonly originals: Originals;
  #views: GoalView[] = [];
  #open: OpenForm = null;
  #fieldErrors: readonly FieldError[] = [];
  #formError: string | undefined;
  #saving = false;
  #outcome: Outcome | undefined;
  #key = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: GoalsControllerOptions,
  ) {
    host.addController(this);
    this.originals = new Originals(host);
    this.loader = new StudentLoader<never>(host, {
      client: options.client,
      studentId: options.studentId,
      load: (input) => this.#load(input),
      failed: (error) => options.failed(error, 'load'),
    });
  }

  /** Loading is the loader's (it is a controller of the same host): nothing more to do here. */
  hostConnected(): void {}

  get views(): readonly GoalView[] {
    return this.#views;
  }
  get open(): OpenForm {
    return this.#open;
  }
  /** Field errors of the open form, by field name. */
  get fieldErrors(): readonly FieldError[] {
    return this.#fieldErrors;
  }
  /** The client's error kind of the last failed command (shown in the open form or as a notice). */
  get formError(): string | undefined {
    return this.#formError;
  }
  get saving(): boolean {
    return this.#saving;
  }
  /** What the last command did, until the next one starts. */
  get outcome(): Outcome | undefined {
    return this.#outcome;
  }
  /** The viewer is one of the student's family (rather than school staff). */
  get isFamily(): boolean {
    return this.loader.student?.relationship.role === 'guardian';
  }
  /** The student's educators ask for (and record) an interpreter's check of translations; the server decides. */
  get mayReview(): boolean {
    return this.loader.student?.relationship.role === 'educator';
  }
  get childName(): string {
    const student = this.loader.student;
    return student ? (student.preferredName ?? student.givenName) : '';
  }
  /** Whether the viewer may record progress (the server decides; the widget follows). */
  get mayRecord(): boolean {
    return this.loader.student?.relationship.mayViewRecords !== false;
  }

  /** The viewer's languages for shared content: their preferred one, then the interface's (contentLanguages). */
  languages(locale: string): string[] {
    return contentLanguages(this.loader.viewer?.person.preferredLanguage, locale);
  }

  /** A goal's statement, unit and steps in the viewer's language, or all in their original. */
  textsOf(goal: Goal, locale: string): GoalTexts {
    const want = this.languages(locale);
    const original = this.originals.shows(goal.id);
    const statement = pick(goal.statement, goal.language, goal.translations, want, original, 'statement');
    const unit =
      goal.unit === null ? undefined : pick(goal.unit, goal.language, goal.translations, want, original, 'unit');
    const steps = goal.actionSteps.map((step) => ({
      step,
      description: pick(step.description, step.language, step.translations, want, original, 'description'),
      frequency:
        step.frequency === null
          ? undefined
          : pick(step.frequency, step.language, step.translations, want, original, 'frequency'),
    }));
    const all = [
      statement,
      ...(unit ? [unit] : []),
      ...steps.flatMap((s) => [s.description, ...(s.frequency ? [s.frequency] : [])]),
    ];
    return { goal: { ...goal, statement: statement.text, unit: unit?.text ?? null }, statement, steps, all };
  }

  /** A progress entry's note in the viewer's language (toggled by the entry's id). */
  noteOf(entry: Entry, locale: string): Shown | undefined {
    if (entry.note === null) return undefined;
    return pick(
      entry.note,
      entry.language,
      entry.translations,
      this.languages(locale),
      this.originals.shows(entry.id),
      'note',
    );
  }

  async #load({ client, studentId, signal }: StudentLoad): Promise<void> {
    // The goals come in parallel with the student and viewer, each with its newest entries: one
    // request a page, none per goal.
    const views: GoalView[] = [];
    const pages = paginate((cursor) =>
      goals.list(client, { studentId, cursor, recentProgress: RECENT_ENTRIES }, { signal }),
    );
    for await (const { recentProgress = [], ...goal } of pages) {
      views.push({ goal, entries: [...recentProgress].reverse() });
    }
    if (!signal.aborted) this.#views = views;
  }

  /** Opens a form (closing any other), with a fresh idempotency key for what it will send. */
  openForm(form: OpenForm): void {
    this.#open = form;
    this.#fieldErrors = [];
    this.#formError = undefined;
    this.#outcome = undefined;
    this.#key = globalThis.crypto.randomUUID();
    this.host.requestUpdate();
  }

  closeForm(): void {
    this.#open = null;
    this.#fieldErrors = [];
    this.#formError = undefined;
    this.host.requestUpdate();
  }

  /** Records a reading: shown at once, marked as saving; replaced by the saved entry or taken back. */
  async recordProgress(goal: Goal, request: Checked<Parameters<typeof progress.record>[2]>): Promise<boolean> {
    if (!this.#valid(request)) return false;
    const body = request.body;
    const pending: Entry = {
      id: `pending-${this.#key}`,
      goalId: goal.id,
      studentId: goal.studentId,
      value: body.value,
      date: body.date,
      note: body.note ?? null,
      recordedBy: this.loader.viewer?.person.id ?? '',
      recorderRole: this.isFamily ? 'guardian' : 'educator',
      setting: this.isFamily ? 'home' : 'school',
      language: this.loader.viewer?.person.preferredLanguage ?? 'en',
      translations: [],
      createdAt: new Date().toISOString(),
      pending: true,
    };
    this.#change(goal.id, (v) => ({
      ...v,
      entries: [...v.entries, pending].sort((a, b) => a.date.localeCompare(b.date)),
    }));
    const saved = await this.#run('record-progress', (client) =>
      progress.record(client, { goalId: goal.id }, body, { idempotencyKey: this.#key }),
    );
    this.#change(goal.id, (v) => ({
      ...v,
      entries: saved
        ? v.entries.map((e) => (e.id === pending.id ? saved : e))
        : v.entries.filter((e) => e.id !== pending.id),
    }));
    if (!saved) return false;
    this.options.recorded?.(saved);
    return this.#done('saved');
  }

  /** A family's suggestion, or an educator's new goal. */
  async createGoal(request: Checked<CreateGoalRequest>): Promise<boolean> {
    const studentId = this.options.studentId();
    if (!this.#valid(request) || !studentId) return false;
    const created = await this.#run('create-goal', (client) =>
      goals.create(client, { studentId }, request.body, { idempotencyKey: this.#key }),
    );
    if (!created) return false;
    this.#views = [...this.#views, { goal: created, entries: [] }];
    this.options.proposed?.(created);
    return this.#done(created.status === 'proposed' ? 'suggested' : 'saved');
  }

  /** Accepting a suggestion (with how it is measured), or editing a goal. */
  async updateGoal(goal: Goal, request: Checked<UpdateGoalRequest>): Promise<boolean> {
    if (!this.#valid(request)) return false;
    const saved = await this.#run('update-goal', (client) => goals.update(client, { goalId: goal.id }, request.body));
    if (!saved) return false;
    this.#change(goal.id, (v) => ({ ...v, goal: saved }));
    return this.#done(saved.status === goal.status ? 'saved' : saved.status);
  }

  /** Declining a suggestion, marking a goal met, stopping it or making it active again. */
  async changeStatus(goal: Goal, status: 'met' | 'discontinued' | 'active'): Promise<boolean> {
    this.#open = null;
    const saved = await this.#run('update-goal', (client) =>
      goals.update(client, { goalId: goal.id }, { version: goal.version, status }),
    );
    if (!saved) return false;
    this.#change(goal.id, (v) => ({ ...v, goal: saved }));
    return this.#done(saved.status);
  }

  /** An educator asks for a human interpreter's check of the goal's translations, or records it done. */
  async setReview(goal: Goal, review: Review): Promise<boolean> {
    const saved = await this.#run('interpreter-review', (client) =>
      goals.setInterpreterReview(client, { goalId: goal.id }, { interpreterReview: review }),
    );
    if (!saved) return false;
    this.#change(goal.id, (v) => ({ ...v, goal: saved }));
    return this.#done('saved');
  }

  #valid<T>(request: Checked<T>): request is { ok: true; body: T } {
    this.#fieldErrors = request.ok ? [] : request.errors;
    this.host.requestUpdate();
    return request.ok;
  }

  /** The one error path: every command runs through here. */
  async #run<T>(operation: string, send: (client: TandemClient) => Promise<T>): Promise<T | undefined> {
    const client = this.options.client();
    if (!client) return undefined;
    this.#saving = true;
    this.#formError = undefined;
    this.#outcome = undefined;
    this.host.requestUpdate();
    try {
      return await send(client);
    } catch (error) {
      // Nothing typed is lost: the form stays open, and sending again reuses the same key.
      this.#formError = kindOf(error) ?? 'unknown';
      this.options.failed(error, operation);
      if (kindOf(error) === 'conflict') void this.loader.reload();
      return undefined;
    } finally {
      this.#saving = false;
      this.host.requestUpdate();
    }
  }

  #done(outcome: Outcome): true {
    this.#outcome = outcome;
    this.#open = null;
    this.#fieldErrors = [];
    this.host.requestUpdate();
    return true;
  }

  #change(goalId: string, change: (view: GoalView) => GoalView): void {
    this.#views = this.#views.map((v) => (v.goal.id === goalId ? change(v) : v));
    this.host.requestUpdate();
  }
}
