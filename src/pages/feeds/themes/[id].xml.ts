import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../../site/data.ts';
import { siteRoot } from '../../../site/downloads.ts';
import { atomResponse, itemsFeed } from '../../../site/feeds.ts';

export const getStaticPaths = (async () =>
  (await siteData()).themes.map((t) => ({ params: { id: t.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const data = await siteData();
  const t = data.themeById.get(params.id!)!;
  const root = siteRoot(site);
  const body = itemsFeed(
    {
      id: t.id,
      title: `Prison Action Plans: ${t.name}`,
      description: t.summary,
      self: `${root}feeds/themes/${t.id}.xml`,
      home: new URL(t.url.slice(1), root).href,
      root,
    },
    t.itemKeys.map((k) => data.itemByKey.get(k)!),
  );
  return atomResponse(body);
};
