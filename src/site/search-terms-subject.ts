// What an item is filed under, as words search can find it by: its report
// section's heading, the names of its themes and of their healthy prison tests.
// A recommendation under "Time out of cell" that speaks only of "one hour in the
// open air", or a concern on violence (a Safety theme) that never says "safe", is
// found by its subject, below the items that say the words themselves.
import { stemmer } from 'stemmer';
import type { Item, Theme } from '../model/schema.ts';
import { STOP_WORDS, indexWords } from '../search/words.ts';
import { testName } from './healthy-prison-tests.ts';

/**
 * The words of the item's section heading, theme names and test names that its
 * own text (the recommendation or concern) does not say, by stem, each once, in
 * that order, stop words and words of fewer than three letters left out: a word
 * the text says already counts at its full weight, and would add only bytes.
 */
export function subjectWords(item: Pick<Item, 'text' | 'section' | 'themes'>, themeById: Map<string, Theme>): string[] {
  const themes = item.themes.flatMap((id) => themeById.get(id) ?? []);
  const headings = [item.section ?? '', ...themes.map((t) => t.name), ...new Set(themes.map((t) => testName(t.test)))];
  const said = new Set(indexWords(item.text).map((w) => stemmer(w)));
  const out: string[] = [];
  for (const w of indexWords(headings.join('\n'))) {
    const stem = stemmer(w);
    if (w.length < 3 || STOP_WORDS.has(w) || said.has(stem)) continue;
    said.add(stem);
    out.push(w);
  }
  return out;
}
