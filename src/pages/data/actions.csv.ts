import type { APIRoute } from 'astro';
import { actionsCsv } from '../../dataset/csv.ts';
import { siteData } from '../../site/data.ts';

export const GET: APIRoute = async () => new Response(actionsCsv((await siteData()).plans), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
