import type { APIRoute, GetStaticPaths } from 'astro';
import { FEEDS } from '../../../dataset/urls.ts';
import { siteData } from '../../../site/data.ts';
import { atomResponse, feedSpec, itemsFeed } from '../../../site/feeds.ts';
import { siteRoot } from '../../../site/urls.ts';

export const getStaticPaths = (async () =>
  (await siteData()).themes.map((t) => ({ params: { id: t.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const data = await siteData();
  const t = data.themeById.get(params.id!)!;
  const spec = feedSpec(siteRoot(site), {
    id: t.id,
    title: t.name,
    description: t.summary,
    path: FEEDS.theme(t.id),
    page: t.url,
  });
  return atomResponse(
    itemsFeed(
      spec,
      t.itemKeys.map((k) => data.itemByKey.get(k)!),
    ),
  );
};
