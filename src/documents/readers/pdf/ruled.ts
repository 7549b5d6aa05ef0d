// Ruled tables: the ruling lines that touch one another make a table. Their x and y positions make a grid; two
// neighbouring grid cells are one merged cell where no line is drawn between them. Words go to the cell under them.
//
// Pages: a table that goes on at the top of the next page keeps its number; its repeated header row is read once,
// and a row cut by the page break is joined to the row it continues.
import type { PageContent, Rule, Word } from '../pdf-page.ts';
import { cellBlocks, proseCells, textCell, type PdfCell, type PdfRow } from './cells.ts';
import { cluster, toLines, TOL, type Line } from './lines.ts';
import { appendCut, isEmpty, listItemGoesOn, restOfRow } from './page-breaks.ts';

/** A row of a ruled table. */
export interface RuledRow {
  /** The row's cells; a row of one cell spans the table. */
  cells: PdfCell[];
  /** Which cells continue a cell merged down from the row above (none for a row that spans the table). */
  mergedDown?: boolean[];
}

export interface Table {
  top: number;
  bottom: number;
  left: number;
  right: number;
  rows: RuledRow[];
  columns: number;
}

interface RuleGroup {
  h: Rule[];
  v: Rule[];
}

/** Ruling lines → groups that touch one another. */
export function ruleGroups(h: Rule[], v: Rule[]): RuleGroup[] {
  const all = [...h.map((r) => ({ r, hz: true })), ...v.map((r) => ({ r, hz: false }))];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const touch = (a: Rule, b: Rule) =>
    a.x0 - TOL <= b.x1 && b.x0 - TOL <= a.x1 && a.y0 - TOL <= b.y1 && b.y0 - TOL <= a.y1;
  // Sorted by top, each line is compared only with lines that start above its bottom.
  const order = all.map((_, i) => i).sort((a, b) => all[a]!.r.y0 - all[b]!.r.y0);
  for (let k = 0; k < order.length; k++) {
    const a = all[order[k]!]!.r;
    for (let j = k + 1; j < order.length && all[order[j]!]!.r.y0 <= a.y1 + TOL; j++) {
      if (touch(a, all[order[j]!]!.r)) parent[find(order[j]!)] = find(order[k]!);
    }
  }
  const groups = new Map<number, RuleGroup>();
  all.forEach((x, i) => {
    const g = groups.get(find(i)) ?? { h: [], v: [] };
    (x.hz ? g.h : g.v).push(x.r);
    groups.set(find(i), g);
  });
  return [...groups.values()].filter((g) => g.h.length >= 2 && g.v.length >= 2);
}

/** Whether any page has ruling lines that make a grid of three columns or more (not a box round the table, not rules between rows only). */
export function hasGrid(pages: PageContent[]): boolean {
  const gridded = (g: { v: Rule[] }) => cluster(g.v.map((r) => r.x0)).length >= 4;
  return pages.some((page) => ruleGroups(page.horizontal, page.vertical).some(gridded));
}

/** A grid's cells, merged where no line is drawn between them: `find` gives each grid cell its merged cell's root. */
function mergedGrid(g: RuleGroup, h: Rule[], xs: number[], ys: number[], top: number, bottom: number) {
  const hasV = (x: number, ya: number, yb: number) =>
    g.v.some((r) => Math.abs(r.x0 - x) <= TOL && r.y0 - TOL <= (ya + yb) / 2 && (ya + yb) / 2 <= r.y1 + TOL);
  const hasH = (y: number, xa: number, xb: number) =>
    Math.abs(y - top) <= TOL ||
    Math.abs(y - bottom) <= TOL ||
    h.some((r) => Math.abs(r.y0 - y) <= TOL && r.x0 - TOL <= (xa + xb) / 2 && (xa + xb) / 2 <= r.x1 + TOL);
  const R = ys.length - 1;
  const C = xs.length - 1;
  const id = (r: number, c: number) => r * C + c;
  const parent = Array.from({ length: R * C }, (_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      if (c + 1 < C && !hasV(xs[c + 1]!, ys[r]!, ys[r + 1]!)) parent[root(id(r, c + 1))] = root(id(r, c));
      if (r + 1 < R && !hasH(ys[r + 1]!, xs[c]!, xs[c + 1]!)) parent[root(id(r + 1, c))] = root(id(r, c));
    }
  }
  return (r: number, c: number) => root(id(r, c));
}

/** Grid cells merged into one: the row it starts in, its first and last column, and its words. */
interface GridCell {
  r0: number;
  c0: number;
  c1: number;
  words: Word[];
}

/** One group of ruling lines and the words inside it → a table. Takes its words out of `words`. */
export function buildTable(g: RuleGroup, words: Set<Word>): Table {
  const xs = cluster(g.v.map((r) => r.x0));
  // A row cut by the page break may have no line drawn under it: the side lines end there.
  const top = Math.min(...g.v.map((r) => r.y0));
  const bottom = Math.max(...g.v.map((r) => r.y1));
  const near = (vals: number[], v: number) => vals.some((x) => Math.abs(x - v) <= TOL * 2);
  // Borders run from one grid line to another; a line ending mid-cell (an underline) is not one.
  const h = g.h.filter((r) => near(xs, r.x0) && near(xs, r.x1));
  const ys = cluster([...h.map((r) => r.y0), top, bottom]);
  const R = ys.length - 1;
  const C = xs.length - 1;
  const table: Table = { top: ys[0]!, bottom: ys.at(-1)!, left: xs[0]!, right: xs.at(-1)!, rows: [], columns: C };
  if (R < 1 || C < 1) return table;

  const find = mergedGrid(g, h, xs, ys, top, bottom);
  const cells = new Map<number, GridCell>();
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      const root = find(r, c);
      const cell = cells.get(root);
      if (!cell) cells.set(root, { r0: r, c0: c, c1: c, words: [] });
      else cell.c1 = Math.max(cell.c1, c);
    }
  }
  const index = (vals: number[], v: number) => {
    for (let k = 0; k < vals.length - 1; k++) if (v >= vals[k]! - TOL && v < vals[k + 1]!) return k;
    return -1;
  };
  for (const w of words) {
    const r = index(ys, w.y - 0.3 * w.size);
    const c = index(xs, w.x0 + Math.min(1, (w.x1 - w.x0) / 2));
    if (r < 0 || c < 0) continue;
    cells.get(find(r, c))!.words.push(w);
    words.delete(w);
  }
  const byRow = cellsByRow([...cells.values()], xs, R);
  for (const [r, row] of byRow.entries()) {
    if (!row.length || row.every((c) => !c.cell.blocks.length)) continue;
    row.sort((a, b) => a.c0 - b.c0);
    if (row.length === 1 && row[0]!.c0 === 0 && row[0]!.c1 === C - 1 && C > 1) {
      table.rows.push({ cells: [row[0]!.cell] });
      continue;
    }
    const out: PdfCell[] = Array.from({ length: C }, () => textCell());
    for (const c of row) out[c.c0] = c.cell;
    // A grid cell joined to the one above it (no line drawn between): merged down, printed once above.
    const mergedDown = out.map((_, c) => cells.get(find(r, c))!.r0 < r);
    table.rows.push({ cells: out, mergedDown });
  }
  return table;
}

/** The merged cells' blocks, by the row each starts in, read against where each column's text starts and the table's line step. */
function cellsByRow(cells: GridCell[], xs: number[], R: number): { c0: number; c1: number; cell: PdfCell }[][] {
  const withLines = cells.map((cell) => ({ ...cell, lines: toLines(cell.words) }));
  // Where each column's text starts, and the commonest step between lines: what a list indent and paragraph spacing differ from.
  const textLeft = new Map<number, number>();
  const steps = new Map<number, number>();
  for (const cell of withLines) {
    for (const l of cell.lines) textLeft.set(cell.c0, Math.min(textLeft.get(cell.c0) ?? Infinity, l.x0));
    for (let k = 1; k < cell.lines.length; k++) {
      const step = Math.round((cell.lines[k]!.y - cell.lines[k - 1]!.y) * 2) / 2;
      steps.set(step, (steps.get(step) ?? 0) + 1);
    }
  }
  const lineStep = [...steps].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? Infinity;
  const byRow: { c0: number; c1: number; cell: PdfCell }[][] = Array.from({ length: R }, () => []);
  for (const cell of withLines) {
    const frame = { left: xs[cell.c0]!, right: xs[cell.c1 + 1]!, textLeft: textLeft.get(cell.c0)!, lineStep };
    byRow[cell.r0]!.push({ c0: cell.c0, c1: cell.c1, cell: cellBlocks(cell.lines, frame) });
  }
  return byRow;
}

const same = (a: PdfCell[], b: PdfCell[]) =>
  JSON.stringify(a.map((c) => c.blocks)) === JSON.stringify(b.map((c) => c.blocks));

/** The table the last page ended in, with its header row and its rows so far. */
interface OpenTable {
  n: number;
  columns: number;
  header: PdfCell[];
  rows: PdfRow[];
}

/** What reading the pages so far leaves for the next page. */
export interface RuledState {
  rows: PdfRow[];
  tables: number;
  open: OpenTable | null;
  /** The pages whose top repeats the header row. */
  repeats: number[];
}

/**
 * A table's rows at the top of a page, going on from the table the page before ended in: the header printed again is
 * dropped, and a first row that is the rest of the row above is joined to it; in a new row, a cell under a cell merged
 * down the page before goes on from that cell. Gives the rows left to add.
 */
function goOn(open: OpenTable, t: Table, page: number, repeats: number[]): RuledRow[] {
  let body = t.rows;
  if (same(body[0]!.cells, open.header)) {
    body = body.slice(1);
    repeats.push(page);
  }
  const b = body[0]?.cells;
  if (!(b && b.length > 1 && isEmpty(b[0]!) && open.rows.length)) return body;
  const prev = open.rows.at(-1)!;
  const lastAbove = (c: number) => open.rows.findLast((r) => r.cells.length > 1 && r.cells[c] && !isEmpty(r.cells[c]));
  // The rest of a row cut by the page break: no owner or target of its own, or a cell that goes on mid-sentence.
  listItemGoesOn(b, prev.cells);
  if (restOfRow(b, prev.cells)) {
    b.forEach((cell, c) => {
      if (!isEmpty(cell)) appendCut(lastAbove(c)?.cells[c] ?? prev.cells[c]!, cell);
    });
    return body.slice(1);
  }
  // A new row; a cell in it under a cell merged down the page before goes on from that cell.
  b.forEach((cell, c) => {
    const above = lastAbove(c);
    if (!isEmpty(cell) && (!prev.cells[c] || isEmpty(prev.cells[c])) && above && c < b.length - 2) {
      appendCut(above.cells[c]!, cell);
      b[c] = textCell();
    }
  });
  return body;
}

/** One page of a document with ruled tables: its prose lines and its tables in reading order. */
export function ruledPage(state: RuledState, page: PageContent): RuledState {
  const words = new Set(page.words);
  const built = ruleGroups(page.horizontal, page.vertical)
    .map((g) => buildTable(g, words))
    .filter((t) => t.rows.length)
    .sort((a, b) => a.top - b.top);
  const prose = toLines([...words]);
  // Reading order: prose and tables by their top; a page's running header comes first.
  const pieces: { top: number; line?: Line; table?: Table }[] = [
    ...prose.map((line) => ({ top: line.y - line.size, line })),
    ...built.map((table) => ({ top: table.top, table })),
  ].sort((a, b) => a.top - b.top);
  const where = `page ${page.page}`;
  let { tables, open } = state;
  let firstTable = true;
  for (const piece of pieces) {
    if (piece.line) {
      state.rows.push({ shape: 'plain', where, page: page.page, table: null, cells: proseCells(piece.line) });
      continue;
    }
    const t = piece.table!;
    const goesOn = firstTable && open !== null && open.columns === t.columns;
    firstTable = false;
    let body = t.rows;
    if (goesOn) body = goOn(open!, t, page.page, state.repeats);
    else {
      tables++;
      open = { n: tables, columns: t.columns, header: t.rows[0]!.cells, rows: [] };
    }
    for (const r of body) {
      const row: PdfRow = { shape: 'ruled', where, page: page.page, table: open!.n, ...r };
      state.rows.push(row);
      open!.rows.push(row);
    }
  }
  // A table that does not reach the foot of the page does not go on over the page.
  const lastTable = built.at(-1);
  if (lastTable && prose.some((l) => l.y - l.size > lastTable.bottom && l.y < page.height * 0.85)) open = null;
  return { ...state, tables, open };
}

/** Pages with ruled tables → rows, and the pages whose header row was printed again. */
export function ruledRows(pages: PageContent[]): { rows: PdfRow[]; repeats: number[] } {
  let state: RuledState = { rows: [], tables: 0, open: null, repeats: [] };
  for (const page of pages) state = ruledPage(state, page);
  return { rows: state.rows, repeats: state.repeats };
}
