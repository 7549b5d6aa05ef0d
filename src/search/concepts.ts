// Queries as concepts: each word a reader types stands for a concept, found by
// the word itself (its own forms, or the two words the plans write it as) or by
// the plans' words for the same thing (the lexicon: WordNet and the glossary).
// Items are ordered by how many of the query's concepts they have, and among
// those by how many they have in the query's own words. Pure: the search page
// does the fetching and searching.
import type { Hit } from './rank.ts';

/** A concept as searched: the hits for each of its own terms, and for each of its meanings. */
export interface ConceptHits<T extends Hit> {
  own: T[][];
  meanings: T[][];
  /** What the concept counts among the others: 1, less for a word that says how rather than what about. */
  weight?: number;
  /** The word's place among the words typed, stop words counted (QueryWord.at): for the query's phrases. */
  at?: number;
}

/**
 * For each page, how many pairs of the query's consecutive words it has standing as typed ("staff shortages" in
 * "staff shortages restricting regimes"), in the words' own forms: a part of the query said as one phrase.
 */
function pairsByPage<T extends Hit>(concepts: ConceptHits<T>[]): Map<string, number> {
  const places = concepts.map((c) => {
    const byPage = new Map<string, Set<number>>();
    for (const list of c.own)
      for (const h of list) {
        const set = byPage.get(h.id) ?? new Set<number>();
        for (const w of h.words) set.add(w);
        byPage.set(h.id, set);
      }
    return byPage;
  });
  const pairs = new Map<string, number>();
  for (let i = 0; i + 1 < concepts.length; i++) {
    const [a, b] = [concepts[i]!.at, concepts[i + 1]!.at];
    if (a === undefined || b === undefined) continue;
    for (const [id, first] of places[i]!) {
      const second = places[i + 1]!.get(id);
      if (second && [...first].some((p) => second.has(p + b - a))) pairs.set(id, (pairs.get(id) ?? 0) + 1);
    }
  }
  return pairs;
}

/** What a word that says how or what is done ("uses", "manage", "fully") counts against a subject's 1. */
export const ACTION_WEIGHT = 0.5;

export interface Ranked<T extends Hit> {
  /** Items with every concept; those that say more of the query's own words first. */
  all: T[];
  /** Items with some of the concepts: most concepts first, then most said in the query's own words. */
  some: T[];
}

/** An item as ranked: its hit, the concepts it has (n, and counted by weight), those said as typed, what they carry. */
interface Page<T extends Hit> {
  hit: T;
  n: number;
  concepts: number;
  own: number;
  share: number;
  score: number;
}

/** What a concept found only through its meanings carries, against one said in the query's own words. */
const MEANING_SHARE = 0.5;

/**
 * Items by the concepts they have. A concept found only through its meanings
 * counts as found; a rare concept counts for more than a common one
 * (1 / log2(2 + items with it)) between items with as many; then Pagefind's
 * scores, an own word's above a meaning's. (Tried and measured on the held-out
 * set, and left out: dropping items whose only concept is a common one, which
 * lost more recall than it gained precision, as the common word is often what
 * a question is about; and ranking by how many of a concept's words an item
 * says, which put items that say "custody" and its meanings above better ones.)
 */
export function rankByConcepts<T extends Hit>(
  concepts: ConceptHits<T>[],
  exclude: Set<string>,
  inTheme: Set<string> = new Set(),
): Ranked<T> {
  const themed = (p: { hit: T }) => (inTheme.has(p.hit.id) ? 1 : 0);
  const pairs = pairsByPage(concepts);
  const phrased = (p: { hit: T }) => pairs.get(p.hit.id) ?? 0;
  const pages = new Map<string, Page<T>>();
  concepts.forEach((c) => {
    const counts = c.weight ?? 1;
    const found = new Map<string, { hit: T; own: boolean; score: number }>();
    const lists = [
      ...c.own.map((l) => [l, 1] as const),
      // The meanings come strongest first: each counts for less than the one before.
      ...c.meanings.map((l, k) => [l, 1 / (2 + k)] as const),
    ];
    for (const [list, weight] of lists)
      for (const h of list) {
        const had = found.get(h.id);
        const own = weight === 1;
        const score = h.score * weight;
        if (!had) found.set(h.id, { hit: h, own, score });
        else if ((own && !had.own) || (own === had.own && score > had.score)) found.set(h.id, { hit: h, own, score });
      }
    const weight = counts / Math.log2(2 + found.size);
    for (const [id, f] of found) {
      if (exclude.has(id)) continue;
      const p = pages.get(id) ?? { hit: f.hit, n: 0, concepts: 0, own: 0, share: 0, score: 0 };
      p.n++;
      p.concepts += counts;
      if (f.own) p.own++;
      p.share += f.own ? weight : weight * MEANING_SHARE;
      p.score += f.score;
      pages.set(id, p);
    }
  });
  // Both lists: most concepts, then the themes the query names, then parts of the query said as one phrase.
  const lead = (a: Page<T>, b: Page<T>) => b.concepts - a.concepts || themed(b) - themed(a) || phrased(b) - phrased(a);
  const ordered = [...pages.values()].sort(
    (a, b) => lead(a, b) || b.own - a.own || b.share - a.share || b.score - a.score,
  );
  // With some of the concepts, what they carry comes before whether they are said in the query's own words:
  // an item with the question's rare word through its meanings ("bullied": "violence") before one that says a common word ("wing").
  const some = [...pages.values()]
    .filter((p) => p.n < concepts.length)
    .sort((a, b) => lead(a, b) || b.share - a.share || b.own - a.own || b.score - a.score);
  return {
    all: ordered.filter((p) => p.n === concepts.length).map((p) => p.hit),
    some: some.map((p) => p.hit),
  };
}

/**
 * A word the index does not hold, as two words it does ("dualdiagnosis",
 * "keywork" for "key work"): the first split, from the left, whose halves (3
 * letters or more) are both words of the index; null if none.
 */
export function splitWord(word: string, holds: (w: string) => boolean): [string, string] | null {
  for (let k = 3; k <= word.length - 3; k++) {
    const left = word.slice(0, k);
    const right = word.slice(k);
    if (holds(left) && holds(right)) return [left, right];
  }
  return null;
}

/** The first letters of the halves splitWord may try: the word lists to have at hand. */
export function splitLetters(word: string): string[] {
  const out = new Set<string>([word[0] ?? '']);
  for (let k = 3; k <= word.length - 3; k++) out.add(word[k]!);
  return [...out].filter(Boolean);
}

/** How a query word that no item says is searched: by its meanings, or offered a correction. */
export type Unknown =
  | { kind: 'meanings'; meanings: string[] }
  | {
      kind: 'typo';
      correction: string | null;
      /** A real word: offered, never searched instead. */ offerOnly: boolean;
    };

/**
 * A word no item says: a word of the dictionary or glossary with meanings in
 * the plans is searched by them; any other real word is offered its correction
 * and never replaced by it; a word nobody knows is a misspelling.
 */
export function unknownWord(meanings: string[] | undefined, inDictionary: boolean, correction: string | null): Unknown {
  if (meanings?.length) return { kind: 'meanings', meanings };
  return { kind: 'typo', correction, offerOnly: inDictionary };
}

/** The query with each word replaced by its correction; null if a word has none. */
export function correctedQuery(q: string, fixes: [string, string | null][]): string | null {
  if (!fixes.length || fixes.some(([, c]) => !c)) return null;
  const fix = new Map(fixes);
  return q.replace(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu, (w) => fix.get(w.toLowerCase()) ?? w);
}

/** "No item says “spouse”; items that say partner are shown for it." */
export function meaningsNote(meant: [string, string[]][]): string {
  return meant
    .map(([word, meanings]) => {
      const said = meanings.length > 1 ? `${meanings.slice(0, -1).join(', ')} or ${meanings.at(-1)}` : meanings[0];
      return `No item says “${word}”; items that say ${said} are shown for it.`;
    })
    .join(' ');
}
