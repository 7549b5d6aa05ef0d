// "Did you mean": the closest word of the index's own vocabulary to a word it
// does not hold, within an edit distance that grows with the word's length.
import { distance } from 'fastest-levenshtein';

/** The edits a word of this length may need: none for short words, where one edit makes another word. */
export function allowedEdits(length: number): number {
  if (length <= 3) return 0;
  if (length <= 5) return 1;
  if (length <= 10) return 2;
  return 3;
}

/**
 * The best correction among `words` (word, how many items use it): the fewest
 * edits, then the most used, then the first in the list; null if none is close enough.
 */
export function correction(word: string, words: [string, number][]): string | null {
  const max = allowedEdits(word.length);
  if (!max) return null;
  let best: { word: string; d: number; n: number } | null = null;
  for (const [w, n] of words) {
    if (Math.abs(w.length - word.length) > max || w === word) continue;
    const d = distance(word, w);
    if (d <= max && (!best || d < best.d || (d === best.d && n > best.n))) best = { word: w, d, n };
  }
  return best?.word ?? null;
}

/** The first position in a sorted list whose word is not before `word`. */
export function lowerBound(sorted: string[], word: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether the index holds the word, or words it begins (a word still being typed). */
export function known(word: string, sorted: string[]): boolean {
  const at = lowerBound(sorted, word);
  return at < sorted.length && sorted[at]!.startsWith(word);
}
