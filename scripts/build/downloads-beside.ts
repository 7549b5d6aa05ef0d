// The downloads and original documents (scripts/write-downloads.ts), written by
// a process of their own beside another step of the build: into a folder beside
// the site, then moved in once done. A file the site already holds is a clash,
// reported and never overwritten.
import { spawn, type StdioOptions } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { GENERATED_DATASET } from '../../src/settings.ts';
import { moveTree } from './move-tree.ts';
import { forgetReportFacts, reportFactsFile } from './report-facts.ts';

/**
 * The downloads process's heap limit: five times the dataset file, and at least
 * 512 MB. It holds at most about three times the dataset at once; uncapped, V8
 * lets its heap grow far past that before collecting, beside Pagefind's own
 * gigabytes, and capped it is no slower (measured in docs/performance.md).
 */
export function downloadsHeapMB(datasetBytes: number): number {
  return Math.max(512, Math.ceil((5 * datasetBytes) / 2 ** 20));
}

/** Starts writing the downloads of `site`; the function returned waits for them and moves them in, giving the errors. */
export function startDownloads(
  site: string,
  { dataset = GENERATED_DATASET, env = process.env, stdio = 'inherit' as StdioOptions } = {},
): () => Promise<string[]> {
  const staging = join(dirname(resolve(site)), `.${basename(site)}-downloads`);
  rmSync(staging, { recursive: true, force: true });
  forgetReportFacts(site);
  const heap = downloadsHeapMB(existsSync(dataset) ? statSync(dataset).size : 0);
  const args = [
    `--max-old-space-size=${heap}`,
    'scripts/write-downloads.ts',
    staging,
    '--dataset',
    dataset,
    // What the build's report needs of the dataset, so that it need not read it all again.
    '--report-facts',
    reportFactsFile(site),
  ];
  const exit = new Promise<number>((done) => {
    spawn(process.execPath, args, { stdio, env })
      .on('error', (e) => {
        console.error(`cannot run scripts/write-downloads.ts: ${e.message}`);
        done(1);
      })
      .on('close', (code) => done(code ?? 1));
  });
  return async () => {
    const code = await exit;
    if (code !== 0) {
      rmSync(staging, { recursive: true, force: true });
      return [`the downloads were not written (scripts/write-downloads.ts stopped, above)`];
    }
    const clashes = moveTree(staging, site);
    return clashes.length
      ? [`pages and downloads both wrote ${clashes.join(', ')}; each address must be made once.`]
      : [];
  };
}
