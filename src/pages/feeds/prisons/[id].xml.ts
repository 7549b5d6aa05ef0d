import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../../site/data.ts';
import { siteRoot } from '../../../site/downloads.ts';
import { atomResponse, plansFeed } from '../../../site/feeds.ts';

export const getStaticPaths = (async () =>
  (await siteData()).establishments.map((e) => ({ params: { id: e.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const data = await siteData();
  const e = data.establishmentById.get(params.id!)!;
  const root = siteRoot(site);
  const body = plansFeed(
    {
      id: e.id,
      title: `Prison Action Plans: ${e.name}`,
      description: `Action plans for ${e.name}, newest first.`,
      self: `${root}feeds/prisons/${e.id}.xml`,
      home: new URL(e.url.slice(1), root).href,
      root,
    },
    e.planIds.map((id) => data.planById.get(id)!),
  );
  return atomResponse(body);
};
