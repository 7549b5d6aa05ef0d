import type { APIRoute, GetStaticPaths } from 'astro';
import { FEEDS } from '../../../dataset/urls.ts';
import { siteData } from '../../../site/data.ts';
import { atomResponse, feedSpec, plansFeed } from '../../../site/feeds.ts';
import { siteRoot } from '../../../site/urls.ts';

export const getStaticPaths = (async () =>
  (await siteData()).establishments.map((e) => ({ params: { id: e.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const data = await siteData();
  const e = data.establishmentById.get(params.id!)!;
  const about = { id: e.id, title: e.name, description: `Action plans for ${e.name}, newest first.` };
  const spec = feedSpec(siteRoot(site), { ...about, path: FEEDS.establishment(e.id), page: e.url });
  return atomResponse(
    plansFeed(
      spec,
      e.planIds.map((id) => data.planById.get(id)!),
    ),
  );
};
