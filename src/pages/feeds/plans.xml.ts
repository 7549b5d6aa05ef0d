import type { APIRoute } from 'astro';
import { siteData } from '../../site/data.ts';
import { siteRoot } from '../../site/downloads.ts';
import { atomResponse, plansFeed } from '../../site/feeds.ts';

export const GET: APIRoute = async ({ site }) => {
  const root = siteRoot(site);
  const body = plansFeed(
    {
      id: 'plans',
      title: 'Prison Action Plans: new plans',
      description: 'Action plans answering HM Inspectorate of Prisons, newest first.',
      self: `${root}feeds/plans.xml`,
      home: root,
      root,
    },
    (await siteData()).plans,
  );
  return atomResponse(body);
};
