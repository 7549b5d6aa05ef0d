// The search page: Pagefind in the browser, with facets, sort, the state in
// the URL, and a CSV of the results. Text from the index is inserted as text;
// only Pagefind's <mark> highlights are kept as elements.
interface Pagefind {
  options(o: object): Promise<void>;
  search(q: string | null, o: object): Promise<{ results: { id: string; data(): Promise<ResultData> }[]; filters: Record<string, Record<string, number>>; totalFilters: Record<string, Record<string, number>> }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

const FACETS: [string, string][] = [
  ['establishment', 'Prison'],
  ['theme', 'Theme'],
  ['test', 'Healthy prison test'],
  ['status', 'Status'],
  ['year', 'Inspection year'],
  ['kind', 'Kind'],
  ['addressee', 'Addressed to'],
  ['owner', 'Owner type'],
];
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
root.hidden = false;

interface State {
  q: string;
  sort: string;
  filters: Record<string, string[]>;
}

function readState(): State {
  const p = new URLSearchParams(location.search);
  const filters: Record<string, string[]> = {};
  for (const [key] of FACETS) if (p.getAll(key).length) filters[key] = p.getAll(key);
  return { q: p.get('q') ?? '', sort: p.get('sort') ?? '', filters };
}

function writeState(s: State, push: boolean) {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  if (s.sort) p.set('sort', s.sort);
  for (const [key] of FACETS) for (const v of s.filters[key] ?? []) p.append(key, v);
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

let pagefind: Pagefind;
let allFilters: Record<string, Record<string, number>> = {};
let current: Awaited<ReturnType<Pagefind['search']>> | null = null;
let shown = 0;
let run = 0;

function renderFacets(state: State, counts: Record<string, Record<string, number>>, totals: Record<string, Record<string, number>>) {
  facets.replaceChildren(
    ...FACETS.filter(([key]) => Object.keys(totals[key] ?? {}).length).map(([key, label]) => {
      const fs = document.createElement('fieldset');
      fs.className = 'facet';
      const legend = document.createElement('legend');
      legend.textContent = label;
      fs.append(legend);
      const values = Object.keys(totals[key]!).sort((a, b) => (key === 'year' ? b.localeCompare(a) : a.localeCompare(b)));
      for (const value of values) {
        const id = `f-${key}-${value}`.replace(/[^A-Za-z0-9-]/g, '_');
        const input = document.createElement('input');
        input.type = 'checkbox';
        input.id = id;
        input.name = key;
        input.value = value;
        input.checked = state.filters[key]?.includes(value) ?? false;
        const l = document.createElement('label');
        l.htmlFor = id;
        const n = counts[key]?.[value] ?? 0;
        l.append(input, document.createTextNode(`${value} (${n})`));
        fs.append(l);
      }
      return fs;
    }),
  );
}

async function showMore() {
  if (!current) return;
  more.hidden = true; // one batch at a time
  const batch = await Promise.all(current.results.slice(shown, shown + PAGE).map((r) => r.data()));
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
  more.hidden = shown >= current.results.length;
}

async function search(state: State) {
  const mine = ++run;
  const filters: Record<string, { any: string[] }> = {};
  for (const [key, values] of Object.entries(state.filters)) if (values.length) filters[key] = { any: values };
  const hasFilters = Object.keys(filters).length > 0;
  if (!state.q && !hasFilters) {
    current = null;
    list.replaceChildren();
    more.hidden = true;
    exportButton.hidden = true;
    statusLine.textContent = 'Type words to find, or choose filters.';
    renderFacets(state, allFilters, allFilters);
    return;
  }
  // Recommendations and concerns first; prison, plan and theme pages after them, only for plain word searches.
  const result = await pagefind.search(state.q || null, { filters: { ...filters, type: 'Item' }, ...(state.sort === 'date' ? { sort: { date: 'desc' } } : {}) });
  if (state.q && !hasFilters && !state.sort) {
    const pages = await pagefind.search(state.q, { filters: { type: 'Page' } });
    result.results = [...result.results, ...pages.results];
  }
  if (mine !== run) return;
  current = result;
  shown = 0;
  list.replaceChildren();
  statusLine.textContent = '';
  const n = result.results.length;
  exportButton.hidden = n === 0;
  renderFacets(state, result.filters, Object.keys(result.totalFilters).length ? result.totalFilters : allFilters);
  await showMore();
  if (mine !== run) return;
  // Announced once the first results are on screen.
  statusLine.textContent = `${n} ${n === 1 ? 'result' : 'results'}${state.q ? ` for “${state.q}”` : ''}${hasFilters ? ' with the chosen filters' : ''}.`;
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
  const rows = await Promise.all(current.results.map((r) => r.data()));
  const { unparse } = await import('papaparse');
  const csv = unparse({
    fields: ['kind', 'number', 'prison and year', 'status', 'theme', 'url'],
    data: rows.map((d) => [d.meta.kind ?? '', d.meta.number ?? '', d.meta.place ?? d.meta.title ?? '', d.meta.status ?? '', d.meta.theme ?? '', new URL(d.url, location.href).href]),
  });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
  link.download = 'search-results.csv';
  link.click();
  URL.revokeObjectURL(link.href);
}

let timer: number | undefined;
q.addEventListener('input', () => {
  clearTimeout(timer);
  timer = window.setTimeout(() => update(false), 250);
});
form.addEventListener('submit', (e) => {
  e.preventDefault();
  update(true);
});
sort.addEventListener('change', () => update(true));
facets.addEventListener('change', () => update(true));
more.addEventListener('click', () => void showMore());
exportButton.addEventListener('click', () => void exportCsv());
window.addEventListener('popstate', () => {
  const s = readState();
  q.value = s.q;
  sort.value = s.sort;
  void search(s);
});

(async () => {
  pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl: base, excerptLength: 24 });
  // Loading the filter index first makes every search report its facet counts.
  allFilters = await pagefind.filters();
  const s = readState();
  q.value = s.q;
  sort.value = s.sort;
  await search(s);
})();
