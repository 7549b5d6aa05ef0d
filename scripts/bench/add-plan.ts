// Adding one plan to a large archive: how long ingest takes once the archive
// has been ingested before (the parse cache warm), against the cold ingest.
//
//   node scripts/bench/add-plan.ts [--plans 1000] [--work <dir>]
//
// Writes a synthetic archive of N plans (scripts/bench/corpus.ts), ingests it
// with an empty parse cache, adds one more plan, and times a second ingest, as
// `npm run ingest` runs it (a process of its own: its start is part of the
// time). The budget is 2 s for the second ingest at 1,000 plans.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus } from './corpus.ts';

/** The budget for ingest after one plan is added to the 1,000-plan archive. */
export const ADD_PLAN_BUDGET_MS = 2000;

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const SEEDS = join(ROOT, 'tests/fixtures/plans');

export interface IngestTiming {
  /** From starting the process to its end. */
  wallMs: number;
  /** What ingest itself reports (from reading the folder to writing the dataset). */
  reportedMs: number;
}

export interface AddPlanFigures {
  plans: number;
  /** Every plan read, the cache empty. */
  cold: IngestTiming;
  /** One plan added, the others in the cache. */
  added: IngestTiming;
  budgetMs: number;
}

function timedIngest(source: string, json: string, cache: string): IngestTiming {
  const started = performance.now();
  const r = spawnSync(process.execPath, ['scripts/ingest.ts', '--source', source, '--json', json, '--keep-going'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ACTION_PLANS_CACHE: cache },
    maxBuffer: 256 * 1024 * 1024,
  });
  const wallMs = performance.now() - started;
  if (r.status !== 0) throw new Error(`ingest failed (exit ${r.status}):\n${r.stderr.slice(-2000)}`);
  const reported = / in (\d+) ms;/.exec(r.stdout);
  return { wallMs: Math.round(wallMs), reportedMs: reported ? Number(reported[1]) : NaN };
}

/** Cold ingest of `plans` plans, then one plan added and ingest timed again; the scratch folder is removed after. */
export function measureAddPlan(options: { plans?: number; work?: string } = {}): AddPlanFigures {
  const plans = options.plans ?? 1000;
  const work = options.work ?? mkdtempSync(join(tmpdir(), 'add-plan-'));
  const source = join(work, 'plans');
  const cache = join(work, 'cache');
  const json = join(work, 'dataset.json');
  try {
    rmSync(source, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
    mkdirSync(source, { recursive: true });
    const seeds = readdirSync(SEEDS)
      .sort()
      .map((name) => ({ name, text: readFileSync(join(SEEDS, name), 'utf8') }));
    const docs = generateCorpus(seeds, plans + 1);
    const last = docs.pop()!;
    for (const d of docs) writeFileSync(join(source, d.name), d.text);
    const cold = timedIngest(source, json, cache);
    writeFileSync(join(source, last.name), last.text);
    const added = timedIngest(source, json, cache);
    return { plans, cold, added, budgetMs: ADD_PLAN_BUDGET_MS };
  } finally {
    if (!options.work) rmSync(work, { recursive: true, force: true });
  }
}

/** The figures as lines, the budget beside the figure. */
export function addPlanLines(f: AddPlanFigures): string[] {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  return [
    `ingest of ${f.plans} plans, cold: ${s(f.cold.wallMs)} (ingest's own ${s(f.cold.reportedMs)})`,
    `ingest after adding one plan: ${s(f.added.wallMs)} (ingest's own ${s(f.added.reportedMs)}); budget ${s(f.budgetMs)}: ${f.added.wallMs <= f.budgetMs ? 'within' : 'OVER'}`,
  ];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { plans: { type: 'string', default: '1000' }, work: { type: 'string' } } });
  const figures = measureAddPlan({ plans: Number(values.plans), work: values.work });
  for (const line of addPlanLines(figures)) console.log(`add-plan: ${line}`);
}
