// The plans' own words for a glossary term: a scheme or service the plans
// describe without naming it ("CARATs": "substance misuse"; "Listeners":
// "peer support", "Samaritans"), or an abbreviation whose expansion the plans
// seldom print in full ("MDT": "drug testing"). Read from the curated glossary's
// optional `plans` field (content/glossary.json, checked by
// src/documents/editorial.ts, read by scripts/write-lexicon.ts) and searched by
// the lexicon after the expansion. Pure: the search page imports the lexicon's module.

/** A glossary term with what it stands for and, when the plans say it otherwise, their words for it. */
export interface GlossaryMeaning {
  term: string;
  expansion: string;
  plans?: string[];
}

/**
 * The forms of a glossary term a reader may type, lower case: the term, and its
 * plural or singular ("Listener", "listeners"; "CARATs", "carat"). Only plain
 * letters: "C&R" is searched as Pagefind finds it.
 */
export function termForms(term: string): string[] {
  const t = term.toLowerCase();
  if (!/^[a-z]+$/.test(t)) return [];
  return t.endsWith('s') ? [t, t.slice(0, -1)] : [t, `${t}s`];
}

/**
 * What a glossary term is searched as: its expansion, then the plans' words
 * for it that the index holds (every word of the phrase), at most `max`.
 */
export function termMeanings(g: GlossaryMeaning, holds: (word: string) => boolean, max: number): string[] {
  const out = [g.expansion];
  for (const p of g.plans ?? []) {
    const words = p.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length && words.every(holds) && !out.includes(p)) out.push(p);
  }
  return out.slice(0, max);
}
