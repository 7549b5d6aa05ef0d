// The themes through the layer of meaning search has: the everyday-words list
// pairs the words people use with the plans' words for the same thing ("prayer",
// "mosque": "faith", "chaplaincy"). Where the plans' side of a pair names one
// theme's keywords and no other's, the pair's other words say that theme too, so
// a new plan's item that says "Friday prayers" or "video calls" lands where a
// reader would look, though no keyword was written from it. Pure.
import { tokens } from './words.ts';
import type { ThemeInput, ThemeMeanings } from './themes.ts';

/** Words people use and the plans' words for the same thing (an entry of the everyday-words list). */
export interface WordPair {
  everyday: string[];
  plans: string[];
}

/** A phrase as keywords are compared: its stems, lower case. */
const stemKey = (phrase: string) =>
  tokens(phrase)
    .map((t) => t.stem.toLowerCase())
    .join(' ');

/**
 * For each theme, the words that mean what one of its keywords means: the words
 * of each pair whose plans' side names that theme's keywords and no other
 * theme's, less any theme's own keywords (they count for their theme already).
 */
export function meaningKeywords(themes: ThemeInput[], pairs: WordPair[]): ThemeMeanings {
  const themesOf = new Map<string, Set<string>>();
  for (const t of themes)
    for (const k of t.keywords) {
      const key = stemKey(k);
      if (!themesOf.has(key)) themesOf.set(key, new Set());
      themesOf.get(key)!.add(t.id);
    }
  const out = new Map<string, string[]>();
  for (const pair of pairs) {
    const named = new Set(pair.plans.flatMap((p) => [...(themesOf.get(stemKey(p)) ?? [])]));
    if (named.size !== 1) continue;
    const [theme] = named as Set<string>;
    const list = out.get(theme!) ?? [];
    for (const w of [...pair.everyday, ...pair.plans]) {
      const key = stemKey(w);
      if (!key || themesOf.has(key) || list.some((o) => stemKey(o) === key)) continue;
      list.push(w);
    }
    if (list.length) out.set(theme!, list);
  }
  return out;
}
