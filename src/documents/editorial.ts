// Editorial content the connect step needs: theme definitions (front matter of
// content/themes/*.mdx) and the curated glossary (content/glossary.json).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { z } from 'astro/zod';
import type { ThemeInput } from '../connect/themes.ts';
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

const curatedSchema = z.array(definitionSchema);

export function readCuratedGlossary(file = GLOSSARY_FILE): Definition[] {
  const parsed = curatedSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new EditorialError(`${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
