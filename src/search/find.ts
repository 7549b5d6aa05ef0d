// What the search page finds for a query: which words to ask Pagefind for, how
// each word the index does not hold is read (a word being typed, two words run
// together, a meaning, a misspelling), and in what order the items come. Over a
// Pagefind-shaped index and the site's word list and lexicon, all passed in, so
// it runs (and is tested) without a browser; the page script fetches and shows.
import { stemmer } from 'stemmer';
import {
  ACTION_WEIGHT,
  correctedQuery,
  rankByConcepts,
  splitLetters,
  splitWord,
  unknownWord,
  type ConceptHits,
  type Unknown,
} from './concepts.ts';
import { correction, known, lowerBound } from './correct.ts';
import type { LexiconShard } from './meanings.ts';
import { phrasesFirst, themesFirst } from './rank.ts';
import { listed, type Result } from './results.ts';
import { facetsInQuery, namedFilters, type FacetValues, type FacetsNamed, type NamedFacet } from './facet-query.ts';
import { statusInQuery, type PrintedStatus, type StatusQuery } from './status-query.ts';
import { NO_TARGET, stateInQuery, statesFirst, type ItemState, type StateQuery } from './state-query.ts';
import { MONEY_FORM, MONEY_SAID } from './status-words.ts';
import { isSentence, queryWords, type QueryWord } from './words.ts';
import { themeFilterKey } from './theme-meanings.ts';

/** How many results Pagefind counts for each value of each filter. */
export type Counts = Record<string, Record<string, number>>;

/** Pagefind's filters: values that narrow (`any`), or an empty `none` that only asks for a filter's counts. */
export type Filters = Record<string, { any: string[] } | { none: string[] }>;

/** What Pagefind answers a search with. */
export interface Search {
  results: Result[];
  filters: Counts;
}

/** A Pagefind bundle, as loaded in the browser: its search (a null term lists by filters alone). */
export interface Index {
  search(term: string | null, options: { filters?: Filters }): Promise<Search>;
}

/** The index's words that begin with one letter: each with how many items use it, and by stem. */
export interface WordList {
  sorted: string[];
  counts: [string, number][];
  count: Map<string, number>;
  byStem: Map<string, string[]>;
}

/** The site's words beside the index, fetched by the page as a query needs them. */
export interface Vocabulary {
  /** The index's word list for a word's first letter (`/search-words/`); an empty list if it failed to load. */
  wordList(word: string): Promise<WordList>;
  /** The lexicon file a word is in (`/search-lexicon/`); an empty one if it failed to load. */
  lexicon(word: string): Promise<LexiconShard>;
}

/** A file of the word list (each word with how many items use it, sorted) as looked up. */
export function wordListOf(counts: [string, number][]): WordList {
  const byStem = new Map<string, string[]>();
  for (const [w] of counts) {
    const list = byStem.get(stemmer(w)) ?? [];
    list.push(w);
    byStem.set(stemmer(w), list);
  }
  return { sorted: counts.map(([w]) => w), counts, count: new Map(counts), byStem };
}

/** What the index makes of a query word. */
export type WordKind =
  /** A word it holds (itself or a form of it): how many items use it, and whether other words start like it. */
  | { kind: 'word'; items: number; noisy: boolean }
  /** The start of words it holds: a word being typed ("segrega"). */
  | { kind: 'start' }
  /** Nothing it holds: a misspelling, with the closest word of the index, if one is close. */
  | { kind: 'typo'; correction: string | null }
  /** Two words it holds written as one ("keyworker"). */
  | { kind: 'split'; halves: [string, string] };

/**
 * What the index makes of a word: one it holds (itself or a form of it, by
 * stem), with how many items use it and whether other words start like it
 * ("rate" for "rats"); the start of a word being typed ("segrega"); or a misspelling.
 */
export function classify(word: string, list: WordList): WordKind {
  // No list (no word of the index starts with that letter, or it failed to load), or a number: Pagefind alone decides.
  if (!list.sorted.length || /\d/.test(word)) return { kind: 'word', items: 0, noisy: false };
  const stem = stemmer(word);
  const forms = list.count.has(word) ? [word] : (list.byStem.get(stem) ?? []);
  if (forms.length) {
    let noisy = false;
    for (
      let i = lowerBound(list.sorted, stem);
      i < list.sorted.length && list.sorted[i]!.startsWith(stem) && !noisy;
      i++
    )
      noisy = stemmer(list.sorted[i]!) !== stem;
    return { kind: 'word', items: Math.max(...forms.map((f) => list.count.get(f)!)), noisy };
  }
  if (known(word, list.sorted)) return { kind: 'start' };
  return { kind: 'typo', correction: correction(word, list.counts) };
}

/**
 * At most this many items for an exact search: Pagefind's exact search costs
 * time in step with the items it finds ("education", 6,944 items at a thousand
 * plans, took 2.4 s against 0.34 s for the plain search, on a loaded machine).
 */
const EXACT_AT_MOST = 500;

/** Whether a word's own forms are worth an exact search: other words start like it, and few items have it. */
const exactPays = (k: WordKind) => k.kind === 'word' && k.noisy && k.items <= EXACT_AT_MOST;

/** Fewer items than a first batch with every word, and each word counts as a concept (its meanings too). */
export const FIRST_BATCH = 10;

/** How many meanings of a word are searched: each is a search, and may load a part of the index. */
const MEANINGS_SEARCHED = 4;

/** The items found for a query, and what was made of its words. */
export interface ItemsFound {
  /** Items with all the words (or all the concepts), in the order listed. */
  all: Result[];
  /** Items with some of the words, listed after `all`. */
  some: Result[];
  /** Pagefind's counts by filter value, for the open filters (none for a misspelt query). */
  counts: Counts;
  /** What Pagefind is asked for: the reader's words without stop words; null lists by filters alone. */
  term: string | null;
  /** What counts the filters and months: the term, or its exact search for a word others start like. */
  countTerm: string | null;
  /** Misspelt words and their corrections; a null correction when none is close. */
  typos: [string, string | null][];
  /** Corrections offered for real words no item says: never searched instead. */
  offers: [string, string][];
  /** Words no item says, searched by their meanings. */
  meant: [string, string[]][];
  /** Items were added through their concepts (meanings, halves), beyond those with the words as typed. */
  byConcepts?: boolean;
}

/** One search's results as found, nothing corrected, offered or meant: `term` null lists by filters alone. */
const foundAsIs = (r: Search, term: string | null): ItemsFound => ({
  all: listed(r.results, term !== null),
  some: [],
  counts: r.filters,
  term,
  countTerm: term,
  typos: [],
  offers: [],
  meant: [],
});

const quoted = (q: string) => /^\s*".+"\s*$/.test(q);

/**
 * A word the index does not hold: two words it holds written as one
 * ("keyworker" for "key worker"), unless it is a real word ("spouse" is not
 * "spo use"), or a word to look up in the lexicon.
 */
async function splitOrUnknown(vocabulary: Vocabulary, word: string, k: WordKind): Promise<WordKind> {
  if (k.kind !== 'typo' || word.length < 6) return k;
  const lexicon = await vocabulary.lexicon(word);
  if (lexicon.w.includes(word) || lexicon.m[word]) return k;
  const lists = new Map(
    await Promise.all(splitLetters(word).map(async (c) => [c, await vocabulary.wordList(c)] as const)),
  );
  const halves = splitWord(word, (w) => lists.get(w[0]!)?.count.has(w) ?? false);
  return halves ? { kind: 'split', halves } : k;
}

/** Pagefind's hits for a word or phrase, as listed; for a word other words start like, its own forms only. */
async function hitsFor(index: Index, text: string, filters: Filters, k?: WordKind): Promise<Result[]> {
  // A phrase (a glossary expansion) is searched by its words, without the stop words no search asks for.
  const words = text.includes(' ')
    ? queryWords(text)
        .map((w) => w.text)
        .join(' ')
    : text;
  const hits = listed((await index.search(words, { filters })).results);
  if (!k || !exactPays(k)) return hits;
  const ids = new Set((await index.search(`"${words}"`, { filters })).results.map((r) => r.id));
  return hits.filter((r) => ids.has(r.id));
}

/**
 * A filter that lets each item through once, across every list it is given: `const once = unseen();
 * [...once(a), ...once(b)]` lists b's items that a did not have. `seen` starts it with items already listed.
 */
const unseen =
  (seen = new Set<string>()) =>
  (list: Result[]) =>
    list.filter((r) => !seen.has(r.id) && !!seen.add(r.id));

/** At most this many themes named by a query's words: more say nothing of which it is about. */
const THEMES_NAMED_MAX = 2;

/**
 * The items of the themes a query's words name through the themes' keywords (the lexicon's `t`: "education";
 * "safe" as "safety", a word of Violence reduction's), within the filters, in the index's order; none when they
 * name none or more than two, or the reader chose a theme.
 */
async function namedThemeItems(
  index: Index,
  vocabulary: Vocabulary,
  words: QueryWord[],
  filters: Filters,
): Promise<Result[]> {
  const chosenTheme = filters.theme && 'any' in filters.theme && filters.theme.any.length > 0;
  if (!words.length || chosenTheme) return [];
  const named = new Set(
    (await Promise.all(words.map(async (w) => (await vocabulary.lexicon(w.text)).t?.[w.text] ?? []))).flat(),
  );
  if (!named.size || named.size > THEMES_NAMED_MAX) return [];
  // One small filter per theme (themeFilterKey): the theme filter's file holds every item's theme.
  const found = await Promise.all(
    [...named]
      .sort()
      .map((id) => index.search(null, { filters: { ...filters, [themeFilterKey(id)]: { any: ['yes'] } } })),
  );
  return unseen()(found.flatMap((f) => listed(f.results, false)));
}

/**
 * Items for the reader's words, by relevance. A word is looked up in the
 * index's word list: one it holds is searched as Pagefind does; one it does not
 * hold is a word being typed (the start of a word it holds), two words it holds
 * written as one, a word whose meaning the plans say in their own words (the
 * lexicon), or a misspelling, which matches nothing, so Pagefind's guesses from
 * the word's first letters never pass for results. A single word that other
 * words start like ("rats", "rate") lists only the items with its own forms
 * (Pagefind's exact search, which compares stems). Items with the words as a
 * phrase come first. When fewer than a first batch have every word, each word
 * is a concept, found by its own forms or its meanings, and items follow by how
 * many of the concepts they have.
 */
export async function findItems(
  index: Index,
  vocabulary: Vocabulary,
  q: string,
  filters: Filters,
  /** The words beside a status or state the query named (findByStatus, findByState). */
  besideAnswer = false,
): Promise<ItemsFound> {
  if (quoted(q)) {
    return foundAsIs(await index.search(q, { filters }), q);
  }
  const words: QueryWord[] = queryWords(q);
  const term = words.map((w) => w.text).join(' ');
  const [found, inTheme, ...kinds] = await Promise.all([
    index.search(term, { filters }),
    // The themes a question or sentence is about, or the words beside a status ("partly agreed healthcare"); not
    // a subject's words: "quality assurance" is not about education. Listed first among items with as many words.
    besideAnswer || isSentence(q)
      ? namedThemeItems(index, vocabulary, words, filters).then((rs) => new Set(rs.map((r) => r.id)))
      : new Set<string>(),
    ...words.map(async (w) => splitOrUnknown(vocabulary, w.text, classify(w.text, await vocabulary.wordList(w.text)))),
  ]);
  // Words no item says: searched by their meanings, or offered a correction (a real word is never replaced).
  const unknown = new Map<number, Unknown>();
  await Promise.all(
    words.map(async (w, i) => {
      const k = kinds[i]!;
      if (k.kind !== 'typo') return;
      const lexicon = await vocabulary.lexicon(w.text);
      unknown.set(i, unknownWord(lexicon.m[w.text], lexicon.w.includes(w.text), k.correction));
    }),
  );
  const typos: [string, string | null][] = [];
  const offers: [string, string][] = [];
  const meant: [string, string[]][] = [];
  words.forEach((w, i) => {
    const u = unknown.get(i);
    if (u?.kind === 'meanings') meant.push([w.text, u.meanings.slice(0, MEANINGS_SEARCHED)]);
    else if (u?.kind === 'typo' && u.offerOnly) {
      if (u.correction) offers.push([w.text, u.correction]);
    } else if (u?.kind === 'typo') typos.push([w.text, u.correction]);
  });
  const plain = kinds.every((k) => k.kind === 'word' || k.kind === 'start');
  let all: Result[] = [];
  let counts = found.filters;
  let countTerm: string | null = term;
  if (plain) {
    all = listed(found.results);
    const only = kinds[0]!;
    if (words.length === 1 && exactPays(only)) {
      const exact = await index.search(`"${words[0]!.text}"`, { filters });
      const ids = new Set(exact.results.map((r) => r.id));
      all = all.filter((r) => ids.has(r.id));
      [counts, countTerm] = [exact.filters, `"${words[0]!.text}"`];
    }
    all = phrasesFirst(
      themesFirst(all, inTheme),
      words.map((w) => w.at),
    );
  }
  let some: Result[] = [];
  let byConcepts = false;
  // A misspelling with a correction to search instead: the corrected query is searched, not this one.
  const resolvable = typos.length > 0 && typos.every(([, c]) => c);
  if (!resolvable && all.length < FIRST_BATCH) {
    // Each word a concept: its own forms (or halves), and its meanings when few items have every word.
    const concepts = await Promise.all(
      words.map(async (w, i): Promise<ConceptHits<Result>> => {
        const k = kinds[i]!;
        const u = unknown.get(i);
        if (k.kind === 'split') return { own: [await hitsFor(index, k.halves.join(' '), filters)], meanings: [] };
        if (u?.kind === 'typo') return { own: [], meanings: [] };
        const own = u ? [] : [await hitsFor(index, w.text, filters, k)];
        const lexicon = await vocabulary.lexicon(w.text);
        const meanings = u?.kind === 'meanings' ? u.meanings : (lexicon.m[w.text] ?? []);
        return {
          own,
          meanings: await Promise.all(meanings.slice(0, MEANINGS_SEARCHED).map((m) => hitsFor(index, m, filters))),
          // Among three words or more (a question, a description), one that says how counts less than its subjects.
          weight: words.length >= 3 && lexicon.a?.includes(w.text) ? ACTION_WEIGHT : 1,
          at: w.at,
        };
      }),
    );
    const searched = concepts.filter((c) => c.own.some((l) => l.length) || c.meanings.some((l) => l.length));
    byConcepts = !plain || concepts.some((c) => c.meanings.some((l) => l.length));
    if (words.length === 1 || searched.length === concepts.length) {
      const ranked = rankByConcepts(concepts, new Set(all.map((r) => r.id)), inTheme);
      all = [...all, ...ranked.all];
      some = ranked.some;
    } else if (searched.length) {
      // Some words found nothing: the items with every concept that did are "some of your words" too.
      const ranked = rankByConcepts(searched, new Set(all.map((r) => r.id)), inTheme);
      some = [...ranked.all, ...ranked.some];
    }
  }
  return { all, some, counts: typos.length ? {} : counts, term, countTerm, typos, offers, meant, byConcepts };
}

/**
 * The words beside a status (findItems, besideAnswer). Money given as a reason or a condition ("refused on cost
 * grounds", "agreed subject to funding"), read as MONEY_FORM, is said in many words by the responses: each of
 * MONEY_SAID is searched in its place, the items found by the first listed first.
 */
async function findBeside(index: Index, vocabulary: Vocabulary, rest: string, filters: Filters): Promise<ItemsFound> {
  const words = rest.split(' ');
  if (!words.includes(MONEY_FORM)) return findItems(index, vocabulary, rest, filters, true);
  const found = await Promise.all(
    MONEY_SAID.map((m) =>
      findItems(index, vocabulary, words.map((w) => (w === MONEY_FORM ? m : w)).join(' '), filters, true),
    ),
  );
  const once = unseen();
  const all = found.flatMap((f) => once(f.all));
  return { ...found[0]!, all, some: found.flatMap((f) => once(f.some)) };
}

/**
 * A query that names a status as printed: the items with that status (its
 * other words searched among them), those printed in the query's words first.
 */
export async function findByStatus(
  index: Index,
  vocabulary: Vocabulary,
  named: StatusQuery,
  filters: Filters,
): Promise<ItemsFound> {
  const within: Filters = { ...filters, status: { any: [named.label] } };
  // "only partly agreed because of money": the items partly agreed for it before those agreed for it. Not for
  // "agreed" ("agreed but no money"), which people say of an agreement in part too, nor where the status was named
  // by a printed one with the condition ("agreed subject to funding" is "Accepted Subject to Resources"): there the
  // condition is what is asked, whatever the status. `among` is [agreed, partly]: the partly status is the narrower.
  const among = named.condition?.among ?? [];
  const narrower = !named.condition?.printed && among.length > 1 && named.label === among[1];
  const [printed, found, waiting, ofStatus] = await Promise.all([
    index.search(null, { filters: { ...filters, printed: { any: [named.printed] } } }),
    named.rest
      ? findBeside(index, vocabulary, named.rest, within)
      : index.search(null, { filters: within }).then((r) => foundAsIs(r, null)),
    // What the agreement waits on ("subject to funding"), said in a response, whatever the status printed.
    named.condition
      ? findBeside(index, vocabulary, named.condition.words, { ...filters, status: { any: named.condition.among } })
      : null,
    // The status's items, where the words beside it leave some out (without them, `found` is all of them).
    narrower && named.rest ? index.search(null, { filters: within }) : null,
  ]);
  const ids = new Set(printed.results.map((r) => r.id));
  const first = (rs: Result[]) => [...rs.filter((r) => ids.has(r.id)), ...rs.filter((r) => !ids.has(r.id))];
  // The items printed with the condition first ("Accepted Subject to Resources"), then those whose response says
  // what the agreement waits on (those with some of the query's other words before the others: "refurbishment
  // partly agreed for lack of funding"), then the others.
  const said = new Set(named.rest ? [...found.all, ...found.some].map((r) => r.id) : []);
  const statusIds = new Set((ofStatus?.results ?? found.all).map((r) => r.id));
  const withWaiting = (rs: Result[]) => {
    if (!waiting) return rs;
    const once = unseen();
    const printedSo = named.condition?.printed ? rs.filter((r) => ids.has(r.id)) : [];
    const saidToo = waiting.all.filter((r) => said.has(r.id));
    const waitingInStatus = narrower ? waiting.all.filter((r) => statusIds.has(r.id)) : [];
    return [...once(printedSo), ...once(saidToo), ...once(waitingInStatus), ...once(waiting.all), ...once(rs)];
  };
  if (!named.rest) return { ...found, all: withWaiting(first(found.all)) };
  // With other words, a plan's own wording of the status ("accepted health services": Ford's "Accepted") lists
  // its items first; the status's label ("agreed use of force") does not: an item printed "Accepted" is as agreed.
  found.all = withWaiting(named.printed.toLowerCase() === named.label.toLowerCase() ? found.all : first(found.all));
  // A refusal with other words ("not agreed national policy"): the items refused in part with them follow.
  if (named.partly) {
    const inPart = await findBeside(index, vocabulary, named.rest, { ...filters, status: { any: [named.partly] } });
    found.all = [...found.all, ...inPart.all];
    // And with some of the words, after the refusals with some of them, before the refusals without any.
    found.some = [...found.some, ...inPart.some];
  }
  // "was the canteen for new arrivals agreed": the subject's items answered otherwise answer it too.
  if (named.asked) {
    const answered = await findItems(index, vocabulary, named.rest, filters, true);
    const once = unseen();
    found.all = [...once(found.all), ...once(answered.all)];
  }
  // The status is what the query is about: its items without the other words follow those with them. Those with
  // the words keep the words' order ("agreed use of force": an item printed "Accepted" is as agreed); those of
  // a theme the words name come first among the others ("partly agreed healthcare").
  const all = await withOthersOf(index, found, within, named.rest, vocabulary);
  return {
    ...all,
    some: [...first(all.some.slice(0, found.some.length)), ...first(all.some.slice(found.some.length))],
  };
}

/**
 * Items with an action in the state a query names ("completed", "ongoing") and
 * its other words first (those of statesFirst's first states before them); then
 * the items with all the words as typed, as the state's word is also a word of
 * the items ("OASys completed"; `q` null: none); then those with some of the
 * other words, in the state first; then the items of statesFirst's next states;
 * then the state's other items.
 */
export async function findByState(
  index: Index,
  vocabulary: Vocabulary,
  named: StateQuery,
  q: string | null,
  filters: Filters,
): Promise<ItemsFound> {
  const within: Filters = { ...filters, state: { any: named.states } };
  const inStates = (states: ItemState[]) => {
    const f: Filters = { ...filters, state: { any: states } };
    return named.rest
      ? findItems(index, vocabulary, named.rest, f, true)
      : index.search(null, { filters: f }).then((r) => foundAsIs(r, null));
  };
  const { first, next } = statesFirst(named.states);
  const [done, stated, plain, after] = await Promise.all([
    first ? inStates(first) : null,
    inStates(named.states),
    // "no target date": the words as typed name what is missing, so items that say them are no answer.
    named.states.includes(NO_TARGET) || q === null ? null : findItems(index, vocabulary, q, filters),
    next ? inStates(next) : null,
  ]);
  const fresh = unseen();
  const all = [...fresh(done?.all ?? []), ...fresh(stated.all), ...fresh(plain?.all ?? [])];
  const some = [
    ...fresh(done?.some ?? []),
    ...fresh(stated.some),
    ...fresh(after?.all ?? []),
    ...fresh(plain?.some ?? []),
    ...fresh(after?.some ?? []),
  ];
  return withOthersOf(index, { ...(plain ?? stated), all, some }, within, named.rest, vocabulary);
}

/**
 * A query that names a status and a state ("agreed but no date", "partly agreed completed"): the status's items
 * in the state first; then the state's items answered otherwise; then the status's other items.
 */
export async function findByStatusInState(
  index: Index,
  vocabulary: Vocabulary,
  status: StatusQuery,
  state: StateQuery,
  filters: Filters,
): Promise<ItemsFound> {
  const [both, stated, answered] = await Promise.all([
    findByState(index, vocabulary, state, null, { ...filters, status: { any: [status.label] } }),
    findByState(index, vocabulary, state, null, filters),
    findByStatus(index, vocabulary, { ...status, rest: state.rest }, filters),
  ]);
  const once = unseen();
  const all = once(both.all);
  return {
    ...both,
    all,
    some: [
      ...once(both.some),
      ...once(stated.all),
      ...once(stated.some),
      ...once(answered.all),
      ...once(answered.some),
    ],
  };
}

/**
 * The items a filter the query named holds without its other words, listed after those with them: first
 * those of a theme the other words name ("Ford 2016 resettlement", "healthcare completed"), then the rest.
 */
async function withOthersOf(
  index: Index,
  found: ItemsFound,
  within: Filters,
  rest: string,
  vocabulary: Vocabulary,
): Promise<ItemsFound> {
  const [themed, all] = await Promise.all([
    namedThemeItems(index, vocabulary, queryWords(rest), within),
    index.search(null, { filters: within }).then((r) => listed(r.results, false)),
  ]);
  const others = unseen(new Set([...found.all, ...found.some].map((r) => r.id)))([...themed, ...all]);
  return { ...found, some: [...found.some, ...others] };
}

/** A search as the reader asks it: their words, the filters chosen (and open), and the order. */
export interface Query {
  q: string;
  filters: Filters;
  /** Newest first, month by month; otherwise most relevant first. */
  newest: boolean;
  /** Every status as printed, with the status it is filed under. */
  statuses: PrintedStatus[];
  /** The values of the filters a query may name in its words (facet-query.ts); none when left out. */
  facets?: FacetValues[];
}

/** What the page says above the results about the reader's words. */
export type Suggestion =
  /** Nothing was found for the words as typed: the correction was searched instead. */
  | { kind: 'corrected'; typed: string; corrected: string }
  /** "Did you mean": a correction offered, after "No results for …" when `typed` is given. */
  | { kind: 'offer'; corrected: string; typed?: string };

/** A search's answer, as the page lists it. */
export interface Answer {
  found: ItemsFound;
  /** The query searched instead of the reader's, when theirs found nothing. */
  corrected: string | null;
  suggestion: Suggestion | null;
  /** Results in the order listed: items with all the words, then with some; none yet when listed by month. */
  results: Result[];
  itemCount: number;
  someCount: number;
  /** Newest first, month by month: the months with results, newest first, to fetch as the list needs them. */
  months: string[];
  /** Prison, plan and theme pages follow the items (plain word searches, no filters chosen). */
  pagesToCome: boolean;
  /** Filters the query named in its words, which narrowed it. */
  named: NamedFacet[];
}

/** Whether the reader chose any filter value (an open filter alone chooses nothing). */
export const chosen = (filters: Filters) => Object.values(filters).some((f) => 'any' in f && f.any.length > 0);

/**
 * What to list for a query: its items (by status, by words, or by filters
 * alone), a misspelt query's correction searched at once when the words as
 * typed found nothing, and the months to list newest first.
 */
export async function find(index: Index, vocabulary: Vocabulary, query: Query): Promise<Answer> {
  const { newest, statuses } = query;
  let { q, filters } = query;
  let found: ItemsFound;
  let corrected: string | null = null;
  const facets = q && !quoted(q) ? facetsNamed(query) : { named: [], rest: q };
  if (facets.named.length) {
    q = facets.rest;
    filters = { ...filters };
    for (const [key, values] of Object.entries(namedFilters(facets.named))) filters[key] = { any: values };
  }
  const named = q && !quoted(q) ? statusInQuery(q, statuses) : null;
  // A state beside a status ("agreed but no date") is read in the status's other words.
  const state = q && !quoted(q) ? stateInQuery(named ? named.rest : q) : null;
  if (!q) {
    found = foundAsIs(
      await index.search(null, { filters: newest ? { ...filters, month: { none: [] } } : filters }),
      null,
    );
  } else if (named && state) {
    found = await findByStatusInState(index, vocabulary, named, state, filters);
  } else if (named) {
    found = await findByStatus(index, vocabulary, named, filters);
  } else if (state) {
    found = await findByState(index, vocabulary, state, q, filters);
  } else {
    found = await findItems(index, vocabulary, q, filters);
    // Nothing for the reader's words as typed, and a correction for each misspelt one: search that at once.
    const fixed = correctedQuery(q, found.typos);
    if (fixed && !found.all.length) {
      const again = await findItems(index, vocabulary, fixed, filters);
      if (again.all.length || again.some.length) [found, corrected] = [again, fixed];
    }
    // A prison, year or kind named is what the query is about, as a status is.
    if (facets.named.length) found = await withOthersOf(index, found, filters, q, vocabulary);
  }
  // Items found through meanings or concepts are listed by relevance: month by month would search the words as typed.
  const byMonth = newest && !found.byConcepts;
  if (byMonth && q) {
    // Newest first asks for the count of results in each month, then fetches them month by month.
    found.counts = (await index.search(found.countTerm, { filters: { ...filters, month: { none: [] } } })).filters;
  }
  const months = byMonth
    ? Object.keys(found.counts.month ?? {})
        .filter((m) => found.counts.month![m]! > 0)
        .sort()
        .reverse()
    : [];
  return {
    found,
    corrected,
    suggestion: suggestion(q, found, corrected),
    results: byMonth ? [] : [...found.all, ...found.some],
    itemCount: byMonth ? Object.values(found.counts.month ?? {}).reduce((a, b) => a + b, 0) : found.all.length,
    someCount: byMonth ? 0 : found.some.length,
    months,
    pagesToCome: found.term !== null && !chosen(filters) && !byMonth && !found.typos.length,
    named: facets.named,
  };
}

/**
 * The filters a query names (a prison, a year, a kind of item) that the reader
 * has not chosen already. A query that names prisons and nothing else stays
 * words: "Leicester" alone also finds the prison's own page, which a filter would not list.
 */
function facetsNamed({ q, filters, facets }: Query): FacetsNamed {
  const unchosen = (facets ?? []).filter((f) => !chosen({ [f.key]: filters[f.key] ?? { none: [] } }));
  if (!unchosen.length) return { named: [], rest: q };
  const inQuery = facetsInQuery(q, unchosen);
  const onlyPrisons = inQuery.named.every((n) => n.key === 'establishment');
  if (onlyPrisons && !inQuery.rest) return { named: [], rest: q };
  return inQuery;
}

/** A correction searched instead, offered for misspelt words, or offered for real words no item says. */
function suggestion(q: string, found: ItemsFound, corrected: string | null): Suggestion | null {
  if (corrected) return { kind: 'corrected', typed: q, corrected };
  const fixed = found.typos.length ? correctedQuery(q, found.typos) : null;
  if (fixed) return { kind: 'offer', corrected: fixed };
  if (found.offers.length) {
    const offered = correctedQuery(q, found.offers)!;
    return found.all.length ? { kind: 'offer', corrected: offered } : { kind: 'offer', corrected: offered, typed: q };
  }
  return null;
}

/** Newest first: one month's results, most relevant first (`term` null lists by filters alone). */
export async function monthResults(
  index: Index,
  term: string | null,
  filters: Filters,
  month: string,
): Promise<Result[]> {
  const found = await index.search(term, { filters: { ...filters, month: { any: [month] } } });
  return listed(found.results, term !== null);
}

/** Prison, plan and theme pages for the words searched (the second bundle): listed after every item. */
export async function otherPages(pages: Index, term: string | null): Promise<Result[]> {
  return listed((await pages.search(term, {})).results);
}
