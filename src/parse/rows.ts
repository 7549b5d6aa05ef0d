// Table rows of the source → rows with named cells. Stateless: whether a row starts an
// item or continues one is decided by the next step, which knows the item.
import type { Layout } from './layout.ts';
import type { SourceRow } from '../documents/readers/source.ts';
import { cellText } from './blocks.ts';
import { note, type Note } from '../model/notes.ts';
import { parseTargets } from './dates.ts';
import { leadingStatus, statusOf } from './status.ts';
import { isCountLabel, isSummaryLabel, summaryCounts } from './summary.ts';
import { isSignOff } from './outside.ts';
import { itemsTableEnd } from './table-end.ts';

export interface TableRow {
  kind: 'row';
  n: number;
  id: string;
  text: string;
  status: string;
  response: string[];
  owner: string[];
  target: string[];
  /** The printed lines of each block of the owner and target cells, where the reader knows them (PDF), else null. */
  responseLines?: string[][];
  ownerLines?: string[][];
  targetLines?: string[][];
  /** The blocks of each column kept under its own header, in the order of `otherColumns(layout)`. */
  other: string[][];
}

export interface HeadingRow {
  kind: 'heading';
  n: number;
  text: string;
}

export type Row = TableRow | HeadingRow;

export interface Rows {
  rows: Row[];
  /** Lines of the summary table that follows the action plan, if any. */
  summary: SourceRow[];
  /** Lines after the items' table and its summary: notes, a sign-off, page furniture already removed. */
  after: SourceRow[];
  notes: Note[];
}

const SEPARATOR = /^[\s\-–—_=|]*$/;
const words = (s: string) => (s ? s.split(/\s+/).length : 0);

/**
 * Where the status summary starts: a line of counts beside status words ("Agreed | 38", "Agreed 27 / Partly Agreed 4
 * / Not Agreed - / Total 31"), with another under it or outside the items' table, or a label ("Recommendations",
 * "Summary") over one. A "Recommendations" heading inside the table is followed by an item, not by counts.
 */
function isSummaryStart(cells: string[][], next: string[][] | undefined, outside: boolean): boolean {
  const plain = cells.map(cellText);
  const nextCounts = next ? summaryCounts(next.map(cellText)) : null;
  if (isSummaryLabel(plain)) return nextCounts !== null;
  const counts = summaryCounts(plain);
  // A total is no item's row; nor are counts with nothing after them.
  return (
    counts !== null &&
    (counts.length >= 2 ||
      nextCounts !== null ||
      outside ||
      !next ||
      counts.some((c) => /^(?:grand\s+)?total/i.test(c.label)))
  );
}

/** A line of the summary block: counts, a status with its count cell left empty, or a blank line. */
function inSummary(cells: string[][]): boolean {
  const plain = cells.map(cellText);
  if (plain.every((c) => !c.trim())) return true;
  if (summaryCounts(plain)) return true;
  return plain.length >= 2 && isCountLabel(plain[0]!) && plain.slice(1).every((c) => !c.trim() || /^[-–—]$/.test(c));
}

/**
 * Cells shifted one column left: the status cell holds response text, and
 * the row ends with an empty cell (Elmley 5.7, 5.25).
 */
function shiftedLeft(cells: string[][], layout: Layout): boolean {
  const s = layout.roles.indexOf('status');
  if (s < 0 || cells.length < layout.roles.length || cells.at(-1)!.length !== 0) return false;
  const status = cellText(cells[s] ?? []);
  const t = layout.roles.indexOf('target');
  if (t <= s) return false;
  const lastTarget = cellText(cells[t - 1] ?? []);
  return (
    words(status) >= 4 &&
    statusOf(status) === null &&
    lastTarget !== '' &&
    parseTargets(lastTarget).every((t) => t.due !== null)
  );
}

/** The columns the parser keeps under their own header: those whose role it does not know, or a role's second column. */
export function otherColumns(layout: Layout): { index: number; header: string }[] {
  return layout.roles.flatMap((role, index) =>
    role === null ? [{ index, header: layout.headers[index] || `Column ${index + 1}` }] : [],
  );
}

/** The printed lines of a cell's blocks, if the reader gave them and they still make the blocks (no repair changed them). */
function linesOf(line: SourceRow, k: number, blocks: string[]): string[][] | undefined {
  const lines = k >= 0 ? line.lines?.[k] : null;
  if (!lines || lines.length !== blocks.length) return undefined;
  return lines.every((ls, b) => ls.join(' ') === blocks[b]) ? lines : undefined;
}

/** A row's printed lines only where the reader gave them: other rows stay as they were. */
const withLines = (key: 'responseLines' | 'ownerLines' | 'targetLines', lines: string[][] | undefined) =>
  lines ? { [key]: lines } : {};

export function tableRows(lines: SourceRow[], layout: Layout): Rows {
  const notes: Note[] = [];
  const rows: Row[] = [];
  const width = layout.roles.length;
  const col = (role: string) => layout.roles.indexOf(role as never);
  const others = otherColumns(layout).map((c) => c.index);
  // For each line, the next line with any text: worked out once, backwards, so that reading stays linear in the rows.
  const nextWithText = new Array<SourceRow | undefined>(lines.length);
  for (let i = lines.length - 2; i >= 0; i--) {
    const after = lines[i + 1]!;
    nextWithText[i] = after.cells.some((c) => c.length) ? after : nextWithText[i + 1];
  }
  // The last item ends where the items' table ends: what follows it is read as what it is.
  const end = itemsTableEnd(lines, layout);
  const idCol = col('id');
  const numbered = (cells: string[][]) => /^\S*\d/.test(cellText(cells[idCol] ?? []));

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.n <= layout.line) continue;
    let cells = [...line.cells];
    if (cells.every((c) => c.length === 0)) continue; // blank line, page break or empty formatting
    if (cells.every((c) => SEPARATOR.test(cellText(c)))) continue; // a ruled line
    const outside = line.n > end;
    const next = nextWithText[i];
    if (!numbered(cells) && isSummaryStart(cells, next?.cells, outside)) {
      let j = i + 1;
      while (j < lines.length && inSummary(lines[j]!.cells)) j++;
      return { rows, summary: lines.slice(i, j), after: lines.slice(j), notes };
    }
    // A sign-off after the items ("Signed: …", "Name | Date"), or anything once the items' table has ended.
    if (outside || (rows.length && !numbered(cells) && isSignOff(cells.map(cellText))))
      return { rows, summary: [], after: lines.slice(i), notes };
    // A cell merged across the whole table (Word, PDF): a heading row.
    if (line.table !== null && cells.length === 1) {
      rows.push({ kind: 'heading', n: line.n, text: cellText(cells[0]!) });
      continue;
    }

    if (shiftedLeft(cells, layout)) {
      cells.splice(col('status'), 0, []);
      cells = cells.slice(0, width);
      notes.push(
        note(
          line.n,
          'cells-shifted',
          'The cells of this row were shifted one column to the left; they were moved back under their headings.',
        ),
      );
    }
    while (cells.length > width && cells.at(-1)!.length === 0) cells.pop();
    if (cells.length > width) {
      // More cells than columns: keep the words, in the last column.
      const extra = cells.splice(width - 1).flat();
      cells.push(extra);
      notes.push(
        note(
          line.n,
          'extra-cells',
          `This row has more cells than the table has columns (${width}); the extra text was kept in the last column.`,
          cellText(extra),
        ),
      );
    }

    const cell = (role: string) => {
      const k = col(role);
      return k < 0 ? [] : (cells[k] ?? []);
    };
    // A status printed at the start of a numbered row's response, where the template has one column for both.
    let status = cellText(cell('status'));
    let response = cell('response');
    if (layout.statusInResponse && cellText(cell('id')) && response.length) {
      const lead = leadingStatus(response[0]!);
      if (lead) {
        status = lead.status;
        response = lead.rest ? [lead.rest, ...response.slice(1)] : response.slice(1);
      }
    }
    const row: TableRow = {
      kind: 'row',
      n: line.n,
      id: cellText(cell('id')),
      text: cellText(cell('text')),
      status,
      response,
      owner: cell('owner'),
      target: cell('target'),
      ...withLines('responseLines', linesOf(line, col('response'), response)),
      ...withLines('ownerLines', linesOf(line, col('owner'), cell('owner'))),
      ...withLines('targetLines', linesOf(line, col('target'), cell('target'))),
      other: others.map((k) => cells[k] ?? []),
    };
    const onlyText =
      !row.id &&
      row.text &&
      !row.status &&
      !row.response.length &&
      !row.owner.length &&
      !row.target.length &&
      row.other.every((c) => !c.length);
    rows.push(onlyText ? { kind: 'heading', n: line.n, text: row.text } : row);
  }
  return { rows, summary: [], after: [], notes };
}
