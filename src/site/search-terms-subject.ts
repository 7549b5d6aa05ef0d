// What an item is filed under, as words search can find it by: its report
// section's heading, the names of its themes and of their healthy prison tests.
// A recommendation under "Time out of cell" that speaks only of "one hour in the
// open air", or a concern on violence (a Safety theme) that never says "safe", is
// found by its subject, below the items that say the words themselves.
import { stemmer } from 'stemmer';
import type { Item, Theme } from '../model/schema.ts';
import { STOP_WORDS, indexWords } from '../search/words.ts';
import { testName } from './healthy-prison-tests.ts';

/** A word of a heading that says something: three letters or more, not a stop word. */
const meaningful = (w: string) => w.length >= 3 && !STOP_WORDS.has(w);

/**
 * The parts of the item's section heading, theme names and test names that its
 * own text (the recommendation or concern) does not say: of each heading, the
 * run of words from its first new meaningful word to its last, as written, so
 * that the words stand at their own distances and a query's phrase matches only
 * the heading's phrase ("use of force", not "use force"). A word is new when
 * neither the text nor an earlier heading has its stem; a heading with no new
 * word is left out. Words the text says count at their full weight already, and
 * would add only bytes.
 */
export function subjectWords(item: Pick<Item, 'text' | 'section' | 'themes'>, themeById: Map<string, Theme>): string[] {
  const themes = item.themes.flatMap((id) => themeById.get(id) ?? []);
  const headings = [item.section ?? '', ...themes.map((t) => t.name), ...new Set(themes.map((t) => testName(t.test)))];
  const said = new Set(indexWords(item.text).map((w) => stemmer(w)));
  const out: string[] = [];
  for (const heading of headings) {
    const tokens = heading.split(/\s+/).map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
    const isNew = tokens.map((t) => indexWords(t).some((w) => meaningful(w) && !said.has(stemmer(w))));
    const first = isNew.indexOf(true);
    if (first < 0) continue;
    const run = tokens.slice(first, isNew.lastIndexOf(true) + 1).filter(Boolean);
    for (const w of indexWords(run.join(' '))) said.add(stemmer(w));
    out.push(run.join(' '));
  }
  return out;
}
