// Each item gets one primary theme and any secondary themes, with the reason.
// Headings decide where they can: a heading that belongs to one theme decides;
// a heading shared by several ("Daily life": living conditions, or
// consultation and complaints) lets the words of the text choose among them.
// Without a usable heading (main recommendations, concerns) the text decides.
import { testSchema, type Test, type ThemeDefinition, type ThemeReason } from '../model/schema.ts';
import { tokens, type Token } from './words.ts';

export type ThemeInput = ThemeDefinition & { id: string };

/** For each theme (by id), words that mean what its keywords mean (theme-layer.ts). */
export type ThemeMeanings = Map<string, string[]>;

interface Matcher {
  keyword: string;
  /** Case-sensitive words (acronyms) or stems. */
  parts: string[];
  exact: boolean;
  /** Where the keyword first stands in its theme's list: found keywords are reported in that order. */
  rank: number;
  /** The words or stems as one key: keywords that stem alike ("cell", "cells") count once. */
  key: string;
  /** What a match counts: 1 for the theme's own keywords, MEANING_WEIGHT for words that mean the same (theme-layer.ts). */
  weight: number;
}

/** What a word that means what a theme's keyword means counts, against the keyword's 1. */
const MEANING_WEIGHT = 0.75;

export interface Classifier {
  themes: ThemeInput[];
  byHeading: Map<string, ThemeInput[]>;
  /** Keyword matchers by their first word (exact) or first stem, so a text is scanned once. */
  byFirstWord: Map<string, { theme: string; matcher: Matcher }[]>;
  byFirstStem: Map<string, { theme: string; matcher: Matcher }[]>;
  /** The two lists above joined, per token (tokens are shared): one look-up per word of a text, null for most. */
  byToken: Map<Token, Candidate[] | null>;
}

type Candidate = { theme: string; matcher: Matcher };

/** A heading as the themes' headings are looked up: lower case, no punctuation. */
export const headingKey = (h: string) =>
  h
    .toLowerCase()
    .replace(/[–—-]/g, ' ')
    .replace(/[^a-z0-9 ]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** `meanings`: for each theme, words that mean what its keywords mean (theme-layer.ts), counted after its own. */
export function classifier(themes: ThemeInput[], meanings: ThemeMeanings = new Map()): Classifier {
  const ordered = [...themes].sort((a, b) => a.order - b.order);
  const byHeading = new Map<string, ThemeInput[]>();
  const byFirstWord = new Map<string, { theme: string; matcher: Matcher }[]>();
  const byFirstStem = new Map<string, { theme: string; matcher: Matcher }[]>();
  for (const t of ordered) {
    for (const h of t.headings) byHeading.set(headingKey(h), [...(byHeading.get(headingKey(h)) ?? []), t]);
    const own = t.keywords.length;
    for (const [rank, keyword] of [...t.keywords, ...(meanings.get(t.id) ?? [])].entries()) {
      const exact = /[A-Z]/.test(keyword);
      const toks = tokens(keyword);
      const all = toks.map((k) => (exact ? k.word : k.stem));
      // A keyword of three words or more also stands for its last two or more meaningful words
      // ("video calls" for "social video calls"): the words that name the thing, without what qualifies it.
      for (let from = 0; from < all.length; from++) {
        const rest = toks.slice(from);
        if (from > 0 && (!rest[0]!.meaningful || rest.filter((k) => k.meaningful).length < 2)) continue;
        const parts = all.slice(from);
        const matcher = {
          keyword,
          exact,
          parts,
          rank,
          key: parts.join(' ').toLowerCase(),
          weight: rank < own ? 1 : MEANING_WEIGHT,
        };
        const byFirst = exact ? byFirstWord : byFirstStem;
        byFirst.set(matcher.parts[0]!, [...(byFirst.get(matcher.parts[0]!) ?? []), { theme: t.id, matcher }]);
      }
    }
  }
  return { themes: ordered, byHeading, byFirstWord, byFirstStem, byToken: new Map() };
}

function candidatesAt(c: Classifier, t: Token): Candidate[] | null {
  let list = c.byToken.get(t);
  if (list === undefined) {
    const joined = [...(c.byFirstWord.get(t.word) ?? []), ...(c.byFirstStem.get(t.stem) ?? [])];
    c.byToken.set(t, (list = joined.length ? joined : null));
  }
  return list;
}

function matchedAt(toks: Token[], i: number, m: Matcher): boolean {
  if (i + m.parts.length > toks.length) return false;
  for (let j = 1; j < m.parts.length; j++)
    if ((m.exact ? toks[i + j]!.word : toks[i + j]!.stem) !== m.parts[j]) return false;
  return true;
}

interface Found {
  keywords: string[];
  /**
   * What decides the main theme: each distinct matched phrase counts 1, and each further word of it
   * half as much again ("special cells" says more than "cells", but it is still one mention).
   */
  score: number;
  /** Each distinct matched phrase counts its number of words (twice in the subject), asides or not: what a secondary theme needs. */
  words: number;
  /** Where the first keyword counted stands in the text (its word's place): on equal scores, the theme said first is the point. */
  first: number;
}

/** What each word of a keyword after its first adds to the keyword's weight. */
const FURTHER_WORD = 0.5;

/**
 * Where a recommendation's subject ends: the words before its first "should"
 * ("Foreign national prisoners should have…") name what it is about.
 */
function subjectEnd(toks: Token[]): number {
  const at = toks.findIndex((t) => t.stem === 'should');
  return at > 0 ? at : 0;
}

/**
 * Words that name who is to act, not what about: a subject made of these alone ("Leaders should…",
 * "The governor and senior managers should…", as recommendations since 2022 mostly begin) says nothing of
 * the point, which is what follows. Stems, as `tokens` gives them.
 */
const ACTORS = new Set(
  [
    'leaders',
    'leader',
    'leadership',
    'senior',
    'managers',
    'manager',
    'management',
    'team',
    'governor',
    'governors',
    'director',
    'directors',
    'hmpps',
    'moj',
    'establishment',
    'staff',
  ].map((w) => tokens(w)[0]!.stem),
);

/** Whether the words before "should" that carry meaning ("the", "at the prison" do not) name only who is to act. */
const actorsOnly = (toks: Token[], end: number): boolean => {
  let actors = 0;
  for (let i = 0; i < end; i++) {
    if (!toks[i]!.meaningful) continue;
    if (!ACTORS.has(toks[i]!.stem)) return false;
    actors++;
  }
  return actors > 0;
};

/** Words that open what a recommendation adds after its point: its aim, a circumstance or an example. */
const ASIDES: string[][] = [
  ['so', 'that'],
  ['without'],
  ['in', 'order', 'to'],
  ['to', 'ensure'],
  // "…replies should deal with the issue raised, particularly where the complaint concerns health care".
  ['particularly'],
  ['especially'],
  ['in', 'particular'],
  ['including'],
];
/** A keyword in such an aside counts this much of what it would count elsewhere. */
const ASIDE_WEIGHT = 0.5;

/**
 * Where a recommendation's asides begin: after its subject, the first "so that",
 * "without", "in order to" or "to ensure" ("Visits processes should be streamlined
 * so that waiting times are reduced": the visits are the point, the waiting its aim).
 */
function asideStart(toks: Token[], from: number): number {
  for (let i = from; i < toks.length; i++)
    if (ASIDES.some((a) => a.every((w, j) => toks[i + j]?.word.toLowerCase() === w))) return i;
  return toks.length;
}

/**
 * Keywords of each theme found in a text, in the order of the theme's keyword list.
 * A keyword found inside a longer one of the same theme ("telephone" in
 * "telephone call") is not counted again; one in the recommendation's subject counts twice.
 */
function keywordsIn(c: Classifier, text: string | Token[], ofText = true): Map<string, Found> {
  const toks = typeof text === 'string' ? tokens(text) : text;
  // Only the recommendation's own text has a subject; the response's words only break ties, as they always have.
  const said = ofText ? subjectEnd(toks) : 0;
  // Per theme, each keyword found, the first matcher that found it, and the span it covers; none ending before `skip`.
  const scan = (skip: number) => {
    const hits = new Map<string, Map<string, { matcher: Matcher; from: number; to: number }>>();
    for (let i = 0; i < toks.length; i++) {
      const candidates = candidatesAt(c, toks[i]!);
      if (candidates === null) continue;
      for (const { theme, matcher } of candidates) {
        if (!matchedAt(toks, i, matcher) || i + matcher.parts.length <= skip) continue;
        let found = hits.get(theme);
        if (!found) hits.set(theme, (found = new Map()));
        const had = found.get(matcher.keyword);
        if (!had || matcher.parts.length > had.matcher.parts.length)
          found.set(matcher.keyword, { matcher, from: i, to: i + matcher.parts.length });
      }
    }
    return hits;
  };
  // A subject of actors alone is neither counted twice nor counted: its keywords ("leaders") say who, not what;
  // unless nothing after it names a theme ("Leaders should develop a clear strategy"), when it counts as before.
  let actors = actorsOnly(toks, said) ? said : 0;
  let hits = scan(actors);
  if (actors && !hits.size) [actors, hits] = [0, scan(0)];
  const subject = actors ? 0 : said;
  const aside = ofText ? asideStart(toks, said) : toks.length;
  const out = new Map<string, Found>();
  for (const t of c.themes) {
    const matched = hits.get(t.id);
    if (!matched) continue;
    const all = [...matched.values()];
    const inside = (m: (typeof all)[number]) =>
      all.some((o) => o !== m && o.from <= m.from && o.to >= m.to && o.to - o.from > m.to - m.from);
    const seen = new Set<string>();
    const found: Found = { keywords: [], score: 0, words: 0, first: Infinity };
    // The keywords found, in the order of the theme's list (a text finds a few of its many).
    for (const m of all.sort((a, b) => a.matcher.rank - b.matcher.rank)) {
      if (seen.has(m.matcher.key) || (ofText && inside(m))) continue;
      seen.add(m.matcher.key);
      found.keywords.push(m.matcher.keyword);
      found.first = Math.min(found.first, m.from);
      const where = (m.from < subject ? 2 : 1) * (m.from >= aside ? ASIDE_WEIGHT : 1);
      found.score += (1 + FURTHER_WORD * (m.matcher.parts.length - 1)) * where * m.matcher.weight;
      found.words += m.matcher.parts.length * (m.from < subject ? 2 : 1) * m.matcher.weight;
    }
    out.set(t.id, found);
  }
  return out;
}

export interface Classified {
  themes: string[];
  reasons: ThemeReason[];
}

/** Response words only break ties between themes the text supports equally. */
const RESPONSE_WEIGHT = 0.1;
/** A secondary theme needs this score in the text: two keywords, or one phrase of two words or more. */
const SECONDARY_MIN = 2;
const SECONDARY_MAX = 3;

/** Text and response as strings, or as tokens when the caller has them already. */
export function classify(
  c: Classifier,
  item: { section: string | null; text: string | Token[]; response: string | Token[] },
  testHint: string | null,
): Classified {
  const inText = keywordsIn(c, item.text);
  const inResponse = keywordsIn(c, item.response, false);
  const score = (id: string) => (inText.get(id)?.score ?? 0) + RESPONSE_WEIGHT * (inResponse.get(id)?.score ?? 0);
  // On equal scores, the theme the text names first: a recommendation says its point before its circumstances
  // ("Leaders had no clear plan…; … meant the regime was regularly curtailed").
  const first = (id: string) => inText.get(id)?.first ?? Infinity;
  const best = (candidates: ThemeInput[]) =>
    candidates.reduce(
      (a, b) => (score(b.id) > score(a.id) || (score(b.id) === score(a.id) && first(b.id) < first(a.id)) ? b : a),
      candidates[0]!,
    );

  const heading = item.section ? c.byHeading.get(headingKey(item.section)) : undefined;
  let primary: ThemeInput;
  let reason: string;
  const words = (id: string) => (inText.get(id) ?? inResponse.get(id))?.keywords ?? [];
  if (heading?.length === 1) {
    primary = heading[0]!;
    reason = `heading: ${item.section}`;
  } else if (heading) {
    primary = best(heading);
    reason = `heading: ${item.section}; ${words(primary.id).length ? `words: ${words(primary.id).join(', ')}` : 'no words decide, so its first theme'}`;
  } else {
    // Without a heading, a pre-2022 paragraph reference (1.x Safety …) narrows the choice,
    // unless no theme of that test has a word in the text and another theme has.
    const hinted = testHint ? c.themes.filter((t) => t.test === testHint) : c.themes;
    const pool = hinted.some((t) => score(t.id) > 0) ? hinted : c.themes;
    primary = best(score(best(c.themes).id) > 0 ? pool : hinted);
    reason =
      score(primary.id) > 0
        ? `words: ${words(primary.id).join(', ')}`
        : 'no heading and no theme words: the first theme of its test';
  }

  const wordsOf = (id: string) => (inText.get(id)?.words ?? 0) + RESPONSE_WEIGHT * (inResponse.get(id)?.words ?? 0);
  const secondary = c.themes
    .filter((t) => t.id !== primary.id && (inText.get(t.id)?.words ?? 0) >= SECONDARY_MIN)
    .sort((a, b) => wordsOf(b.id) - wordsOf(a.id) || a.order - b.order)
    .slice(0, SECONDARY_MAX);
  return {
    themes: [primary.id, ...secondary.map((t) => t.id)],
    reasons: [
      { theme: primary.id, primary: true, reason },
      ...secondary.map((t) => ({
        theme: t.id,
        primary: false,
        reason: `words: ${inText.get(t.id)!.keywords.join(', ')}`,
      })),
    ],
  };
}

/**
 * The healthy prison test a pre-2022 reference points to: the reports take the
 * tests in the schema's order, 1.x Safety, 2.x Respect, 3.x Purposeful activity, 4.x the fourth.
 */
export function testOfReference(refs: string[], year: number): Test | null {
  if (year >= 2022) return null;
  const m = /^([1-4])\./.exec(refs[0] ?? '');
  return m ? testSchema.options[Number(m[1]) - 1]! : null;
}
