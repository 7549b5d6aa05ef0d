// npm run build's middle step: the pages (`astro build`) and, side by side, the
// downloads and original documents (scripts/write-downloads.ts). `astro build`
// renders on one core; the downloads take the other. Astro empties the output
// folder as it starts, so the downloads are written to a folder beside it and
// moved in once the pages are built.
// Usage: node scripts/build-pages.ts [outDir]
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { moveTree } from './build/move-tree.ts';

const { positionals } = parseArgs({ allowPositionals: true });
const out = positionals[0] ?? 'dist';
const staging = join(dirname(resolve(out)), `.${basename(out)}-downloads`);
rmSync(staging, { recursive: true, force: true });

/** Runs a command with this process's output; resolves to its exit code. */
const run = (command: string, args: string[]) =>
  new Promise<number>((done) => {
    spawn(command, args, { stdio: 'inherit' })
      .on('error', (e) => {
        console.error(`build-pages: cannot run ${command}: ${e.message}`);
        done(1);
      })
      .on('close', (code) => done(code ?? 1));
  });

const [pages, downloads] = await Promise.all([
  run('astro', ['build', '--outDir', out]),
  run(process.execPath, ['scripts/write-downloads.ts', staging]),
]);
if (pages !== 0 || downloads !== 0) {
  rmSync(staging, { recursive: true, force: true });
  process.exitCode = pages || downloads;
} else {
  const clashes = moveTree(staging, out);
  if (clashes.length) {
    console.error(`build-pages: pages and downloads both wrote ${clashes.join(', ')}; each address must be made once.`);
    process.exitCode = 1;
  }
}
