// Per plan: its JSON (the plan as in the dataset) and its two CSV files.
import type { APIRoute, GetStaticPaths } from 'astro';
import { actionsCsv, itemsCsv } from '../../../dataset/csv.ts';
import { siteData } from '../../../site/data.ts';
import { planFiles, siteRoot } from '../../../site/downloads.ts';

export const getStaticPaths = (async () => {
  const data = await siteData();
  // The file names are those planFiles gives, which every link uses.
  const name = (path: string) => path.slice(path.lastIndexOf('/') + 1);
  return data.plans.flatMap((p) => {
    const files = planFiles(p.id, p.source);
    return (['json', 'items', 'actions'] as const).map((kind) => ({ params: { file: decodeURIComponent(name(files[kind])) }, props: { id: p.id, kind } }));
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const plan = (await siteData()).planById.get(props.id as string)!;
  if (props.kind === 'json') return new Response(`${JSON.stringify(plan, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
  const body = props.kind === 'items' ? itemsCsv([plan], siteRoot(site)) : actionsCsv([plan]);
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
