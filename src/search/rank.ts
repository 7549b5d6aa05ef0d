// Ordering search results in the browser, on what Pagefind returns: which
// pages matched, with their scores and the places of the matched words.

export interface Hit {
  id: string;
  score: number;
  /** Places of the matched words in the page. */
  words: number[];
}

/**
 * Whether a page has the query's words standing together: for each place of
 * the first word, the others at the same distances as in the query (stop words count).
 */
export function hasPhrase(places: number[], at: number[]): boolean {
  if (at.length < 2) return false;
  const set = new Set(places);
  return places.some((p) => at.every((a) => set.has(p + a - at[0]!)));
}

/** Pages with the words as a phrase first, each group in Pagefind's order. */
export function phrasesFirst<T extends Hit>(hits: T[], at: number[]): T[] {
  if (at.length < 2) return hits;
  const phrase: T[] = [];
  const rest: T[] = [];
  for (const h of hits) (hasPhrase(h.words, at) ? phrase : rest).push(h);
  return [...phrase, ...rest];
}

/** Pages of the themes a query names (`first`) before the others, each group in its order. */
export function themesFirst<T extends Hit>(hits: T[], first: Set<string>): T[] {
  if (!first.size) return hits;
  return [...hits.filter((h) => first.has(h.id)), ...hits.filter((h) => !first.has(h.id))];
}

export interface WordHits<T extends Hit> {
  /** The pages that have the word. */
  hits: T[];
}

/**
 * Pages with some of the words, but not all: those with at least half of the
 * words, or with words that carry at least half of what the query says, a rare
 * word counting for more than a common one (1 / log2(2 + pages with it)); most
 * of it first, then by Pagefind's scores.
 */
export function someWords<T extends Hit>(words: WordHits<T>[], exclude: Set<string>): T[] {
  const weight = words.map((w) => 1 / Math.log2(2 + w.hits.length));
  const total = weight.reduce((a, b) => a + b, 0);
  const pages = new Map<string, { hit: T; share: number; score: number; count: number }>();
  words.forEach((w, i) => {
    for (const h of w.hits) {
      if (exclude.has(h.id)) continue;
      const p = pages.get(h.id) ?? { hit: h, share: 0, score: 0, count: 0 };
      p.share += weight[i]! / total;
      p.score += h.score;
      p.count++;
      pages.set(h.id, p);
    }
  });
  return [...pages.values()]
    .filter((p) => p.share >= 0.5 - 1e-9 || p.count * 2 >= words.length)
    .sort((a, b) => b.share - a.share || b.score - a.score)
    .map((p) => p.hit);
}
