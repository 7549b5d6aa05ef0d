// The original file of each plan (text, Word, OpenDocument or PDF), as the reader received it.
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteData } from '../../site/data.ts';
import { planFiles } from '../../site/downloads.ts';
import { originalDocument } from '../../site/original.ts';
import { lastSegment } from '../../site/urls.ts';

// Served under the address planFiles gives (the plan's id), whatever the file's name.
export const getStaticPaths = (async () => {
  const data = await siteData();
  return data.plans.map((p) => ({ params: { file: decodeURIComponent(lastSegment(planFiles(p.id, p.source).text)) }, props: { source: p.source } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(readFileSync(join(process.env.PLANS_DIR ?? 'content/plans', (props as { source: string }).source)), {
    headers: { 'Content-Type': originalDocument((props as { source: string }).source).type },
  });
