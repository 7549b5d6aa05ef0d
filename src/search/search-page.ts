// The search page: Pagefind in the browser, with facets, sort, the state in
// the URL, and a CSV of the results. Built for an archive of tens of thousands
// of items: a first search loads the item index and nothing else; a facet's
// filter file loads when the facet is opened or used. Text from the index is
// inserted as text; only Pagefind's <mark> highlights are kept as elements.
// What is searched, and in what order results come, is worked out in find.ts;
// this script fetches, and wires the page.
import { SEARCH_BUNDLES } from '../settings.ts';
import { meaningsNote } from './concepts.ts';
import { namedNote, type FacetValues } from './facet-query.ts';
import {
  find,
  monthResults,
  otherPages,
  wordListOf,
  type Filters,
  type Index,
  type Vocabulary,
  type WordList,
} from './find.ts';
import { lexiconShardOf, type LexiconShard } from './meanings.ts';
import { listOf, resultTitle, statusText, type Result } from './results.ts';
import { snippetEdges } from './snippet.ts';
import type { PrintedStatus } from './status-query.ts';
import { shardOf } from './words.ts';

interface Pagefind extends Index {
  options(o: object): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, o: object): Promise<void>;
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
const lists = {
  all: document.getElementById('results') as HTMLOListElement,
  some: document.getElementById('some') as HTMLOListElement,
  others: document.getElementById('others') as HTMLOListElement,
};
const someHeading = document.getElementById('some-heading')!;
const otherHeading = document.getElementById('others-heading')!;
const suggest = document.getElementById('suggest')!;
const more = document.getElementById('more') as HTMLButtonElement;
const exportButton = document.getElementById('export') as HTMLButtonElement;
// The facets and their values are in the page; this script only counts and ticks them.
const details = [...facets.querySelectorAll<HTMLDetailsElement>('details.facet')];
const FACET_KEYS = details.map((d) => d.dataset.key!);
const FACET_LABELS = Object.fromEntries(
  details.map((d) => [d.dataset.key!, d.querySelector('summary')!.firstChild!.textContent!.trim()]),
);
/** The filters a query may name in its words, with their values as the page lists them (facet-query.ts). */
const NAMEABLE: FacetValues[] = (['establishment', 'year', 'kind'] as const).map((key) => {
  const inputs = [...facets.querySelectorAll<HTMLInputElement>(`input[name="${key}"]`)];
  return {
    key,
    values: inputs.map((i) => i.value),
    // Marked at build time: a prison whose name is an English word ("HMP Ford") is named only with its capital.
    capitalOnly: inputs.filter((i) => 'capital' in i.dataset).map((i) => i.value),
  };
});

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

// An item's number is metadata, not a word to find ("Key concern 9" must not
// answer "key"); its section heading and theme name count, at a low weight.
const META_WEIGHTS = { title: 0, number: 0, section: 0.3, theme: 0.3 };

/** How Pagefind searches either bundle: the same excerpts and ranking. */
const PAGEFIND_OPTIONS = {
  baseUrl: base,
  excerptLength: 24,
  ranking: { metaWeights: META_WEIGHTS, pageLength: 0.25, termSaturation: 2 },
};

/**
 * Which bundle a result comes from, once the pages' index is merged into the items': a filter Pagefind adds to every
 * page of a bundle (its `mergeFilter`), named by every search from then on so that each list keeps to its own.
 * Not before: a filter on every search costs time in step with the results (a quarter of a second on a throttled
 * phone for "use of force" at 1,000 plans).
 */
const BUNDLE_FILTER = 'bundle';
let merged = false;

/**
 * The items' bundle, started at once: its worker loads its metadata and
 * WebAssembly while the page does anything else. (In the page's own thread it
 * could not run: the site's Content-Security-Policy allows no WebAssembly there.)
 */
async function start(): Promise<Pagefind> {
  const pf = (await import(/* @vite-ignore */ `${base}${SEARCH_BUNDLES.items}/pagefind.js`)) as Pagefind;
  await pf.options(PAGEFIND_OPTIONS);
  void pf.init();
  return pf;
}

/** One bundle's pages of the one Pagefind instance. */
const onlyOf = (bundle: 'items' | 'pages', pf: Pagefind): Index => ({
  search: (term, o) =>
    merged
      ? pf.search(term, { ...o, filters: { ...o.filters, [BUNDLE_FILTER]: { any: [bundle] } } })
      : pf.search(term, o),
});

const pagefind = start();
/** Recommendations and concerns: loaded with the page. */
const items = pagefind.then((pf) => onlyOf('items', pf));
/**
 * Prison, plan and theme pages: their index merged into the items' instance only when a reader goes past every
 * item result. Merged, it uses the WebAssembly and script the items' bundle loaded: as a bundle of its own it
 * fetched both again (72 KB at 1,000 plans).
 */
let pages: Promise<Index> | undefined;
const loadPages = (): Promise<Index> =>
  (pages ??= pagefind.then(async (pf) => {
    // The items marked first: from here every search names its bundle, and the pages join marked as theirs.
    await pf.options({ mergeFilter: { [BUNDLE_FILTER]: 'items' } });
    merged = true;
    await pf.mergeIndex(`${base}${SEARCH_BUNDLES.pages}/`, {
      ...PAGEFIND_OPTIONS,
      mergeFilter: { [BUNDLE_FILTER]: 'pages' },
    });
    return onlyOf('pages', pf);
  }));

interface Current {
  state: State;
  /** Items with all the words, then items with some of them, then other pages. */
  results: Result[];
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
function options(state: State): { filters: Filters } {
  const filters: Filters = {};
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
      c.results.push(...(await monthResults(pf, c.countTerm, options(c.state).filters, month)));
    }
  });
  return c.filling;
}

/** A file of the site's words, fetched once: an empty one if it is missing or fails to load. */
function fetchedOnce<T>(cache: Map<string, Promise<T>>, url: string, empty: () => T): Promise<T> {
  let p = cache.get(url);
  if (!p) {
    p = fetch(url)
      .then((r) => (r.ok ? (r.json() as Promise<T>) : empty()))
      .catch(empty);
    cache.set(url, p);
  }
  return p;
}

const wordFiles = new Map<string, Promise<[string, number][]>>();
const lexiconFiles = new Map<string, Promise<LexiconShard>>();
const lookedUp = new Map<string, Promise<WordList>>();

const vocabulary: Vocabulary = {
  // The word list of the index, by first letter, fetched once per letter (a few hundred bytes to 2 KB at a thousand plans).
  wordList(word) {
    const url = `${base}search-words/${shardOf(word)}.json`;
    let list = lookedUp.get(url);
    if (!list) {
      list = fetchedOnce(wordFiles, url, () => [] as [string, number][]).then(wordListOf);
      lookedUp.set(url, list);
    }
    return list;
  },
  // The lexicon (src/search/meanings.ts), by the first three letters of a word, only for a query that needs it.
  lexicon: (word) =>
    fetchedOnce(lexiconFiles, `${base}search-lexicon/${lexiconShardOf(word)}.json`, () => ({ w: [], m: {} })),
};

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

const tally = (c: Current) =>
  statusText({
    words: c.corrected ?? c.state.q,
    filtered: hasFilters(c.state),
    itemCount: c.itemCount,
    someCount: c.someCount,
    otherCount: c.otherCount,
  });

/**
 * The next batch of results, fetched first and then put on the page in one
 * step. A new search's page (its suggestion, counts and status line) is drawn
 * in the same step as its first batch, so nothing on screen moves twice.
 */
async function showMore(newSearch?: () => void) {
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
    const found = await otherPages(await loadPages(), c.term);
    if (mine !== run) return;
    c.results = [...c.results, ...found];
    c.otherCount = found.length;
  }
  const from = shown;
  const batch = await Promise.all(c.results.slice(shown, shown + size).map((r) => r.data()));
  if (mine !== run) return;
  newSearch?.();
  batch.forEach((d, k) => {
    const which = listOf(from + k, c.itemCount, c.someCount);
    const li = document.createElement('li');
    const h = document.createElement(which === 'all' ? 'h2' : 'h3');
    h.className = 'result-title';
    const a = document.createElement('a');
    a.href = d.url;
    a.textContent = resultTitle(d);
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
    lists[which].append(li);
  });
  shown += batch.length;
  someHeading.hidden = lists.some.hidden = !lists.some.childElementCount;
  otherHeading.hidden = lists.others.hidden = !lists.others.childElementCount;
  more.hidden = shown >= c.results.length && !c.pagesToCome && !c.monthsToCome.length;
  // Announced once the first results are on screen; other pages found after that are counted too.
  if (newSearch || (statusLine.textContent && c.otherCount)) statusLine.textContent = tally(c);
}

function clearLists() {
  for (const ol of Object.values(lists)) ol.replaceChildren();
  someHeading.hidden = lists.some.hidden = otherHeading.hidden = lists.others.hidden = true;
  suggest.replaceChildren();
}

/** A link to search a correction instead, the page's other parameters kept. */
function correctionLink(corrected: string): HTMLAnchorElement {
  const a = document.createElement('a');
  const p = new URLSearchParams(location.search);
  p.set('q', corrected);
  a.href = `${location.pathname}?${p}`;
  a.textContent = corrected;
  return a;
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
  const { filters } = options(state);
  const pf = await items;
  const answer = await find(pf, vocabulary, {
    q: state.q,
    filters,
    newest: state.sort === 'date',
    statuses,
    facets: NAMEABLE,
  });
  if (mine !== run) return;
  const { found, suggestion } = answer;
  current = {
    state,
    results: answer.results,
    itemCount: answer.itemCount,
    someCount: answer.someCount,
    otherCount: null,
    term: found.term,
    countTerm: found.countTerm,
    corrected: answer.corrected,
    filling: Promise.resolve(),
    monthsToCome: answer.months,
    pagesToCome: answer.pagesToCome,
  };
  shown = 0;
  const c = current;
  await showMore(() => {
    clearLists();
    // "Showing results for laundry", or "Did you mean laundry?", each with a link to search it.
    if (suggestion?.kind === 'corrected')
      suggest.replaceChildren(
        `Nothing was found for “${suggestion.typed}”. Showing results for `,
        correctionLink(suggestion.corrected),
        '.',
      );
    else if (suggestion?.kind === 'offer')
      suggest.replaceChildren(
        suggestion.typed ? `No results for “${suggestion.typed}”. Did you mean ` : 'Did you mean ',
        correctionLink(suggestion.corrected),
        '?',
      );
    if (found.meant.length) {
      const p = document.createElement('p');
      p.textContent = meaningsNote(found.meant);
      suggest.append(p);
    }
    if (answer.named.length) {
      const p = document.createElement('p');
      p.textContent = namedNote(answer.named, FACET_LABELS);
      suggest.append(p);
    }
    statusLine.textContent = '';
    exportButton.hidden = c.itemCount === 0;
    showCounts(found.counts);
  });
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
