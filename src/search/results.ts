// Search results as the search page lists and shows them: what Pagefind returns
// for a page, and the words of the status line. Pure: the page script puts them
// in the document.
import { ITEMS } from '../model/item-kind.ts';
import type { Hit } from './rank.ts';

/** A page's data as Pagefind gives it. */
export interface ResultData {
  url: string;
  excerpt: string;
  content?: string;
  meta: Record<string, string>;
  filters?: Record<string, string[]>;
}

/** A page Pagefind found: its id, score and the places of the matched words; its data fetched on demand. */
export interface Result extends Hit {
  data(): Promise<ResultData>;
}

/** An item's kind, place and status as shown, from its filters (not searchable metadata). */
export function asShown(d: ResultData): ResultData {
  const f = d.filters ?? {};
  if (!d.meta.number || d.meta.kind) return d;
  return {
    ...d,
    meta: {
      ...d.meta,
      kind: f.kind?.[0] ?? 'Item',
      place: `${f.establishment?.[0] ?? ''} ${f.year?.[0] ?? ''}`.trim(),
      status: f.status?.[0] ?? '',
    },
  };
}

/**
 * Results as listed: for words, those matched in words, not only in zero-weight
 * metadata (an item's number: a search for "9"); their data as shown.
 */
export const listed = (results: Result[], byWords = true): Result[] =>
  results.filter((r) => !byWords || r.score > 0).map((r) => ({ ...r, data: async () => asShown(await r.data()) }));

/** A result's heading: "Recommendation 5.9, HMP Ford 2016" for an item, the page's title for any other. */
export const resultTitle = (d: ResultData): string =>
  d.meta.number ? `${d.meta.kind ?? 'Item'} ${d.meta.number}, ${d.meta.place}` : (d.meta.title ?? d.url);

/** "1 recommendation or concern", "7 recommendations and concerns". */
export const itemsText = (n: number) => `${n} ${n === 1 ? ITEMS.one : ITEMS.many}`;

/** What the status line counts: the lists as they stand, and what was searched. */
export interface Tally {
  /** The reader's words, or the corrected query searched instead. */
  words: string;
  filtered: boolean;
  itemCount: number;
  someCount: number;
  /** Prison, plan and theme pages, once searched. */
  otherCount: number | null;
}

/** What the lists hold, counted apart: items with all the words, with some of them, other pages. */
export function statusText({ words, filtered, itemCount, someCount, otherCount }: Tally): string {
  let text = `${itemsText(itemCount)}${words ? ` for “${words}”` : ''}${filtered ? ' with the chosen filters' : ''}`;
  if (someCount) text += `; ${someCount} more with some of your words`;
  if (otherCount) text += `; ${otherCount} other ${otherCount === 1 ? 'page' : 'pages'} (prisons, plans and themes)`;
  return `${text}.`;
}

/** Which list a result goes in, by its place among all the results: all the words, some of them, other pages. */
export function listOf(at: number, itemCount: number, someCount: number): 'all' | 'some' | 'others' {
  if (at < itemCount) return 'all';
  if (at < itemCount + someCount) return 'some';
  return 'others';
}
