import { Harness } from '../../base/harness.js';
import type { TandemGoalTracker } from '../goal-tracker.js';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * The goal tracker's flows as a person meets them: the cards by their statement, the chart of a
 * goal (walked with the keyboard, read out, shown as a table), and the forms — log progress,
 * suggest a goal, accept a suggestion — filled by their labels and sent by their buttons.
 */
export class GoalTrackerHarness extends Harness<TandemGoalTracker> {
  get title(): string {
    return text(this.root.querySelector('h2'));
  }

  /** Each goal's statement, in order. */
  get statements(): string[] {
    return this.texts('article h3');
  }

  /** The card of the goal whose statement is `statement`. */
  card(statement: string): HTMLElement {
    const found = this.all('article').find((card) => text(card.querySelector('h3')) === statement);
    if (!found) throw new Error(`no goal "${statement}" (has: ${this.statements.join(' | ')})`);
    return found;
  }

  /** The buttons of one card, by their visible names. */
  buttonsOf(statement: string): string[] {
    return [...this.card(statement).querySelectorAll('button')].map(text);
  }

  async clickIn(statement: string, name: string): Promise<void> {
    const button = [...this.card(statement).querySelectorAll('button')].find((b) => text(b) === name);
    if (!button)
      throw new Error(`goal "${statement}" has no button "${name}" (has: ${this.buttonsOf(statement).join(' | ')})`);
    button.click();
    await this.element.updateComplete;
  }

  /** The goal's *Read aloud* button, or null when no voice speaks the viewer's language. */
  readAloudOf(statement: string): HTMLButtonElement | null {
    return this.readAloudButtons(this.card(statement))[0] ?? null;
  }

  /** The chart of a goal: a keyboard-reachable group. */

  chart(statement: string): HTMLElement {
    const chart = this.card(statement).querySelector<HTMLElement>('[part~="chart"]');
    if (!chart) throw new Error(`goal "${statement}" has no chart`);
    return chart;
  }

  /** The texts the chart draws (axis labels, unit, baseline, goal, the read-out value). */
  chartTexts(statement: string): string[] {
    return [...this.chart(statement).querySelectorAll('text')].map(text);
  }

  /** What the chart reads out for the entry in focus. */
  readout(statement: string): string {
    return text(this.card(statement).querySelector('.selected'));
  }

  /** The rows of the goal's table (shown with *Show as table*), each as its cells' texts. */
  tableRows(statement: string): string[][] {
    return [...this.card(statement).querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map(text),
    );
  }

  /** The language the card's statement is shown in (its `lang`). */
  statementLang(statement: string): string {
    return this.card(statement).querySelector('h3 [lang]')?.getAttribute('lang') ?? '';
  }

  /** This week's steps of a goal as shown, each with its language. */
  steps(statement: string): { text: string; lang: string }[] {
    return [...this.card(statement).querySelectorAll('.steps li [lang]')].map((span) => ({
      text: text(span),
      lang: span.getAttribute('lang') ?? '',
    }));
  }

  /** "Machine-translated from English · Show original", or '' when the goal is in the viewer's language. */
  translationNote(statement: string): string {
    return text(this.card(statement).querySelector('.translation .translation-note'));
  }

  /** Presses the card's *Show original* / *Show translation*; returns the statement shown after. */
  async toggleOriginal(statement: string): Promise<string> {
    const button = this.card(statement).querySelector<HTMLButtonElement>('.translation .translation-note button');
    if (!button) throw new Error(`goal "${statement}" has no translation to toggle`);
    button.click();
    await this.element.updateComplete;
    return text(button.closest('article')?.querySelector('h3'));
  }

  /** Where the interpreter's check of the goal's translation stands, without the educator's button ('' when nobody asked). */
  review(statement: string): string {
    return text(this.card(statement).querySelector('.review-status'));
  }

  /** The educator asks for an interpreter's check, or records it done (by the button's name), and waits for the answer. */
  async setReview(statement: string, name: 'Ask an interpreter to check' | 'Mark as checked'): Promise<void> {
    await this.clickIn(statement, name);
    await this.until(() => !this.element.shadowRoot?.querySelector('.review button[disabled]'), 'kept saving');
  }

  /** The notes of a goal's table (shown with *Show as table*), each with its language. */
  tableNotes(statement: string): { text: string; lang: string }[] {
    return [...this.card(statement).querySelectorAll('tbody td > [lang]')].map((span) => ({
      text: text(span),
      lang: span.getAttribute('lang') ?? '',
    }));
  }

  /** Opens *Add today's progress* on a goal, fills the form and sends it. */
  async logProgress(statement: string, entry: { value: string; note?: string }): Promise<void> {
    await this.clickIn(statement, "Add today's progress");
    await this.fill(/^Result/, entry.value);
    if (entry.note) await this.fill('Note (optional)', entry.note);
    await this.send('Save');
  }

  /** A family's suggestion, in their own words alone. */
  async suggest(statement: string): Promise<void> {
    await this.click('Suggest a goal');
    await this.fill('The goal, in plain words', statement);
    await this.send('Send to the teacher');
  }

  /** An educator accepts a suggestion, saying how it is measured (by the fields' labels). */
  async accept(statement: string, fields: Record<string, string>): Promise<void> {
    await this.clickIn(statement, 'Accept');
    for (const [label, value] of Object.entries(fields)) await this.fill(label, value);
    await this.send('Accept');
  }

  /** Presses the open form's submit button, and waits until sending is over. */
  async send(name: string): Promise<void> {
    const submit = this.all<HTMLButtonElement>('form button[type="submit"]').find((b) => text(b) === name);
    if (!submit) throw new Error(`no form sends with "${name}"`);
    submit.click();
    await this.until(() => !this.all('form button[type="submit"]').some((b) => text(b) === 'Saving…'), 'kept saving');
  }

  /** The message next to a field, by the field's name. */
  errorOf(name: string): string {
    return text(this.root.querySelector(`#err-${name}`));
  }

  get notice(): string {
    return text(this.root.querySelector('.notice'));
  }
}
