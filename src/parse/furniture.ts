// Page furniture: what a page break prints besides the table. Page numbers
// ("Page 7 of 18", "7 of 18", "- 7 -"), protective markings ("OFFICIAL",
// "OFFICIAL-SENSITIVE"), running headers and footers, and the table's header
// row printed again at the top of the next page. A page break can fall inside
// a table row, so furniture is removed wherever it stands: as a row of its
// own, as a paragraph inside a cell, or at the edge of a paragraph. Running
// headers and footers are found by repetition, not by their wording: with
// pages (PDF), a short line on at least half of the pages; without (text), a
// short line printed three times or more, or twice with a changing number.
// Every removal is a repair note holding the words removed.
import type { SourceRow } from '../documents/readers/source.ts';
import { collapse } from './blocks.ts';
import { note, type Note } from '../model/notes.ts';

export interface FurnitureOptions {
  /** Rows up to this n (the front matter and the table's own header) count towards repetition but are kept. */
  keepThrough?: number;
  /** A row that repeats the table's header (or its row of column numbers) after a page break. */
  isHeaderRow?: (cells: string[][]) => boolean;
}

type Kind = 'page-number-removed' | 'marking-removed' | 'running-line-removed';

const PAGE_NUMBER = [
  /^(?:page|pg\.?|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?\.?$/i, // Page 7, Page 7 of 18, Page 7/18
  /^\d{1,4}\s+of\s+\d{1,4}\.?$/i, // 7 of 18
  /^[-–—]\s*\d{1,4}\s*[-–—]$/, // - 7 -
  /^(?:\d{1,4}\s*\|\s*p\s?a\s?g\s?e|p\s?a\s?g\s?e\s*\|\s*\d{1,4})$/i, // 7 | Page, 7 | P a g e (Word's footer), Page | 7
];
/** "7/18" could be a date: a page number only as a line of its own. */
const PAGE_SLASH = /^(\d{1,4})\s*\/\s*(\d{1,4})$/;
/** "Page 7 of 18" run into other words of a paragraph. */
const PAGE_NUMBER_INSIDE = /\s*\bpage\s+\d{1,4}\s+of\s+\d{1,4}\b\s*/gi;

const MARKING_WORDS = 'official(?:[\\s\\-–—:]*sensitive)?|not\\s+protectively\\s+marked';
const CAVEAT = '(?:\\s*[-–—:]\\s*[A-Za-z][A-Za-z ]{0,29}|\\s*\\[[^\\]]{1,30}\\]|\\s*\\([^)]{1,30}\\))?';
/** A whole paragraph that is a marking, in any case; the old PROTECT and RESTRICTED only in capitals. */
const MARKING = new RegExp(
  `^(?:(?:${MARKING_WORDS})${CAVEAT}|(?:PROTECT|RESTRICTED)(?:\\s*[-–—:]\\s*[A-Z ]{1,30})?)$`,
  'i',
);
const CAPITALS_ONLY = /^(?:PROTECT|RESTRICTED)\b/i;
/** A marking in capitals run into the start or end of a paragraph. */
const MARKING_EDGE = /^OFFICIAL(?:[\s\-–—:]*SENSITIVE)?\s+(?=\S)|(?<=\S)\s+OFFICIAL(?:[\s\-–—:]*SENSITIVE)?$/g;

/** The longest line taken for a running header or footer. */
const RUNNING_WORDS = 15;
const RUNNING_CHARS = 200;
const words = (s: string) => (s ? s.split(/\s+/).length : 0);
/** Lines that differ only in their numbers ("Action plan – page 3") are one running line. */
const runningKey = (s: string) => collapse(s).toLowerCase().replace(/\d+/g, '#');

/** Longer paragraphs are never a page number or a marking on their own. */
const SHORT = 60;

function isPageNumber(block: string, row: SourceRow, firstOrLast: boolean): boolean {
  if (block.length > SHORT) return false;
  if (PAGE_NUMBER.some((re) => re.test(block))) return true;
  const slash = PAGE_SLASH.exec(block);
  if (slash && row.cells.length === 1 && Number(slash[1]) <= Number(slash[2]) && Number(slash[2]) > 1) return true;
  // A bare number is a page number only where the page is known and it is all a row at the page's edge holds.
  return (
    row.page !== null &&
    firstOrLast &&
    row.cells.flat().length === 1 &&
    /^\d{1,4}$/.test(block) &&
    Number(block) === row.page
  );
}

function isMarking(block: string): boolean {
  if (block.length > SHORT || !MARKING.test(block)) return false;
  return !CAPITALS_ONLY.test(block) || block === block.toUpperCase();
}

/** Keys of lines that repeat like running headers and footers. */
function runningLines(rows: SourceRow[]): Map<string, number> {
  const seen = new Map<string, { count: number; pages: Set<number>; texts: Set<string> }>();
  for (const row of rows) {
    const filled = row.cells.filter((c) => c.length);
    if (filled.length !== 1 || filled[0]!.length !== 1) continue;
    const text = filled[0]![0]!;
    if (text.length > RUNNING_CHARS || words(text) > RUNNING_WORDS || !/[a-z]/i.test(text)) continue;
    const key = runningKey(text);
    const s = seen.get(key) ?? { count: 0, pages: new Set<number>(), texts: new Set<string>() };
    s.count++;
    if (row.page !== null) s.pages.add(row.page);
    s.texts.add(text);
    seen.set(key, s);
  }
  const pageCount = new Set(rows.map((r) => r.page).filter((p) => p !== null)).size;
  const out = new Map<string, number>();
  for (const [key, s] of seen) {
    const repeats = pageCount
      ? s.pages.size >= 2 && s.pages.size >= pageCount / 2
      : s.count >= 3 || (s.count >= 2 && s.texts.size >= 2 && key.includes('#'));
    if (repeats) out.set(key, pageCount ? s.pages.size : s.count);
  }
  return out;
}

export function removeFurniture(
  rows: SourceRow[],
  options: FurnitureOptions = {},
): { rows: SourceRow[]; notes: Note[]; keptFurniture: Set<number> } {
  const keepThrough = options.keepThrough ?? 0;
  const running = runningLines(rows);
  const notes: Note[] = [];
  const out: SourceRow[] = [];

  const removed = (row: SourceRow, kind: Kind, text: string) => {
    const message =
      kind === 'page-number-removed'
        ? `The page number "${text}", printed by a page break, was removed.`
        : kind === 'marking-removed'
          ? `The protective marking "${text}", printed on the page, was removed.`
          : `"${text}", printed ${running.get(runningKey(text))} times as a running header or footer, was removed.`;
    notes.push(note(row.n, kind, message, text));
  };

  /** Rows kept in the front matter that are furniture all the same (a marking, a running header): no note of the plan. */
  const keptFurniture = new Set<number>();
  rows.forEach((row, i) => {
    if (row.n <= keepThrough) {
      const blocks = row.cells.flat();
      const firstOrLast = row.page !== null && (rows[i - 1]?.page !== row.page || rows[i + 1]?.page !== row.page);
      if (
        blocks.length &&
        blocks.every(
          (b) =>
            isPageNumber(b, row, firstOrLast) ||
            isMarking(b) ||
            (running.size > 0 && b.length <= RUNNING_CHARS && running.has(runningKey(b))),
        )
      )
        keptFurniture.add(row.n);
      out.push(row);
      return;
    }
    if (options.isHeaderRow?.(row.cells)) {
      notes.push(
        note(
          row.n,
          'header-repeated',
          "The table's header row, printed again after a page break, was removed.",
          row.cells.flat().join(' '),
        ),
      );
      return;
    }
    const firstOrLast = row.page !== null && (rows[i - 1]?.page !== row.page || rows[i + 1]?.page !== row.page);
    let changed = false;
    /** The kind of furniture a whole paragraph is, or null. */
    const wholeKind = (block: string): Kind | null =>
      isPageNumber(block, row, firstOrLast)
        ? 'page-number-removed'
        : isMarking(block)
          ? 'marking-removed'
          : running.size && block.length <= RUNNING_CHARS && running.has(runningKey(block))
            ? 'running-line-removed'
            : null;
    const cells = row.cells.map((cell) =>
      cell.flatMap((block) => {
        const whole = wholeKind(block);
        if (whole) {
          removed(row, whole, block);
          changed = true;
          return [];
        }
        // Furniture run into the words of a paragraph: a page number anywhere, a marking at either end.
        if (!/page|OFFICIAL/i.test(block)) return [block];
        let kept = collapse(
          block.replace(PAGE_NUMBER_INSIDE, (m) => {
            removed(row, 'page-number-removed', m.trim());
            return ' ';
          }),
        );
        kept = collapse(
          kept.replace(MARKING_EDGE, (m) => {
            removed(row, 'marking-removed', m.trim());
            return ' ';
          }),
        );
        if (kept === block) return [block];
        changed = true;
        const rest = kept ? wholeKind(kept) : null;
        if (rest) removed(row, rest, kept);
        return kept && !rest ? [kept] : [];
      }),
    );
    out.push(changed ? { ...row, cells } : row);
  });
  return { rows: out, notes, keptFurniture };
}
