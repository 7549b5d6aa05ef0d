import type { APIRoute } from 'astro';
import { absoluteUrl } from '../dataset/urls.ts';
import { siteRoot } from '../site/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml', siteRoot(site))}\n`);
