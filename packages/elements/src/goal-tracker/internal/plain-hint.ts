// The plain-language hint under an educator's goal statement: loaded on demand (`import()`), so a
// family's page never fetches it.
import { msg, str } from '@lit/localize';
import { later } from '../../base/plain-hint.js';
import { readability } from '../../base/plain-language.js';

/** What could be plainer in `text`, or '' when it reads easily. */
export function plainHint(text: string): string {
  const { words, grade, longSentences, jargon } = readability(text);
  const level = Math.round(grade);
  const parts = [
    words >= 8 && level > 8
      ? msg(str`Reading level: about grade ${level}. Most families read easily at grade 6 to 8.`, {
          id: 'gt.plainGrade',
        })
      : '',
    longSentences === 1
      ? msg('One sentence has more than 20 words.', { id: 'gt.plainLongOne' })
      : longSentences > 1
        ? msg(str`${longSentences} sentences have more than 20 words.`, { id: 'gt.plainLong' })
        : '',
    jargon.length
      ? msg(str`Plainer words: ${jargon.map((j) => `“${j.term}” → “${j.plain}”`).join(', ')}.`, {
          id: 'gt.plainWords',
        })
      : '',
  ].filter(Boolean);
  return parts.join(' ');
}

/** The hint for `text` once typing pauses, given to `done` (the last text wins). */
export const hintLater = (owner: object, text: string, done: (hint: string) => void): void =>
  later(owner, text, plainHint, done);
