// The plans are full of abbreviations. Definitions the documents give
// ("Assessment, Care in Custody and Teamwork (ACCT)") are harvested with the
// Schwartz–Hearst algorithm; a curated list covers the rest. Each item lists
// the terms it uses, by abbreviation or spelt out, so search can treat them alike.
import type { Definition, GlossaryEntry } from '../model/schema.ts';
import { compare } from '../model/compare.ts';
import { glossaryOrder } from '../dataset/order.ts';
import { tokens, type Token } from './words.ts';

/** Abbreviations: two or more capitals, perhaps with lower-case letters or "&" between (OMiC, UoF, C&R). */
const SHORT_FORM = /^(?=(?:.*[A-Z]){2})[A-Z][A-Za-z&]{1,9}$/;

/** Schwartz & Hearst (2003): the shortest end of `long` whose letters spell `short`. */
function bestLongForm(short: string, long: string): string | null {
  let l = long.length - 1;
  for (let s = short.length - 1; s >= 0; s--) {
    const c = short[s]!.toLowerCase();
    if (!/[a-z0-9]/.test(c)) continue;
    while (l >= 0 && (long[l]!.toLowerCase() !== c || (s === 0 && l > 0 && /[a-z0-9]/i.test(long[l - 1]!)))) l--;
    if (l < 0) return null;
    l--;
  }
  const start = long.lastIndexOf(' ', l) + 1;
  const found = long.slice(start).trim();
  return found.split(/\s+/).length >= 2 && !found.includes(short) ? found : null;
}

/** Definitions printed as "long form (SHORT)" in a text. */
export function harvestDefinitions(text: string): Definition[] {
  const out: Definition[] = [];
  const re = /\(([^()]{2,12})\)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // A plural abbreviation (DIRFs, POMs) defines the singular; OASys keeps its s.
    const term = m[1]!.trim().replace(/^([A-Z&]{2,})s$/, '$1');
    if (!SHORT_FORM.test(term)) continue;
    const before = text
      .slice(0, m.index)
      .split(/[.;:()]/)
      .at(-1)!
      .trim()
      .replace(/['’]s$/, '');
    const words = before.split(/\s+/);
    const window = words.slice(-Math.min(term.length + 5, term.length * 2)).join(' ');
    const expansion = bestLongForm(term, window);
    if (expansion) out.push({ term, expansion: expansion.replace(/^(?:the|a|an|and|of|on|by|to)\s+/i, '') });
  }
  return out;
}

/**
 * One entry per term: the documents' own definition where there is one (the
 * wording most documents use, so one plan's slip does not win), else the curated one.
 */
export function buildGlossary(documents: { file: string; texts: string[] }[], curated: Definition[]): GlossaryEntry[] {
  const found = new Map<string, Map<string, { expansion: string; file: string; count: number }>>();
  for (const d of documents) {
    for (const text of d.texts) {
      for (const { term, expansion } of harvestDefinitions(text)) {
        const wordings = found.get(term) ?? new Map();
        const key = tokens(expansion)
          .map((t) => t.stem)
          .join(' ');
        const w = wordings.get(key) ?? { expansion, file: d.file, count: 0 };
        w.count++;
        // Within one wording, prefer the capitalised form ("Assessment, Care …").
        if (/^[a-z]/.test(w.expansion) && /^[A-Z]/.test(expansion)) w.expansion = expansion;
        wordings.set(key, w);
        found.set(term, wordings);
      }
    }
  }
  // "OMIC" and "OMiC" are one term: keyed in capitals, written as the curated list or the first plan has it.
  const entries = new Map<string, GlossaryEntry>();
  const spelling = new Map(curated.map((c) => [c.term.toUpperCase(), c.term]));
  for (const [term, wordings] of found) {
    const key = term.toUpperCase();
    const best = [...wordings.values()].reduce((a, b) => (b.count > a.count ? b : a));
    if (!entries.has(key))
      entries.set(key, {
        term: spelling.get(key) ?? term,
        expansion: best.expansion,
        source: 'document',
        file: best.file,
      });
  }
  for (const c of curated)
    if (!entries.has(c.term.toUpperCase()))
      entries.set(c.term.toUpperCase(), { term: c.term, expansion: c.expansion, source: 'curated', file: null });
  return [...entries.values()].sort(glossaryOrder);
}

export interface GlossaryMatcher {
  byWord: Map<string, string>;
  byFirstStem: Map<string, { term: string; stems: string[] }[]>;
  /** Whether every term (as written, in capitals, or less a plural "s") has a capital, so words in lower case need no look-up. */
  capitalised: boolean;
}

/** Letters and "&": the characters of a word that may be an abbreviation. */
// Letters, "&" ("E&M") and digits ("COMP1A"): a term of letters and digits is one word.
const isWordCode = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 38 || (c >= 48 && c <= 57);
const CAPITAL = /[A-Z]/g;

/** The runs of letters, digits and "&" in a text that hold a capital letter, each once, in order. */
function capitalisedWords(text: string): string[] {
  const out: string[] = [];
  CAPITAL.lastIndex = 0;
  for (let m = CAPITAL.exec(text); m; m = CAPITAL.exec(text)) {
    let start = m.index;
    while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--;
    let end = m.index + 1;
    while (end < text.length && isWordCode(text.charCodeAt(end))) end++;
    out.push(text.slice(start, end));
    CAPITAL.lastIndex = end;
  }
  return out;
}

export function glossaryMatcher(entries: GlossaryEntry[]): GlossaryMatcher {
  const byWord = new Map<string, string>();
  const byFirstStem = new Map<string, { term: string; stems: string[] }[]>();
  for (const e of entries) {
    byWord.set(e.term, e.term);
    byWord.set(e.term.toUpperCase(), e.term); // printed in capitals: OMIC
    const stems = tokens(e.expansion).map((t) => t.stem);
    if (stems.length < 2) continue;
    const list = byFirstStem.get(stems[0]!) ?? [];
    list.push({ term: e.term, stems });
    byFirstStem.set(stems[0]!, list);
  }
  // Most words of a text are in lower case: where every term has a capital, they cannot be one.
  return { byWord, byFirstStem, capitalised: [...byWord.keys()].every((k) => /[A-Z]/.test(k)) };
}

/** Terms a text uses, as the abbreviation (also plural: DIRFs) or spelt out. */
export function termsIn(m: GlossaryMatcher, text: string, toks: Token[] = tokens(text)): string[] {
  const found = new Set<string>();
  const lookUp = (w: string) => m.byWord.get(w) ?? (w.endsWith('s') ? m.byWord.get(w.slice(0, -1)) : undefined);
  for (const w of m.capitalised ? capitalisedWords(text) : (text.match(/[A-Za-z&\d]+/g) ?? [])) {
    const term = lookUp(w);
    if (term) found.add(term);
    // Not a term with its digits ("NVQ2", "B1"): its letters may be ("NVQ").
    else if (/\d/.test(w))
      for (const letters of w.match(/[A-Za-z&]+/g) ?? []) {
        const t = lookUp(letters);
        if (t) found.add(t);
      }
  }
  for (let i = 0; i < toks.length; i++) {
    const candidates = m.byFirstStem.get(toks[i]!.stem);
    if (candidates === undefined) continue;
    for (const cand of candidates) {
      if (cand.stems.every((s, j) => toks[i + j]?.stem === s)) found.add(cand.term);
    }
  }
  return [...found].sort(compare);
}
