// A theme's editorial text: the body of content/themes/<id>.mdx (or .md), below the front matter that ingest reads
// (src/connect/editorial.ts, THEMES_DIR). Compiled by the MDX integration only when a theme page is rendered, not
// loaded as a content collection: loading the content layer at every start of the dev server delayed its first page
// (0.13 to 1.24 s in ten alternated rounds), for pages that use only these bodies (docs/performance.md, "Dev server").
import type { MDXInstance } from 'astro';

type Body = MDXInstance<Record<string, unknown>>;
const bodies = import.meta.glob<Body>('/content/themes/*.{md,mdx}');

/** The theme's text as a component, or null when the theme has no file of its own. */
export async function themeBody(id: string): Promise<Body['Content'] | null> {
  const load = bodies[`/content/themes/${id}.mdx`] ?? bodies[`/content/themes/${id}.md`];
  return load ? (await load()).Content : null;
}
