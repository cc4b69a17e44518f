// Shared content in the reader's language, the original one tap away: goals, steps, notes,
// places and messages all show a translated text the same way (DESIGN §6: a controller and a
// pure view piece, not a base class).
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { baseLanguage, languageName } from './intl.js';

/** A translation as the contract gives it (content carries a `field`; messages call the text `body`). */
export interface TranslationIn {
  language: string;
  text?: string;
  body?: string;
  field?: string;
  /** Made by a translation service; false: written by a person. */
  machine?: boolean;
}

/** What to show of one text: the translation or the original, each with its language. */
export interface Shown {
  text: string;
  lang: string;
  /** The original's language when the text shown is a translation. */
  from?: string;
  machine: boolean;
  /** A translation exists (shown or not): the toggle applies. */
  translatable: boolean;
}

/**
 * The languages a viewer reads shared content in, best first: their own preferred language,
 * then the interface's. Content follows the person, not only the page: an app may pin its
 * interface to English (Tandem's strings exist in fewer languages than people speak, and the app
 * may want to match its own chrome), yet the server translated the goal into the language the
 * family gave the school, and that is the one they read.
 */
export const contentLanguages = (preferred: string | undefined, locale: string): string[] =>
  preferred && baseLanguage(preferred) !== baseLanguage(locale) ? [preferred, locale] : [locale];

/**
 * The text to show: the original when it is already in one of `want`, or when asked for;
 * otherwise the translation into the first of `want` there is one for (`es-MX` reads `es`).
 */
export function pick(
  original: string,
  language: string,
  translations: readonly TranslationIn[],
  want: readonly string[],
  showOriginal = false,
  field?: string,
): Shown {
  let translation: TranslationIn | undefined;
  for (const tag of want) {
    const base = baseLanguage(tag);
    if (base === baseLanguage(language)) break;
    translation = translations.find((t) => (!field || t.field === field) && baseLanguage(t.language) === base);
    if (translation) break;
  }
  const text = translation?.text ?? translation?.body;
  if (!translation || text === undefined || showOriginal)
    return { text: original, lang: language, machine: false, translatable: text !== undefined };
  return {
    text,
    lang: translation.language,
    from: language,
    machine: translation.machine !== false,
    translatable: true,
  };
}

/**
 * Which texts a viewer switched to their original (by a key of the widget's choosing: a goal, a
 * message), and whether translation is on at all (a conversation-wide switch).
 */
export class Originals implements ReactiveController {
  #keys: ReadonlySet<string> = new Set();
  #translating = true;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  get translating(): boolean {
    return this.#translating;
  }
  /** Whether the texts under `key` show their original. */
  shows(key: string): boolean {
    return this.#keys.has(key) !== !this.#translating;
  }
  toggle(key: string): void {
    const next = new Set(this.#keys);
    if (!next.delete(key)) next.add(key);
    this.#keys = next;
    this.host.requestUpdate();
  }
  /** Translation on or off everywhere (single choices forgotten). */
  toggleAll(): void {
    this.#translating = !this.#translating;
    this.reset();
  }
  reset(): void {
    this.#keys = new Set();
    this.host.requestUpdate();
  }
}

/** Each widget's words for the note (its own ids: a widget's strings load on their own). */
export interface TranslationLabels {
  machine(language: string): string;
  human(language: string): string;
  showOriginal: string;
  showTranslation: string;
}

/** A text in its language; the direction from the text itself (an Arabic note in an English page). */
export const textIn = (shown: Shown): TemplateResult => html`<span lang=${shown.lang} dir="auto">${shown.text}</span>`;

/**
 * "Machine-translated from Vietnamese · Show original", and back: "English · Show translation".
 * `shown` is one of the texts under the toggle (it names their languages); nothing when none
 * of them has a translation.
 */
export function translationNote(
  shown: readonly Shown[],
  original: boolean,
  toggle: () => void,
  locale: string,
  labels: TranslationLabels,
): TemplateResult | typeof nothing {
  const texts = shown.filter((s) => s.translatable);
  if (!texts.length) return nothing;
  const name = (tag: string) => languageName(tag, locale);
  const languages = [...new Set(texts.map((s) => s.from ?? s.lang))].map(name).join(', ');
  const machine = texts.some((s) => s.machine);
  return html`<span class="translation-note"
    >${original ? languages : machine ? labels.machine(languages) : labels.human(languages)} ·
    <button class="link" part="button" type="button" @click=${toggle}>
      ${original ? labels.showTranslation : labels.showOriginal}
    </button></span
  >`;
}

export type Review = 'needed' | 'reviewed' | null;

/** Each widget's words for the interpreter review. */
export interface ReviewLabels {
  needed: string;
  reviewed: string;
  /** The educator's buttons: ask for a review, then record it done. */
  ask: string;
  markReviewed: string;
}

/**
 * Where a human interpreter's check stands, said to everyone who reads a translation; an
 * educator (`set` given) asks for the check, then records it done.
 */
export function reviewNote(
  review: Review,
  labels: ReviewLabels,
  set?: { busy: boolean; to(next: 'needed' | 'reviewed'): void },
): TemplateResult | typeof nothing {
  const status = review === 'needed' ? labels.needed : review === 'reviewed' ? labels.reviewed : '';
  const next = review === null ? 'needed' : review === 'needed' ? 'reviewed' : null;
  if (!status && !set) return nothing;
  return html`<span class="review review-${review ?? 'none'}"
    >${status ? html`<span class="review-status">${status}</span>` : nothing}${
      set && next
        ? html` <button class="link" part="button" type="button" ?disabled=${set.busy} @click=${() => set.to(next)}>
            ${next === 'needed' ? labels.ask : labels.markReviewed}
          </button>`
        : nothing
    }</span
  >`;
}
