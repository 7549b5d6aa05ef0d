// Everyday words: the words people search with mapped to the words plans use
// ("doctor" for "GP", "rats" for "vermin"). An item that says a plans word is
// also found by the everyday words of its entry, and an item that says an
// everyday word by the plans words, so a search for either side finds both.
// Matching is on word stems, so "vermin-infested" says "vermin" and "doctors" says "doctor".
import { z } from 'astro/zod';
import { tokens } from '../connect/words.ts';
import { STOP_WORDS } from './words.ts';

export const everydayEntrySchema = z.strictObject({
  /** The words people use, as they would type them. */
  everyday: z.array(z.string().trim().min(1)).min(1),
  /** The words the plans use for the same thing. */
  plans: z.array(z.string().trim().min(1)).min(1),
  /** Why the entry is there: for the next publisher, not shown anywhere. */
  note: z.string().optional(),
});
export type EverydayEntry = z.infer<typeof everydayEntrySchema>;

/** The list from its file's text; a mistake is reported with the file and the entry, and what to do. */
export function parseEverydayWords(text: string, file: string): EverydayEntry[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(
      `${file}: is not valid JSON (${(e as Error).message}). Expected a list of entries like { "everyday": ["doctor"], "plans": ["GP"] }.`,
      { cause: e },
    );
  }
  const parsed = z.array(everydayEntrySchema).safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length
      ? `entry ${Number(issue.path[0]) + 1}${issue.path.length > 1 ? `, "${issue.path.slice(1).join('.')}"` : ''}`
      : 'the top level';
    throw new Error(
      `${file}: ${where}: ${issue.message}. Each entry needs "everyday" and "plans", each a list of one or more words or phrases, and may have a "note".`,
    );
  }
  return parsed.data;
}

interface Phrase {
  stems: string[];
  entry: number;
  side: 'everyday' | 'plans';
}

const stems = (phrase: string) => tokens(phrase).map((t) => t.stem);

/** A function from an item's text to the words to index with it: the other side of each entry it matches. */
export function everydayMatcher(entries: EverydayEntry[]): (text: string) => string[] {
  // Phrases by their first stem, so a text is read once whatever the length of the list.
  const byFirst = new Map<string, Phrase[]>();
  entries.forEach((e, entry) => {
    for (const side of ['everyday', 'plans'] as const) {
      for (const p of e[side]) {
        const s = stems(p);
        if (!s.length) continue;
        const list = byFirst.get(s[0]!) ?? [];
        list.push({ stems: s, entry, side });
        byFirst.set(s[0]!, list);
      }
    }
  });
  return (text) => {
    const t = tokens(text).map((x) => x.stem);
    const said = new Map<number, Set<'everyday' | 'plans'>>();
    const present = new Set<string>();
    for (let i = 0; i < t.length; i++) {
      for (const p of byFirst.get(t[i]!) ?? []) {
        if (p.stems.every((s, k) => t[i + k] === s)) {
          const sides = said.get(p.entry) ?? new Set();
          sides.add(p.side);
          said.set(p.entry, sides);
          present.add(p.stems.join(' '));
        }
      }
    }
    // One phrase per stem sequence: search finds "fights" and "fighting" by "fight", so the index needs only one of them.
    const out = new Map<string, string>();
    for (const [entry, sides] of [...said].sort((a, b) => a[0] - b[0])) {
      const e = entries[entry]!;
      const add = [...(sides.has('plans') ? e.everyday : []), ...(sides.has('everyday') ? e.plans : [])];
      for (const phrase of add) {
        const key = stems(phrase).join(' ');
        if (present.has(key)) continue;
        const had = out.get(key);
        if (had === undefined || phrase.length < had.length) out.set(key, phrase);
      }
    }
    return [...out.values()];
  };
}

/**
 * The words of phrases that search asks for, each once: the index needs no "up"
 * of "locked up" (a stop word is never searched), and every posting it holds
 * costs bytes of the first search at a thousand plans.
 */
export function searchedWords(phrases: string[]): string[] {
  const out = new Set<string>();
  for (const p of phrases)
    for (const w of p.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [])
      if (!STOP_WORDS.has(w.toLowerCase())) out.add(w);
  return [...out];
}
