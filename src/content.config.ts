// The themes' editorial pages are a content collection: their front matter
// drives classification, their body is for readers. The dataset that
// `npm run ingest` writes is not: pages read it through src/site/data.ts.
import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { themeDefinitionSchema } from './model/schema.ts';

export const collections = {
  themePages: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/themes' }),
    schema: themeDefinitionSchema,
  }),
};
