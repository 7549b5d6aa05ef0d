// The figures the bench holds to a budget, each printed beside its budget. A
// measurement is one entry: its name, its budget (the most it may be) and a
// function giving its figure from the bench's run (null when the run has
// none, e.g. without an anchor). Measurements of their own (adding one plan,
// the dev server's start, a first search) are modules of scripts/bench/
// exporting a function, listed here with their budget.
import { ADD_PLAN_BUDGET_MS, measureAddPlan } from './add-plan.ts';
import { DEV_BUDGETS, measureDevServer } from './dev-server.ts';
import { FIRST_SEARCH_BUDGET, measureFirstSearch, type FirstSearch } from './first-search.ts';

/** What a measurement's function is given: the run so far. */
export interface BenchRun {
  plans: number;
  /** The synthetic plans folder and the built site. */
  corpus: string;
  out: string;
  /** The environment the build's steps ran in (PLANS_DIR, OUT_DIR…). */
  env: NodeJS.ProcessEnv;
  /** Each step of the build: its wall time, CPU time and peak memory. */
  steps: Record<string, { seconds: number; cpuSeconds: number; peakMB: number }>;
  /** Against the anchor, when one was built. */
  comparison: { ratio: number; ingestShareOfAnchor: number } | null;
}

/** Figures measured once per run and shared by several budgets (a first search gives three). */
function once<T>(make: (run: BenchRun) => Promise<T>): (run: BenchRun) => Promise<T> {
  let made: Promise<T> | undefined;
  return (run) => (made ??= make(run));
}

const firstSearch = once((run) => measureFirstSearch(run.out));
const slowest = (list: FirstSearch[], profile: string, key: 'msToFirstResult' | 'kb') =>
  Math.max(...list.filter((f) => profile === '' || f.profile === profile).map((f) => f[key]));
const devBuiltIn = once(() => measureDevServer({ edits: 3 }));
const devLarge = once((run) => measureDevServer({ plans: run.corpus, edits: 0 }));
const addPlan = once(async (run) => measureAddPlan({ plans: run.plans }));

/** The measurements that start servers, browsers or ingests of their own: left out with --skip-extra. */
const EXTRA: Budget[] = [
  {
    name: 'first search from the home page, desktop',
    budget: FIRST_SEARCH_BUDGET.desktopMs,
    unit: 'ms',
    figure: async (r) => slowest(await firstSearch(r), 'desktop', 'msToFirstResult'),
  },
  {
    name: 'first search from the home page, throttled phone',
    budget: FIRST_SEARCH_BUDGET.throttledMs,
    unit: 'ms',
    figure: async (r) => slowest(await firstSearch(r), 'throttled', 'msToFirstResult'),
  },
  {
    name: 'first search, bytes after Enter',
    budget: FIRST_SEARCH_BUDGET.kb,
    unit: 'KB',
    figure: async (r) => slowest(await firstSearch(r), '', 'kb'),
  },
  {
    name: 'dev server on the built-in plans, first page (caches warm, as on a second start)',
    budget: DEV_BUDGETS.secondStartMs,
    unit: 'ms',
    figure: async (r) => (await devBuiltIn(r)).firstPageMs,
  },
  {
    name: 'dev server, an edit to a plan shown in the open page',
    budget: DEV_BUDGETS.editMs,
    unit: 'ms',
    figure: async (r) => Math.max(...(await devBuiltIn(r)).editsMs),
  },
  {
    name: 'dev server on the archive, first page',
    budget: DEV_BUDGETS.largeFirstPageMs,
    unit: 'ms',
    figure: async (r) => (await devLarge(r)).firstPageMs,
  },
  {
    name: 'ingest after adding one plan to the archive',
    budget: ADD_PLAN_BUDGET_MS,
    unit: 'ms',
    figure: async (r) => (await addPlan(r)).added.wallMs,
  },
];

export interface Budget {
  name: string;
  /** The most the figure may be, in `unit`. */
  budget: number;
  unit: string;
  figure(run: BenchRun): number | null | Promise<number | null>;
}

const BUILD: Budget[] = [
  { name: 'time per page, against the anchor', budget: 1.5, unit: '×', figure: (r) => r.comparison?.ratio ?? null },
  {
    name: "ingest, against the anchor's whole build",
    budget: 0.167,
    unit: '×',
    figure: (r) => r.comparison?.ingestShareOfAnchor ?? null,
  },
  {
    name: 'peak memory of any step',
    budget: 4096,
    unit: 'MB',
    figure: (r) => Math.max(...Object.values(r.steps).map((s) => s.peakMB)),
  },
];

/** Every budget, or the build's alone (--skip-extra). */
export const budgetsFor = (extra: boolean): Budget[] => (extra ? [...BUILD, ...EXTRA] : BUILD);

export interface Measured {
  name: string;
  figure: number | null;
  budget: number;
  unit: string;
  within: boolean | null;
}

/** Each budget's figure from the run, in the list's order (one measurement at a time: they share the machine). */
export async function measureBudgets(run: BenchRun, budgets: Budget[]): Promise<Measured[]> {
  const out: Measured[] = [];
  for (const b of budgets) {
    const figure = await b.figure(run);
    out.push({
      name: b.name,
      figure,
      budget: b.budget,
      unit: b.unit,
      within: figure === null ? null : figure <= b.budget,
    });
  }
  return out;
}

/** One line per budget: the figure beside its budget. */
export function budgetLines(measured: Measured[]): string[] {
  return measured.map(
    (m) =>
      `${m.name}: ${m.figure === null ? 'not measured' : `${m.figure} ${m.unit}`} (budget ${m.budget} ${m.unit}${m.within === null ? '' : m.within ? ', within' : ', OVER'})`,
  );
}
