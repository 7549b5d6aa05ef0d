// The ingest step itself; scripts/ingest.ts starts it (see there for the options).
import { parseArgs } from 'node:util';
import { existsSync, statSync } from 'node:fs';
import { connectInParallel, startConnectWorker, type ConnectWorker } from '../../src/connect/parallel.ts';
import { buildDataset } from '../../src/dataset/build.ts';
import { GENERATED_DATASET, GENERATED_SCHEMA, writeDataset, writeJsonSchema } from '../../src/dataset/write.ts';
import { EditorialError, readCuratedGlossary, readThemes } from '../../src/documents/editorial.ts';
import { PARALLEL_FROM, readDocumentsApart } from '../../src/documents/isolated.ts';
import { limitsFrom } from '../../src/documents/limits.ts';
import { failedDocumentLines, notesReport } from '../../src/report/notes.ts';
import { printable } from '../../src/report/printable.ts';

const USAGE = `Usage: npm run ingest -- [--source <dir>] [--json <file>] [--verbose] [--keep-going]

  --source <dir>  folder of action plan documents (default: $PLANS_DIR or content/plans)
  --json <file>   where to write the dataset (default: ${GENERATED_DATASET}, which the site reads)
  --verbose       list every repair, and every note of each kind (by default a few per kind and document)
  --keep-going    exit 0 when a document could not be used (the build does; its last step reports them)`;

class UsageError extends Error {}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        source: { type: 'string' },
        json: { type: 'string' },
        verbose: { type: 'boolean', default: false },
        'keep-going': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }

  const source = args.source ?? process.env.PLANS_DIR ?? 'content/plans';
  if (!existsSync(source) || !statSync(source).isDirectory())
    throw new UsageError(`the source folder "${source}" does not exist`);
  const out = args.json ?? GENERATED_DATASET;
  const limitProblems = limitsFrom(process.env).problems;
  if (limitProblems.length) throw new UsageError(`a limit is set wrongly: ${limitProblems.join('; ')}`);

  const started = performance.now();
  // The connecting step's second thread starts while this one waits for the other's last plans: its start is then free.
  let connectWorker: ConnectWorker | undefined;
  const { documents, listing } = await readDocumentsApart(source, {
    // Where the documents are few the connecting step has no second thread (connectInParallel).
    allHandedOut: (n) => {
      if (n >= PARALLEL_FROM) connectWorker = startConnectWorker();
    },
  });
  let themes, glossary;
  try {
    themes = readThemes();
    glossary = readCuratedGlossary();
  } catch (e) {
    if (e instanceof EditorialError) throw new UsageError(e.message);
    throw e;
  }
  const dataset = await connectInParallel(buildDataset(documents), themes, glossary, connectWorker);
  writeDataset(out, dataset);
  if (!args.json) writeJsonSchema(GENERATED_SCHEMA);
  const ms = Math.round(performance.now() - started);

  if (listing.skipped.length)
    console.error(
      `ingest: ${listing.skipped.length} file(s) skipped as no plans (hidden files, whose names start with a dot; README files; backups ending "~"): ${listing.skipped.map((n) => printable(n)).join(', ')}`,
    );
  const notes = notesReport(dataset.anomalies, { source, verbose: args.verbose });
  if (notes.length) console.error(notes.join('\n'));
  const count = (s: string) => dataset.anomalies.filter((a) => a.severity === s).length;
  const items = dataset.plans.reduce((n, p) => n + p.items.length, 0);
  console.log(
    `ingest: ${dataset.plans.length} plan(s), ${items} item(s) from ${documents.length} document(s) in ${source} in ${ms} ms; ` +
      `${count('repair')} repair(s), ${count('warning')} warning(s), ${count('error')} error(s). Wrote ${out}.`,
  );
  const failed = failedDocumentLines(dataset.anomalies, source);
  if (!failed.length) return 0;
  console.error(
    `ingest: ${failed.length} document(s) could not be used and are not published:\n${failed.map((l) => `  ${l}`).join('\n')}`,
  );
  return args['keep-going'] ? 0 : 1;
}

try {
  process.exitCode = await main();
} catch (e) {
  if (!(e instanceof UsageError)) throw e;
  console.error(`ingest: ${e.message}\n\n${USAGE}`);
  process.exitCode = 2;
}
