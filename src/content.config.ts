// The site reads the dataset that `npm run ingest` writes, then serves it to
// every page from Astro's data store.
import { file, glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { GENERATED_DATASET } from './dataset/write.ts';
import { anomalySchema, establishmentSchema, glossaryEntrySchema, planSchema, themeDefinitionSchema, themeSchema } from './model/schema.ts';

// Every collection below loads the same file: it is parsed once and the parts handed out.
let parsed: { text: string; data: Record<string, unknown[]> } | undefined;
const part = (key: 'plans' | 'establishments' | 'themes' | 'anomalies' | 'glossary') => (text: string) => {
  if (parsed?.text !== text) parsed = { text, data: JSON.parse(text) };
  return parsed.data[key] as Record<string, unknown>[];
};

export const collections = {
  plans: defineCollection({ loader: file(GENERATED_DATASET, { parser: part('plans') }), schema: planSchema }),
  establishments: defineCollection({ loader: file(GENERATED_DATASET, { parser: part('establishments') }), schema: establishmentSchema }),
  themes: defineCollection({ loader: file(GENERATED_DATASET, { parser: part('themes') }), schema: themeSchema }),
  // The themes' editorial pages: their front matter drives classification, their body is for readers.
  themePages: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/themes' }), schema: themeDefinitionSchema }),
  glossary: defineCollection({
    loader: file(GENERATED_DATASET, { parser: (text) => part('glossary')(text).map((g) => ({ id: String(g.term), ...g })) }),
    schema: glossaryEntrySchema,
  }),
  anomalies: defineCollection({
    loader: file(GENERATED_DATASET, {
      // Anomalies have no id of their own: number them in dataset order.
      parser: (text) => part('anomalies')(text).map((a: object, i: number) => ({ id: String(i + 1), ...a })),
    }),
    schema: anomalySchema,
  }),
};
