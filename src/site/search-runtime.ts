// Pagefind's runtime as a first search loads it: its script, its worker and the
// WebAssembly of the site's language (Pagefind names it after the pages'
// lang="en-GB"). Named once, for the search page, which fetches them with
// itself, and the home page, which prefetches them (components/SearchRuntime.astro).
import { SEARCH_BUNDLES } from '../settings.ts';

/** Pagefind's name for the language of the pages (src/layouts/Base.astro). */
const LANGUAGE = 'en-gb';

/** The runtime's files, as site paths. */
export const SEARCH_RUNTIME = {
  script: `/${SEARCH_BUNDLES.items}/pagefind.js`,
  worker: `/${SEARCH_BUNDLES.items}/pagefind-worker.js`,
  wasm: `/${SEARCH_BUNDLES.items}/wasm.${LANGUAGE}.pagefind`,
} as const;
