// `astro build` renders on one thread, and at archive scale the search terms
// (src/site/search-terms.ts) take it seconds of work before the first item page
// can be rendered. This integration starts them on a thread of their own as soon
// as the build's configuration is read, while Astro syncs content and bundles the
// site, and leaves the promise where siteSearchTerms() finds it. The dev server
// works them out as before.
//
// The pages that wait for the terms are rendered after all the others, which
// keep Astro's thread busy while the terms are worked out instead of waiting.
import type { AstroIntegration, AstroPrerenderer, PathWithRoute } from 'astro';
import { onWorker } from '../threads/worker.ts';
import type { SearchTerms } from './search-terms.ts';

/** Where the promise of the search terms is left for the pages (one process, two module graphs: the config's and the pages'). */
export const SEARCH_TERMS_AHEAD = Symbol.for('action-plans:search-terms-ahead');

type Ahead = { [SEARCH_TERMS_AHEAD]?: Promise<SearchTerms> };

/** The search terms of this build if they were started ahead. */
export const searchTermsStartedAhead = () => (globalThis as Ahead)[SEARCH_TERMS_AHEAD];

/** The routes whose pages wait for the search terms (they call siteSearchTerms). */
export const ROUTES_USING_SEARCH_TERMS: readonly string[] = [
  'src/pages/prisons/[establishment]/[plan]/[item]/index.astro',
  'src/pages/search-words/[shard].json.ts',
];

/** The pages in Astro's order, except that those waiting for the search terms come last. */
export function searchTermsLast(paths: PathWithRoute[]): PathWithRoute[] {
  const waits = (p: PathWithRoute) => ROUTES_USING_SEARCH_TERMS.includes(p.route.component);
  return [...paths.filter((p) => !waits(p)), ...paths.filter(waits)];
}

/** Astro's own prerenderer, giving it the pages with those that wait for the search terms last. */
const withSearchTermsLast = (d: AstroPrerenderer): AstroPrerenderer => ({
  ...d,
  name: 'action-plans:search-terms-last',
  getStaticPaths: async () => searchTermsLast(await d.getStaticPaths()),
});

export function searchTermsAhead(): AstroIntegration {
  return {
    name: 'action-plans:search-terms-ahead',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        const terms = onWorker<SearchTerms>(new URL('src/site/search-terms-worker.ts', config.root), null);
        // Awaited by the pages; until then a failure is not an unhandled rejection.
        terms.catch(() => {});
        (globalThis as Ahead)[SEARCH_TERMS_AHEAD] = terms;
      },
      'astro:build:start': ({ setPrerenderer }) => setPrerenderer(withSearchTermsLast),
    },
  };
}
