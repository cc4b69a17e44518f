import { describe, expect, it } from 'vitest';
import { readability, syllables } from './plain-language.js';

describe('plain-language hint', () => {
  it('counts English syllables, silent final e and -ed included', () => {
    const counts = Object.fromEntries(
      ['cake', 'table', 'jumped', 'wanted', 'reading', 'yes', 'education', 'stories', 'likes'].map((w) => [
        w,
        syllables(w),
      ]),
    );
    expect(counts).toEqual({
      cake: 1,
      table: 2,
      jumped: 1,
      wanted: 2,
      reading: 2,
      yes: 1,
      education: 4,
      stories: 2,
      likes: 1,
    });
  });

  it('gives a short plain text grade 0 and an everyday note a middle-school grade (Flesch–Kincaid)', () => {
    expect(readability('The cat sat on the mat.')).toEqual({
      words: 6,
      sentences: 1,
      grade: 0, // 0.39·6 + 11.8·1 − 15.59 < 0
      longSentences: 0,
      jargon: [],
    });
    // 12 words, 2 sentences, 20 syllables: 0.39·6 + 11.8·20/12 − 15.59 = 6.42.
    const note = readability('We read a book together every night. She likes stories about animals.');
    expect([note.words, note.sentences, note.grade]).toEqual([12, 2, 6.4]);
  });

  it('finds long sentences and school jargon, with plainer words', () => {
    const jargon =
      'Based on the baseline assessment, the IEP team recommends additional intervention and accommodations to support proficiency in reading fluency.';
    // 19 words, 41 syllables: past college level.
    expect(readability(jargon).grade).toBe(17.3);
    const result = readability(
      `${jargon} We will meet again next month and we will look at how the reading is going at home and at school with you.`,
    );
    expect(result.sentences).toBe(2);
    expect(result.longSentences).toBe(1); // the second has 24 words
    expect(result.jargon.map((j) => j.term)).toEqual([
      'IEP',
      'baseline',
      'accommodation',
      'intervention',
      'assessment',
      'proficiency',
      'fluency',
    ]);
    expect(result.jargon[0]).toEqual({ term: 'IEP', plain: 'learning plan' });
  });

  it('says nothing of an empty text, and does not take "504" inside a number or "iep" in lowercase for jargon', () => {
    expect(readability('  ')).toEqual({ words: 0, sentences: 0, grade: 0, longSentences: 0, jargon: [] });
    expect(readability('Room 15040 is open. The piep sound stopped.').jargon).toEqual([]);
    expect(readability('Her 504 plan lists extra time.').jargon).toEqual([{ term: '504 plan', plain: 'support plan' }]);
  });
});
