// A PDF whose table has no drawn lines. The header row is the first band of lines whose pieces, grouped by where they
// start, name the table's columns (the parser's header test); its columns start where its cells start. Below it, each
// piece of text goes to the column it starts in, and each column's lines to cells: a cell's lines follow one another
// closely, and a row starts where the number column starts a cell or where two columns start a cell on the same line
// (a top-aligned row). A cell that starts inside another row (the recommendation merged down its actions' rows) stays
// in the row it started in. Text across several columns is a heading row. The header printed again on later pages is
// read once.
import type { PageContent, Word } from '../pdf-page.ts';
import { cellBlocks, proseCells, textCell, type PdfCell, type PdfRow } from './cells.ts';
import { cluster, lineStepOf, lineText, pieces, toLines, TOL, type Line } from './lines.ts';
import { appendCut, isEmpty, listItemGoesOn, restOfRow } from './page-breaks.ts';

export type IsHeader = (cells: string[][]) => boolean;

interface Band {
  lines: Line[];
  top: number;
  bottom: number;
}

/** Lines → bands: runs of lines no further apart than a wrapped line (a table row's text, or a paragraph). */
function bands(lines: Line[]): Band[] {
  const out: Band[] = [];
  for (const l of lines) {
    const last = out.at(-1);
    if (last && l.y - last.bottom <= 1.5 * l.size) {
      last.lines.push(l);
      last.bottom = l.y;
    } else out.push({ lines: [l], top: l.y, bottom: l.y });
  }
  return out;
}

/**
 * A band's words by column start. A column starts where a piece of text starts
 * after a wide gap, or where a text item starts that lines below start at
 * again and again (a column's edge, though the header's cells nearly touch).
 */
function bandColumns(band: Band, recurs: (x: number) => boolean): { starts: number[]; cells: string[][] } {
  const items = band.lines.flatMap((l) =>
    l.words.map((w, k) => ({
      w,
      y: l.y,
      gap: k === 0 ? Infinity : w.x0 - Math.max(...l.words.slice(0, k).map((v) => v.x1)),
    })),
  );
  const starts = cluster(items.filter((i) => i.gap > 1.2 * i.w.size || recurs(i.w.x0)).map((i) => i.w.x0));
  const cells: string[][] = starts.map(() => []);
  for (const l of band.lines) {
    const parts: Word[][] = starts.map(() => []);
    for (const w of l.words)
      parts[
        Math.max(
          0,
          starts.findLastIndex((x) => w.x0 >= x - TOL),
        )
      ]!.push(w);
    parts.forEach((ws, c) => ws.length && cells[c]!.push(lineText(ws)));
  }
  return { starts, cells: cells.map((c) => [c.join(' ')]) };
}

/** What the whole document says about each line: the page's lines, which are running lines, where columns recur. */
interface DocumentLines {
  pageLines: Line[][];
  /** A running line (such as "Page 3 of 12"): the same line, page numbers aside, at the same height on most pages. */
  running: (l: Line, page: PageContent, lines: Line[]) => boolean;
  /** Whether many lines start text at x: a column's edge. */
  recurs: (x: number) => boolean;
}

function documentLines(pages: PageContent[]): DocumentLines {
  const runKey = (l: Line) => `${Math.round(l.y / 2)}|${lineText(l.words).replace(/\d+/g, '#')}`;
  const pageLines = pages.map((page) => toLines(page.words));
  const seen = new Map<string, number>();
  for (const lines of pageLines) for (const key of new Set(lines.map(runKey))) seen.set(key, (seen.get(key) ?? 0) + 1);
  // It stands apart in the top or bottom margin: no other line within a wrapped line's distance.
  const running = (l: Line, page: PageContent, lines: Line[]) =>
    pages.length > 1 &&
    (l.y < 0.12 * page.height || l.y > 0.88 * page.height) &&
    (seen.get(runKey(l)) ?? 0) >= Math.max(2, pages.length / 2) &&
    !lines.some((o) => o !== l && Math.abs(o.y - l.y) <= 1.5 * l.size);
  const startCount = new Map<number, number>();
  for (const lines of pageLines)
    for (const l of lines)
      for (const x of new Set(l.words.map((w) => Math.round(w.x0)))) startCount.set(x, (startCount.get(x) ?? 0) + 1);
  const recurs = (x: number) => {
    let n = 0;
    for (let k = Math.round(x - TOL); k <= Math.round(x + TOL); k++) n += startCount.get(k) ?? 0;
    return n >= 3;
  };
  return { pageLines, running, recurs };
}

/** The table's header row: where its columns start, and its lines as printed (to know it again on later pages). */
interface Header {
  starts: number[];
  lines: string[];
}

/** What reading the pages so far leaves for the next page. */
export interface UnruledState {
  rows: PdfRow[];
  header: Header | null;
  /** The pages whose top repeats the header row. */
  repeats: number[];
  /** Set once the table has ended (a block of text below it whose pieces stand off its columns, such as a summary table). */
  ended: boolean;
}

const prose = (page: PageContent, l: Line): PdfRow => ({
  shape: 'plain',
  where: `page ${page.page}`,
  page: page.page,
  table: null,
  cells: proseCells(l),
});

/** The lines after the table: a table of their own where they have cells (a summary of status counts), else prose; then the page's running lines. */
function afterTable(page: PageContent, after: Line[], furniture: Line[]): PdfRow[] {
  const tabular = after.some((l) => pieces(l).length > 1);
  return [
    ...after.map((l): PdfRow => ({
      shape: 'plain',
      where: `page ${page.page}`,
      page: page.page,
      table: tabular ? 2 : null,
      cells: pieces(l).map((ws) => textCell([lineText(ws)])),
    })),
    ...furniture.map((l) => prose(page, l)),
  ];
}

/** The header row: the first band of lines whose cells name the table's columns, and how many lines come before it. */
function findHeader(
  lines: Line[],
  texts: string[],
  recurs: (x: number) => boolean,
  isHeader: IsHeader,
): { header: Header; cells: string[][]; before: number } | null {
  let seenLines = 0;
  for (const band of bands(lines)) {
    const cols = bandColumns(band, recurs);
    if (cols.starts.length >= 3 && isHeader(cols.cells)) {
      const header = { starts: cols.starts, lines: texts.slice(seenLines, seenLines + band.lines.length) };
      return { header, cells: cols.cells, before: seenLines };
    }
    seenLines += band.lines.length;
  }
  return null;
}

/** A column's run of lines that follow one another closely. */
interface ColumnCell {
  c: number;
  top: number;
  lines: Line[];
}

/** The table's body on one page → its columns' cells and its heading lines, and the lines after the table if it ends here. */
function bodyCells(
  body: Line[],
  starts: number[],
  step: number,
): { cells: ColumnCell[]; headings: { y: number; line: Line }[]; after: Line[] | null } {
  const column = (x: number) =>
    Math.max(
      0,
      starts.findLastIndex((s) => x >= s - TOL),
    );
  // Cells: each column's lines, split where the gap between two lines is wider than paragraph spacing.
  const cells: ColumnCell[] = [];
  const headings: { y: number; line: Line }[] = [];
  const open: (ColumnCell | null)[] = starts.map(() => null);
  // A piece that starts neither at a column's start nor at a list item's indent from it.
  const offColumns = (line: Line) =>
    pieces(line).some((ws) => !starts.some((x) => ws[0]!.x0 >= x - TOL && ws[0]!.x0 <= x + 3 * line.size));
  for (const [k, line] of body.entries()) {
    // Text well below the table that does not keep to its columns: the table has ended.
    if (k > 0 && line.y - body[k - 1]!.y > 1.6 * step && offColumns(line))
      return { cells, headings, after: body.slice(k) };
    // Each word goes to the column it starts in.
    const ps: Word[][] = [];
    for (const w of line.words) {
      const c = column(w.x0);
      if (ps.length && column(ps.at(-1)![0]!.x0) === c) ps.at(-1)!.push(w);
      else ps.push([w]);
    }
    // Text in one column only, across the start of another: a heading row (or a running line under the table).
    if (ps.length === 1 && line.words.some((w) => starts.some((x) => x > w.x0 + TOL && x < w.x1 - TOL))) {
      headings.push({ y: line.y, line });
      open.fill(null);
      continue;
    }
    for (const ws of ps) {
      const c = column(ws[0]!.x0);
      const part: Line = { words: ws, x0: ws[0]!.x0, x1: Math.max(...ws.map((w) => w.x1)), y: line.y, size: line.size };
      const cell = open[c];
      if (cell && line.y - cell.lines.at(-1)!.y <= 1.6 * step) cell.lines.push(part);
      else {
        const made = { c, top: line.y, lines: [part] };
        cells.push(made);
        open[c] = made;
      }
    }
  }
  return { cells, headings, after: null };
}

/**
 * Where rows start: where the number column starts a cell, or two columns start one on the same line. Where most
 * numbers are centred in their rows (beside the middle of a longer cell), a row is the run of cells that overlap one
 * another from top to bottom. Each heading is a row.
 */
function rowStarts(cells: ColumnCell[], headings: { y: number }[]): number[] {
  const tops = new Map<number, Set<number>>();
  for (const cell of cells) {
    const y = [...tops.keys()].find((t) => Math.abs(t - cell.top) <= TOL) ?? cell.top;
    tops.set(y, (tops.get(y) ?? new Set()).add(cell.c));
  }
  let out = [...tops].filter(([, cs]) => cs.has(0) || cs.size >= 2).map(([y]) => y);
  const bottom = (cell: ColumnCell) => cell.lines.at(-1)!.y;
  const numbers = cells.filter((cell) => cell.c === 0);
  const centred = numbers.filter((n) =>
    cells.some((o) => o.c !== 0 && o.lines.length > 1 && o.top < n.top - TOL && bottom(o) > n.top),
  ).length;
  if (centred > numbers.length / 2) {
    out = [];
    let end = -Infinity;
    for (const cell of [...cells].sort((a, b) => a.top - b.top)) {
      const crossesHeading = headings.some((h) => h.y > end && h.y < cell.top);
      if (cell.top - 0.8 * cell.lines[0]!.size > end + TOL || crossesHeading) out.push(cell.top);
      end = Math.max(crossesHeading ? -Infinity : end, bottom(cell));
    }
  }
  for (const h of headings) out.push(h.y);
  return out.sort((a, b) => a - b);
}

/** The page's table rows, top to bottom: heading rows of one cell, and rows of each column's cells' blocks. */
function tableRows(
  page: PageContent,
  starts: number[],
  step: number,
  cells: ColumnCell[],
  headings: { y: number; line: Line }[],
): { y: number; cells: PdfCell[] }[] {
  const ys = rowStarts(cells, headings);
  const byRow = new Map<number, ColumnCell[]>();
  for (const cell of cells) {
    const y = ys.findLast((t) => t <= cell.top + TOL) ?? cell.top;
    byRow.set(y, [...(byRow.get(y) ?? []), cell]);
  }
  const out = headings.map((h) => ({ y: h.y, cells: [textCell([lineText(h.line.words)])] }));
  for (const [y, cs] of byRow) {
    const row: PdfCell[] = starts.map(() => textCell());
    for (let c = 0; c < starts.length; c++) {
      const ls = cs.filter((x) => x.c === c).flatMap((x) => x.lines);
      if (!ls.length) continue;
      const left = starts[c]!;
      const right = starts[c + 1] ?? page.width - starts[0]!;
      row[c] = cellBlocks(ls, { left, right: right - 0.5 * ls[0]!.size, textLeft: left, lineStep: step });
    }
    out.push({ y, cells: row });
  }
  return out.sort((a, b) => a.y - b.y);
}

/** Whether the page's first row is the rest of a row cut by the page break; if so it is joined to the rows above, as in a ruled table. */
function joinedToRowAbove(rows: PdfRow[], first: PdfCell[] | undefined, page: number): boolean {
  const prev = rows.findLast((r) => r.table === 1 && r.cells.length > 1);
  if (!(first && prev && first.length > 1 && isEmpty(first[0]!) && prev.page === page - 1)) return false;
  listItemGoesOn(first, prev.cells);
  if (!restOfRow(first, prev.cells)) return false;
  first.forEach((cell, c) => {
    if (isEmpty(cell)) return;
    const above = rows.findLast((r) => r.table === 1 && r.cells.length > 1 && r.cells[c] && !isEmpty(r.cells[c]));
    appendCut(above?.cells[c] ?? prev.cells[c]!, cell);
  });
  return true;
}

/** One page: the rows it adds to `state.rows`, and the header, repeats and end of the table as they stand after it. */
export function unruledPage(
  state: UnruledState,
  page: PageContent,
  all: Line[],
  doc: DocumentLines,
  isHeader: IsHeader,
): UnruledState {
  const rows = state.rows;
  const where = `page ${page.page}`;
  const lines = all.filter((l) => !doc.running(l, page, all));
  const furniture = all.filter((l) => doc.running(l, page, all));
  if (state.ended) {
    rows.push(...afterTable(page, lines, furniture));
    return state;
  }
  let header = state.header;
  let from = 0;
  const texts = lines.map((l) => lineText(l.words));
  if (header) {
    // The header row printed again at the top of the page: its lines, in order.
    const h = header.lines;
    if (h.length && h.every((t, k) => texts[k] === t)) {
      state.repeats.push(page.page);
      from = h.length;
    }
  } else {
    const found = findHeader(lines, texts, doc.recurs, isHeader);
    if (found) {
      for (const l of lines.slice(0, found.before)) rows.push(prose(page, l));
      header = found.header;
      rows.push({ shape: 'plain', where, page: page.page, table: 1, cells: found.cells.map((c) => textCell(c)) });
      from = found.before + found.header.lines.length;
    }
  }
  if (!header) {
    for (const l of all) rows.push(prose(page, l));
    return state;
  }
  const body = lines.slice(from);
  if (!body.length) return { ...state, header };
  const step = lineStepOf(body);
  const { cells, headings, after } = bodyCells(body, header.starts, step);
  const out = tableRows(page, header.starts, step, cells, headings);
  if (joinedToRowAbove(rows, out[0]?.cells, page.page)) out.shift();
  for (const r of out) rows.push({ shape: 'unruled', where, page: page.page, table: 1, cells: r.cells });
  rows.push(...afterTable(page, after ?? [], furniture));
  return { ...state, header, ended: after !== null };
}

/** Pages of a PDF whose table has no drawn lines → rows; whether a header row was found, and the pages that repeat it. */
export function unruledRows(
  pages: PageContent[],
  isHeader: IsHeader,
): { rows: PdfRow[]; unruled: boolean; repeats: number[] } {
  const doc = documentLines(pages);
  let state: UnruledState = { rows: [], header: null, repeats: [], ended: false };
  for (const [p, page] of pages.entries()) state = unruledPage(state, page, doc.pageLines[p]!, doc, isHeader);
  return { rows: state.rows, unruled: state.header !== null, repeats: state.repeats };
}
