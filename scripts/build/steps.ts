// The steps of `npm run build`, in order: the one list that scripts/build.ts
// runs and scripts/bench.ts times. Each step is a process of its own, so that
// its memory is given back before the next starts and the bench can measure
// each one's process tree.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/** Where a line of a step's output came from. */
export type Stream = 'stdout' | 'stderr';

export interface StepContext {
  /** Where the site is written. */
  outDir: string;
  /** Every step's full output: every note of ingest's, Astro's page-by-page list. */
  verbose: boolean;
  /** Astro's page-by-page list, with each page's time, even when not verbose (the bench sums it by kind of page). */
  pageList?: boolean;
  /** The environment of the steps' processes. */
  env: NodeJS.ProcessEnv;
  /** Each line a step's process writes, as it comes. */
  line(step: BuildStep, text: string, stream: Stream): void;
}

export interface BuildStep {
  name: string;
  /** What the build shows of the step's standard output when not verbose: all of it, or nothing (it goes to the log). */
  quietStdout: 'show' | 'log';
  /** Runs the step; resolves to its process's exit code. */
  run(ctx: StepContext): Promise<number>;
}

/** Runs a Node script of the project as a process of its own, handing each line of its output to the context. */
export function runScript(step: BuildStep, ctx: StepContext, args: string[]): Promise<number> {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { env: ctx.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const closed: Promise<void>[] = [];
    for (const stream of ['stdout', 'stderr'] as const) {
      const lines = createInterface({ input: child[stream], crlfDelay: Infinity });
      lines.on('line', (text) => ctx.line(step, text, stream));
      closed.push(new Promise((end) => lines.on('close', end)));
    }
    child.on('error', (e) => {
      ctx.line(step, `cannot run ${args.join(' ')}: ${e.message}`, 'stderr');
      done(1);
    });
    // Once its output is all read, so that no line comes after the step's end.
    child.on('exit', (code, signal) => void Promise.all(closed).then(() => done(code ?? (signal ? 1 : 0))));
  });
}

export const STEPS: readonly BuildStep[] = [
  {
    // The plans → the dataset and the search terms (generated/); a document that cannot be used is left out and named.
    name: 'ingest',
    quietStdout: 'show',
    run(ctx) {
      return runScript(this, ctx, ['scripts/ingest.ts', '--keep-going', ...(ctx.verbose ? ['--verbose'] : [])]);
    },
  },
  {
    // The pages (Astro).
    name: 'pages',
    quietStdout: 'show',
    run(ctx) {
      return runScript(this, ctx, [
        'scripts/build/pages.ts',
        ctx.outDir,
        ...(ctx.verbose || ctx.pageList ? ['--page-list'] : []),
      ]);
    },
  },
  {
    // The search indexes (Pagefind), with the downloads and the search lexicon written beside them.
    name: 'search index',
    quietStdout: 'log',
    run(ctx) {
      return runScript(this, ctx, ['scripts/index-search.ts', ctx.outDir]);
    },
  },
  {
    // The closing lines: the documents and follow-up rows the site lacks, and whether it may be published.
    name: 'report',
    quietStdout: 'show',
    run(ctx) {
      return runScript(this, ctx, ['scripts/build-report.ts', ctx.outDir]);
    },
  },
];
