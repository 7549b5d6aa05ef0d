// npm run build's last step: the search indexes of the built site (Pagefind).
// Two bundles: /pagefind/ holds only the recommendation and concern pages, so a
// first search loads the index of the results people look for and nothing
// else; /pagefind-pages/ holds the prison, plan and theme pages, which the
// search page asks for only once a reader has gone past every item result.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { close, createIndex } from 'pagefind';

const BUNDLES = [
  { dir: 'pagefind', glob: 'prisons/*/*/*/index.html', what: 'item pages' },
  {
    dir: 'pagefind-pages',
    glob: '{prisons/*/index.html,prisons/*/*/index.html,themes/**/index.html}',
    what: 'prison, plan and theme pages',
  },
] as const;

const { positionals } = parseArgs({ allowPositionals: true });
const site = positionals[0] ?? 'dist';

async function bundle({ dir, glob, what }: (typeof BUNDLES)[number]): Promise<string[]> {
  const { index, errors } = await createIndex();
  if (!index) return errors;
  const added = await index.addDirectory({ path: site, glob });
  const written = await index.writeFiles({ outputPath: join(site, dir) });
  console.log(`index-search: ${added.page_count} ${what} in ${join(site, dir)}`);
  return [...errors, ...added.errors, ...written.errors];
}

/** Pagefind's peak memory and CPU time, from its own process's accounting (Linux /proc), read before it is closed. */
function pagefindUsage(): { peakMB: number; cpuSeconds: number } | null {
  try {
    for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      if (!new RegExp(`^PPid:\\s+${process.pid}$`, 'm').test(status) || !/^Name:\s+pagefind/m.test(status)) continue;
      // utime and stime, in clock ticks of 1/100 s, are the 12th and 13th fields after the command name.
      const [utime, stime] = readFileSync(`/proc/${pid}/stat`, 'utf8')
        .replace(/^.*\) /s, '')
        .split(' ')
        .slice(11, 13)
        .map(Number);
      return {
        peakMB: Math.round(Number(/^VmHWM:\s+(\d+) kB/m.exec(status)![1]) / 1024),
        cpuSeconds: Math.round(utime! + stime!) / 100,
      };
    }
  } catch {
    // Not Linux, or the process is gone: no figure.
  }
  return null;
}

const started = performance.now();
// The two run side by side in Pagefind's one process.
const errors = (await Promise.all(BUNDLES.map(bundle))).flat();
const usage = pagefindUsage();
if (usage) console.log(`index-search: Pagefind's peak memory ${usage.peakMB} MB, CPU time ${usage.cpuSeconds} s`);
await close();
if (errors.length) {
  console.error(`index-search: ${errors.join('\nindex-search: ')}`);
  process.exit(1);
}
console.log(`index-search: done in ${Math.round(performance.now() - started)} ms`);
