// The plans' own words for a glossary term: a scheme or service the plans
// describe without naming it ("CARATs": "substance misuse"; "Listeners":
// "peer support", "Samaritans"), or an abbreviation whose expansion the plans
// seldom print in full ("MDT": "drug testing"). Read from the curated glossary's
// optional `plans` field (content/glossary.json, checked by
// src/connect/editorial.ts, read by scripts/write-lexicon.ts) and searched by
// the lexicon before the expansion. Pure: the search page imports the lexicon's module.
import { STOP_WORDS, lowerWords } from './words.ts';

/** A glossary term with what it stands for and, when the plans say it otherwise, their words for it. */
export interface GlossaryMeaning {
  term: string;
  expansion: string;
  plans?: string[];
}

/**
 * The forms of a glossary term a reader may type, lower case: the term, and its
 * plural or singular ("Listener", "listeners"; "CARATs", "carat"). A word of
 * letters and digits starting with a letter ("COMP1A"), or an abbreviation joined
 * by "&" ("c&r"), as the query keeps it.
 */
export function termForms(term: string): string[] {
  const t = term.toLowerCase();
  // An abbreviation joined by "&" is typed as written ("C&R"), the query's one word (src/search/words.ts).
  if (/^[a-z]{1,4}&[a-z]{1,4}$/.test(t)) return [t];
  if (!/^[a-z][a-z0-9]*$/.test(t)) return [];
  // The "S" of an abbreviation in capitals is one of its letters ("FS", functional skills; "IRS"): no singular.
  if (/^[A-Z0-9]+S$/.test(term)) return [t];
  return t.endsWith('s') ? [t, t.slice(0, -1)] : [t, `${t}s`];
}

/**
 * The last word of a name that says only what kind of body or arrangement it is: the plans call one body a
 * committee where the glossary says team ("the Interdepartmental Risk Management committee" for IDRMT).
 */
const KIND_OF_BODY = new Set(
  'team committee group board meeting panel unit forum service services scheme programme plan arrangements'.split(' '),
);

/**
 * A name without its last word where that word says only what kind of body it is and at least three words say
 * which ("interdepartmental risk management team": "interdepartmental risk management"); null otherwise, so
 * not "offender management unit", whose "offender management" every plan says of other things.
 */
export function bodyNamed(expansion: string): string | null {
  const words = expansion.trim().split(/\s+/);
  const last = words.at(-1)!.toLowerCase();
  if (!KIND_OF_BODY.has(last)) return null;
  const rest = words.slice(0, -1);
  return lowerWords(rest.join(' ')).filter((w) => !STOP_WORDS.has(w)).length >= 3 ? rest.join(' ') : null;
}

/**
 * At most this many words searched for a term's meanings: each word a search
 * asks for costs a part of the index. At a thousand plans a first search for
 * "Listeners" transferred 500.6 KB with four phrases searched (seven words),
 * and one for "CARATs" 601.6 KB, against a budget of 380 KB.
 */
export const TERM_WORDS_MAX = 3;

/**
 * What a glossary term is searched as: the plans' words for it that the index
 * holds (every word of the phrase), then its expansion, while they ask for at
 * most TERM_WORDS_MAX words in all (the first always), and at most `max`
 * phrases. The plans' words come first: they are what finds items.
 */
export function termMeanings(g: GlossaryMeaning, holds: (word: string) => boolean, max: number): string[] {
  const out: string[] = [];
  const searched = new Set<string>();
  const named = bodyNamed(g.expansion);
  for (const p of [
    ...(g.plans ?? []).filter((p) => lowerWords(p).every((w) => STOP_WORDS.has(w) || holds(w))),
    g.expansion,
    ...(named ? [named] : []),
  ]) {
    const words = lowerWords(p).filter((w) => !STOP_WORDS.has(w));
    const more = words.filter((w) => !searched.has(w));
    if (!words.length || out.includes(p)) continue;
    // A phrase of words already searched costs nothing more ("interdepartmental risk management" after the team).
    if (out.length && more.length && searched.size + more.length > TERM_WORDS_MAX) continue;
    out.push(p);
    for (const w of more) searched.add(w);
    if (out.length === max) break;
  }
  return out;
}
