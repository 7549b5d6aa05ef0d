// The JSON Schema of the dataset, generated from the zod schemas.
import type { APIRoute } from 'astro';
import { datasetJsonSchema } from '../../dataset/write.ts';

export const GET: APIRoute = () => new Response(`${JSON.stringify(datasetJsonSchema(), null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
