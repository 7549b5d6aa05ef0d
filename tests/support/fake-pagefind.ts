// A Pagefind bundle in memory, for the search logic without a browser: pages of
// words and filters, searched as Pagefind searches them (each word of the term a
// stem prefix of a page's word, unless the term is quoted: then the stems must be
// equal), and the site's word list and lexicon made from the same pages.
import { stemmer } from 'stemmer';
import { wordListOf, type Filters, type Index, type Search, type Vocabulary } from '../../src/search/find.ts';
import type { LexiconShard } from '../../src/search/meanings.ts';
import type { Result } from '../../src/search/results.ts';
import { shardOf } from '../../src/search/words.ts';

export interface FakePage {
  id: string;
  text: string;
  filters?: Record<string, string[]>;
  /** Words found only in zero-weight metadata (an item's number): matched with a score of 0. */
  meta?: string[];
}

export interface FakeIndex extends Index {
  /** Every search asked for, in order: the term and the filters. */
  calls: { term: string | null; filters: Filters }[];
}

const tokens = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

export function fakePagefind(pages: FakePage[]): FakeIndex {
  const calls: FakeIndex['calls'] = [];
  return {
    calls,
    search(term, { filters = {} }) {
      calls.push({ term, filters });
      const exact = term !== null && /^".*"$/.test(term);
      const asked = term === null ? [] : tokens(term);
      const matches = (w: string, a: string) => (exact ? stemmer(w) === stemmer(a) : stemmer(w).startsWith(stemmer(a)));
      const results: Result[] = [];
      for (const page of pages) {
        const narrowed = Object.entries(filters).every(
          ([key, f]) => !('any' in f) || f.any.some((v) => page.filters?.[key]?.includes(v)),
        );
        if (!narrowed) continue;
        const words = tokens(page.text);
        const places = asked.map((a) => words.flatMap((w, i) => (matches(w, a) ? [i] : [])));
        const inMeta = asked.map((a) => (page.meta ?? []).some((w) => matches(w, a)));
        if (!asked.every((_, k) => places[k]!.length || inMeta[k])) continue;
        const found = places.flat().sort((a, b) => a - b);
        results.push({
          id: page.id,
          score: term === null ? 1 : found.length,
          words: found,
          data: () =>
            Promise.resolve({
              url: `/${page.id}/`,
              excerpt: page.text,
              meta: { title: page.id },
              filters: page.filters,
            }),
        });
      }
      // Most matched places first; between equals, the pages' order.
      results.sort((a, b) => b.score - a.score);
      const counts: Search['filters'] = {};
      for (const r of results)
        for (const [key, values] of Object.entries(pages.find((p) => p.id === r.id)!.filters ?? {}))
          for (const v of values) (counts[key] ??= {})[v] = (counts[key]![v] ?? 0) + 1;
      return Promise.resolve({ results, filters: counts });
    },
  };
}

/** The word list of the fake's pages (each word with how many pages use it) and a lexicon as given. */
export function fakeVocabulary(pages: FakePage[], lexicon: Partial<LexiconShard> = {}): Vocabulary {
  const counts = new Map<string, number>();
  for (const page of pages) for (const w of new Set(tokens(page.text))) counts.set(w, (counts.get(w) ?? 0) + 1);
  const sorted = [...counts].sort(([a], [b]) => (a < b ? -1 : 1));
  return {
    wordList: (word) => Promise.resolve(wordListOf(sorted.filter(([w]) => shardOf(w) === shardOf(word)))),
    lexicon: () => Promise.resolve({ ...lexicon, w: lexicon.w ?? [], m: lexicon.m ?? {} }),
  };
}
