// The word list the search page corrects misspellings from, one file per first
// letter, fetched once per first letter of a query word: [word, items using it].
// Every file is written, empty or not, so a query never asks for one that is
// missing, and the list of files is known before the search terms are: Astro
// asks every route for its paths before it renders the first page.
import type { APIRoute, GetStaticPaths } from 'astro';
import { SHARDS } from '../../search/words.ts';
import { siteSearchTerms } from '../../site/search-terms-file.ts';

export const getStaticPaths = (() => SHARDS.map((shard) => ({ params: { shard } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify((await siteSearchTerms()).shards.get(params.shard!) ?? []), {
    headers: { 'Content-Type': 'application/json' },
  });
