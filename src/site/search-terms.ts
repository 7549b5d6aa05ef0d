// What search indexes beside an item's visible text, worked out once per
// build, by ingest (search-terms-file.ts): the other side of each everyday-words entry the item matches, the
// other spelling of its compounds, and the word list (with how many items use
// each word) that the search page corrects misspellings from.
import { readFileSync } from 'node:fs';
import words from 'word-list';
import type { Definition, Item, Plan } from '../model/schema.ts';
import { compoundVariants, wordsAndPairs } from '../search/compounds.ts';
import { everydayMatcher, parseEverydayWords, searchedWords } from '../search/everyday.ts';
import { themeSubjectsByStem, type ThemeWordCounts } from '../search/theme-meanings.ts';
import { indexWords, shardOf } from '../search/words.ts';
import { reasonsIn, reasonWords } from '../search/reasons.ts';
import { stemmer } from 'stemmer';
import { everydayWordsFile } from '../settings.ts';
import type { SiteData } from './data.ts';

/** Words to index with an item, not shown, by how strongly they speak for it. */
export interface ExtraTerms {
  /** The other spelling of compounds the item uses: as good as its own words. */
  spellings: string[];
  /**
   * Everyday words for what the recommendation or concern itself says (not its
   * response: responses touch on many subjects, and their everyday words made
   * the index a tenth larger for little gain).
   */
  everyday: string[];
  /**
   * People's words for the reasons the response gives for not doing all that was asked ("money" for "for
   * affordability reasons"; src/search/reasons.ts).
   */
  reasons: string[];
}

export interface SearchTerms {
  extraByKey: Map<string, ExtraTerms>;
  /** Every word search can find in the items, with the number of items that have it, by word-list file. */
  shards: Map<string, [string, number][]>;
  /** For each word that may name a theme (by stem), how many items say it, by the item's main theme (src/search/theme-meanings.ts). */
  themeWords: ThemeWordCounts;
  /**
   * The site's glossary, each term with what it stands for as item pages show it (the documents' own definitions,
   * then the curated list's): the search lexicon searches a term as its expansion (src/search/meanings.ts).
   */
  glossary: Definition[];
}

/** The text of an item that its page shows and search indexes. */
export function indexedText(item: Item, data: Pick<SiteData, 'glossaryByTerm' | 'themeById'>): string {
  return [
    item.text,
    item.response ?? '',
    ...item.actions.flatMap((a) => [a.owner ?? '', a.target ?? '']),
    ...item.glossary.flatMap((t) => [t, data.glossaryByTerm.get(t)?.expansion ?? '']),
    item.section ?? '',
    data.themeById.get(item.themes[0]!)?.name ?? '',
  ].join('\n');
}

/** Pure: the search terms of a set of plans, given the everyday-words list's text and a dictionary. */
export function searchTerms(
  plans: Plan[],
  data: Pick<SiteData, 'glossaryByTerm' | 'themeById'>,
  everydayText: string,
  file: string,
  dictionary: Set<string>,
): SearchTerms {
  const everyday = everydayMatcher(parseEverydayWords(everydayText, file));
  const items = plans.flatMap((p) => p.items);
  const texts = new Map(items.map((i) => [i.key, indexedText(i, data)]));
  const sources = { ...wordsAndPairs(texts.values()), dictionary };
  const extraByKey = new Map<string, ExtraTerms>();
  // For each word: how many items have it, and the last item counted, so each item counts once.
  const tally = new Map<string, { items: number; last: number; digits: boolean }>();
  // The words that may name a theme, counted in the items' own words (not the theme's name, which every item of
  // the theme carries) by the item's main theme.
  const subjects = themeSubjectsByStem([...data.themeById.values()]);
  const stems = new Map<string, string>();
  const themeWords: ThemeWordCounts = new Map();
  items.forEach((item, i) => {
    const main = item.themes[0]!;
    const said = new Set<string>();
    for (const w of indexWords(`${item.text}\n${item.response ?? ''}`)) {
      let stem = stems.get(w);
      if (stem === undefined) stems.set(w, (stem = stemmer(w)));
      if (subjects.has(stem)) said.add(stem);
    }
    for (const stem of said) {
      const byTheme = themeWords.get(stem) ?? new Map<string, number>();
      byTheme.set(main, (byTheme.get(main) ?? 0) + 1);
      themeWords.set(stem, byTheme);
    }
    const text = texts.get(item.key)!;
    const spellings = compoundVariants(text, sources);
    const own = searchedWords(everyday(item.text).filter((w) => !spellings.includes(w)));
    const reasons = reasonWords(reasonsIn(item.response ?? '', item.status)).filter(
      (w) => !spellings.includes(w) && !own.includes(w),
    );
    const extra: ExtraTerms = { spellings, everyday: own, reasons };
    extraByKey.set(item.key, extra);
    for (const w of indexWords([text, ...extra.spellings, ...extra.everyday, ...extra.reasons].join('\n'))) {
      let t = tally.get(w);
      if (!t) tally.set(w, (t = { items: 0, last: -1, digits: /\d/.test(w) }));
      if (t.last !== i) {
        t.last = i;
        t.items++;
      }
    }
  });
  const counts = [...tally].flatMap(([w, t]) => (t.digits ? [] : [[w, t.items] as [string, number]]));
  const shards = new Map<string, [string, number][]>();
  for (const [w, n] of counts.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const list = shards.get(shardOf(w)) ?? [];
    list.push([w, n]);
    shards.set(shardOf(w), list);
  }
  const glossary = [...data.glossaryByTerm.values()].map(({ term, expansion }) => ({ term, expansion }));
  return { extraByKey, shards, themeWords, glossary };
}

/** The site's search terms, from its dataset and the everyday-words list. */
export function computeSiteSearchTerms(data: SiteData): SearchTerms {
  const file = everydayWordsFile();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(
      `${file}: cannot be read. It holds the everyday words search maps to the plans' words: restore it, or write [] for none.`,
    );
  }
  return searchTerms(data.plans, data, text, file, dictionary());
}

let englishWords: Set<string> | undefined;
/**
 * The English dictionary, read once per process: the dev server's ingest works out the terms on every edit.
 * A set, not the readers' `isEnglish` (a sorted list searched by halves, quicker to make): the terms look up
 * every pair of adjacent words, and at 1,000 plans they took 4.4-4.5 s with the set, 4.9-5.0 s with it.
 */
const dictionary = () => (englishWords ??= new Set(readFileSync(words, 'utf8').split('\n')));
