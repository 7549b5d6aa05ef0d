// The status summary printed after the table ("Agreed 38 / Partly Agreed 6 /
// Not Agreed 2 / Total 46"). Some plans print a second table beside it
// (Housekeeping Points); only the first pair of columns counts items.
import type { Item, Summary, SummaryRow } from '../model/schema.ts';
import type { SourceRow } from '../documents/source.ts';
import { cellText } from './blocks.ts';
import { note, type Note } from './notes.ts';
import { statusOf } from './status.ts';

export function readSummary(lines: SourceRow[]): { summary: Summary | null; notes: Note[] } {
  const notes: Note[] = [];
  const rows: SummaryRow[] = [];
  let total: number | null = null;
  for (const line of lines.slice(1)) {
    const [label = '', value = ''] = line.cells.map(cellText);
    if (!label && !value) continue;
    const count = /^\d+$/.test(value) ? Number(value) : /^[-–—]?$/.test(value) ? 0 : null;
    if (count === null) {
      notes.push(
        note(
          line.n,
          'summary-unreadable',
          'warning',
          `The summary row "${label}" has no count that can be read.`,
          `${label} ${value}`.trim(),
        ),
      );
      continue;
    }
    if (/^total$/i.test(label)) total = count;
    else {
      const status = statusOf(label);
      if (!status)
        notes.push(note(line.n, 'summary-unreadable', 'warning', `The summary row "${label}" is not a status.`, label));
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
          'warning',
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
        'warning',
        `The plan's summary counts ${summary.total} items in total but ${items.length} were read.`,
      ),
    );
  }
  return notes;
}
