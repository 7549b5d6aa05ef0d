// The open-data downloads and the original documents, written as files (see
// src/site/download-files.ts); npm run build runs it beside Pagefind's
// one-core stage (scripts/index-search.ts).
// Usage: node scripts/write-downloads.ts [outDir] [--dataset <file>] [--report-facts <file>]
// --report-facts: also writes there what the build's report needs of the dataset (scripts/build/report-facts.ts).
// The documents are those of $PLANS_DIR (default content/plans, src/settings.ts), as for ingest.
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readDataset } from '../src/dataset/read.ts';
import { DEFAULT_OUT_DIR, GENERATED_DATASET, plansDir } from '../src/settings.ts';
import { indexDataset } from '../src/site/data.ts';
import { downloadFiles } from '../src/site/download-files.ts';
import { DOWNLOADS, rootUrl } from '../src/dataset/urls.ts';
import { AddressError, siteAddress, sitePath } from '../src/site/address.ts';
import { terminalLine } from '../src/report/terminal.ts';
import { writeReportFacts } from './build/report-facts.ts';
import { downloadsKey, keepDownloads, reuseDownloads } from './build/downloads-memo.ts';
import { cacheFolder, codeVersion } from '../src/ingest/cache.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { dataset: { type: 'string', default: GENERATED_DATASET }, 'report-facts': { type: 'string' } },
});
const out = positionals[0] ?? DEFAULT_OUT_DIR;
const started = performance.now();
// The site's address as astro.config.mjs sets it, from the same variables: importing the
// configuration would load Astro, much memory and time for two values (docs/performance.md).
let root: string;
try {
  root = rootUrl(siteAddress(process.env).origin, sitePath(process.env));
} catch (e) {
  if (!(e instanceof AddressError)) throw e;
  console.error(e.message);
  process.exit(2);
}
const sources = { dataset: values.dataset, plansDir: plansDir() };

// Those of an earlier build when nothing they are made from changed (downloads-memo.ts): only into a
// folder of their own, as the build's step gives them one, never into a folder that holds a site.
const memo = existsSync(out) ? null : cacheFolder();
let key: string | null = null;
try {
  key = memo && downloadsKey({ code: codeVersion(fileURLToPath(import.meta.url)), root, ...sources });
} catch {
  // No dataset or no plans folder: written below, which says what is missing.
}
const reused = key ? reuseDownloads(memo, key, out, values['report-facts']) : null;
if (reused !== null) {
  console.log(
    `write-downloads: ${reused} files in ${out} in ${Math.round(performance.now() - started)} ms (as an earlier build wrote them: the same dataset, documents and code)`,
  );
  process.exit(0);
}

const made = new Set<string>();
let count = 0;
const dataset = readDataset(sources.dataset);
for (const file of downloadFiles(indexDataset(dataset), root, sources)) {
  const target = join(out, file.path);
  const dir = dirname(target);
  if (!made.has(dir)) {
    mkdirSync(dir, { recursive: true });
    made.add(dir);
  }
  if ('text' in file) writeFileSync(target, file.text);
  else if (existsSync(file.copyOf)) copyFileSync(file.copyOf, target);
  else {
    console.error(
      terminalLine(
        `write-downloads: ${file.copyOf} is in the dataset but not on disk: run ingest and the build on the same folder (PLANS_DIR).`,
      ),
    );
    process.exit(1);
  }
  count++;
}
if (values['report-facts']) writeReportFacts(values['report-facts'], dataset, join(out, DOWNLOADS.dataset));
if (key) keepDownloads(memo, key, out, values['report-facts']);
console.log(`write-downloads: ${count} files in ${out} in ${Math.round(performance.now() - started)} ms`);
