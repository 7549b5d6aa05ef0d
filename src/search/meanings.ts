// The layer of meaning under search, worked out at build time from the index's
// own word list: for a word a reader may type, the words of the plans that say
// the same thing ("spouse": "partner"; "schooling": "teaching"; "safe":
// "safety"), from WordNet and the glossary; and, for the words the plans do not
// use, whether an English dictionary knows them, so that search offers a
// correction for a real word instead of replacing it. Written in small files by
// the first three letters of the word, fetched only when a query needs them.
import { stemmer } from 'stemmer';
import { termForms, termMeanings, type GlossaryMeaning } from './glossary-plans.ts';
import {
  SUBJECT_THEMES_MAX,
  themeHeadsByStem,
  themeSubjects,
  type ThemeWordCounts,
  type ThemeWords,
} from './theme-meanings.ts';
import { actionWord, baseForms, lemmas, partsOfSpeech, relatedWords, type BaseForm, type WordNet } from './wordnet.ts';
import { STOP_WORDS, lowerWords } from './words.ts';

/** One file of the lexicon: dictionary words the index does not hold, and meanings by the typed word's stem. */
export interface LexiconShard {
  /** English words (and glossary terms) with these first letters that no item uses, sorted. */
  w: string[];
  /** A word as typed (lower case) → words or phrases of the plans that mean the same, strongest first. */
  m: Record<string, string[]>;
  /** Words with these first letters that say how or what is done, not what about (wordnet.ts, actionWord), sorted. */
  a?: string[];
  /**
   * A word as typed → the themes (by id) it says a question is about: those whose keywords have the word (kept
   * where a fifth of the items that say it are the theme's, src/search/theme-meanings.ts), or else those its
   * everyday-words entry names ("bored"), or else its closest meaning's ("safe": "safety"). Search lists a
   * question's items of those themes first among equals.
   */
  t?: Record<string, string[]>;
}

/** The file of the lexicon a word (or stem) is in: its first three letters, or "0" for anything but a–z. */
export function lexiconShardOf(word: string): string {
  return /^[a-z]+$/.test(word) ? word.slice(0, 3) : '0';
}

/** At most this many meanings per word: each one searched costs a part of the index. */
export const MEANINGS_MAX = 5;

/**
 * A broader term says less the more items use it ("person", "act"): it is kept
 * only when at most this share of the items has it.
 */
const BROADER_SHARE = 0.25;

// Endings that make a noun of an adjective or verb, or the other way round, when
// WordNet does not list the pair: "safe" and "safety", "fair" and "fairness".
const SUFFIXES = ['ty', 'ity', 'ness', 'ment', 'ion', 'ation', 'ly', 'al', 'ing', 'ence', 'ance'];

export interface LexiconInput {
  /** The index's word list: every word search can find in the items, with how many items use it. */
  counts: [string, number][];
  /** How many items the index has. */
  items: number;
  wordnet: WordNet;
  /** Words an English dictionary knows (the `word-list` package). */
  dictionary: Iterable<string>;
  /** The glossary: each term, what it stands for and, where the plans say it otherwise, their words for it. */
  glossary: GlossaryMeaning[];
  /** The themes: a word that is one of a theme's keywords also means the theme's head, last (src/search/theme-meanings.ts). */
  themes?: ThemeWords[];
  /** For each word that may name a theme, how many items say it by their main theme (src/site/search-terms.ts); none: no word names a theme. */
  themeWords?: ThemeWordCounts;
  /** The everyday-words list's entries: their one-word phrases name subjects ("punished"), and themes through the plans' words. */
  everyday?: { everyday: string[]; plans: string[] }[];
}

/**
 * For the stem of each phrase of the everyday-words list that is one word but
 * for stop words ("school", "bored", "leaving prison"), the themes its entry's plans words name most often ("education",
 * "learning", "functional skills": Education, skills and work); none where
 * they name none, or three or more as often.
 */
function everydayThemes(
  entries: { everyday: string[]; plans: string[] }[],
  subjects: Map<string, string[]>,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of entries) {
    const tally = new Map<string, number>();
    for (const phrase of e.plans)
      for (const theme of new Set(lowerWords(phrase).flatMap((w) => subjects.get(stemmer(w)) ?? [])))
        tally.set(theme, (tally.get(theme) ?? 0) + 1);
    const most = Math.max(0, ...tally.values());
    const top = [...tally].filter(([, n]) => n === most && n > 0).map(([t]) => t);
    if (!top.length || top.length >= SUBJECT_THEMES_MAX) continue;
    for (const phrase of e.everyday) {
      // One word but for stop words: "leaving prison", "see a doctor".
      const words = lowerWords(phrase).filter((w) => !STOP_WORDS.has(w));
      if (words.length !== 1) continue;
      const stem = stemmer(words[0]!);
      out.set(stem, [...new Set([...(out.get(stem) ?? []), ...top])]);
    }
  }
  return out;
}

/** The lexicon's files, by name (lexiconShardOf). */
export function lexicon({
  counts,
  items,
  wordnet,
  dictionary,
  glossary,
  themes = [],
  themeWords = new Map(),
  everyday = [],
}: LexiconInput): Map<string, LexiconShard> {
  const count = new Map(counts.filter(([w]) => /^[a-z]+$/.test(w)));
  // Each word of the plans under the WordNet lemmas it is a form of, its most used form first.
  const formsOf = new Map<string, string[]>();
  for (const [w] of [...count].sort((a, b) => b[1] - a[1]))
    for (const { lemma } of baseForms(wordnet, w)) formsOf.set(lemma, [...(formsOf.get(lemma) ?? []), w]);
  const stemsInIndex = new Set([...count.keys()].map((w) => stemmer(w)));
  const usable = (w: string) => w.length >= 3 && !STOP_WORDS.has(w);

  const meanings = new Map<string, string[]>();
  const add = (key: string, words: string[]) => {
    const list = meanings.get(key) ?? [];
    for (const w of words) if (!list.includes(w) && list.length < MEANINGS_MAX) list.push(w);
    if (list.length) meanings.set(key, list);
  };
  // The plans' words for what a lemma means, worked out once per lemma and reach.
  const memo = new Map<string, string[]>();
  const planWords = ({ lemma, pos }: BaseForm, inIndex: boolean): string[] => {
    const memoKey = `${lemma} ${pos.join('')} ${inIndex}`;
    let found = memo.get(memoKey);
    if (found) return found;
    found = [];
    const own = stemmer(lemma);
    // A word the plans use reaches only its closest relations; one they never use, also its broader term.
    for (const [related, relation] of relatedWords(wordnet, lemma, inIndex ? 1 : 2, !inIndex, pos)) {
      const form = count.has(related) ? related : formsOf.get(related)?.[0];
      if (!form || !usable(form) || stemmer(form) === own) continue;
      // A broader term only for a word with no closer one in the plans ("schooling": "education", but not "spouse": "relation").
      if (relation === 'broader' && (found.length > 0 || count.get(form)! > items * BROADER_SHARE)) continue;
      found.push(form);
    }
    for (const suffix of SUFFIXES) {
      const form = lemma.length >= 4 ? lemma + suffix : '';
      if (count.has(form) && stemmer(form) !== own) found.push(form);
    }
    memo.set(memoKey, found);
    return found;
  };
  // Keyed by the word as typed: each form a dictionary or WordNet knows, through the lemmas it is a form of.
  const words = new Set([...lemmas(wordnet), ...count.keys()]);
  for (const w of dictionary) if (/^[a-z]+$/.test(w)) words.add(w);
  for (const w of words) {
    if (!usable(w)) continue;
    const inIndex = stemsInIndex.has(stemmer(w));
    // First the plans' own forms of the word that the stemmer does not join to it ("old": "older"; "safe":
    // "safer"), then the words for what it means. Not a form that is a noun, verb or adverb of its own, which only
    // looks like one ("own": "owner", "late": "later", "long": "no longer").
    const own = (formsOf.get(w) ?? []).filter((f) => {
      const pos = partsOfSpeech(wordnet, f);
      return usable(f) && stemmer(f) !== stemmer(w) && !pos.has('n') && !pos.has('v') && !pos.has('r');
    });
    const found = [...own, ...baseForms(wordnet, w).flatMap((base) => planWords(base, inIndex))];
    if (found.length) add(w, found);
  }
  // The themes' heads, after WordNet's meanings, only for a form no item writes ("bullied" beside the plans'
  // "bullying"): for a word the items use, a theme's head counted as much as the word and put items that have
  // only the head first ("dentist": every item on health).
  const heads = themeHeadsByStem(themes);
  const held = (phrase: string) =>
    (phrase.toLowerCase().match(/[a-z0-9]+/g) ?? []).every((p) => STOP_WORDS.has(p) || count.has(p));
  for (const w of words) {
    const found = usable(w) && !count.has(w) ? heads.get(stemmer(w))?.filter(held) : undefined;
    if (found?.length) add(w, found);
  }
  // A glossary term is also searched as what it stands for ("CARATs", which no item may say).
  const dictionaryWords = new Set<string>();
  for (const g of glossary) {
    // WordNet knows "carats" as a unit of weight: a term of the glossary means what the glossary says,
    // typed as written or in the plural or singular ("Listeners" for "Listener").
    const forms = termForms(g.term);
    const [term, other] = forms;
    if (!term) continue;
    dictionaryWords.add(term);
    const found = termMeanings(g, (w) => count.has(w), MEANINGS_MAX);
    meanings.set(term, found);
    // The other number, unless it is a term of its own or a word the index holds ("PE" and "pes").
    if (other && !glossary.some((e) => e.term.toLowerCase() === other) && !count.has(other)) meanings.set(other, found);
  }
  for (const w of dictionary) if (w.length >= 4 && /^[a-z]+$/.test(w)) dictionaryWords.add(w);

  const shards = new Map<string, LexiconShard>();
  const shard = (name: string) => {
    let s = shards.get(name);
    if (!s) shards.set(name, (s = { w: [], m: {} }));
    return s;
  };
  for (const w of [...dictionaryWords].sort()) if (!count.has(w)) shard(lexiconShardOf(w)).w.push(w);
  // Words that say how or what is done: a question's concept of less weight than its subjects. Never a theme's
  // one-word keyword, a glossary term or a one-word entry of the everyday list, which name subjects ("work", "punished").
  const named = new Set([
    ...themes
      .flatMap((t) => t.keywords.map((k) => lowerWords(k)))
      .filter((k) => k.length === 1)
      .map((k) => stemmer(k[0]!)),
    ...glossary.map((g) => stemmer(g.term.toLowerCase())),
    ...everyday
      .flatMap((e) => [...e.everyday, ...e.plans])
      .map((p) => lowerWords(p))
      .filter((p) => p.length === 1)
      .map((p) => stemmer(p[0]!)),
  ]);
  const sorted = [...words].sort();
  for (const w of sorted)
    if (usable(w) && !named.has(stemmer(w)) && actionWord(wordnet, w)) (shard(lexiconShardOf(w)).a ??= []).push(w);
  for (const key of [...meanings.keys()].sort()) shard(lexiconShardOf(key)).m[key] = meanings.get(key)!;
  const subjects = themeSubjects(themes, themeWords);
  const byEveryday = everydayThemes(everyday, subjects);
  for (const w of sorted) {
    if (!usable(w)) continue;
    // A word of no theme names those of its everyday-words entry ("school": education, learning), or else those of
    // its closest meanings ("safe": "safety"; "schooling": "education").
    let named = subjects.get(stemmer(w)) ?? byEveryday.get(stemmer(w));
    if (!named) {
      const via = (meanings.get(w) ?? []).slice(0, 2).find((m) => subjects.has(stemmer(m)));
      named = via ? subjects.get(stemmer(via)) : undefined;
    }
    if (named) (shard(lexiconShardOf(w)).t ??= {})[w] = named;
  }
  return shards;
}
