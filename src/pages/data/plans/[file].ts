// Per plan: its JSON (the plan as in the dataset) and its two CSV files.
import type { APIRoute, GetStaticPaths } from 'astro';
import { actionsCsv, itemsCsv } from '../../../dataset/csv.ts';
import { siteData } from '../../../site/data.ts';
import { siteRoot } from '../../../site/downloads.ts';

export const getStaticPaths = (async () => {
  const data = await siteData();
  return data.plans.flatMap((p) => [
    { params: { file: `${p.id}.json` }, props: { id: p.id, kind: 'json' } },
    { params: { file: `${p.id}-items.csv` }, props: { id: p.id, kind: 'items' } },
    { params: { file: `${p.id}-actions.csv` }, props: { id: p.id, kind: 'actions' } },
  ]);
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const plan = (await siteData()).planById.get(props.id as string)!;
  if (props.kind === 'json') return new Response(`${JSON.stringify(plan, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
  const body = props.kind === 'items' ? itemsCsv([plan], siteRoot(site)) : actionsCsv([plan]);
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
