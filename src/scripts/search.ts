// The search page: Pagefind in the browser, with facets, sort, the state in
// the URL, and a CSV of the results. Built for an archive of tens of thousands
// of items: a first search loads the item index and nothing else; a facet's
// filter file loads when the facet is opened or used. Text from the index is
// inserted as text; only Pagefind's <mark> highlights are kept as elements.
interface Pagefind {
  options(o: object): Promise<void>;
  search(q: string | null, o: object): Promise<{ results: { id: string; data(): Promise<ResultData> }[]; filters: Record<string, Record<string, number>> }>;
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}

const PAGE = 20;

const root = document.getElementById('search')!;
const base = root.dataset.base!;
const form = document.getElementById('search-form') as HTMLFormElement;
const q = document.getElementById('q') as HTMLInputElement;
const sort = document.getElementById('sort') as HTMLSelectElement;
const facets = document.getElementById('facets')!;
const statusLine = document.getElementById('status')!;
const list = document.getElementById('results') as HTMLOListElement;
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

type Results = Awaited<ReturnType<Pagefind['search']>>['results'];

async function bundle(dir: string): Promise<Pagefind> {
  const pf = (await import(/* @vite-ignore */ `${base}${dir}/pagefind.js`)) as Pagefind;
  await pf.options({ baseUrl: base, excerptLength: 24 });
  return pf;
}

/** Recommendations and concerns: loaded with the page. */
const items = bundle('pagefind');
/** Prison, plan and theme pages: loaded only when a reader goes past every item result. */
let pages: Promise<Pagefind> | undefined;

interface Current {
  state: State;
  results: Results;
  itemCount: number;
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
      const found = await pf.search(terms(c.state.q), { filters: { ...filters, month: { any: [month] } } });
      c.results.push(...found.results);
    }
  });
  return c.filling;
}

// Words on nearly every page: they narrow nothing, and each costs the download of a
// large part of the index. A quoted phrase keeps them, and so does a query of nothing else.
const STOP_WORDS = new Set(['a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'has', 'have', 'in', 'is', 'it', 'of', 'on', 'or', 'should', 'that', 'the', 'their', 'this', 'to', 'was', 'were', 'will', 'with']);

/** The words Pagefind is asked for: the reader's query without its stop words; null for a search by filters alone. */
function terms(q: string): string | null {
  if (!q) return null;
  if (/^\s*".+"\s*$/.test(q)) return q;
  const words = q.split(/\s+/).filter((w) => !STOP_WORDS.has(w.toLowerCase()));
  return words.length ? words.join(' ') : q;
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
    for (const input of d.querySelectorAll<HTMLInputElement>('input')) input.checked = s.filters[input.name]?.includes(input.value) ?? false;
    if (s.filters[d.dataset.key!]?.length) d.open = true;
  }
}

async function showMore() {
  if (!current) return;
  const mine = run;
  more.hidden = true; // one batch at a time
  // Once the next batch would run past the items, the other pages join the list.
  if (current.monthsToCome.length) await fill(current, shown + PAGE);
  if (mine !== run) return;
  if (current.pagesToCome && shown + PAGE > current.results.length) {
    current.pagesToCome = false;
    pages ??= bundle('pagefind-pages');
    const found = await (await pages).search(terms(current.state.q), {});
    if (mine !== run) return;
    current.results = [...current.results, ...found.results];
  }
  const batch = await Promise.all(current.results.slice(shown, shown + PAGE).map((r) => r.data()));
  if (mine !== run) return;
  for (const d of batch) {
    const li = document.createElement('li');
    const h = document.createElement('h2');
    h.className = 'result-title';
    const a = document.createElement('a');
    a.href = d.url;
    a.textContent = d.meta.number ? `${d.meta.kind ?? 'Item'} ${d.meta.number}, ${d.meta.place}` : (d.meta.title ?? d.url);
    h.append(a);
    li.append(h);
    if (d.meta.number) {
      const meta = document.createElement('p');
      meta.className = 'meta';
      meta.textContent = `${d.meta.status} · ${d.meta.theme}`;
      li.append(meta);
    }
    const p = document.createElement('p');
    p.append(excerpt(d.excerpt));
    li.append(p);
    list.append(li);
  }
  shown += batch.length;
  more.hidden = shown >= current.results.length && !current.pagesToCome && !current.monthsToCome.length;
}

async function search(state: State) {
  const mine = ++run;
  if (!state.q && !hasFilters(state)) {
    current = null;
    list.replaceChildren();
    more.hidden = true;
    exportButton.hidden = true;
    statusLine.textContent = 'Type words to find, or choose filters.';
    showCounts('archive');
    return;
  }
  const newest = state.sort === 'date';
  const { filters } = options(state);
  // Newest first asks for the count of results in each month, then fetches them month by month.
  const result = await (await items).search(terms(state.q), { filters: newest ? { ...filters, month: { none: [] } } : filters });
  if (mine !== run) return;
  current = {
    state,
    results: newest ? [] : result.results,
    itemCount: result.results.length,
    filling: Promise.resolve(),
    monthsToCome: newest ? Object.keys(result.filters.month ?? {}).filter((m) => result.filters.month![m]! > 0).sort().reverse() : [],
    // Prison, plan and theme pages follow the items, for plain word searches.
    pagesToCome: Boolean(state.q) && !hasFilters(state) && !newest,
  };
  shown = 0;
  list.replaceChildren();
  statusLine.textContent = '';
  const n = result.results.length;
  exportButton.hidden = n === 0;
  showCounts(result.filters);
  await showMore();
  if (mine !== run) return;
  // Announced once the first results are on screen.
  statusLine.textContent = `${n} ${n === 1 ? 'result' : 'results'}${state.q ? ` for “${state.q}”` : ''}${hasFilters(state) ? ' with the chosen filters' : ''}.`;
}

/** A facet opened (or closed) after a search: its counts for the current results. */
async function recount() {
  const mine = run;
  if (!current) return showCounts('archive');
  const result = await (await items).search(terms(current.state.q), options(current.state));
  if (mine === run) showCounts(result.filters);
}

function stateFromForm(): State {
  const filters: Record<string, string[]> = {};
  for (const input of facets.querySelectorAll<HTMLInputElement>('input:checked')) (filters[input.name] ??= []).push(input.value);
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
    rows.map((d) => ({ kind: d.meta.kind ?? '', number: d.meta.number ?? '', 'prison and year': d.meta.place ?? d.meta.title ?? '', status: d.meta.status ?? '', theme: d.meta.theme ?? '', url: new URL(d.url, location.href).href })),
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
