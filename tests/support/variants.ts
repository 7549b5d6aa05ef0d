// Transformations of a plan's text for the variant tests: what next year's
// plans change (header wording, column order, extra columns, status wording,
// page furniture, date styles, encodings), applied to a built-in plan.
import { textDocument } from '../../src/documents/readers/text.ts';
import { findLayout, type Role } from '../../src/parse/layout.ts';
import { summaryStarts } from './words.ts';

export interface Table {
  lines: string[];
  /** Index (0-based) of the header line. */
  header: number;
  /** Index of the first line after the table (the summary, or the end). */
  end: number;
  roles: (Role | null)[];
}

export function table(text: string): Table {
  const lines = text.split('\n');
  const layout = findLayout(textDocument(text).rows)!;
  const header = layout.line - 1;
  let end = lines.findIndex((_l, i) => i > header && summaryStarts(lines, i));
  if (end < 0) end = lines.length;
  return { lines, header, end, roles: layout.roles };
}

/** Each table line's cells (header excluded) through `fn`; other lines kept. */
export function mapRows(text: string, fn: (cells: string[], t: Table) => string[]): string {
  const t = table(text);
  return t.lines.map((l, i) => (i > t.header && i < t.end ? fn(l.split('\t'), t).join('\t') : l)).join('\n');
}

/** The header line replaced by these cells. */
export function withHeader(text: string, cells: string[]): string {
  const t = table(text);
  t.lines[t.header] = cells.join('\t');
  return t.lines.join('\n');
}

/** One role's cells of the item rows (and their continuation rows) through `fn`. */
export function mapColumn(text: string, role: Role, fn: (cell: string) => string): string {
  return mapRows(text, (cells, t) => {
    const k = t.roles.indexOf(role);
    if (k < 0 || cells[k] === undefined) return cells;
    const out = [...cells];
    out[k] = fn(cells[k]!);
    return out;
  });
}

/** The cells of the header and of each table line through `fn`; lines of one cell (headings) kept as they are. */
function mapTableCells(text: string, fn: (cells: string[], isHeader: boolean) => string[]): string {
  const t = table(text);
  return t.lines
    .map((l, i) => {
      if (i < t.header || i >= t.end) return l;
      const cells = l.split('\t');
      return cells.length < 2 ? l : fn(cells, i === t.header).join('\t');
    })
    .join('\n');
}

/** The cells of header and table moved into a new order (`order[k]` = the old column now at k). */
export function reorder(text: string, order: number[]): string {
  return mapTableCells(text, (cells) => [...order.map((k) => cells[k] ?? ''), ...cells.slice(order.length)]);
}

/** A column inserted at `at`: `header` above it, and `value(cells)` in each table line. */
export function insertColumn(text: string, at: number, header: string, value: (cells: string[]) => string): string {
  return mapTableCells(text, (cells, isHeader) => [
    ...cells.slice(0, at),
    isHeader ? header : value(cells),
    ...cells.slice(at),
  ]);
}

/**
 * Page breaks inside split rows: before each continuation line of an item
 * (a line whose number cell is empty but which carries words), the lines
 * `furniture(page)` printed by the break.
 */
export function breakInsideSplitRows(text: string, furniture: (page: number, header: string) => string[]): string {
  const t = table(text);
  const out: string[] = [];
  let page = 1;
  t.lines.forEach((l, i) => {
    const cells = l.split('\t');
    if (i > t.header && i < t.end && cells.length > 2 && cells[0] === '' && cells.slice(2).some((c) => c.trim())) {
      out.push(...furniture(++page, t.lines[t.header]!));
    }
    out.push(l);
  });
  return out.join('\n');
}

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** A month and year standing alone ("March 2025", not "31 March 2025"). */
export const MONTH_YEAR = new RegExp(
  `(?<!(?:^|\\D)\\d{1,2}(?:st|nd|rd|th)?\\s)\\b(${MONTHS.join('|')}) (20\\d\\d)\\b`,
  'g',
);

export const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
export const pad = (n: number) => String(n).padStart(2, '0');

/** A target date style: how a month is written, and the due date that writing means. */
export interface DateStyle {
  write: (month: number, year: number) => string;
  due: (month: number, year: number) => string;
}

export function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  return Uint8Array.from([
    ...(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]),
    ...(order === 'le' ? le : Buffer.from(le).swap16()),
  ]);
}
