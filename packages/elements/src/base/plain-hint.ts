// The plain-language hint, in the widgets' lazily loaded hint chunks (never an entry): what could
// be plainer, in the widget's own words, worked out a moment after typing stops, never on each
// key, never in the way of sending.
import { readability } from './plain-language.js';

/** The hint's sentences, in a widget's own strings (each widget's translations load apart). */
export interface PlainHintLabels {
  grade(level: number): string;
  longOne(): string;
  long(count: number): string;
  words(list: string): string;
}

/** What could be plainer in `text`, or '' when it reads easily. */
export function plainHint(text: string, labels: PlainHintLabels): string {
  const { words, grade, longSentences, jargon } = readability(text);
  const level = Math.round(grade);
  return [
    words >= 8 && level > 8 ? labels.grade(level) : '',
    longSentences === 1 ? labels.longOne() : longSentences > 1 ? labels.long(longSentences) : '',
    jargon.length ? labels.words(jargon.map((j) => `“${j.term}” → “${j.plain}”`).join(', ')) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

const timers = new WeakMap<object, ReturnType<typeof setTimeout>>();

/** Calls `done(hint(text))` once `owner`'s field has been still for `wait` ms (the last text wins). */
export function later(
  owner: object,
  text: string,
  hint: (text: string) => string,
  done: (hint: string) => void,
  wait = 500,
): void {
  clearTimeout(timers.get(owner));
  timers.set(
    owner,
    setTimeout(() => done(text.trim() ? hint(text) : ''), wait),
  );
}
