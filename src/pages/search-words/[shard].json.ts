// The word list the search page corrects misspellings from, one file per first
// letter, fetched once per first letter of a query word: [word, items using it].
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteSearchTerms } from '../../site/search-terms.ts';

export const getStaticPaths = (async () => {
  const { shards } = await siteSearchTerms();
  return [...shards.keys()].map((shard) => ({ params: { shard } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify((await siteSearchTerms()).shards.get(params.shard!) ?? []), {
    headers: { 'Content-Type': 'application/json' },
  });
