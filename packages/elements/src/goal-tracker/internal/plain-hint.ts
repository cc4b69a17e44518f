// The plain-language hint under an educator's goal statement: loaded on demand (`import()`), so a
// family's page never fetches it.
import { msg, str } from '@lit/localize';
import { later, plainHint, type PlainHintLabels } from '../../base/plain-hint.js';

const labels: PlainHintLabels = {
  grade: (level) =>
    msg(str`Reading level: about grade ${level}. Most families read easily at grade 6 to 8.`, { id: 'gt.plainGrade' }),
  longOne: () => msg('One sentence has more than 20 words.', { id: 'gt.plainLongOne' }),
  long: (longSentences) => msg(str`${longSentences} sentences have more than 20 words.`, { id: 'gt.plainLong' }),
  words: (list) => msg(str`Plainer words: ${list}.`, { id: 'gt.plainWords' }),
};

/** The hint for `text` once typing pauses, given to `done` (the last text wins). */
export const hintLater = (owner: object, text: string, done: (hint: string) => void): void =>
  later(owner, text, (t) => plainHint(t, labels), done);
