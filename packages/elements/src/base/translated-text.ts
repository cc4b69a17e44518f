// Shared content in the reader's language, the original one tap away: goals, steps, notes,
// places and messages all show a translated text the same way (DESIGN §6: a controller and a
// pure view piece, not a base class). The view pieces are in translation-notes.ts, so that a
// widget's entry, which holds its controller, does not carry them.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { baseLanguage } from './intl.js';

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

/** Where a human interpreter's check of a translation stands. */
export type Review = 'needed' | 'reviewed' | null;
