// A weak layer of meaning from the themes: a form no item writes of one of a
// theme's keywords ("bullied", as "bullying" of Violence reduction) also means
// the theme's head, the first of its keywords that names it ("violence"). The
// lexicon adds it after WordNet's meanings, so it counts for a question only
// when few items have its words, and last. Pure: read by src/search/meanings.ts.
import { stemmer } from 'stemmer';
import { STOP_WORDS, lowerWords } from './words.ts';

/** A theme as its file gives it: its name and keywords. */
export interface ThemeWords {
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
