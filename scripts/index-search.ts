// npm run build's step after the pages: the search indexes of the built site
// (Pagefind) and, beside Pagefind's one-core stage, the downloads and original
// documents (scripts/build/downloads-beside.ts).
// Two bundles: /pagefind/ holds only the recommendation and concern pages, so a
// first search loads the index of the results people look for and nothing
// else; /pagefind-pages/ holds the prison, plan and theme pages, which the
// search page asks for only once a reader has gone past every item result.
import { globSync, readFileSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { indexedHtml } from '../src/search/indexed-html.ts';
import { startDownloads } from './build/downloads-beside.ts';
import { writeLexiconBeside } from './build/lexicon-beside.ts';

// How each bundle's pages reach Pagefind. Given a folder, it reads the pages
// itself, several at a time: the quicker way for 34,000 small item pages. Pages
// handed over one by one are read one at a time, but each can be cut to what
// is indexed: the quicker way for plan, prison and theme pages, which are tens
// of kilobytes of tables around a few indexed lines (at 1,000 plans, 0.4
// against 2.8 s of Pagefind's time for the plan pages).
// `root`: where in a page Pagefind looks. It handles every element inside it,
// ignored or not, so an item page's header, breadcrumbs, links to other items,
// citation, pager and footer around its <article> cost it time for nothing
// (the bundle is the same byte for byte: nothing outside the article is
// indexed; at 1,000 plans, 19.1–21.8 against 22.1–24.3 s of Pagefind's CPU to
// read the item pages with the root at <article> rather than <html>).
const BUNDLES = [
  { dir: 'pagefind', glob: 'prisons/*/*/*/index.html', what: 'item pages', read: 'folder', root: 'article' },
  {
    dir: 'pagefind-pages',
    glob: '{prisons/*/index.html,prisons/*/*/index.html,themes/**/index.html}',
    what: 'prison, plan and theme pages',
    read: 'indexed-parts',
    root: 'html',
  },
] as const;
/** Pages read ahead while Pagefind works on the ones before. */
const READ_AHEAD = 64;

const { positionals } = parseArgs({ allowPositionals: true });
const site = positionals[0] ?? 'dist';

/** Hands Pagefind the indexed parts of each page, in the order of their paths (the index depends on the order). */
async function addIndexedParts(index: PagefindIndex, glob: string): Promise<{ page_count: number; errors: string[] }> {
  const files = globSync(glob, { cwd: site }).sort();
  const errors: string[] = [];
  let count = 0;
  for (let i = 0; i < files.length; i += READ_AHEAD) {
    const batch = files.slice(i, i + READ_AHEAD);
    const parts = (await Promise.all(batch.map((f) => readFile(join(site, f), 'utf8')))).map(indexedHtml);
    // A page with nothing marked for the index (a theme's second page) is left out, as Pagefind would.
    const pages = batch.flatMap((sourcePath, k) => (parts[k] ? [{ sourcePath, content: parts[k] }] : []));
    const added = await Promise.all(pages.map((page) => index.addHTMLFile(page)));
    count += added.length;
    for (const a of added) errors.push(...a.errors);
  }
  return { page_count: count, errors };
}

type Bundle = (typeof BUNDLES)[number];

/** A bundle's index with its pages read, or Pagefind's errors. */
async function readBundle({ glob, read, root }: Bundle) {
  const { index, errors } = await createIndex({ rootSelector: root });
  if (!index) return { index: null, errors };
  const added = read === 'folder' ? await index.addDirectory({ path: site, glob }) : await addIndexedParts(index, glob);
  return { index, errors: [...errors, ...added.errors], pages: added.page_count };
}

async function writeBundle(
  bundle: Bundle,
  { index, errors, pages }: Awaited<ReturnType<typeof readBundle>>,
): Promise<string[]> {
  if (!index) return errors;
  const written = await index.writeFiles({ outputPath: join(site, bundle.dir) });
  console.log(`index-search: ${pages} ${bundle.what} in ${join(site, bundle.dir)}`);
  return [...errors, ...written.errors];
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
// Pagefind reads the item pages on every core, then writes their bundle on one
// (it compresses each file in one task), so the other bundle starts once they
// are read rather than beside their reading; Pagefind takes its pages once the
// items' bundle is written (measured at 1,000 plans in docs/performance.md).
// Same bundles either way. The downloads take the core Pagefind leaves while it
// writes: beside `astro build` they slowed it by about as long as they took.
const [items, pages] = BUNDLES;
const itemsRead = await readBundle(items);
const downloadsDone = startDownloads(site);
const lexiconDone = writeLexiconBeside(site);
const errors = (
  await Promise.all([
    lexiconDone,
    writeBundle(items, itemsRead),
    readBundle(pages).then((r) => writeBundle(pages, r)),
    downloadsDone(),
  ])
).flat();
const usage = pagefindUsage();
if (usage) console.log(`index-search: Pagefind's peak memory ${usage.peakMB} MB, CPU time ${usage.cpuSeconds} s`);
// This process's own peak (the downloads and Pagefind report theirs), for the bench.
console.log(`index-search: own peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
await close();
if (errors.length) {
  console.error(`index-search: ${errors.join('\nindex-search: ')}`);
  process.exit(1);
}
console.log(`index-search: done in ${Math.round(performance.now() - started)} ms`);
