import type { APIRoute } from 'astro';
import { plansCsv } from '../../dataset/csv.ts';
import { siteData } from '../../site/data.ts';
import { siteRoot } from '../../site/downloads.ts';

export const GET: APIRoute = async ({ site }) => new Response(plansCsv((await siteData()).plans, siteRoot(site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
