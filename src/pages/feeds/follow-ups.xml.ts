import type { APIRoute } from 'astro';
import { FEEDS, PAGES } from '../../dataset/urls.ts';
import { siteData } from '../../site/data.ts';
import { atomResponse, feedSpec } from '../../site/feeds.ts';
import { followUpsFeed } from '../../site/follow-ups-feed.ts';
import { siteRoot } from '../../site/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const spec = feedSpec(siteRoot(site), {
    id: 'follow-ups',
    title: 'what happened next',
    description:
      'Each judgement recorded on a recommendation or concern after its action plan: next inspections, independent reviews of progress, and HMPPS updates (self-reported), newest first.',
    path: FEEDS.followUps,
    page: PAGES.data,
  });
  return atomResponse(followUpsFeed(spec, (await siteData()).plans));
};
