// Table cells with spans → rows of the reader's model. A cell merged across
// columns keeps its blocks in its first column and leaves the others empty, so
// every cell stays under its column heading; a row that is one cell across the
// whole table (a heading row) is a row of one cell. A cell merged down the rows
// keeps all its blocks in the row where it starts; the rows below are empty there.
import { formatCount, within } from '../limits.ts';

export interface GridCell {
  blocks: string[];
  /** Columns the cell spans (1 for most). */
  span: number;
  /** How the cell takes part in a vertical merge: starts one, continues the one above, or none. */
  vmerge: 'restart' | 'continue' | null;
}

export interface GridRow {
  /** Empty grid columns before the first cell (Word's gridBefore). */
  before: number;
  cells: GridCell[];
  header: boolean;
}

/**
 * Rows of cells with spans → rows of positioned cells, each a list of blocks,
 * and for each row which of its cells continue a cell merged down from above.
 */
export function placeCells(
  rows: GridRow[],
  width: number,
  table = 'a table',
): { cells: string[][][]; mergedDown: boolean[][] } {
  // Spans and repeats are numbers in the file: the grid they make is checked before it is built.
  within('rows', rows.length, (n) => `${table} has ${n} rows`);
  within('columns', width, (n) => `${table} has ${n} columns`);
  let widest = width;
  for (const [i, row] of rows.entries()) {
    const columns = row.cells.reduce((s, c) => s + Math.max(1, c.span), row.before);
    within('columns', columns, (n) => `row ${formatCount(i + 1)} of ${table} spans ${n} columns`);
    widest = Math.max(widest, columns);
  }
  within(
    'cells',
    rows.length * widest,
    (n) => `${table} has ${n} cells (${formatCount(rows.length)} rows of ${formatCount(widest)} columns)`,
  );
  const out: string[][][] = [];
  const mergedDown: boolean[][] = [];
  /** The cell, by grid column, that a vertical merge continues into. */
  const open = new Map<number, string[]>();
  for (const row of rows) {
    const cells: string[][] = [];
    const merged: boolean[] = [];
    for (let k = 0; k < row.before; k++) cells.push([]);
    for (const cell of row.cells) {
      const col = cells.length;
      const origin = cell.vmerge === 'continue' ? open.get(col) : undefined;
      if (origin) {
        // Word shows the text of every merged cell in the merged cell.
        origin.push(...cell.blocks);
        merged[col] = true;
        cells.push([]);
      } else {
        const blocks = [...cell.blocks];
        cells.push(blocks);
        if (cell.vmerge) open.set(col, blocks);
        else open.delete(col);
      }
      for (let k = 1; k < cell.span; k++) {
        open.delete(cells.length);
        cells.push([]);
      }
    }
    const across = row.cells.length === 1 && row.before === 0 && row.cells[0]!.span >= Math.max(2, width);
    out.push(across ? [cells[0]!] : cells);
    mergedDown.push(across ? [false] : cells.map((_, c) => merged[c] === true));
  }
  // Trailing empty cells beyond the grid add nothing.
  out.forEach((cells, i) => {
    while (cells.length > width && cells.at(-1)!.length === 0) cells.pop();
    mergedDown[i]!.length = cells.length;
  });
  return { cells: out, mergedDown };
}

/** White space collapsed, as a block of text. */
export function blockText(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
