// npm run build [-- --verbose]: the plans → the site, in the steps of
// scripts/build/steps.ts, each a process of its own, one after another.
// Quiet by default: each step's problems (the documents' notes, a few of them,
// and every error), the lines that say what was built, and a closing summary;
// everything each step printed is kept in generated/build.log. --verbose (or
// VERBOSE=1) prints it all as it comes, Astro's page-by-page list included.
// The environment says what to build (src/settings.ts): PLANS_DIR, OUT_DIR,
// FOLLOW_UPS_DIR, SITE_URL, BASE_PATH, SOURCE_DATE_EPOCH, PUBLISH_WITH_ERRORS.
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { BUILD_LOG, outDir, verbose } from '../src/settings.ts';
import { QuietOutput } from './build/quiet.ts';
import { STEPS, type StepContext } from './build/steps.ts';
import { summary } from './build/summary.ts';

const { values } = parseArgs({ options: { verbose: { type: 'boolean', default: false } } });
const out = outDir();
const loud = values.verbose || verbose();

mkdirSync(dirname(BUILD_LOG), { recursive: true });
const log = openSync(BUILD_LOG, 'w');
const quiet = new QuietOutput(BUILD_LOG);
const ctx: StepContext = {
  outDir: out,
  verbose: loud,
  env: process.env,
  line(step, text, stream) {
    writeSync(log, `${text}\n`);
    if (loud) (stream === 'stdout' ? process.stdout : process.stderr).write(`${text}\n`);
    else if (stream === 'stderr') quiet.problem(text);
    else if (step.quietStdout === 'show') quiet.said(text);
  },
};

const started = performance.now();
const times: string[] = [];
let exitCode = 0;
let stopped = false;
for (const step of STEPS) {
  const stepStarted = performance.now();
  writeSync(log, `== ${step.name}\n`);
  exitCode = await step.run(ctx);
  for (const { text, problem } of quiet.endOfStep()) (problem ? console.error : console.log)(text);
  times.push(`${step.name} ${((performance.now() - stepStarted) / 1000).toFixed(1)} s`);
  if (exitCode !== 0 && step !== STEPS.at(-1)) {
    console.error(`build: the ${step.name} step failed (exit code ${exitCode}), above; the build stopped there.`);
    stopped = true;
    break;
  }
}
closeSync(log);
if (!stopped)
  for (const line of summary(out, performance.now() - started, times, loud ? null : BUILD_LOG)) console.log(line);
process.exitCode = exitCode;
