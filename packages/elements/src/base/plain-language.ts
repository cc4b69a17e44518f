// How plain an educator's English is: the Flesch–Kincaid grade level, sentences over 20 words,
// and school jargon with everyday words for it. English only (the syllable count is English's);
// loaded only for educators, in its own chunk. A heuristic: a nudge, never a gate.

/** School words a family may not know, and plainer ones. */
export const JARGON: readonly (readonly [RegExp, string, string])[] = [
  [/\bIEPs?\b/, 'IEP', 'learning plan'],
  [/\b504( plan)?s?\b/i, '504 plan', 'support plan'],
  [/\bbaselines?\b/i, 'baseline', 'starting point'],
  [/\bbenchmarks?\b/i, 'benchmark', 'checkpoint'],
  [/\baccommodations?\b/i, 'accommodation', 'support'],
  [/\bmodifications?\b/i, 'modification', 'change to the work'],
  [/\binterventions?\b/i, 'intervention', 'extra help'],
  [/\b(RTI|MTSS)\b/, 'RTI/MTSS', 'extra help at school'],
  [/\bassessments?\b/i, 'assessment', 'test or check'],
  [/\bproficien(cy|t)\b/i, 'proficiency', 'skill level'],
  [/\bprogress monitoring\b/i, 'progress monitoring', 'checking progress'],
  [/\bdifferentiat(ed|ion)\b/i, 'differentiation', 'teaching in different ways'],
  [/\bfluency\b/i, 'fluency', 'reading smoothly'],
  [/\bdecoding\b/i, 'decoding', 'sounding out words'],
];

export interface Readability {
  words: number;
  sentences: number;
  /** Flesch–Kincaid grade, one decimal, never below 0. */
  grade: number;
  /** Sentences over 20 words. */
  longSentences: number;
  /** Jargon found, with plainer words, each once. */
  jargon: { term: string; plain: string }[];
}

/** English syllables by vowel groups, less a silent final e (a heuristic, right for most words). */
export function syllables(word: string): number {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|[^laeiouy]e|[^tdaeiouy]ed)$/, (end) => end[0] ?? '').replace(/^y/, '');
  return Math.max(1, w.match(/[aeiouy]+/g)?.length ?? 0);
}

const WORD = /[A-Za-z0-9]+(?:['’-][A-Za-z]+)*/g;

export function readability(text: string): Readability {
  const sentences = text
    .split(/[.!?]+(?=\s|$)|\n+/)
    .map((s) => s.match(WORD) ?? [])
    .filter((words) => words.length > 0);
  const words = sentences.flat();
  const syllableCount = words.reduce((sum, w) => sum + syllables(w), 0);
  const grade = words.length
    ? Math.max(0, 0.39 * (words.length / sentences.length) + 11.8 * (syllableCount / words.length) - 15.59)
    : 0;
  return {
    words: words.length,
    sentences: sentences.length,
    grade: Math.round(grade * 10) / 10,
    longSentences: sentences.filter((s) => s.length > 20).length,
    jargon: JARGON.filter(([pattern]) => pattern.test(text)).map(([, term, plain]) => ({ term, plain })),
  };
}
