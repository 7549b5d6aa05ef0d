// The word list the search page corrects misspellings from, one file per first
// letter, fetched only for a word the index does not hold: [word, items using it].
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteSearchTerms } from '../../site/search-terms.ts';

export const getStaticPaths = (async () => {
  const { shards } = await siteSearchTerms();
  return [...shards.keys()].map((shard) => ({ params: { shard } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify((await siteSearchTerms()).shards.get(params.shard!) ?? []), { headers: { 'Content-Type': 'application/json' } });
