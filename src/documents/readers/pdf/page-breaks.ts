// A table row cut by a page break: whether a page's first row is the rest of the row above, and joining it there.
// Both table readers (ruled.ts, unruled.ts) use these.
import { FINISHED, wordBroken, type PdfCell } from './cells.ts';

export const isEmpty = (cell: PdfCell) => cell.blocks.length === 0;

/** Does `next` go on from `prev` (cut by a page break)? A lower-case start, a year after a month, or a line ending on a joining word. */
function continues(prev: string[], next: string[]): boolean {
  const last = prev.at(-1) ?? '';
  const first = next[0] ?? '';
  return (
    /^[a-z]/.test(first) ||
    (/^\d{4}\b/.test(first) && /[A-Za-z]$/.test(last)) ||
    /[,&/\-–]$|\b(?:and|or|of|the|to|for|with|by|in|on)$/i.test(last)
  );
}

/**
 * A heading row at the top of a page ("Daily life"), printed in one cell: a short title with no number and no
 * closing punctuation, in a column before the owner and the target, under a cell that is finished. It starts the
 * next item's section; it is not the rest of the row above.
 */
export function headingRow(cells: PdfCell[], above: PdfCell[]): boolean {
  const filled = cells.flatMap((c, k) => (c.blocks.length ? [k] : []));
  if (filled.length !== 1) return false;
  const k = filled[0]!;
  const cell = cells[k]!.blocks;
  const text = cell.join(' ');
  return (
    k < cells.length - 2 &&
    cell.length === 1 &&
    /^[A-Z]/.test(text) &&
    !/[.,;:]$/.test(text) &&
    !/\d/.test(text) &&
    text.split(/\s+/).length <= 10 &&
    // An empty cell above: the text above ended in an earlier row (a cell merged down), so nothing is cut.
    FINISHED.test((above[k]?.blocks ?? []).at(-1) ?? '.')
  );
}

/**
 * Whether the cells of a page's first row are the rest of the row above, cut by
 * the page break: no owner or target of their own, or a cell that goes on mid-sentence.
 */
export const restOfRow = (cells: PdfCell[], above: PdfCell[]) =>
  !headingRow(cells, above) &&
  (cells.slice(-2).every(isEmpty) ||
    cells.some(
      (cell, c) => c > 0 && !isEmpty(cell) && above[c] && !isEmpty(above[c]) && continues(above[c].blocks, cell.blocks),
    ));

/**
 * A page's first row whose cell starts on a line indented like a list item's text, with no bullet printed, under a
 * list item that stops mid-sentence, and in lower case: the rest of that item on its hanging indent, not a new item.
 * Its bullet is taken off, so that the row reads as the rest of the row above.
 */
export function listItemGoesOn(cells: PdfCell[], above: PdfCell[]): void {
  cells.forEach((cell, c) => {
    const first = cell.blocks[0];
    const last = (above[c]?.blocks ?? []).at(-1);
    if (
      first !== undefined &&
      last !== undefined &&
      cell.indented?.has(0) &&
      last.startsWith('• ') &&
      !FINISHED.test(last) &&
      /^• [a-z]/.test(first)
    )
      cell.blocks[0] = first.slice(2);
  });
}

/** Blocks continued from the page before, added to the cell above: the first joins its last block if that sentence was cut. */
export function appendCut(into: PdfCell, more: PdfCell): void {
  const blocks = into.blocks;
  const last = blocks.at(-1);
  const first = more.blocks[0];
  // The printed lines go with the blocks, so that they still make its blocks.
  const intoLines = into.lines;
  const moreLines = more.lines ?? more.blocks.map((b) => [b]);
  if (last !== undefined && first !== undefined && !FINISHED.test(last) && !first.startsWith('• ')) {
    // A word a narrow cell broke where the page broke ("Nottinghamshi" / "re"): alone on the last line above.
    const lastLine = intoLines?.at(-1)?.at(-1) ?? '';
    const broken =
      /^[A-Za-z]+$/.test(lastLine) && last.endsWith(lastLine) && /^[a-z]/.test(first) && wordBroken(lastLine, first);
    const glued = (/[A-Za-z]-$/.test(last) && /^[a-z]/.test(first)) || broken;
    blocks[blocks.length - 1] = glued ? last + first : `${last} ${first}`;
    blocks.push(...more.blocks.slice(1));
    if (intoLines) {
      const ls = intoLines.at(-1)!;
      const [head = [], ...rest] = moreLines;
      if (broken && head.length) ls[ls.length - 1] += head[0]!;
      else ls.push(...head.slice(0, 1));
      ls.push(...head.slice(1));
      // A hyphenated word joined: the lines no longer make the block, and are dropped (the parser then ignores them).
      if (glued && !broken) intoLines.length = 0;
      else intoLines.push(...rest);
    }
  } else {
    blocks.push(...more.blocks);
    intoLines?.push(...moreLines);
  }
}
