// The status summary printed after the table ("Agreed 38 / Partly Agreed 6 /
// Not Agreed 2 / Total 46"). Some plans print a second table beside it
// (Housekeeping Points); only the first pair of columns counts items.
import type { Item, Summary, SummaryRow } from '../model/schema.ts';
import type { SourceRow } from '../documents/readers/source.ts';
import { cellText } from './blocks.ts';
import { note, type Note } from '../model/notes.ts';
import { statusOf } from './status.ts';

/** A count as the summary prints it: digits, or a dash (none). */
const COUNT = /^(?:\d{1,5}|[-–—])$/;
const countOf = (s: string) => (/^\d+$/.test(s) ? Number(s) : 0);
/** A label the summary counts: a status in any wording, or the total. */
export const isCountLabel = (label: string) => statusOf(label) !== null || /^(?:grand\s+)?total\b/i.test(label.trim());
/** "Agreed 27 / Partly Agreed 4 / Not Agreed - / Total 31", or one of them, in one line of text. */
const PAIR = /\s*([A-Za-z][A-Za-z /()&'’-]*?)\s*[:=]?\s+(\d{1,5}|[-–—])(?=$|\s|[,;/|])\s*[,;/|]?/y;

export interface SummaryCount {
  label: string;
  count: number;
}

/**
 * The counts a summary line prints, by what they are (a status or the total beside a count), or null: a table row
 * "Agreed | 27" (a second pair beside it, such as Housekeeping Points, kept apart), or a line of text "Agreed 27",
 * "Agreed 27 / Partly Agreed 4 / Not Agreed - / Total 31".
 */
export function summaryCounts(cells: string[]): SummaryCount[] | null {
  const filled = cells.map((c) => c.trim()).filter(Boolean);
  if (filled.length >= 2) {
    const [label, count] = [filled[0]!, filled[1]!];
    return isCountLabel(label) && COUNT.test(count) ? [{ label, count: countOf(count) }] : null;
  }
  if (filled.length !== 1) return null;
  const text = filled[0]!;
  const out: SummaryCount[] = [];
  let at = 0;
  while (at < text.length) {
    PAIR.lastIndex = at;
    const m = PAIR.exec(text);
    if (!m || !isCountLabel(m[1]!)) return null;
    out.push({ label: m[1]!.trim(), count: countOf(m[2]!) });
    at = PAIR.lastIndex;
    while (text[at] === ' ') at++;
  }
  return out.length ? out : null;
}

/** The line over a summary naming what it counts: "Recommendations", "Summary", "Recommendations | Housekeeping Points". */
export function isSummaryLabel(cells: string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter(Boolean);
  return (
    filled.length >= 1 &&
    filled.length <= 4 &&
    /^(?:summary\b|(?:main\s+)?recommendations?$|(?:priority\s+and\s+key\s+)?concerns?$|responses?$|status$|outcomes?$)/i.test(
      filled[0]!,
    ) &&
    filled.every((c) => c.split(/\s+/).length <= 4 && !/\d/.test(c))
  );
}

export function readSummary(lines: SourceRow[]): { summary: Summary | null; notes: Note[] } {
  const notes: Note[] = [];
  const rows: SummaryRow[] = [];
  let total: number | null = null;
  const add = (label: string, count: number) => {
    if (/^(?:grand\s+)?total\b/i.test(label)) total = count;
    else rows.push({ label, status: statusOf(label), count });
  };
  for (const [k, line] of lines.entries()) {
    const cells = line.cells.map(cellText);
    if (k === 0 && isSummaryLabel(cells) && !summaryCounts(cells)) continue;
    const counts = summaryCounts(cells);
    if (counts) {
      // A line of text may print every count; a table row's first pair is the recommendations' (not Housekeeping Points').
      for (const c of counts) add(c.label, c.count);
      continue;
    }
    const [label = '', value = ''] = cells;
    if (!label && !value) continue;
    const count = /^\d+$/.test(value) ? Number(value) : /^[-–—]?$/.test(value) ? 0 : null;
    if (count === null) {
      notes.push(
        note(
          line.n,
          'summary-unreadable',
          `The summary row "${label}" has no count that can be read.`,
          `${label} ${value}`.trim(),
        ),
      );
      continue;
    }
    if (/^total$/i.test(label)) total = count;
    else {
      const status = statusOf(label);
      if (!status) notes.push(note(line.n, 'summary-unreadable', `The summary row "${label}" is not a status.`, label));
      rows.push({ label, status, count });
    }
  }
  if (!rows.length) return { summary: null, notes };
  const sum = (s: string) => rows.filter((r) => r.status === s).reduce((n, r) => n + r.count, 0);
  return {
    summary: { agreed: sum('agreed'), partlyAgreed: sum('partly_agreed'), notAgreed: sum('not_agreed'), total, rows },
    notes,
  };
}

/** Anomalies where the parsed items disagree with the plan's own summary. */
export function checkSummary(summary: Summary, items: Pick<Item, 'status'>[], line: number): Note[] {
  const notes: Note[] = [];
  const counted = {
    agreed: items.filter((i) => i.status === 'agreed').length,
    partlyAgreed: items.filter((i) => i.status === 'partly_agreed').length,
    notAgreed: items.filter((i) => i.status === 'not_agreed').length,
  };
  const label = { agreed: 'agreed', partlyAgreed: 'partly agreed', notAgreed: 'not agreed' } as const;
  for (const key of ['agreed', 'partlyAgreed', 'notAgreed'] as const) {
    if (counted[key] !== summary[key]) {
      notes.push(
        note(
          line,
          'summary-mismatch',
          `The plan's summary counts ${summary[key]} ${label[key]} but ${counted[key]} were read.`,
        ),
      );
    }
  }
  if (summary.total !== null && summary.total !== items.length) {
    notes.push(
      note(
        line,
        'summary-mismatch',
        `The plan's summary counts ${summary.total} items in total but ${items.length} were read.`,
      ),
    );
  }
  return notes;
}
