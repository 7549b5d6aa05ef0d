// Words for matching and similarity: tokens, Porter stems, English stop words.
import { stemmer } from 'stemmer';
import { eng } from 'stopword';

const STOP = new Set([...eng, 'should', 'will', 'must', 'also', 'prison', 'prisoners', 'prisoner', 'ensure']);

export interface Token {
  /** As printed (for case-sensitive acronyms). */
  word: string;
  stem: string;
}

const cache = new Map<string, string>();
export function stem(word: string): string {
  const lower = word.toLowerCase();
  let s = cache.get(lower);
  if (s === undefined) {
    s = stemmer(lower);
    cache.set(lower, s);
  }
  return s;
}

export function tokens(text: string): Token[] {
  return (text.match(/[A-Za-z0-9]+(?:['’][a-z]+)?/g) ?? []).map((word) => ({ word, stem: stem(word.replace(/['’][a-z]+$/, '')) }));
}

/** Stems of the words that carry meaning: no stop words, no numbers. */
export function contentStems(text: string | Token[]): string[] {
  return (typeof text === 'string' ? tokens(text) : text)
    .filter((t) => !STOP.has(t.word.toLowerCase()) && !/^\d+$/.test(t.word) && t.word.length > 1)
    .map((t) => t.stem);
}
