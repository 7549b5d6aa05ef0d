// npm run follow-ups -- <plan> [--out <file>] [--dataset <file>]
// Writes a plan's follow-up template: a CSV with a row per item and empty
// judgement columns (docs/follow-ups.md). It reads the dataset ingest wrote,
// so run `npm run ingest` first. It never overwrites a file: a follow-up file
// is written once and kept.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { closest } from 'fastest-levenshtein';
import { readDataset } from '../src/dataset/read.ts';
import { GENERATED_DATASET } from '../src/dataset/write.ts';
import { DEFAULT_FOLLOW_UPS_DIR } from '../src/follow-ups/read.ts';
import { followUpsDir } from '../src/settings.ts';
import { followUpTemplate } from '../src/follow-ups/template.ts';

const USAGE = `Usage: npm run follow-ups -- <plan> [--out <file>] [--dataset <file>]

  <plan>            the plan's id, e.g. rochester-2017 (the plan's address, and plans.csv, give it)
  --out <file>      where to write the template (default: $FOLLOW_UPS_DIR or ${DEFAULT_FOLLOW_UPS_DIR}, as <plan>-follow-up.csv)
  --dataset <file>  the dataset to read the plan from (default: ${GENERATED_DATASET}, which npm run ingest writes)`;

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { out: { type: 'string' }, dataset: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    return fail((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1) return fail('give one plan id');
  const id = positionals[0]!;
  const from = values.dataset ?? GENERATED_DATASET;
  if (!existsSync(from)) return fail(`there is no dataset at ${from}: run \`npm run ingest\` first`);
  const plans = readDataset(from).plans;
  const plan = plans.find((p) => p.id === id);
  if (!plan) {
    const near = plans.length
      ? `; nearest: ${closest(
          id,
          plans.map((p) => p.id),
        )}`
      : '';
    return fail(`${from} has no plan "${id}"${near}`);
  }
  const out = values.out ?? join(followUpsDir(), `${plan.id}-follow-up.csv`);
  if (existsSync(out)) return fail(`${out} exists, and a follow-up file is never written over: give another --out`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, followUpTemplate(plan));
  console.log(
    `follow-ups: wrote ${out}, a row for each of the ${plan.items.length} items of ${plan.id}. Fill in source, judged_by, date, judgement and url for each item the report judged, leave the others empty, and build again.`,
  );
  return 0;
}

function fail(message: string): number {
  console.error(`follow-ups: ${message}\n\n${USAGE}`);
  return 2;
}

process.exitCode = main();
