// npm run bench -- --plans N [--anchor <dir>] [--skip-search] [--skip-extra] [--page-list]: builds a synthetic archive of N
// plans, then runs the build's steps (scripts/build/steps.ts) one by one and
// measures each one's processes from outside (scripts/bench/process-tree.ts):
// wall time, CPU time, the peak of their memory added up, and the CPU time the
// machine lost to the hypervisor and to the disk meanwhile (/proc/stat). Then
// pages, output size, the compressed size of the heaviest page of each kind,
// and a search in headless Chromium: a first query's bytes, the time from the
// last keystroke of a later query to its results, and that query's bytes. In
// the same run it builds the plain Astro + Pagefind anchor on the same dataset
// and compares the time per page. Last, each budgeted figure beside its budget
// (scripts/bench/budgets.ts); --skip-extra leaves out those that start servers,
// browsers or ingests of their own (first search, dev server, adding a plan).
// A benchmark, not a test: it prints figures and writes them as JSON.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { GENERATED_DATASET, SEARCH_BUNDLES } from '../src/settings.ts';
import { findAnchor, prepareAnchor, scratch } from './bench/anchor.ts';
import { budgetLines, budgetsFor, measureBudgets } from './bench/budgets.ts';
import type { MachineTimes } from './bench/machine.ts';
import { measureProcesses, type Cost } from './bench/process-tree.ts';
import { routeTimes } from './bench/routes.ts';
import { SetAside, settleDelay } from './bench/set-aside.ts';
import { STEPS, type StepContext } from './build/steps.ts';
import { launch, serve } from './built-site.ts';
import { hasScript, pageKB, stylesheetBytes } from './page-weight.ts';

const { values } = parseArgs({
  options: {
    plans: { type: 'string', default: '1000' },
    seed: { type: 'string', default: 'action-plans' },
    anchor: { type: 'string' },
    'skip-search': { type: 'boolean', default: false },
    'skip-extra': { type: 'boolean', default: false },
    // Astro's page-by-page list, for its time for each kind of page. Off by default: `npm run build` leaves it
    // out, and printing it cost the pages step 3 to 5 s of its own at 1,000 plans (docs/performance.md).
    'page-list': { type: 'boolean', default: false },
  },
});
const plans = Number(values.plans);
const corpus = `${scratch('bench')}-${plans}`;
const out = 'dist-bench';

/** Prints a step's cost: CPU time as well as wall time, since on a shared machine it varies less from run to run. */
function report(label: string, cost: Cost): void {
  // Time the hypervisor gave to other machines and the cores' wait on the disk: a slow run with much
  // of either was slowed by the machine, not by the code.
  const m = cost.machine;
  const load = m ? `; machine: ${m.steal} s stolen, ${m.iowait} s waiting on the disk` : '';
  console.log(`${label}: ${cost.seconds} s (CPU ${cost.cpuSeconds} s), peak ${cost.peakMB} MB${load}`);
}

/** Runs a command (the anchor's build) and measures its processes; its output is kept only if it fails. */
async function timed(label: string, command: string, args: string[], env: Record<string, string>, cwd: string) {
  const cost = await measureProcesses(
    () =>
      new Promise<{ code: number; output: string }>((done) => {
        const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        const keep = (d: Buffer) => (output = (output + d.toString()).slice(-4000));
        child.stdout.on('data', keep);
        child.stderr.on('data', keep);
        child.on('close', (code) => done({ code: code ?? 1, output }));
      }),
  );
  if (cost.result.code !== 0) throw new Error(`${label} failed:\n${cost.result.output}`);
  report(label, cost);
  return cost;
}

function walk(dir: string): { files: number; bytes: number; html: number } {
  let files = 0,
    bytes = 0,
    html = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    if (s.isDirectory()) {
      const w = walk(p);
      files += w.files;
      bytes += w.bytes;
      html += w.html;
    } else {
      files++;
      bytes += s.size;
      if (name.endsWith('.html')) html++;
    }
  }
  return { files, bytes, html };
}

// What an earlier run left is moved aside, not deleted: deleting it now would slow the steps timed next.
// What it deleted at its end, the file system may still be skipping over: wait until it is let go.
const deletedStamp = scratch('bench-deleted');
const settle = settleDelay(deletedStamp);
if (settle > 0) {
  console.log(`bench: waiting ${Math.ceil(settle / 1000)} s for the file system to reuse what the last run deleted`);
  await new Promise((done) => setTimeout(done, settle));
}
const aside = new SetAside();
aside.move(corpus);
execFileSync(
  process.execPath,
  ['scripts/bench-corpus.ts', '--plans', String(plans), '--out', corpus, '--seed', values.seed!],
  { stdio: 'inherit' },
);
aside.move(out);

// The build's own steps, as `npm run build` runs them, each measured apart. The publisher's choice to
// publish despite a document that could not be used is made, so that the report step fails for nothing else.
const env = { ...process.env, PLANS_DIR: corpus, OUT_DIR: out, PUBLISH_WITH_ERRORS: '1' };
const output = new Map<string, string[]>(STEPS.map((s) => [s.name, []]));
// With --page-list, Astro's page-by-page list is kept, for the time of each kind of page; the rest goes to the step's output.
const ctx: StepContext = {
  outDir: out,
  verbose: false,
  pageList: values['page-list'],
  env,
  line: (s, text) => output.get(s.name)!.push(text),
};
const steps: Record<string, Cost> = {};
for (const s of STEPS) {
  const cost = await measureProcesses(() => s.run(ctx));
  if (cost.result !== 0) throw new Error(`${s.name} failed:\n${output.get(s.name)!.slice(-30).join('\n')}`);
  steps[s.name] = cost;
  report(s.name, cost);
}
const stepList = Object.values(steps);
const size = walk(out);
// Astro's own time for each page, summed by kind (four pages render at a time, so these overlap), when listed.
const pagesLog = output.get('pages')!.join('\n');
const routes = values['page-list'] ? routeTimes(pagesLog) : null;
if (routes) console.table(routes);
mkdirSync('bench-results', { recursive: true });
writeFileSync(`bench-results/astro-build-${plans}.log`, pagesLog);

// The anchor: the same items as plain Astro pages and the Pagefind CLI, on the dataset just written.
const anchorSource = findAnchor(values.anchor);
type Step = { seconds: number; cpuSeconds: number; peakMB: number; machine: MachineTimes | null };
const step = ({ seconds, cpuSeconds, peakMB, machine }: Step): Step => ({ seconds, cpuSeconds, peakMB, machine });
let anchor: { astro: Step; pagefind: Step; seconds: number; peakMB: number; pages: number } | null = null;
if (anchorSource) {
  const dir = prepareAnchor(anchorSource, aside);
  const anchorEnv = { BASELINE_DATASET: resolve(GENERATED_DATASET) };
  const a = await timed('anchor: astro build', join(dir, 'node_modules/.bin/astro'), ['build'], anchorEnv, dir);
  const p = await timed(
    'anchor: pagefind',
    join(dir, 'node_modules/.bin/pagefind'),
    ['--site', 'dist', '--quiet'],
    anchorEnv,
    dir,
  );
  anchor = {
    astro: step(a),
    pagefind: step(p),
    seconds: Math.round((a.seconds + p.seconds) * 10) / 10,
    peakMB: Math.max(a.peakMB, p.peakMB),
    pages: walk(join(dir, 'dist')).html,
  };
  aside.later(join(dir, 'dist'));
} else {
  console.log(`bench: no anchor found (looked in ${values.anchor ?? 'the usual places'}); pass --anchor <dir>`);
}

/** The heaviest page of each kind, compressed (gzip, as a static host serves it) with its stylesheet. */
function heaviestPages() {
  const kinds: [string, RegExp][] = [
    ['item', /^prisons\/[^/]+\/\d{4}[^/]*\/[^/]+\/index\.html$/],
    ['plan', /^prisons\/[^/]+\/\d{4}[^/]*\/index\.html$/],
    ['prison', /^prisons\/[^/]+\/index\.html$/],
    ['theme', /^themes\/[^/]+\/(?:\d+\/)?index\.html$/],
    ['other', /\.html$/],
  ];
  const heaviest: Record<string, { path: string; KB: number; pagesWithScript: number }> = {};
  const css = stylesheetBytes(out);
  const visit = (rel: string) => {
    for (const name of readdirSync(join(out, rel))) {
      const path = rel ? `${rel}/${name}` : name;
      if (statSync(join(out, path)).isDirectory()) {
        if (![...Object.values(SEARCH_BUNDLES), '_astro'].includes(path)) visit(path);
        continue;
      }
      const kind = kinds.find(([, re]) => re.test(path))?.[0];
      if (!kind) continue;
      const html = readFileSync(join(out, path));
      const KB = Math.round(pageKB(html, css) * 10) / 10;
      const scripted = path !== 'search/index.html' && hasScript(html) ? 1 : 0;
      const h = (heaviest[kind] ??= { path, KB, pagesWithScript: 0 });
      if (KB > h.KB) Object.assign(h, { path, KB });
      h.pagesWithScript += scripted;
    }
  };
  visit('');
  return heaviest;
}
const heaviest = heaviestPages();

/** Searches in headless Chromium against the built site, served with text compressed. */
async function measureSearch() {
  const site = await serve(out);
  const browser = await launch();
  let responses: import('playwright-core').Response[] = [];
  /** Bytes on the wire so far: bodies as transferred and headers. */
  const transferredKB = async () => {
    const sizes = await Promise.all(responses.map((r) => r.request().sizes()));
    return Math.round(sizes.reduce((n, s) => n + s.responseBodySize + s.responseHeadersSize, 0) / 1024);
  };
  /** A first search, in a fresh browser with nothing cached: from navigation to results on screen. */
  async function firstSearch(query: string) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    tab.on('response', (r) => responses.push(r));
    responses = [];
    const started = Date.now();
    await tab.goto(site.url(`/search/?q=${encodeURIComponent(query)}`));
    await tab.waitForFunction(() => /for “/.test(document.getElementById('status')?.textContent ?? ''), null, {
      timeout: 60_000,
    });
    return { tab, query, kb: await transferredKB(), ms: Date.now() - started };
  }
  const first = [await firstSearch('ACCT'), await firstSearch('use of force')];
  const firstQuery = first[1]!;
  const page = firstQuery.tab;
  // Later queries, typed: the bytes each needs, and the time from the last keystroke to its results.
  const LATER = ['segregation', 'education', 'ACCT', 'dental waiting times', 'key workers'];
  const later: { query: string; kb: number; ms: number }[] = [];
  for (const query of LATER) {
    responses = [];
    await page.locator('#q').fill('');
    await page.locator('#q').pressSequentially(query.slice(0, -1));
    const typed = Date.now();
    await page.locator('#q').press(query.at(-1)!);
    await page.waitForFunction(
      (w) => (document.getElementById('status')?.textContent ?? '').includes(`for “${w}”`),
      query,
    );
    later.push({ query, kb: await transferredKB(), ms: Date.now() - typed });
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const laterQuery = {
    kb: median(later.map((l) => l.kb)),
    ms: median(later.map((l) => l.ms)),
    maxMs: Math.max(...later.map((l) => l.ms)),
  };
  // Opening a facet loads its filter file.
  responses = [];
  await page.locator('details[data-key="status"] summary').click();
  await page.waitForFunction(() =>
    /\(\d+\)/.test(document.querySelector('details[data-key="status"] .count')?.textContent ?? ''),
  );
  const facetKB = await transferredKB();
  await browser.close();
  await site.close();
  return { first: first.map(({ query, kb, ms }) => ({ query, kb, ms })), later, laterQuery, facetKB };
}
// --skip-search: the build figures alone, when only they are wanted.
const search = values['skip-search'] ? null : await measureSearch();

const total = stepList.reduce((n, s) => n + s.seconds, 0);
/** Steal and disk wait summed over steps, or null where the counters could not be read. */
function sumMachine(steps: Step[]): { steal: number; iowait: number } | null {
  if (steps.some((s) => !s.machine)) return null;
  const sum = (k: 'steal' | 'iowait') => Math.round(steps.reduce((t, s) => t + s.machine![k], 0) * 10) / 10;
  return { steal: sum('steal'), iowait: sum('iowait') };
}
const msPerPage = (seconds: number, pages: number) => Math.round((seconds * 1000 * 100) / pages) / 100;
const comparison = anchor && {
  projectMsPerPage: msPerPage(total, size.html),
  projectCpuMsPerPage: msPerPage(
    stepList.reduce((n, s) => n + s.cpuSeconds, 0),
    size.html,
  ),
  anchorCpuMsPerPage: msPerPage(anchor.astro.cpuSeconds + anchor.pagefind.cpuSeconds, anchor.pages),
  anchorMsPerPage: msPerPage(anchor.seconds, anchor.pages),
  ratio: Math.round((total / size.html / (anchor.seconds / anchor.pages)) * 100) / 100,
  ingestShareOfAnchor: Math.round((steps.ingest!.seconds / anchor.seconds) * 100) / 100,
  // Summed over each side's steps: what the machine took from each.
  projectMachine: sumMachine(stepList),
  anchorMachine: sumMachine([anchor.astro, anchor.pagefind]),
};
const cpuRatio = comparison && Math.round((comparison.projectCpuMsPerPage / comparison.anchorCpuMsPerPage) * 100) / 100;
const result = {
  plans,
  pages: size.html,
  steps: Object.fromEntries(Object.entries(steps).map(([name, s]) => [name, step(s)])),
  pagesPerSecond: Math.round(size.html / steps.pages!.seconds),
  total: {
    seconds: Math.round(total * 10) / 10,
    peakMB: Math.max(...stepList.map((s) => s.peakMB)),
  },
  routes,
  anchor,
  comparison: comparison && { ...comparison, cpuRatio },
  output: { files: size.files, MB: Math.round(size.bytes / 1024 / 1024) },
  heaviestPages: heaviest,
  search: search && {
    first: search.first,
    later: search.later,
    laterQueryMedianKB: search.laterQuery.kb,
    laterQueryMedianMsAfterTyping: search.laterQuery.ms,
    facetKB: search.facetKB,
  },
};
console.table({
  ...Object.fromEntries(
    Object.entries(steps).map(([name, s]) => [
      name,
      { seconds: s.seconds, 'CPU s': s.cpuSeconds, 'peak MB': s.peakMB },
    ]),
  ),
  total: { seconds: result.total.seconds, 'peak MB': result.total.peakMB },
});
if (anchor && comparison) {
  console.table({
    project: {
      pages: size.html,
      seconds: result.total.seconds,
      'ms/page': comparison.projectMsPerPage,
      'CPU ms/page': comparison.projectCpuMsPerPage,
      'peak MB': result.total.peakMB,
    },
    anchor: {
      pages: anchor.pages,
      seconds: anchor.seconds,
      'ms/page': comparison.anchorMsPerPage,
      'CPU ms/page': comparison.anchorCpuMsPerPage,
      'peak MB': anchor.peakMB,
    },
  });
  console.log(
    `per page the project takes ${comparison.ratio} × the anchor's time; ingest is ${comparison.ingestShareOfAnchor} of the anchor's whole build (1/${Math.round((anchor.seconds / steps.ingest!.seconds) * 10) / 10})`,
  );
  console.log(
    `in CPU time: ${comparison.projectCpuMsPerPage} against ${comparison.anchorCpuMsPerPage} ms a page, ${cpuRatio} ×`,
  );
  const { projectMachine: pm, anchorMachine: am } = comparison;
  if (pm && am)
    console.log(
      `the machine: ${pm.steal} s stolen and ${pm.iowait} s waiting on the disk during the project's steps, ${am.steal} s and ${am.iowait} s during the anchor's`,
    );
}
console.table(heaviest);
console.log(`pages: ${size.html}; output: ${size.files} files, ${result.output.MB} MB`);
if (search) {
  const { first, later, laterQuery, facetKB } = search;
  console.table([...first.map(({ query, kb, ms }) => ({ query: `first: ${query}`, kb, ms })), ...later]);
  console.log(
    `search: first query "use of force" ${first[1]!.kb} KB, results ${first[1]!.ms} ms after navigation; later queries: median ${laterQuery.kb} KB, results a median ${laterQuery.ms} ms (at most ${laterQuery.maxMs} ms) after the last keystroke; opening a facet ${facetKB} KB`,
  );
}
// Each budgeted figure beside its budget.
const budgets = await measureBudgets(
  { plans, corpus, out, env, steps, comparison: comparison ?? null },
  budgetsFor(!values['skip-extra']),
);
for (const line of budgetLines(budgets)) console.log(line);
mkdirSync('bench-results', { recursive: true });
writeFileSync(`bench-results/bench-${plans}.json`, `${JSON.stringify({ ...result, budgets }, null, 2)}\n`);
// Nothing more is timed: what was moved aside, and the anchor's site, can go.
aside.removeAll(deletedStamp);
// The site's own dataset back in place of the benchmark's.
execFileSync(process.execPath, ['scripts/ingest.ts'], { stdio: 'ignore' });
console.log(`bench: wrote bench-results/bench-${plans}.json`);
