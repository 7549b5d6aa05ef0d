// npm run build's step after the pages: the search indexes of the built site
// (Pagefind) and, beside Pagefind's one-core stage, the downloads and original
// documents (scripts/build/downloads-beside.ts).
// Two bundles (SEARCH_BUNDLES in src/settings.ts): the recommendation and
// concern pages alone, so a first search loads the index of the results people
// look for and nothing else; and the prison, plan and theme pages, which the
// search page asks for only once a reader has gone past every item result.
import { globSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { indexedHtml } from '../src/search/indexed-html.ts';
import { DEFAULT_OUT_DIR, SEARCH_BUNDLES } from '../src/settings.ts';
import { childrenEnded } from './build/children.ts';
import { startDownloads } from './build/downloads-beside.ts';
import { writeLexiconBeside } from './build/lexicon-beside.ts';
import { prefetchMetaInSearchPage } from './build/meta-prefetch.ts';

// How each bundle's pages reach Pagefind. Given a folder, it reads the pages
// itself, several at a time: the quicker way for tens of thousands of small item
// pages. Pages handed over one by one are read one at a time, but each can be
// cut to what is indexed: the quicker way for plan, prison and theme pages,
// which are tens of kilobytes of tables around a few indexed lines.
// `root`: where in a page Pagefind looks. It handles every element inside it,
// ignored or not, so an item page's header, breadcrumbs, links to other items,
// citation, pager and footer around its <article> cost it time for nothing
// (the bundle is the same byte for byte: nothing outside the article is
// indexed). Both measured in docs/performance.md.
const BUNDLES = [
  { dir: SEARCH_BUNDLES.items, glob: 'prisons/*/*/*/index.html', what: 'item pages', read: 'folder', root: 'article' },
  {
    dir: SEARCH_BUNDLES.pages,
    glob: '{prisons/*/index.html,prisons/*/*/index.html,themes/**/index.html}',
    what: 'prison, plan and theme pages',
    read: 'indexed-parts',
    root: 'html',
  },
] as const;
/** Pages read ahead while Pagefind works on the ones before. */
const READ_AHEAD = 64;

const { positionals } = parseArgs({ allowPositionals: true });
const site = positionals[0] ?? DEFAULT_OUT_DIR;

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

// Pagefind runs as a process of this one; it is waited for once closed, so that its time counts in this step's.
const ended = childrenEnded();
const started = performance.now();
// Pagefind reads the item pages on every core, then writes their bundle on one
// (it compresses each file in one task), so the other bundle starts once they
// are read rather than beside their reading; Pagefind takes its pages once the
// items' bundle is written (docs/performance.md). Same bundles either way. The
// downloads take the core Pagefind leaves while it writes: beside `astro build`
// they slowed it by about as long as they took.
const [items, pages] = BUNDLES;
const itemsRead = await readBundle(items);
const downloadsDone = startDownloads(site);
const lexiconDone = writeLexiconBeside(site);
const errors = (
  await Promise.all([
    lexiconDone,
    writeBundle(items, itemsRead).then((e) => (e.length ? e : prefetchMetaInSearchPage(site, items.dir))),
    readBundle(pages).then((r) => writeBundle(pages, r)),
    downloadsDone(),
  ])
).flat();
await close();
await ended();
if (errors.length) {
  console.error(`index-search: ${errors.join('\nindex-search: ')}`);
  process.exit(1);
}
console.log(`index-search: done in ${Math.round(performance.now() - started)} ms`);
