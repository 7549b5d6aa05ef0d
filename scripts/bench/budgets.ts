// The figures the bench holds to a budget, each printed beside its budget. A
// measurement is one entry: its name, its budget (the most it may be) and a
// function giving its figure from the bench's run (null when the run has
// none, e.g. without an anchor). Measurements of their own (adding one plan,
// the dev server's start, a first search) are modules of scripts/bench/
// exporting a function, listed here with their budget.

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

export interface Budget {
  name: string;
  /** The most the figure may be, in `unit`. */
  budget: number;
  unit: string;
  figure(run: BenchRun): number | null | Promise<number | null>;
}

export const BUDGETS: Budget[] = [
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

export interface Measured {
  name: string;
  figure: number | null;
  budget: number;
  unit: string;
  within: boolean | null;
}

/** Each budget's figure from the run, in the list's order (one measurement at a time: they share the machine). */
export async function measureBudgets(run: BenchRun, budgets: Budget[] = BUDGETS): Promise<Measured[]> {
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
