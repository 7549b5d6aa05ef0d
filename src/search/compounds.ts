// Compound words written both ways: "health care" and "healthcare", "key
// workers" and "keyworkers". Search matches words, so an item is also indexed
// under the other spelling of each compound it uses: the joined form where the
// plans or an English dictionary know it, the split form where the plans use it.
import { STOP_WORDS } from './words.ts';

const WORD = /^[a-z]{3,}$/;

export interface CompoundSources {
  /** Every word of the archive's indexed text, lower case. */
  words: Set<string>;
  /** Every pair of adjacent words of the archive ("health care"). */
  pairs: Set<string>;
  /** Words an English dictionary knows (joined forms no plan uses yet). */
  dictionary: Set<string>;
}

/** The words and word pairs of texts, lower case, as compoundVariants needs them. */
export function wordsAndPairs(texts: Iterable<string>): { words: Set<string>; pairs: Set<string> } {
  const words = new Set<string>();
  const pairs = new Set<string>();
  for (const text of texts) {
    const w = text.toLowerCase().match(/[a-z]+/g) ?? [];
    for (let i = 0; i < w.length; i++) {
      words.add(w[i]!);
      if (i > 0) pairs.add(`${w[i - 1]} ${w[i]}`);
    }
  }
  return { words, pairs };
}

const usable = (w: string) => WORD.test(w) && !STOP_WORDS.has(w);

/** The other spellings of the compounds a text uses, each once, in the order met. */
export function compoundVariants(text: string, { words, pairs, dictionary }: CompoundSources): string[] {
  // Words split by a hyphen are one word to search already ("well-being" is found as "wellbeing").
  const lower = text.toLowerCase();
  const hyphened = new Set(lower.match(/[a-z]+(?:-\s*[a-z]+)+/g)?.map((h) => h.replace(/[-\s]/g, '')) ?? []);
  const w = lower.replace(/([a-z])-\s*([a-z])/g, '$1$2').match(/[a-z]+/g) ?? [];
  const have = new Set(w);
  const out = new Set<string>();
  for (let i = 0; i < w.length; i++) {
    const a = w[i]!;
    const b = w[i + 1];
    if (b && usable(a) && usable(b)) {
      const joined = a + b;
      if (!have.has(joined) && (words.has(joined) || dictionary.has(joined))) out.add(joined);
    }
    if (a.length >= 6 && !hyphened.has(a)) {
      for (let k = 3; k <= a.length - 3; k++) {
        const left = a.slice(0, k);
        const right = a.slice(k);
        if (usable(left) && usable(right) && pairs.has(`${left} ${right}`)) out.add(`${left} ${right}`);
      }
    }
  }
  return [...out];
}
