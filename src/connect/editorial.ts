// Editorial content the connect step needs: theme definitions (front matter of
// content/themes/*.mdx) and the curated glossary (content/glossary.json).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { z } from 'astro/zod';
import type { ThemeInput } from './themes.ts';
import { compare } from '../model/compare.ts';
import { definitionSchema, themeDefinitionSchema, type Definition } from '../model/schema.ts';

export const THEMES_DIR = 'content/themes';
export const GLOSSARY_FILE = 'content/glossary.json';

/** A theme file that is wrong stops the build with its name and the problem. */
export class EditorialError extends Error {}

export function readThemes(dir = THEMES_DIR): ThemeInput[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx') || f.endsWith('.md'))
    .sort(compare)
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
      if (!m) throw new EditorialError(`${join(dir, f)}:1: expected front matter between --- lines`);
      const parsed = themeDefinitionSchema.safeParse(loadYaml(m[1]!));
      if (!parsed.success) throw new EditorialError(`${join(dir, f)}: ${z.prettifyError(parsed.error)}`);
      return { id: f.replace(/\.mdx?$/, ''), ...parsed.data };
    });
}

// Each entry names the document its expansion is taken from: one wrong expansion
// misleads every search for the term, so an entry without a source is refused.
const curatedSchema = z.array(
  z.strictObject({
    term: definitionSchema.shape.term.min(2),
    expansion: definitionSchema.shape.expansion.min(2),
    source: z.string().trim().min(1),
    // The words the plans use for the thing the term names, searched for it (src/search/glossary-plans.ts).
    plans: z.array(z.string().trim().min(2)).min(1).optional(),
  }),
);

export function readCuratedGlossary(file = GLOSSARY_FILE): Definition[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new EditorialError(`${file}: is not valid JSON (${(e as Error).message})`);
  }
  const parsed = curatedSchema.safeParse(json);
  if (!parsed.success)
    throw new EditorialError(
      `${file}: ${z.prettifyError(parsed.error)}\nEach entry needs "term", "expansion" and "source" (the document the expansion is taken from).`,
    );
  return parsed.data.map(({ term, expansion }) => ({ term, expansion }));
}
