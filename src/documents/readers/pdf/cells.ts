// The lines of a table cell → its blocks (paragraphs and list items), and the rows the PDF readers build before they
// give them to the parser as source rows.
//
// A cell keeps, beside its blocks, the printed lines each block was made from (in a narrow cell a new paragraph and a
// wrapped line look alike, and the parser reads owners and targets line by line) and which blocks were read as list
// items from their indent alone. They are fields of the cell, so that joining a cell cut by a page break joins them too.
import type { SourceRow } from '../source.ts';
import { isEnglish } from '../english.ts';
import { lineText, splitAtGaps, type Line } from './lines.ts';
import type { Word } from '../pdf-page.ts';

export const BULLET = /^[•·▪◦●■\uf0b7\uf0a7\uf076\uf0d8-]\s*(?=\S)/;
export const FINISHED = /[.!?:;)"”’]$/;

export interface PdfCell {
  /** Paragraphs and list items ("• …"). */
  blocks: string[];
  /** The printed lines of each block, where the blocks were made from lines; else null. */
  lines: string[][] | null;
  /** The blocks read as list items from their indent alone, with no bullet printed (a bullet drawn as a shape). */
  indented: Set<number> | null;
}

/** A cell of blocks not made from printed lines (prose, a header row's cell), or an empty one. */
export const textCell = (blocks: string[] = []): PdfCell => ({ blocks, lines: null, indented: null });

/**
 * A row as the PDF readers build it. `shape` says which fields its source row has: a table row of a ruled table has
 * its cells' lines and which cells are merged down; one of an unruled table its cells' lines; others neither.
 */
export interface PdfRow {
  shape: 'ruled' | 'unruled' | 'plain';
  where: string;
  page: number;
  table: number | null;
  cells: PdfCell[];
  /** For a ruled table's row, which cells continue a cell merged down from the row above (none for a row spanning the table). */
  mergedDown?: boolean[];
}

/** The row given to the parser. */
export function sourceRow(row: PdfRow): SourceRow {
  const base = { n: 0, where: row.where, page: row.page, table: row.table, cells: row.cells.map((c) => c.blocks) };
  const lines = () => row.cells.map((c) => c.lines);
  if (row.shape === 'ruled') return { ...base, mergedDown: row.mergedDown, lines: lines() };
  if (row.shape === 'unruled') return { ...base, lines: lines() };
  return base;
}

/** A line of text outside the tables → a row of cells split at wide gaps (a table drawn without lines). */
export function proseCells(line: Line): PdfCell[] {
  return splitAtGaps(line, 2.5).map((ws) => {
    const t = lineText(ws);
    return textCell(t ? [t] : []);
  });
}

/** Where a cell's lines wrap, and the spacing its paragraphs differ from. */
export interface CellFrame {
  /** The cell's edges. */
  left: number;
  right: number;
  /** Where text starts in the cell's column (left of a list item's indent). */
  textLeft: number;
  /** The usual distance between two lines of a paragraph in the table. */
  lineStep: number;
}

/**
 * Whether a word alone on its line, at the cell's edge, and the start of the next line are one word broken by a cell
 * too narrow for it ("Residenc" / "e", "Comple" / "ted"), not a long word and the next ("intelligence" / "and").
 */
export function wordBroken(head: string, nextLine: string): boolean {
  const tail = /^[a-z]+/.exec(nextLine)![0];
  if (isEnglish((head + tail).toLowerCase())) return true;
  return !isEnglish(head.toLowerCase()) && (tail.length <= 3 || !isEnglish(tail));
}

// Helvetica's advance widths (thousandths of an em) for the printable ASCII characters, from its font metrics: the
// proportions of the letters of most plans' sans-serif fonts (Arial, Liberation Sans), so that "Management" is
// measured wider than "interested", which have as many letters.
const HELVETICA = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556,
  556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334,
  260, 334, 584,
];
const helvetica = (s: string) => {
  let w = 0;
  for (const ch of s) w += HELVETICA[ch.charCodeAt(0) - 32] ?? 556;
  return w;
};

/** The width of the first word of a piece of text, from the piece's width and the proportions of its letters. */
function wordWidth(piece: Word, word: string): number {
  const all = helvetica(piece.str.trim());
  return all ? ((piece.x1 - piece.x0) * helvetica(word)) / all : 0;
}

/** Lines of one cell → its blocks: a line starts a block after a bullet, a line ended early, an outdent or a gap. */
export function cellBlocks(lines: Line[], frame?: CellFrame): PdfCell {
  if (!lines.length) return textCell();
  const blockLines: string[][] = [];
  const left = Math.min(frame?.textLeft ?? Infinity, ...lines.map((l) => l.x0));
  const cellLeft = frame?.left;
  const cellRight = frame?.right;
  // The width lines wrap at: the cell's, less the same padding on the right as on the left.
  const right =
    cellLeft !== undefined && cellRight !== undefined
      ? Math.max(cellRight - (left - cellLeft), ...lines.map((l) => l.x1))
      : Math.max(...lines.map((l) => l.x1));
  const blocks: string[] = [];
  const indents = new Set<number>();
  let prev: Line | null = null;
  for (const line of lines) {
    let text = lineText(line.words);
    if (!text) continue;
    const bullet = BULLET.test(text) && (text[0] !== '-' || /^-\s/.test(text));
    if (bullet) text = text.replace(BULLET, '');
    let breaks = !prev || bullet;
    if (prev && !breaks) {
      const firstWord = line.words[0]!;
      const firstWidth = wordWidth(firstWord, text.split(' ')[0]!);
      // The line before ended early: its first word would have fitted, so the break was made by hand.
      // (With a margin for the estimate of the word's width; a sentence running on in lower case is no new paragraph.)
      const fitted = prev.x1 + 0.3 * line.size + firstWidth < right - 0.6 * line.size && !/^[a-z]/.test(text);
      // A list item's text starts right of the cell's edge; a line back at the edge starts a paragraph.
      const outdented = line.x0 < left + 1 && blocks.at(-1)!.startsWith('• ') && prev.x0 > left + 3;
      // A gap of more than half a line between lines is paragraph spacing.
      const spaced = line.y - prev.y > (frame ? frame.lineStep + Math.max(2, 0.2 * line.size) : 1.6 * line.size);
      breaks = fitted || outdented || spaced;
    }
    // A bullet drawn as a shape, not a character: the item's text starts right of the cell's edge.
    const indented = breaks && !bullet && line.x0 > left + 0.5 * line.size;
    if (breaks) {
      if (indented) indents.add(blocks.length);
      blocks.push(bullet || indented ? `• ${text}` : text);
      blockLines.push([text]);
    } else {
      const last = blocks.pop()!;
      // A word broken at the line end by a hyphen is joined without a space; so is a word too long for a narrow cell,
      // which the line breaks where the cell ends ("Residenc" / "e"): alone on its line, reaching the cell's edge.
      const prevText = lineText(prev!.words);
      const broken =
        /^[a-z]/.test(text) &&
        /^[A-Za-z]+$/.test(prevText) &&
        prev!.x1 >= right - 0.8 * line.size &&
        wordBroken(prevText, text);
      const hyphen = /[A-Za-z]-$/.test(last) && /^[a-z]/.test(text);
      blocks.push(hyphen || broken ? last + text : `${last} ${text}`);
      const ls = blockLines.at(-1)!;
      if (broken && !hyphen) ls[ls.length - 1] += text;
      else ls.push(text);
    }
    prev = line;
  }
  return { blocks, lines: blockLines, indented: indents.size ? indents : null };
}
