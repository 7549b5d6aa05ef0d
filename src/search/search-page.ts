// The search page: Pagefind in the browser, with facets, sort, the state in
// the URL, and a CSV of the results. Built for an archive of tens of thousands
// of items: a first search loads the item index and nothing else; a facet's
// filter file loads when the facet is opened or used. Text from the index is
// inserted as text; only Pagefind's <mark> highlights are kept as elements.
import { stemmer } from 'stemmer';
import { ITEMS } from '../site/item-kind.ts';
import { SEARCH_BUNDLES } from '../settings.ts';
import {
  correctedQuery,
  meaningsNote,
  rankByConcepts,
  splitLetters,
  splitWord,
  unknownWord,
  type ConceptHits,
  type Unknown,
} from './concepts.ts';
import { correction, known, lowerBound } from './correct.ts';
import { lexiconShardOf, type LexiconShard } from './meanings.ts';
import { phrasesFirst, someWords, type Hit } from './rank.ts';
import { snippetEdges } from './snippet.ts';
import { statusInQuery, type PrintedStatus, type StatusQuery } from './status-query.ts';
import { queryWords, shardOf, type QueryWord } from './words.ts';

interface Pagefind {
  options(o: object): Promise<void>;
  search(q: string | null, o: object): Promise<Found>;
}
interface Found {
  results: Result[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
}
interface Result extends Hit {
  data(): Promise<ResultData>;
}
interface ResultData {
  url: string;
  excerpt: string;
  content?: string;
  meta: Record<string, string>;
  filters?: Record<string, string[]>;
}

// The first batch is ten: each result's fragment is a download, and the first
// search at a thousand plans has a budget of 380 KB. Later batches are twenty.
const FIRST = 10;
const PAGE = 20;

const root = document.getElementById('search')!;
const base = root.dataset.base!;
/** Every status as printed, with the status it is filed under (src/search/status-query.ts). */
const statuses = JSON.parse(root.dataset.statuses ?? '[]') as PrintedStatus[];
const form = document.getElementById('search-form') as HTMLFormElement;
const q = document.getElementById('q') as HTMLInputElement;
const sort = document.getElementById('sort') as HTMLSelectElement;
const facets = document.getElementById('facets')!;
const statusLine = document.getElementById('status')!;
const list = document.getElementById('results') as HTMLOListElement;
const someList = document.getElementById('some') as HTMLOListElement;
const someHeading = document.getElementById('some-heading')!;
const otherList = document.getElementById('others') as HTMLOListElement;
const otherHeading = document.getElementById('others-heading')!;
const suggest = document.getElementById('suggest')!;
const more = document.getElementById('more') as HTMLButtonElement;
const exportButton = document.getElementById('export') as HTMLButtonElement;
// The facets and their values are in the page; this script only counts and ticks them.
const details = [...facets.querySelectorAll<HTMLDetailsElement>('details.facet')];
const FACET_KEYS = details.map((d) => d.dataset.key!);
root.hidden = false;

interface State {
  q: string;
  sort: string;
  filters: Record<string, string[]>;
}

function readState(): State {
  const p = new URLSearchParams(location.search);
  const filters: Record<string, string[]> = {};
  for (const key of FACET_KEYS) if (p.getAll(key).length) filters[key] = p.getAll(key);
  return { q: p.get('q') ?? '', sort: p.get('sort') ?? '', filters };
}

function writeState(s: State, push: boolean) {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  if (s.sort) p.set('sort', s.sort);
  for (const key of FACET_KEYS) for (const v of s.filters[key] ?? []) p.append(key, v);
  const url = `${location.pathname}${p.size ? `?${p}` : ''}`;
  if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
}

/** The first words of a page's text, as the excerpt's length. */
const opening = (content: string) => document.createTextNode(`${content.split(/\s+/).slice(0, 24).join(' ')}…`);

/** Pagefind's excerpt as DOM: text, and <mark> for matched words; nothing else survives. */
function excerpt(html: string): DocumentFragment {
  const out = document.createDocumentFragment();
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  for (const node of doc.body.childNodes) {
    if (node.nodeName === 'MARK') {
      const m = document.createElement('mark');
      m.textContent = node.textContent;
      out.append(m);
    } else out.append(document.createTextNode(node.textContent ?? ''));
  }
  return out;
}

type Results = Result[];

// An item's number is metadata, not a word to find ("Key concern 9" must not
// answer "key"); its section heading and theme name count, at a low weight.
const META_WEIGHTS = { title: 0, number: 0, section: 0.3, theme: 0.3 };

async function bundle(dir: string): Promise<Pagefind> {
  const pf = (await import(/* @vite-ignore */ `${base}${dir}/pagefind.js`)) as Pagefind;
  await pf.options({ baseUrl: base, excerptLength: 24, ranking: { metaWeights: META_WEIGHTS } });
  return pf;
}

/** An item's kind, place and status as shown, from its filters (not searchable metadata). */
function asShown(d: ResultData): ResultData {
  const f = d.filters ?? {};
  if (!d.meta.number || d.meta.kind) return d;
  return {
    ...d,
    meta: {
      ...d.meta,
      kind: f.kind?.[0] ?? 'Item',
      place: `${f.establishment?.[0] ?? ''} ${f.year?.[0] ?? ''}`.trim(),
      status: f.status?.[0] ?? '',
    },
  };
}

/** Results as listed: for words, those matched in words, not only in zero-weight metadata; their data as shown. */
const listed = (results: Result[], byWords = true): Result[] =>
  results.filter((r) => !byWords || r.score > 0).map((r) => ({ ...r, data: async () => asShown(await r.data()) }));

/** Recommendations and concerns: loaded with the page. */
const items = bundle(SEARCH_BUNDLES.items);
/** Prison, plan and theme pages: loaded only when a reader goes past every item result. */
let pages: Promise<Pagefind> | undefined;

interface Current {
  state: State;
  /** Items with all the words, then items with some of them, then other pages. */
  results: Results;
  itemCount: number;
  /** Items with some of the words, after the itemCount with all of them. */
  someCount: number;
  /** Prison, plan and theme pages, once searched. */
  otherCount: number | null;
  /** What Pagefind is asked for, the reader's words corrected; and what counts facets and months. */
  term: string | null;
  countTerm: string | null;
  /** The query searched instead of the reader's, when theirs found nothing. */
  corrected: string | null;
  /** Newest first: the months still to fetch, newest first. */
  monthsToCome: string[];
  /** The month fetches under way: one at a time, so the months stay in order. */
  filling: Promise<void>;
  pagesToCome: boolean;
}
let current: Current | null = null;
let shown = 0;
let run = 0;

/** The facets a reader has opened: only these load Pagefind's filter files and show counts. */
const openKeys = () => details.filter((d) => d.open).map((d) => d.dataset.key!);

/** Pagefind options for a state: chosen values narrow the results; open facets only ask for their counts. */
function options(state: State) {
  const filters: Record<string, { any: string[] } | { none: string[] }> = {};
  // An empty "none" loads a facet's filter file and narrows nothing.
  for (const key of openKeys()) filters[key] = { none: [] };
  for (const [key, values] of Object.entries(state.filters)) if (values.length) filters[key] = { any: values };
  return { filters };
}

/**
 * Newest first, month by month: one search per month that has results, made
 * only when the list needs it; within a month, the most relevant first.
 */
function fill(c: Current, wanted: number): Promise<void> {
  c.filling = c.filling.then(async () => {
    const pf = await items;
    while (c.results.length < wanted && c.monthsToCome.length) {
      const month = c.monthsToCome.shift()!;
      const { filters } = options(c.state);
      const found = await pf.search(c.countTerm, { filters: { ...filters, month: { any: [month] } } });
      c.results.push(...listed(found.results, c.countTerm !== null));
    }
  });
  return c.filling;
}

const quoted = (q: string) => /^\s*".+"\s*$/.test(q);

/** The index's words that begin with one letter: each with how many items use it, and by stem. */
interface WordList {
  sorted: string[];
  counts: [string, number][];
  count: Map<string, number>;
  byStem: Map<string, string[]>;
}

/** The word list of the index, by first letter, fetched once per letter (a few hundred bytes to 2 KB at a thousand plans). */
const shards = new Map<string, Promise<WordList>>();
function wordList(word: string): Promise<WordList> {
  const shard = shardOf(word);
  let p = shards.get(shard);
  if (!p) {
    p = fetch(`${base}search-words/${shard}.json`)
      .then((r) => (r.ok ? (r.json() as Promise<[string, number][]>) : []))
      .catch(() => [] as [string, number][])
      .then((counts) => {
        const byStem = new Map<string, string[]>();
        for (const [w] of counts) {
          const list = byStem.get(stemmer(w)) ?? [];
          list.push(w);
          byStem.set(stemmer(w), list);
        }
        return { sorted: counts.map(([w]) => w), counts, count: new Map(counts), byStem };
      });
    shards.set(shard, p);
  }
  return p;
}

/** The lexicon (src/search/meanings.ts), by the first three letters of a word, fetched once per file, only for a query that needs it. */
const lexicons = new Map<string, Promise<LexiconShard>>();
function lexiconOf(word: string): Promise<LexiconShard> {
  const name = lexiconShardOf(word);
  let p = lexicons.get(name);
  if (!p) {
    p = fetch(`${base}search-lexicon/${name}.json`)
      .then((r) => (r.ok ? (r.json() as Promise<LexiconShard>) : { w: [], m: {} }))
      .catch(() => ({ w: [], m: {} }));
    lexicons.set(name, p);
  }
  return p;
}

/** The plans' words for what a word means ("spouse": "partner"), from the lexicon. */
const meaningsOf = async (word: string) => (await lexiconOf(word)).m[word] ?? [];

type WordKind =
  | { kind: 'word'; items: number; noisy: boolean }
  | { kind: 'start' }
  | { kind: 'typo'; correction: string | null }
  | { kind: 'split'; halves: [string, string] };

/**
 * What the index makes of a word: one it holds (itself or a form of it, by
 * stem), with how many items use it and whether other words start like it
 * ("rate" for "rats"); the start of a word being typed ("segrega"); or a misspelling.
 */
function classify(word: string, list: WordList): WordKind {
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

/** Fewer items than this with all the words, and items with most of them follow. */
const HANDFUL = 5;

interface Found2 {
  all: Results;
  some: Results;
  counts: Record<string, Record<string, number>>;
  term: string | null;
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
const foundAsIs = (r: { results: Result[]; filters: Found2['counts'] }, term: string | null): Found2 => ({
  all: listed(r.results, term !== null),
  some: [],
  counts: r.filters,
  term,
  countTerm: term,
  typos: [],
  offers: [],
  meant: [],
});

/** How many meanings of a word are searched: each is a search, and may load a part of the index. */
const MEANINGS_SEARCHED = 4;

/**
 * A word the index does not hold: two words it holds written as one
 * ("keyworker" for "key worker"), unless it is a real word ("spouse" is not
 * "spo use"), or a word to look up in the lexicon.
 */
async function splitOrUnknown(word: string, k: WordKind): Promise<WordKind> {
  if (k.kind !== 'typo' || word.length < 6) return k;
  const lexicon = await lexiconOf(word);
  if (lexicon.w.includes(word) || lexicon.m[word]) return k;
  const lists = new Map(await Promise.all(splitLetters(word).map(async (c) => [c, await wordList(c)] as const)));
  const halves = splitWord(word, (w) => lists.get(w[0]!)?.count.has(w) ?? false);
  return halves ? { kind: 'split', halves } : k;
}

/** Pagefind's hits for a word or phrase, as listed; for a word other words start like, its own forms only. */
async function hitsFor(pf: Pagefind, text: string, filters: object, k?: WordKind): Promise<Results> {
  // A phrase (a glossary expansion) is searched by its words, without the stop words no search asks for.
  const words = text.includes(' ')
    ? queryWords(text)
        .map((w) => w.text)
        .join(' ')
    : text;
  const hits = listed((await pf.search(words, { filters })).results);
  if (!k || !exactPays(k)) return hits;
  const ids = new Set((await pf.search(`"${words}"`, { filters })).results.map((r) => r.id));
  return hits.filter((r) => ids.has(r.id));
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
async function findItems(pf: Pagefind, q: string, filters: object): Promise<Found2> {
  if (quoted(q)) {
    return foundAsIs(await pf.search(q, { filters }), q);
  }
  const words: QueryWord[] = queryWords(q);
  const term = words.map((w) => w.text).join(' ');
  const [found, ...kinds] = await Promise.all([
    pf.search(term, { filters }),
    ...words.map(async (w) => splitOrUnknown(w.text, classify(w.text, await wordList(w.text)))),
  ]);
  // Words no item says: searched by their meanings, or offered a correction (a real word is never replaced).
  const unknown = new Map<number, Unknown>();
  await Promise.all(
    words.map(async (w, i) => {
      const k = kinds[i]!;
      if (k.kind !== 'typo') return;
      const lexicon = await lexiconOf(w.text);
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
  let all: Results = [];
  let counts = found.filters;
  let countTerm: string | null = term;
  if (plain) {
    all = listed(found.results);
    const only = kinds[0]!;
    if (words.length === 1 && exactPays(only)) {
      const exact = await pf.search(`"${words[0]!.text}"`, { filters });
      const ids = new Set(exact.results.map((r) => r.id));
      all = all.filter((r) => ids.has(r.id));
      [counts, countTerm] = [exact.filters, `"${words[0]!.text}"`];
    }
    all = phrasesFirst(
      all,
      words.map((w) => w.at),
    );
  }
  let some: Results = [];
  let byConcepts = false;
  // A misspelling with a correction to search instead: the corrected query is searched, not this one.
  const resolvable = typos.length > 0 && typos.every(([, c]) => c);
  if (!resolvable && all.length < FIRST) {
    // Each word a concept: its own forms (or halves), and its meanings when few items have every word.
    const concepts = await Promise.all(
      words.map(async (w, i): Promise<ConceptHits<Result>> => {
        const k = kinds[i]!;
        const u = unknown.get(i);
        if (k.kind === 'split') return { own: [await hitsFor(pf, k.halves.join(' '), filters)], meanings: [] };
        if (u?.kind === 'typo') return { own: [], meanings: [] };
        const own = u ? [] : [await hitsFor(pf, w.text, filters, k)];
        const meanings = u?.kind === 'meanings' ? u.meanings : await meaningsOf(w.text);
        return {
          own,
          meanings: await Promise.all(meanings.slice(0, MEANINGS_SEARCHED).map((m) => hitsFor(pf, m, filters))),
        };
      }),
    );
    const searched = concepts.filter((c) => c.own.some((l) => l.length) || c.meanings.some((l) => l.length));
    byConcepts = !plain || concepts.some((c) => c.meanings.some((l) => l.length));
    if (words.length === 1 || searched.length === concepts.length) {
      const ranked = rankByConcepts(concepts, new Set(all.map((r) => r.id)));
      all = [...all, ...ranked.all];
      some = ranked.some;
    } else if (searched.length) some = rankByConcepts(searched, new Set(all.map((r) => r.id))).some;
  } else if (words.length > 1 && all.length < HANDFUL && !typos.length) {
    const perWord = await Promise.all(
      words.map(async (w, i) => ({ hits: await hitsFor(pf, w.text, filters, kinds[i]) })),
    );
    some = someWords(
      perWord.filter((w) => w.hits.length),
      new Set(all.map((r) => r.id)),
    );
  }
  return { all, some, counts: typos.length ? {} : counts, term, countTerm, typos, offers, meant, byConcepts };
}

/**
 * A query that names a status as printed: the items with that status (its
 * other words searched among them), those printed in the query's words first.
 */
async function findByStatus(pf: Pagefind, named: StatusQuery, filters: Record<string, object>): Promise<Found2> {
  const within = { ...filters, status: { any: [named.label] } };
  const [printed, found] = await Promise.all([
    pf.search(null, { filters: { ...filters, printed: { any: [named.printed] } } }),
    named.rest
      ? findItems(pf, named.rest, within)
      : pf.search(null, { filters: within }).then((r) => foundAsIs(r, null)),
  ]);
  const ids = new Set(printed.results.map((r) => r.id));
  const first = (rs: Results) => [...rs.filter((r) => ids.has(r.id)), ...rs.filter((r) => !ids.has(r.id))];
  if (!named.rest) return { ...found, all: first(found.all) };
  // The status is what the query is about: its items without the other words follow those with them.
  const listedIds = new Set([...found.all, ...found.some].map((r) => r.id));
  const others = listed((await pf.search(null, { filters: within })).results, false).filter(
    (r) => !listedIds.has(r.id),
  );
  return { ...found, all: first(found.all), some: first([...found.some, ...others]) };
}

const hasFilters = (state: State) => Object.values(state.filters).some((v) => v.length);

/** Counts beside the values of open facets: over the whole archive, or among the results. */
function showCounts(counts: Record<string, Record<string, number>> | 'archive') {
  for (const d of details) {
    const key = d.dataset.key!;
    let chosen = 0;
    for (const input of d.querySelectorAll<HTMLInputElement>('input')) {
      if (input.checked) chosen++;
      const n = counts === 'archive' ? Number(input.dataset.total) : (counts[key]?.[input.value] ?? 0);
      input.parentElement!.querySelector('.count')!.textContent = d.open ? `(${n})` : '';
    }
    d.querySelector('.chosen')!.textContent = chosen ? `(${chosen} chosen)` : '';
  }
}

function applyState(s: State) {
  q.value = s.q;
  sort.value = s.sort;
  for (const d of details) {
    for (const input of d.querySelectorAll<HTMLInputElement>('input'))
      input.checked = s.filters[input.name]?.includes(input.value) ?? false;
    if (s.filters[d.dataset.key!]?.length) d.open = true;
  }
}

/** "1 recommendation or concern", "7 recommendations and concerns". */
const itemsText = (n: number) => `${n} ${n === 1 ? ITEMS.one : ITEMS.many}`;

/** What the lists hold, counted apart: items with all the words, with some of them, other pages. */
function statusText(c: Current): string {
  const { state } = c;
  const words = c.corrected ?? state.q;
  let text = `${itemsText(c.itemCount)}${state.q ? ` for “${words}”` : ''}${hasFilters(state) ? ' with the chosen filters' : ''}`;
  if (c.someCount) text += `; ${c.someCount} more with some of your words`;
  if (c.otherCount)
    text += `; ${c.otherCount} other ${c.otherCount === 1 ? 'page' : 'pages'} (prisons, plans and themes)`;
  return `${text}.`;
}

/** The list a result goes in, by its place among all the results. */
function listFor(c: Current, i: number): { ol: HTMLOListElement; heading: 'h2' | 'h3' } {
  if (i < c.itemCount) return { ol: list, heading: 'h2' };
  if (i < c.itemCount + c.someCount) return { ol: someList, heading: 'h3' };
  return { ol: otherList, heading: 'h3' };
}

async function showMore() {
  if (!current) return;
  const c = current;
  const mine = run;
  more.hidden = true; // one batch at a time
  const size = shown ? PAGE : FIRST;
  // Once the next batch would run past the items, the other pages join the list.
  if (c.monthsToCome.length) await fill(c, shown + size);
  if (mine !== run) return;
  if (c.pagesToCome && shown + size > c.results.length) {
    c.pagesToCome = false;
    pages ??= bundle(SEARCH_BUNDLES.pages);
    const found = listed((await (await pages).search(c.term, {})).results);
    if (mine !== run) return;
    c.results = [...c.results, ...found];
    c.otherCount = found.length;
  }
  const from = shown;
  const batch = await Promise.all(c.results.slice(shown, shown + size).map((r) => r.data()));
  if (mine !== run) return;
  batch.forEach((d, k) => {
    const { ol, heading } = listFor(c, from + k);
    const li = document.createElement('li');
    const h = document.createElement(heading);
    h.className = 'result-title';
    const a = document.createElement('a');
    a.href = d.url;
    a.textContent = d.meta.number
      ? `${d.meta.kind ?? 'Item'} ${d.meta.number}, ${d.meta.place}`
      : (d.meta.title ?? d.url);
    h.append(a);
    li.append(h);
    if (d.meta.number) {
      const meta = document.createElement('p');
      meta.className = 'meta';
      meta.textContent = `${d.meta.status} · ${d.meta.theme}`;
      li.append(meta);
    }
    const p = document.createElement('p');
    // An excerpt from the words indexed out of sight ("rats · mice") would show words the page does not: its opening instead.
    if (d.excerpt.includes(' · ') && d.content) p.append(opening(d.content));
    else {
      // Inside a sentence, an ellipsis says so.
      const edges = d.content ? snippetEdges(d.excerpt, d.content) : { before: false, after: false };
      p.append(edges.before ? '… ' : '', excerpt(d.excerpt), edges.after ? ' …' : '');
    }
    li.append(p);
    ol.append(li);
  });
  shown += batch.length;
  someHeading.hidden = someList.hidden = !someList.childElementCount;
  otherHeading.hidden = otherList.hidden = !otherList.childElementCount;
  more.hidden = shown >= c.results.length && !c.pagesToCome && !c.monthsToCome.length;
  // Other pages found after the first announcement are counted too.
  if (statusLine.textContent && c.otherCount) statusLine.textContent = statusText(c);
}

function clearLists() {
  for (const ol of [list, someList, otherList]) ol.replaceChildren();
  someHeading.hidden = someList.hidden = otherHeading.hidden = otherList.hidden = true;
  suggest.replaceChildren();
}

/** "Showing results for laundry": the correction searched instead, as a link to search it. */
function showCorrection(typed: string, corrected: string) {
  const a = document.createElement('a');
  const p = new URLSearchParams(location.search);
  p.set('q', corrected);
  a.href = `${location.pathname}?${p}`;
  a.textContent = corrected;
  suggest.replaceChildren(`Nothing was found for “${typed}”. Showing results for `, a, '.');
}

/** "Did you mean": a link to the corrected search, after "No results for …" when the words as typed found nothing. */
function offerCorrection(corrected: string, typed?: string) {
  const a = document.createElement('a');
  const p = new URLSearchParams(location.search);
  p.set('q', corrected);
  a.href = `${location.pathname}?${p}`;
  a.textContent = corrected;
  suggest.replaceChildren(typed ? `No results for “${typed}”. Did you mean ` : 'Did you mean ', a, '?');
}

/** Words no item says, and the plans' words searched for them. */
function showMeanings(meant: [string, string[]][]) {
  const p = document.createElement('p');
  p.textContent = meaningsNote(meant);
  suggest.append(p);
}

async function search(state: State) {
  const mine = ++run;
  if (!state.q && !hasFilters(state)) {
    current = null;
    clearLists();
    more.hidden = true;
    exportButton.hidden = true;
    statusLine.textContent = 'Type words to find, or choose filters.';
    showCounts('archive');
    return;
  }
  const newest = state.sort === 'date';
  const { filters } = options(state);
  const pf = await items;
  let found: Found2;
  let corrected: string | null = null;
  if (!state.q) {
    found = foundAsIs(await pf.search(null, { filters: newest ? { ...filters, month: { none: [] } } : filters }), null);
  } else if (!quoted(state.q) && statusInQuery(state.q, statuses)) {
    found = await findByStatus(pf, statusInQuery(state.q, statuses)!, filters);
  } else {
    found = await findItems(pf, state.q, filters);
    // Nothing for the reader's words as typed, and a correction for each misspelt one: search that at once.
    const fixed = correctedQuery(state.q, found.typos);
    if (fixed && !found.all.length) {
      const again = await findItems(pf, fixed, filters);
      if (again.all.length || again.some.length) [found, corrected] = [again, fixed];
      else if (mine === run) offerCorrection(fixed);
    }
  }
  if (mine !== run) return;
  // Items found through meanings or concepts are listed by relevance: month by month would search the words as typed.
  const byMonth = newest && !found.byConcepts;
  let monthsToCome: string[] = [];
  if (byMonth && state.q) {
    // Newest first asks for the count of results in each month, then fetches them month by month.
    const r = await pf.search(found.countTerm, { filters: { ...filters, month: { none: [] } } });
    if (mine !== run) return;
    found.counts = r.filters;
  }
  if (byMonth)
    monthsToCome = Object.keys(found.counts.month ?? {})
      .filter((m) => found.counts.month![m]! > 0)
      .sort()
      .reverse();
  current = {
    state,
    results: byMonth ? [] : [...found.all, ...found.some],
    itemCount: found.all.length,
    someCount: byMonth ? 0 : found.some.length,
    otherCount: null,
    term: found.term,
    countTerm: found.countTerm,
    corrected,
    filling: Promise.resolve(),
    monthsToCome,
    // Prison, plan and theme pages follow the items, for plain word searches.
    pagesToCome: found.term !== null && !hasFilters(state) && !byMonth && !found.typos.length,
  };
  if (byMonth) current.itemCount = Object.values(found.counts.month ?? {}).reduce((a, b) => a + b, 0);
  shown = 0;
  clearLists();
  if (corrected) showCorrection(state.q, corrected);
  else if (found.typos.length && correctedQuery(state.q, found.typos))
    offerCorrection(correctedQuery(state.q, found.typos)!);
  else if (found.offers.length)
    offerCorrection(correctedQuery(state.q, found.offers)!, found.all.length ? undefined : state.q);
  if (found.meant.length) showMeanings(found.meant);
  statusLine.textContent = '';
  exportButton.hidden = current.itemCount === 0;
  showCounts(found.counts);
  await showMore();
  if (mine !== run) return;
  // Announced once the first results are on screen.
  statusLine.textContent = statusText(current);
}

/** A facet opened (or closed) after a search: its counts for the current results. */
async function recount() {
  const mine = run;
  if (!current) return showCounts('archive');
  const result = await (await items).search(current.countTerm, options(current.state));
  if (mine === run) showCounts(result.filters);
}

function stateFromForm(): State {
  const filters: Record<string, string[]> = {};
  for (const input of facets.querySelectorAll<HTMLInputElement>('input:checked'))
    (filters[input.name] ??= []).push(input.value);
  return { q: q.value.trim(), sort: sort.value, filters };
}

function update(push: boolean) {
  const s = stateFromForm();
  writeState(s, push);
  void search(s);
}

async function exportCsv() {
  if (!current) return;
  await fill(current, Infinity);
  const rows = await Promise.all(current.results.slice(0, current.itemCount).map((r) => r.data()));
  const { resultsCsv } = await import('./results-csv.ts');
  const csv = resultsCsv(
    rows.map((d) => ({
      kind: d.meta.kind ?? '',
      number: d.meta.number ?? '',
      'prison and year': d.meta.place ?? d.meta.title ?? '',
      status: d.meta.status ?? '',
      theme: d.meta.theme ?? '',
      url: new URL(d.url, location.href).href,
    })),
  );
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  link.download = 'search-results.csv';
  link.click();
  URL.revokeObjectURL(link.href);
}

let timer: number | undefined;
q.addEventListener('input', () => {
  clearTimeout(timer);
  timer = window.setTimeout(() => update(false), 150);
});
form.addEventListener('submit', (e) => {
  e.preventDefault();
  clearTimeout(timer);
  update(true);
});
sort.addEventListener('change', () => update(true));
facets.addEventListener('change', () => update(true));
for (const d of details) d.addEventListener('toggle', () => void recount());
more.addEventListener('click', () => void showMore());
exportButton.addEventListener('click', () => void exportCsv());
window.addEventListener('popstate', () => {
  const s = readState();
  applyState(s);
  void search(s);
});

const initial = readState();
applyState(initial);
void search(initial);
