// A weak layer of meaning from the themes: a form no item writes of one of a
// theme's keywords ("bullied", as "bullying" of Violence reduction) also means
// the theme's head, the first of its keywords that names it ("violence"). The
// lexicon adds it after WordNet's meanings, so it counts for a question only
// when few items have its words, and last. Pure: read by src/search/meanings.ts.
import { stemmer } from 'stemmer';
import { STOP_WORDS, lowerWords } from './words.ts';

/** A theme as its file gives it: its name and keywords. */
export interface ThemeWords {
  /** The theme's id (its file's name): search filters the items of a theme by it (themeFilterKey). */
  id: string;
  name: string;
  keywords: string[];
}

const wordsOf = (text: string) => lowerWords(text).filter((w) => !STOP_WORDS.has(w));

/**
 * A theme's head: its first keyword with a word of its name ("Living
 * conditions": "living conditions"; "Violence reduction": "violence"), or
 * none when no keyword names it ("Early days in custody").
 */
export function themeHead(theme: ThemeWords): string | null {
  const named = new Set(wordsOf(theme.name).map((w) => stemmer(w)));
  return theme.keywords.find((k) => wordsOf(k).some((w) => named.has(stemmer(w)))) ?? null;
}

/** For the stem of each one-word keyword, the heads of the themes it is a keyword of, in the themes' order. */
export function themeHeadsByStem(themes: ThemeWords[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const theme of themes) {
    const head = themeHead(theme);
    if (!head) continue;
    const headStems = new Set(wordsOf(head).map((w) => stemmer(w)));
    for (const k of theme.keywords) {
      const words = wordsOf(k);
      // An acronym keyword (all capitals) is a glossary term, searched as what it stands for.
      if (words.length !== 1 || k === k.toUpperCase()) continue;
      const stem = stemmer(words[0]!);
      if (headStems.has(stem)) continue;
      const list = out.get(stem) ?? [];
      if (!list.includes(head)) list.push(head);
      out.set(stem, list);
    }
  }
  return out;
}

/** A word that names this many themes or more says nothing of which one a query is about ("care", "staff"). */
export const SUBJECT_THEMES_MAX = 3;

/**
 * For the stem of each word that names what a theme is about, the themes it
 * names (by id): the theme's one-word keywords
 * ("education", "ACCT"), and a word of four letters or more that two or more
 * of its longer keywords share ("safety" of "safety strategy" and "levels of
 * safety"). A word that names three themes or more names none. Search puts the
 * items of a theme a query names first among those with as many of its words
 * (src/search/find.ts).
 */
export function themeSubjectsByStem(themes: ThemeWords[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const theme of themes) {
    const stems = new Set<string>();
    const shared = new Map<string, number>();
    for (const k of theme.keywords) {
      // "well-being" is two words, as search reads it.
      const words = lowerWords(k);
      if (words.length === 1) stems.add(stemmer(words[0]!));
      else
        for (const w of new Set(words.filter((x) => x.length >= 4 && !STOP_WORDS.has(x)).map((x) => stemmer(x))))
          shared.set(w, (shared.get(w) ?? 0) + 1);
    }
    for (const [stem, n] of shared) if (n >= 2) stems.add(stem);
    for (const stem of stems) {
      if (stem.length < 2 || /\d/.test(stem)) continue;
      const list = out.get(stem) ?? [];
      if (!list.includes(theme.id)) list.push(theme.id);
      out.set(stem, list);
    }
  }
  for (const [stem, names] of out) if (names.length >= SUBJECT_THEMES_MAX) out.delete(stem);
  return out;
}

/** For a word's stem, how many items say it, by the item's main theme (by id): worked out by ingest (src/site/search-terms.ts). */
export type ThemeWordCounts = Map<string, Map<string, number>>;

/**
 * The share of the items that say a word that must be of a theme for the word to name it: the plans say
 * "treatment" (a keyword of Substance use treatment) of health care and fair treatment as much, and
 * "quality" of everything.
 */
const THEME_SHARE = 0.2;

/**
 * The themes each word names (themeSubjectsByStem), kept where at least a
 * fifth of the items that say the word are of the theme, by their main theme.
 */
export function themeSubjects(themes: ThemeWords[], counts: ThemeWordCounts): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [stem, names] of themeSubjectsByStem(themes)) {
    const byTheme = counts.get(stem);
    if (!byTheme) continue;
    const total = [...byTheme.values()].reduce((a, b) => a + b, 0);
    const kept = names.filter((n) => (byTheme.get(n) ?? 0) >= total * THEME_SHARE);
    if (kept.length) out.set(stem, kept);
  }
  return out;
}

/**
 * The search filter that holds the items whose main theme is `id`, one filter
 * per theme: Pagefind loads a filter's file whole when a search uses it, and
 * the theme filter's, every item's theme, is 78 KB at 1,000 plans; one
 * theme's is a few. Its one value is "yes".
 */
export const themeFilterKey = (id: string) => `about-${id}`;
