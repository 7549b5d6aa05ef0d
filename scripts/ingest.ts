// npm run ingest [-- --source <dir>] [--json <file>]
// Parses every action plan in the source folder and writes the dataset.
// Problems with a document are reported as file:line: messages ("file (page 3):"
// for Word and PDF); the other documents are still written, and the exit code
// is 1 if any document failed.
import { consolePlace } from '../src/dataset/place.ts';
import { parseArgs } from 'node:util';
import { existsSync, statSync } from 'node:fs';
import { connectInParallel } from '../src/connect/parallel.ts';
import { buildDataset } from '../src/dataset/build.ts';
import { GENERATED_DATASET, GENERATED_SCHEMA, writeDataset, writeJsonSchema } from '../src/dataset/write.ts';
import { EditorialError, readCuratedGlossary, readThemes } from '../src/documents/editorial.ts';
import { readDocumentsInParallel } from '../src/documents/read.ts';

const USAGE = `Usage: npm run ingest -- [--source <dir>] [--json <file>] [--verbose]

  --source <dir>  folder of action plan documents (default: $PLANS_DIR or content/plans)
  --json <file>   where to write the dataset (default: ${GENERATED_DATASET}, which the site reads)
  --verbose       list every repair, not only warnings and errors`;

function fail(message: string): never {
  console.error(`ingest: ${message}\n\n${USAGE}`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    options: {
      source: { type: 'string' },
      json: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }).values;
} catch (e) {
  fail((e as Error).message);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

const source = args.source ?? process.env.PLANS_DIR ?? 'content/plans';
if (!existsSync(source) || !statSync(source).isDirectory()) fail(`the source folder "${source}" does not exist`);
const out = args.json ?? GENERATED_DATASET;

const started = performance.now();
const documents = await readDocumentsInParallel(source);
let themes, glossary;
try {
  themes = readThemes();
  glossary = readCuratedGlossary();
} catch (e) {
  if (e instanceof EditorialError) fail(e.message);
  throw e;
}
const dataset = await connectInParallel(buildDataset(documents), themes, glossary);
writeDataset(out, dataset);
if (!args.json) writeJsonSchema(GENERATED_SCHEMA);
const ms = Math.round(performance.now() - started);

for (const a of dataset.anomalies) {
  if (a.severity === 'repair' && !args.verbose) continue;
  console.error(`${consolePlace(source, a)} ${a.severity}: ${a.item ? `item ${a.item}: ` : ''}${a.message}`);
}
const failed = documents.filter((d) => d.plan === null);
const count = (s: string) => dataset.anomalies.filter((a) => a.severity === s).length;
const items = dataset.plans.reduce((n, p) => n + p.items.length, 0);
console.log(
  `ingest: ${dataset.plans.length} plan(s), ${items} item(s) from ${documents.length} document(s) in ${source} in ${ms} ms; ` +
    `${count('repair')} repair(s), ${count('warning')} warning(s), ${count('error')} error(s). Wrote ${out}.`,
);
if (failed.length) {
  console.error(`ingest: ${failed.length} document(s) could not be parsed: ${failed.map((d) => d.source).join(', ')}`);
  process.exit(1);
}
