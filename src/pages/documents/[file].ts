// The original file of each plan (text, Word, OpenDocument or PDF), as the reader received it.
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteData } from '../../site/data.ts';
import { originalDocument } from '../../site/original.ts';

export const getStaticPaths = (async () => {
  const data = await siteData();
  return data.plans.map((p) => ({ params: { file: p.source } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(process.env.PLANS_DIR ?? 'content/plans', params.file!)), {
    headers: { 'Content-Type': originalDocument(params.file!).type },
  });
