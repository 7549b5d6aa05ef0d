// npm run ingest [-- --source <dir>] [--json <file>] [--verbose] [--keep-going]
// Parses every action plan in the source folder and writes the dataset.
// Problems with a document are reported as file:line: messages ("file (page 3):"
// for Word and PDF), a few per kind
// per document; the other documents are still written, each document that
// could not be used gets a closing line, and the exit code is 1 if any failed.
// Output is never cut short: the exit code is set, not forced with process.exit.
//
// This entry only turns on Node's compile cache before loading the pipeline:
// each thread would otherwise load Node's TypeScript stripper and strip every
// module again on every run. The cache (in the system's temporary folder, or
// $NODE_COMPILE_CACHE) is keyed by each file's content, so an edited module is
// stripped afresh; NODE_DISABLE_COMPILE_CACHE=1 turns it off.
import { mkdirSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The cache folder, made here first: Node's own recursive mkdir never returns for some paths it cannot make (under /proc). */
function cacheFolder(): string | null {
  if (process.env.NODE_COMPILE_CACHE) return process.env.NODE_COMPILE_CACHE; // Node turned it on at start
  const dir = join(tmpdir(), 'node-compile-cache');
  try {
    mkdirSync(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') return null;
  }
  return dir;
}

const cache = cacheFolder();
if (cache) enableCompileCache(cache);
const args = process.argv.slice(2);
// --serve: ingest again each time the dev server asks, with the pipeline loaded once (serve.ts).
if (args[0] === '--serve') await import('./ingest/serve.ts');
else process.exitCode = await (await import('./ingest/main.ts')).runIngest(args);
