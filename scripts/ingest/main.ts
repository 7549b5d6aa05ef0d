// The ingest step itself; scripts/ingest.ts starts it (see there for the options),
// once, or once for each request in the dev server (serve.ts).
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { connectInParallel, startConnectWorker, type ConnectWorker } from '../../src/connect/parallel.ts';
import { buildDataset } from '../../src/dataset/build.ts';
import {
  GENERATED_DATASET,
  GENERATED_SCHEMA,
  datasetJson,
  writeDataset,
  writeJsonSchema,
} from '../../src/dataset/write.ts';
import { EditorialError, readCuratedGlossary, readThemes } from '../../src/connect/editorial.ts';
import { PARALLEL_FROM, readDocumentsApart } from '../../src/ingest/isolated.ts';
import { connectRemembering, rememberedWrite } from '../../src/ingest/memo.ts';
import { codeVersion } from '../../src/ingest/cache.ts';
import { limitsFrom } from '../../src/documents/limits.ts';
import { failedDocumentLines, notesReport } from '../../src/report/notes.ts';
import { escapeControls, terminalLine } from '../../src/report/terminal.ts';
import { DEFAULT_FOLLOW_UPS_DIR, readFollowUpFiles } from '../../src/follow-ups/read.ts';
import { followUpLines } from '../../src/report/follow-ups.ts';
import { indexPlans, readFollowUps, withFollowUps } from '../../src/follow-ups/validate.ts';
import { buildDate } from '../../src/site/build-date.ts';
import { compare } from '../../src/model/compare.ts';
import {
  GENERATED_SEARCH_TERMS,
  everydayWordsFile,
  followUpsDir as followUpsDirFromEnv,
  followUpsDirNamed,
  plansDir,
} from '../../src/settings.ts';
import { writeSearchTermsBeside } from '../../src/site/search-terms-file.ts';
import { datasetSchema, type Dataset, type Definition } from '../../src/model/schema.ts';
import type { ThemeInput, ThemeMeanings } from '../../src/connect/themes.ts';
import { meaningKeywords } from '../../src/connect/theme-layer.ts';
import { parseEverydayWords } from '../../src/search/everyday.ts';
import type { ParsedDocument } from '../../src/parse/document.ts';

const USAGE = `Usage: npm run ingest -- [--source <dir>] [--follow-ups <dir>] [--json <file>] [--verbose] [--keep-going]

  --source <dir>  folder of action plan documents (default: $PLANS_DIR or content/plans)
  --follow-ups <dir>  folder of follow-up judgements, *.csv (default: $FOLLOW_UPS_DIR or ${DEFAULT_FOLLOW_UPS_DIR}; docs/follow-ups.md)
  --json <file>   where to write the dataset (default: ${GENERATED_DATASET}, which the site reads)
  --verbose       list every repair, and every note of each kind (by default a few per kind and document)
  --keep-going    exit 0 when a document could not be used or a follow-up row was left out (the build does)`;

class UsageError extends Error {}

let version: string | undefined;
/**
 * The version of the code that makes the dataset from the readings: every
 * module this one loads, followed to the end, and the connecting thread's
 * (started by its address, not imported). Worked out once per process.
 */
const ingestCodeVersion = () =>
  (version ??=
    codeVersion(fileURLToPath(import.meta.url)) +
    codeVersion(fileURLToPath(new URL('../../src/connect/connect-worker.ts', import.meta.url))));

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        source: { type: 'string' },
        json: { type: 'string' },
        'follow-ups': { type: 'string' },
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

  const source = args.source ?? plansDir();
  if (!existsSync(source) || !statSync(source).isDirectory())
    throw new UsageError(`the source folder "${source}" does not exist`);
  const out = args.json ?? GENERATED_DATASET;
  // The default folder may be absent (no follow-ups yet); a folder named on purpose must exist.
  const followUpsDir = args['follow-ups'] ?? followUpsDirFromEnv();
  const followUpsNamed = args['follow-ups'] !== undefined || followUpsDirNamed();
  if (!existsSync(followUpsDir) ? followUpsNamed : !statSync(followUpsDir).isDirectory())
    throw new UsageError(`the follow-ups folder "${followUpsDir}" does not exist`);
  try {
    buildDate();
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const limitProblems = limitsFrom(process.env).problems;
  if (limitProblems.length) throw new UsageError(`a limit is set wrongly: ${limitProblems.join('; ')}`);

  const started = performance.now();
  // The connecting step's second thread starts while this one waits for the other's last plans: its start is then free.
  let connectWorker: ConnectWorker | undefined;
  const { documents, listing, readings } = await readDocumentsApart(source, {
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
  // The everyday-words list: search indexes it beside each item, and the themes read through it (theme-layer.ts).
  const everyday = everydayWordsFile();
  let words: string | null = null;
  try {
    words = readFileSync(everyday, 'utf8');
  } catch {
    // Missing: writeSearchTermsBeside says so.
  }
  let meanings;
  try {
    meanings = meaningKeywords(themes, words === null ? [] : parseEverydayWords(words, everyday));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  // Where nothing connecting depends on has changed since an earlier run, its connections are used again.
  const inputs = readings === null ? null : { readings, themes, glossary, meanings, code: ingestCodeVersion() };
  const {
    dataset: connected,
    remembered,
    key,
  } = await connectRemembering(buildDataset(documents), inputs, (d) =>
    connectInParallel(d, themes, glossary, connectWorker, meanings),
  );
  if (remembered) await connectWorker?.stop();
  const followUps = existsSync(followUpsDir) ? readFollowUpFiles(followUpsDir) : { files: [], problems: [] };
  const judged = readFollowUps(followUps.files, indexPlans(connected.plans));
  // Carried in the dataset, so that the build's closing lines and the data quality page name them too.
  const problems = [...followUps.problems, ...judged.problems].sort(
    (a, b) => compare(a.file, b.file) || a.line - b.line,
  );
  const dataset = {
    ...connected,
    plans: withFollowUps(connected.plans, judged.byItem),
    followUpProblems: problems,
  };
  // Left as it is when it is the file an earlier run wrote from the same inputs (memo.ts).
  rememberedWrite(out, key, followUps, () => writeDataset(out, dataset));
  if (!args.json) {
    rememberedWrite(GENERATED_SCHEMA, key, 'schema', () => writeJsonSchema(GENERATED_SCHEMA));
    // What search indexes beside each item's text, worked out once here for the pages to read; left as it is,
    // like the dataset, when an earlier run wrote it from the same dataset and the same everyday-words list.
    rememberedWrite(GENERATED_SEARCH_TERMS, key, [followUps, everyday, words], () => writeSearchTermsBeside(dataset));
  }
  const ms = Math.round(performance.now() - started);
  last = { documents, themes, glossary, meanings, dataset };

  if (listing.skipped.length)
    console.error(
      `ingest: ${listing.skipped.length} file(s) skipped as no plans (hidden files, whose names start with a dot; README files; backups ending "~"): ${listing.skipped.map((n) => escapeControls(n)).join(', ')}`,
    );
  const notes = notesReport(dataset.anomalies, { source, verbose: args.verbose });
  if (notes.length) console.error(notes.join('\n'));
  const count = (s: string) => dataset.anomalies.filter((a) => a.severity === s).length;
  const items = dataset.plans.reduce((n, p) => n + p.items.length, 0);
  console.log(
    `ingest: ${dataset.plans.length} plan(s), ${items} item(s) from ${documents.length} document(s) in ${source} in ${ms} ms; ` +
      `${count('repair')} repair(s), ${count('warning')} warning(s), ${count('error')} error(s). Wrote ${out}.`,
  );
  for (const line of followUpLines(problems, followUpsDir)) console.error(line);
  if (followUps.files.length || problems.length)
    console.log(
      `ingest: ${judged.count} follow-up judgement(s) from ${followUps.files.length} file(s) in ${followUpsDir}` +
        (problems.length ? `; ${problems.length} row(s) or file(s) left out, each named above.` : '.'),
    );
  const failed = failedDocumentLines(dataset.anomalies, source);
  if (failed.length)
    console.error(
      `ingest: ${failed.length} document(s) could not be used and are not published:\n${failed.map((l) => `  ${l}`).join('\n')}`,
    );
  if (!failed.length && !problems.length) return 0;
  return args['keep-going'] ? 0 : 1;
}

/** The last run's inputs and dataset, for warmUp. */
let last:
  | {
      documents: ParsedDocument[];
      themes: ThemeInput[];
      glossary: Definition[];
      meanings: ThemeMeanings;
      dataset: Dataset;
    }
  | undefined;

/** Above this many items, one more run of the connecting code costs seconds: warmUp does nothing. */
const WARM_UP_BELOW = 2000;

/**
 * The dev server's ingest stays up and runs again on each edit, but after a start whose connections and search terms
 * were remembered their code has not run yet, and V8 optimises a function only once it has run a while: the first
 * edits paid for it. This runs that code once on the last run's inputs, writing nothing where the site reads
 * (the search terms go to a scratch file), so that the next edit runs optimised code. False when there is nothing to do.
 */
export async function warmUp(scratch: string): Promise<boolean> {
  if (!last || last.dataset.plans.reduce((n, p) => n + p.items.length, 0) >= WARM_UP_BELOW) return false;
  const { documents, themes, glossary, meanings, dataset } = last;
  await connectInParallel(buildDataset(documents), themes, glossary, undefined, meanings);
  for (const piece of datasetJson(datasetSchema.parse(dataset))) void piece;
  writeSearchTermsBeside(dataset, scratch);
  return true;
}

/** One ingest with these arguments: its exit code (2 for a usage error, whose message it prints). */
export async function runIngest(argv: string[]): Promise<number> {
  try {
    return await main(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    // The message may quote a folder name as given.
    console.error(`ingest: ${terminalLine(e.message)}\n\n${USAGE}`);
    return 2;
  }
}
