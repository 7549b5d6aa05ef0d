// The whole dataset, exactly as `npm run ingest` wrote it.
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { GENERATED_DATASET } from '../../dataset/write.ts';

export const GET: APIRoute = () => new Response(readFileSync(GENERATED_DATASET), { headers: { 'Content-Type': 'application/json' } });
