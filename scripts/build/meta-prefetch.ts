// A first search waits for Pagefind's metadata file (pf_meta: 223 KB at 1,000
// plans, the largest file it loads), which Pagefind asks for only once its entry
// file has come, and whose name carries a hash known only once the index is
// written. So the index step names it in the search page, beside the
// WebAssembly the page prefetches already: the browser fetches it with the page,
// and Pagefind's worker finds it in the cache (docs/performance.md, "First search").
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PAGES } from '../../src/dataset/urls.ts';

/** What Pagefind's `pagefind-entry.json` says of its languages. */
export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
}

// The page's own prefetch of Pagefind's WebAssembly (src/pages/search.astro): its folder and language.
const WASM_PREFETCH = /<link rel="prefetch" href="([^"]*?)wasm\.([^".]+)\.pagefind">/;
// What this step wrote before, if the step runs again on the same site.
const META_PREFETCH = /<link rel="prefetch" href="[^"]*?pagefind\.[^".]+\.pf_meta">/;

/**
 * The search page with a prefetch of the metadata of the language whose
 * WebAssembly it prefetches, right after that prefetch (once, however often it
 * runs); null when the page has no such prefetch or the entry no such language.
 */
export function withMetaPrefetch(html: string, entry: PagefindEntry): string | null {
  const page = html.replace(META_PREFETCH, '');
  const wasm = WASM_PREFETCH.exec(page);
  if (!wasm) return null;
  const [link, folder, language] = wasm;
  const meta = Object.values(entry.languages).find((l) => l.wasm === language);
  if (!meta) return null;
  const at = wasm.index + link.length;
  return `${page.slice(0, at)}<link rel="prefetch" href="${folder}pagefind.${meta.hash}.pf_meta">${page.slice(at)}`;
}

/** Adds the prefetch to `site`'s search page, from the entry file of the bundle in `bundleDir`. */
export async function prefetchMetaInSearchPage(site: string, bundleDir: string): Promise<string[]> {
  const pagePath = join(site, PAGES.search, 'index.html');
  const entryPath = join(site, bundleDir, 'pagefind-entry.json');
  const [html, entry] = await Promise.all([
    readFile(pagePath, 'utf8'),
    readFile(entryPath, 'utf8').then((t) => JSON.parse(t) as PagefindEntry),
  ]);
  const prefetched = withMetaPrefetch(html, entry);
  if (prefetched === null)
    return [
      `${pagePath}: no prefetch of Pagefind's WebAssembly matching a language of ${entryPath}, so the search metadata is not prefetched (src/pages/search.astro names it)`,
    ];
  await writeFile(pagePath, prefetched);
  return [];
}
