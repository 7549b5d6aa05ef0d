// Words for matching and similarity: tokens, Porter stems, English stop words.
import { stemmer } from 'stemmer';
import { eng } from 'stopword';

const STOP = new Set([...eng, 'should', 'will', 'must', 'also', 'prison', 'prisoners', 'prisoner', 'ensure']);

export interface Token {
  /** As printed (for case-sensitive acronyms). */
  word: string;
  stem: string;
  /** Whether the word carries meaning (see contentStems), worked out once per distinct word. */
  meaningful: boolean;
}

const cache = new Map<string, string>();
export function stem(word: string): string {
  const lower = word.toLowerCase();
  let s = cache.get(lower);
  if (s === undefined) {
    s = stemmer(lower);
    cache.set(lower, s);
  }
  return s;
}

// One frozen token per distinct word, shared by every text that uses it:
// an archive has millions of words but only tens of thousands of distinct ones.
const tokenOf = new Map<string, Token>();

export function tokens(text: string): Token[] {
  const words = text.match(/[A-Za-z0-9]+(?:['’][a-z]+)?/g) ?? [];
  const out: Token[] = new Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    let t = tokenOf.get(word);
    if (t === undefined) {
      t = Object.freeze({
        word,
        stem: stem(word.includes('’') || word.includes("'") ? word.replace(/['’][a-z]+$/, '') : word),
        meaningful: carriesMeaning(word),
      });
      tokenOf.set(word, t);
    }
    out[i] = t;
  }
  return out;
}

/** A word that carries meaning: no stop word, no number, no single letter. */
function carriesMeaning(word: string): boolean {
  return !STOP.has(word.toLowerCase()) && !/^\d+$/.test(word) && word.length > 1;
}

/** Stems of the words that carry meaning: no stop words, no numbers. */
export function contentStems(text: string | Token[]): string[] {
  const out: string[] = [];
  for (const t of typeof text === 'string' ? tokens(text) : text) if (t.meaningful) out.push(t.stem);
  return out;
}
