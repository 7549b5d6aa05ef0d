// Compound words written both ways: "health care" and "healthcare", "key
// workers" and "keyworkers". Search matches words, so an item is also indexed
// under the other spelling of each compound it uses: the joined form where the
// plans or an English dictionary know it, the split form where the plans use it.
import { STOP_WORDS } from './words.ts';

export interface CompoundSources {
  /** Every word of the archive's indexed text, lower case. */
  words: Set<string>;
  /** Every pair of adjacent words of the archive that could be the halves of a compound ("health care"). */
  pairs: Set<string>;
  /** Words an English dictionary knows (joined forms no plan uses yet). */
  dictionary: Set<string>;
}

/** Whether a word (always letters a–z here) can be half of a compound: three letters or more, and not a stop word. */
const usable = (w: string) => w.length >= 3 && !STOP_WORDS.has(w);

/** The words and word pairs of texts, lower case, as compoundVariants needs them. */
export function wordsAndPairs(texts: Iterable<string>): { words: Set<string>; pairs: Set<string> } {
  const words = new Set<string>();
  const pairs = new Set<string>();
  for (const text of texts) {
    const w = text.toLowerCase().match(/[a-z]+/g) ?? [];
    for (let i = 0; i < w.length; i++) {
      words.add(w[i]!);
      // Only a pair of usable words can be a compound's halves: the others are never looked up.
      if (i > 0 && usable(w[i]!) && usable(w[i - 1]!)) pairs.add(`${w[i - 1]} ${w[i]}`);
    }
  }
  return { words, pairs };
}

/** The split forms of each long word that the plans use ("keyworker" → "key worker"), for as long as its sources are in use. */
const splitsBySources = new WeakMap<CompoundSources, Map<string, string[]>>();

/** The other spellings of the compounds a text uses, each once, in the order met. */
export function compoundVariants(text: string, sources: CompoundSources): string[] {
  const { words, pairs, dictionary } = sources;
  // The same few thousand words recur across an archive's items: each is split once.
  let memo = splitsBySources.get(sources);
  if (!memo) splitsBySources.set(sources, (memo = new Map()));
  const splits = (a: string) => {
    let found = memo.get(a);
    if (found) return found;
    found = [];
    for (let k = 3; k <= a.length - 3; k++) {
      const left = a.slice(0, k);
      const right = a.slice(k);
      if (usable(left) && usable(right) && pairs.has(`${left} ${right}`)) found.push(`${left} ${right}`);
    }
    memo.set(a, found);
    return found;
  };
  // Words split by a hyphen are one word to search already ("well-being" is found as "wellbeing").
  const lower = text.toLowerCase();
  const hyphen = lower.includes('-');
  const hyphened = new Set(
    hyphen ? (lower.match(/[a-z]+(?:-\s*[a-z]+)+/g)?.map((h) => h.replace(/[-\s]/g, '')) ?? []) : [],
  );
  const w = (hyphen ? lower.replace(/([a-z])-\s*([a-z])/g, '$1$2') : lower).match(/[a-z]+/g) ?? [];
  let have: Set<string> | undefined;
  const out = new Set<string>();
  for (let i = 0; i < w.length; i++) {
    const a = w[i]!;
    const b = w[i + 1];
    if (b && usable(a) && usable(b)) {
      const joined = a + b;
      if ((words.has(joined) || dictionary.has(joined)) && !(have ??= new Set(w)).has(joined)) out.add(joined);
    }
    if (a.length >= 6 && !hyphened.has(a)) for (const split of splits(a)) out.add(split);
  }
  return [...out];
}
