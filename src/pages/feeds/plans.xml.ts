import type { APIRoute } from 'astro';
import { FEEDS } from '../../dataset/urls.ts';
import { siteData } from '../../site/data.ts';
import { atomResponse, feedSpec, plansFeed } from '../../site/feeds.ts';
import { siteRoot } from '../../site/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const spec = feedSpec(siteRoot(site), {
    id: 'plans',
    title: 'new plans',
    description: 'Action plans answering HM Inspectorate of Prisons, newest first.',
    path: FEEDS.plans,
    page: '/',
  });
  return atomResponse(plansFeed(spec, (await siteData()).plans));
};
