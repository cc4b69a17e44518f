// The view pieces of a translated text (translated-text.ts has its data side): the text in its
// language, the note that names the languages with its toggle, and the interpreter's review.
import { html, nothing, type TemplateResult } from 'lit';
import { languageName } from './intl.js';
import type { Review, Shown } from './translated-text.js';

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
