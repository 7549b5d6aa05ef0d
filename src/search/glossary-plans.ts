// The plans' own words for a glossary term: a scheme or service the plans
// describe without naming it ("CARATs": "substance misuse"; "Listeners":
// "peer support", "Samaritans"), or an abbreviation whose expansion the plans
// seldom print in full ("MDT": "drug testing"). Read from the curated glossary's
// optional `plans` field (content/glossary.json, checked by
// src/documents/editorial.ts, read by scripts/write-lexicon.ts) and searched by
// the lexicon before the expansion. Pure: the search page imports the lexicon's module.

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
 * What a glossary term is searched as, at most `max`: the plans' words for it
 * that the index holds (every word of the phrase), then its expansion. The
 * plans' words come first: they are what finds items, and an expansion of many
 * words costs a part of the index for each ("Listeners" at a thousand plans:
 * 499 KB with the expansion searched first, against 412 KB finding nothing before).
 */
export function termMeanings(g: GlossaryMeaning, holds: (word: string) => boolean, max: number): string[] {
  const out: string[] = [];
  for (const p of g.plans ?? []) {
    const words = p.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length && words.every(holds) && !out.includes(p)) out.push(p);
  }
  if (!out.includes(g.expansion)) out.push(g.expansion);
  return out.slice(0, max);
}
