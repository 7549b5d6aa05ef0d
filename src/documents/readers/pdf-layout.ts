// Pages of positioned words and ruling lines → rows of cells.
//
// Tables: the ruling lines that touch one another make a table. Their x and y
// positions make a grid; two neighbouring grid cells are one merged cell where
// no line is drawn between them. Words go to the cell under them; a cell's
// lines become paragraphs where a line ends short of the cell's width (the
// next word would have fitted) and list items where they start with a bullet.
//
// Pages: a table that goes on at the top of the next page keeps its number;
// its repeated header row is read once, and a row cut by the page break is
// joined to the row it continues.
import { note, type Note } from '../../parse/notes.ts';
import type { SourceRow } from '../source.ts';
import type { PageContent, Rule, Word } from './pdf-page.ts';
import { isEnglish } from '../../parse/spacing.ts';

/** Positions closer than this (points) are the same line of the grid. */
const TOL = 2;

interface Line {
  words: Word[];
  x0: number;
  x1: number;
  y: number;
  size: number;
}

/** Words → lines, top to bottom, each line's words left to right. */
function toLines(words: Word[]): Line[] {
  const sorted = [...words].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const lines: Line[] = [];
  for (const w of sorted) {
    const line = lines.findLast((l) => Math.abs(l.y - w.y) <= Math.max(1.5, 0.4 * Math.min(l.size, w.size)));
    if (line) {
      line.words.push(w);
      line.x0 = Math.min(line.x0, w.x0);
      line.x1 = Math.max(line.x1, w.x1);
      line.size = Math.max(line.size, w.size);
    } else lines.push({ words: [w], x0: w.x0, x1: w.x1, y: w.y, size: w.size });
  }
  for (const l of lines) l.words.sort((a, b) => a.x0 - b.x0);
  return lines.sort((a, b) => a.y - b.y || a.x0 - b.x0);
}

/** A line's words as text; a gap wider than a space's worth is a space. */
function lineText(words: Word[]): string {
  let out = '';
  let right = -Infinity;
  for (const w of words) {
    const gap = w.x0 - right;
    if (out && gap > 0.15 * w.size && !/\s$/.test(out) && !/^\s/.test(w.str)) out += ' ';
    out += w.str;
    right = Math.max(right, w.x1);
  }
  return out.replace(/\s+/g, ' ').trim();
}

const BULLET = /^[•·▪◦●■\uf0b7\uf0a7\uf076\uf0d8-]\s*(?=\S)/;
const FINISHED = /[.!?:;)"”’]$/;

/** Lines of one cell → blocks: paragraphs and list items. */
interface CellFrame {
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
function wordBroken(head: string, nextLine: string): boolean {
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

/** The lines each block of a cell was printed on, kept for the parser: in a narrow cell a new paragraph and a wrapped line look alike. */
const blockLinesOf = new WeakMap<string[], string[][]>();

/** A row's printed lines, cell by cell and block by block, where the reader made its blocks from lines. */
export const linesOfCells = (cells: string[][]): (string[][] | null)[] => cells.map((c) => blockLinesOf.get(c) ?? null);

/** The blocks of a cell read as list items from their indent alone, with no bullet printed (a bullet drawn as a shape). */
const indentedOnly = new WeakMap<string[], Set<number>>();

function cellBlocks(lines: Line[], frame?: CellFrame): string[] {
  const lines_: string[][] = [];
  if (!lines.length) return [];
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
      lines_.push([text]);
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
      const ls = lines_.at(-1)!;
      if (broken && !hyphen) ls[ls.length - 1] += text;
      else ls.push(text);
    }
    prev = line;
  }
  blockLinesOf.set(blocks, lines_);
  if (indents.size) indentedOnly.set(blocks, indents);
  return blocks;
}

/** Values within TOL of each other → one value each (their mean). */
function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out.at(-1);
    if (last && v - last.at(-1)! <= TOL) last.push(v);
    else out.push([v]);
  }
  return out.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}

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

interface Table {
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Rows of cells; a row of one cell spans the table. */
  rows: string[][][];
  columns: number;
}

/** Ruling lines → groups that touch one another. */
function ruleGroups(h: Rule[], v: Rule[]): { h: Rule[]; v: Rule[] }[] {
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
  const groups = new Map<number, { h: Rule[]; v: Rule[] }>();
  all.forEach((x, i) => {
    const g = groups.get(find(i)) ?? { h: [], v: [] };
    (x.hz ? g.h : g.v).push(x.r);
    groups.set(find(i), g);
  });
  return [...groups.values()].filter((g) => g.h.length >= 2 && g.v.length >= 2);
}

/** For a ruled table's row, which cells continue a cell merged down from the row above. */
const mergedDownOf = new WeakMap<string[][], boolean[]>();

/** One group of ruling lines and the words inside it → a table. Takes its words out of `words`. */
function buildTable(g: { h: Rule[]; v: Rule[] }, words: Set<Word>): Table {
  const xs = cluster(g.v.map((r) => r.x0));
  const near = (vals: number[], v: number) => vals.some((x) => Math.abs(x - v) <= TOL * 2);
  // Borders run from one grid line to another; a line ending mid-cell (an underline) is not one.
  const h = g.h.filter((r) => near(xs, r.x0) && near(xs, r.x1));
  // A row cut by the page break may have no line drawn under it: the side lines end there.
  const top = Math.min(...g.v.map((r) => r.y0));
  const bottom = Math.max(...g.v.map((r) => r.y1));
  const ys = cluster([...h.map((r) => r.y0), top, bottom]);
  const hasV = (x: number, ya: number, yb: number) =>
    g.v.some((r) => Math.abs(r.x0 - x) <= TOL && r.y0 - TOL <= (ya + yb) / 2 && (ya + yb) / 2 <= r.y1 + TOL);
  const hasH = (y: number, xa: number, xb: number) =>
    Math.abs(y - top) <= TOL ||
    Math.abs(y - bottom) <= TOL ||
    h.some((r) => Math.abs(r.y0 - y) <= TOL && r.x0 - TOL <= (xa + xb) / 2 && (xa + xb) / 2 <= r.x1 + TOL);
  const R = ys.length - 1;
  const C = xs.length - 1;
  const table: Table = { top: ys[0]!, bottom: ys.at(-1)!, left: xs[0]!, right: xs.at(-1)!, rows: [], columns: C };
  if (R < 1 || C < 1) return table;

  // Merged cells: union of grid cells with no line between them.
  const id = (r: number, c: number) => r * C + c;
  const parent = Array.from({ length: R * C }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      if (c + 1 < C && !hasV(xs[c + 1]!, ys[r]!, ys[r + 1]!)) parent[find(id(r, c + 1))] = find(id(r, c));
      if (r + 1 < R && !hasH(ys[r + 1]!, xs[c]!, xs[c + 1]!)) parent[find(id(r + 1, c))] = find(id(r, c));
    }
  }
  const cells = new Map<number, { r0: number; c0: number; c1: number; words: Word[] }>();
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      const root = find(id(r, c));
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
    cells.get(find(id(r, c)))!.words.push(w);
    words.delete(w);
  }
  const withLines = [...cells.values()].map((cell) => ({ ...cell, lines: toLines(cell.words) }));
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
  const byRow: { c0: number; c1: number; blocks: string[] }[][] = Array.from({ length: R }, () => []);
  for (const cell of withLines) {
    const frame = { left: xs[cell.c0]!, right: xs[cell.c1 + 1]!, textLeft: textLeft.get(cell.c0)!, lineStep };
    byRow[cell.r0]!.push({ c0: cell.c0, c1: cell.c1, blocks: cellBlocks(cell.lines, frame) });
  }
  for (const [r, row] of byRow.entries()) {
    if (!row.length || row.every((c) => !c.blocks.length)) continue;
    row.sort((a, b) => a.c0 - b.c0);
    if (row.length === 1 && row[0]!.c0 === 0 && row[0]!.c1 === C - 1 && C > 1) {
      table.rows.push([row[0]!.blocks]);
      continue;
    }
    const out: string[][] = Array.from({ length: C }, () => []);
    for (const c of row) out[c.c0] = c.blocks;
    // A grid cell joined to the one above it (no line drawn between): merged down, printed once above.
    mergedDownOf.set(
      out,
      out.map((_, c) => cells.get(find(id(r, c)))!.r0 < r),
    );
    table.rows.push(out);
  }
  return table;
}

/** A line's words split at gaps wider than `spaces` times the type size; an empty line gives one empty run. */
function splitAtGaps(line: Line, spaces: number): Word[][] {
  const out: Word[][] = [[]];
  let right = -Infinity;
  for (const w of line.words) {
    if (out.at(-1)!.length && w.x0 - right > spaces * w.size) out.push([]);
    out.at(-1)!.push(w);
    right = Math.max(right, w.x1);
  }
  return out;
}

/** Lines outside tables → rows of cells split at wide gaps (a table drawn without lines). */
function proseCells(line: Line): string[][] {
  return splitAtGaps(line, 2.5).map((ws) => {
    const t = lineText(ws);
    return t ? [t] : [];
  });
}

const same = (a: string[][], b: string[][]) => JSON.stringify(a) === JSON.stringify(b);
const isEmpty = (cell: string[]) => cell.length === 0;

/**
 * A heading row at the top of a page ("Daily life"), printed in one cell: a short title with no number and no
 * closing punctuation, in a column before the owner and the target, under a cell that is finished. It starts the
 * next item's section; it is not the rest of the row above.
 */
function headingRow(cells: string[][], above: string[][]): boolean {
  const filled = cells.flatMap((c, k) => (c.length ? [k] : []));
  if (filled.length !== 1) return false;
  const k = filled[0]!;
  const cell = cells[k]!;
  const text = cell.join(' ');
  return (
    k < cells.length - 2 &&
    cell.length === 1 &&
    /^[A-Z]/.test(text) &&
    !/[.,;:]$/.test(text) &&
    !/\d/.test(text) &&
    text.split(/\s+/).length <= 10 &&
    // An empty cell above: the text above ended in an earlier row (a cell merged down), so nothing is cut.
    FINISHED.test((above[k] ?? []).at(-1) ?? '.')
  );
}

/**
 * Whether the cells of a page's first row are the rest of the row above, cut by
 * the page break: no owner or target of their own, or a cell that goes on mid-sentence.
 */
const restOfRow = (cells: string[][], above: string[][]) =>
  !headingRow(cells, above) &&
  (cells.slice(-2).every(isEmpty) ||
    cells.some((cell, c) => c > 0 && !isEmpty(cell) && !isEmpty(above[c] ?? []) && continues(above[c]!, cell)));

/**
 * A page's first row whose cell starts on a line indented like a list item's text, with no bullet printed, under a
 * list item that stops mid-sentence, and in lower case: the rest of that item on its hanging indent, not a new item.
 * Its bullet is taken off, so that the row reads as the rest of the row above.
 */
function listItemGoesOn(cells: string[][], above: string[][]): void {
  cells.forEach((cell, c) => {
    const first = cell[0];
    const last = (above[c] ?? []).at(-1);
    if (
      first !== undefined &&
      last !== undefined &&
      indentedOnly.get(cell)?.has(0) &&
      last.startsWith('• ') &&
      !FINISHED.test(last) &&
      /^• [a-z]/.test(first)
    )
      cell[0] = first.slice(2);
  });
}

/** Blocks continued from the page before: the first joins the last block if that sentence was cut. */
function appendCut(into: string[], more: string[]): void {
  const last = into.at(-1);
  const first = more[0];
  // The printed lines go with the blocks (the same arrays the row holds), so that they still make its blocks.
  const intoLines = blockLinesOf.get(into);
  const moreLines = blockLinesOf.get(more) ?? more.map((b) => [b]);
  if (last !== undefined && first !== undefined && !FINISHED.test(last) && !first.startsWith('• ')) {
    // A word a narrow cell broke where the page broke ("Nottinghamshi" / "re"): alone on the last line above.
    const lastLine = intoLines?.at(-1)?.at(-1) ?? '';
    const broken =
      /^[A-Za-z]+$/.test(lastLine) && last.endsWith(lastLine) && /^[a-z]/.test(first) && wordBroken(lastLine, first);
    const glued = (/[A-Za-z]-$/.test(last) && /^[a-z]/.test(first)) || broken;
    into[into.length - 1] = glued ? last + first : `${last} ${first}`;
    into.push(...more.slice(1));
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
    into.push(...more);
    intoLines?.push(...moreLines);
  }
}

export function layoutRows(
  pages: PageContent[],
  isHeader: (cells: string[][]) => boolean = () => false,
): { rows: SourceRow[]; notes: Note[] } {
  // Lines that make no grid of three columns or more (none, a box round the table, rules between rows only): read by layout.
  const gridded = (g: { v: Rule[] }) => cluster(g.v.map((r) => r.x0)).length >= 4;
  if (pages.every((page) => !ruleGroups(page.horizontal, page.vertical).some(gridded)))
    return unruledRows(pages, isHeader);
  const rows: SourceRow[] = [];
  const notes: Note[] = [];
  let tables = 0;
  /** The table the last page ended in, with its header row and its rows so far. */
  let open: { n: number; columns: number; header: string[][]; rows: SourceRow[] } | null = null;
  const repeats: number[] = [];

  for (const page of pages) {
    const words = new Set(page.words);
    const built = ruleGroups(page.horizontal, page.vertical)
      .map((g) => buildTable(g, words))
      .filter((t) => t.rows.length)
      .sort((a, b) => a.top - b.top);
    const prose = toLines([...words]);
    // Reading order: prose and tables by their top; a page's running header comes first.
    type Piece = { top: number; line?: Line; table?: Table };
    const pieces: Piece[] = [
      ...prose.map((line) => ({ top: line.y - line.size, line })),
      ...built.map((table) => ({ top: table.top, table })),
    ].sort((a, b) => a.top - b.top);
    let firstTable = true;
    for (const piece of pieces) {
      if (piece.line) {
        const cells = proseCells(piece.line);
        rows.push({ n: 0, where: `page ${page.page}`, page: page.page, table: null, cells });
        continue;
      }
      const t = piece.table!;
      const goesOn = firstTable && open !== null && open.columns === t.columns;
      firstTable = false;
      let body = t.rows;
      if (goesOn) {
        if (same(body[0]!, open!.header)) {
          body = body.slice(1);
          repeats.push(page.page);
        }
        const b = body[0];
        if (b && b.length > 1 && isEmpty(b[0]!) && open!.rows.length) {
          const prev = open!.rows.at(-1)!;
          const lastAbove = (c: number) => open!.rows.findLast((r) => r.cells.length > 1 && !isEmpty(r.cells[c] ?? []));
          // The rest of a row cut by the page break: no owner or target of its own, or a cell that goes on mid-sentence.
          listItemGoesOn(b, prev.cells);
          const cut = restOfRow(b, prev.cells);
          if (cut) {
            b.forEach((cell, c) => {
              if (!isEmpty(cell)) appendCut(lastAbove(c)?.cells[c] ?? prev.cells[c]!, cell);
            });
            body = body.slice(1);
          } else {
            // A new row; a cell in it under a cell merged down the page before goes on from that cell.
            b.forEach((cell, c) => {
              const above = lastAbove(c);
              if (!isEmpty(cell) && isEmpty(prev.cells[c] ?? []) && above && c < b.length - 2) {
                appendCut(above.cells[c]!, cell);
                b[c] = [];
              }
            });
          }
        }
      } else {
        tables++;
        open = { n: tables, columns: t.columns, header: t.rows[0]!, rows: [] };
      }
      for (const cells of body) {
        const row: SourceRow = {
          n: 0,
          where: `page ${page.page}`,
          page: page.page,
          table: open!.n,
          cells,
          mergedDown: mergedDownOf.get(cells),
          lines: linesOfCells(cells),
        };
        rows.push(row);
        open!.rows.push(row);
      }
    }
    // A table that does not reach the foot of the page does not go on over the page.
    const lastTable = built.at(-1);
    if (lastTable && prose.some((l) => l.y - l.size > lastTable.bottom && l.y < page.height * 0.85)) open = null;
  }
  if (repeats.length) notes.push(headerRepeated(repeats));
  return { rows, notes };
}

/** "pages 2, 3 and 5". */
export function pageList(pages: number[]): string {
  return pages.length === 1 ? `page ${pages[0]}` : `pages ${pages.slice(0, -1).join(', ')} and ${pages.at(-1)}`;
}

/** One note for the header row printed again on later pages, naming them. */
function headerRepeated(pages: number[]): Note {
  return note(
    0,
    'header-repeated',
    'repair',
    `The table's header row, printed again at the top of ${pages.length} page${pages.length === 1 ? '' : 's'}, was read once.`,
    null,
    null,
    pageList(pages),
  );
}

/** Pieces of a line: its words split at gaps wider than a few spaces (a column's edge). */
function pieces(line: Line): Word[][] {
  return splitAtGaps(line, 1.2).filter((p) => p.length);
}

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

/**
 * A PDF whose table has no drawn lines. The header row is the first band of
 * lines whose pieces, grouped by where they start, name the table's columns
 * (the parser's header test); its columns start where its cells start. Below
 * it, each piece of text goes to the column it starts in, and each column's
 * lines to cells: a cell's lines follow one another closely, and a row starts
 * where the number column starts a cell or where two columns start a cell on
 * the same line (a top-aligned row). A cell that starts inside another row
 * (the recommendation merged down its actions' rows) stays in the row it
 * started in. Text across several columns is a heading row. The header
 * printed again on later pages is read once.
 */
function unruledRows(
  pages: PageContent[],
  isHeader: (cells: string[][]) => boolean,
): { rows: SourceRow[]; notes: Note[] } {
  const rows: SourceRow[] = [];
  let header: { starts: number[]; lines: string[] } | null = null;
  const repeats: number[] = [];
  // Running lines: the same line (page numbers aside) at the same height on most pages, such as "Page 3 of 12".
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
  // Where lines start text, across the document: a column's edge is where many lines start.
  const startCount = new Map<number, number>();
  for (const lines of pageLines)
    for (const l of lines)
      for (const x of new Set(l.words.map((w) => Math.round(w.x0)))) startCount.set(x, (startCount.get(x) ?? 0) + 1);
  const recurs = (x: number) => {
    let n = 0;
    for (let k = Math.round(x - TOL); k <= Math.round(x + TOL); k++) n += startCount.get(k) ?? 0;
    return n >= 3;
  };
  /** Set once the table has ended (a block of text below it whose pieces stand off its columns, such as a summary table). */
  let ended = false;
  for (const [p, page] of pages.entries()) {
    const lines = pageLines[p]!.filter((l) => !running(l, page, pageLines[p]!));
    const furniture = pageLines[p]!.filter((l) => running(l, page, pageLines[p]!));
    const rest = (after: Line[]) => {
      // What follows the table: a table of its own where its lines have cells (a summary of status counts), else prose.
      const tabular = after.some((l) => pieces(l).length > 1);
      for (const l of after)
        rows.push({
          n: 0,
          where: `page ${page.page}`,
          page: page.page,
          table: tabular ? 2 : null,
          cells: pieces(l).map((ws) => [lineText(ws)]),
        });
      for (const l of furniture)
        rows.push({ n: 0, where: `page ${page.page}`, page: page.page, table: null, cells: proseCells(l) });
    };
    if (ended) {
      rest(lines);
      continue;
    }
    const pageBands = bands(lines);
    let from = 0;
    const texts = lines.map((l) => lineText(l.words));
    if (header) {
      // The header row printed again at the top of the page: its lines, in order.
      const h = header.lines;
      if (h.length && h.every((t, k) => texts[k] === t)) {
        repeats.push(page.page);
        from = h.length;
      }
    } else {
      // The header row: the first band of lines whose cells name the table's columns.
      let seenLines = 0;
      for (let b = 0; b < pageBands.length; b++) {
        const band = pageBands[b]!;
        const cols = bandColumns(band, recurs);
        if (cols.starts.length >= 3 && isHeader(cols.cells)) {
          for (const l of lines.slice(0, seenLines))
            rows.push({ n: 0, where: `page ${page.page}`, page: page.page, table: null, cells: proseCells(l) });
          header = { starts: cols.starts, lines: texts.slice(seenLines, seenLines + band.lines.length) };
          rows.push({ n: 0, where: `page ${page.page}`, page: page.page, table: 1, cells: cols.cells });
          from = seenLines + band.lines.length;
          break;
        }
        seenLines += band.lines.length;
      }
    }
    if (!header) {
      for (const l of pageLines[p]!)
        rows.push({ n: 0, where: `page ${page.page}`, page: page.page, table: null, cells: proseCells(l) });
      continue;
    }
    const starts = header.starts;
    const column = (x: number) =>
      Math.max(
        0,
        starts.findLastIndex((s) => x >= s - TOL),
      );
    const body = lines.slice(from);
    if (!body.length) continue;
    // Cells: each column's lines, split where the gap between two lines is wider than paragraph spacing.
    type Cell = { c: number; top: number; lines: Line[] };
    const cells: Cell[] = [];
    const headings: { y: number; line: Line }[] = [];
    const open: (Cell | null)[] = starts.map(() => null);
    const step = lineStepOf(body);
    // A piece that starts neither at a column's start nor at a list item's indent from it.
    const offColumns = (line: Line) =>
      pieces(line).some((ws) => !starts.some((x) => ws[0]!.x0 >= x - TOL && ws[0]!.x0 <= x + 3 * line.size));
    let after: Line[] = [];
    for (const [k, line] of body.entries()) {
      // Text well below the table that does not keep to its columns: the table has ended.
      if (k > 0 && line.y - body[k - 1]!.y > 1.6 * step && offColumns(line)) {
        after = body.slice(k);
        ended = true;
        break;
      }
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
        const part: Line = {
          words: ws,
          x0: ws[0]!.x0,
          x1: Math.max(...ws.map((w) => w.x1)),
          y: line.y,
          size: line.size,
        };
        const cell = open[c];
        if (cell && line.y - cell.lines.at(-1)!.y <= 1.6 * step) cell.lines.push(part);
        else {
          const made = { c, top: line.y, lines: [part] };
          cells.push(made);
          open[c] = made;
        }
      }
    }
    // Rows start where the number column starts a cell, or two columns start one on the same line.
    const tops = new Map<number, Set<number>>();
    for (const cell of cells) {
      const y = [...tops.keys()].find((t) => Math.abs(t - cell.top) <= TOL) ?? cell.top;
      tops.set(y, (tops.get(y) ?? new Set()).add(cell.c));
    }
    let rowStarts = [...tops].filter(([, cs]) => cs.has(0) || cs.size >= 2).map(([y]) => y);
    // Cells centred in their rows (a number beside the middle of a longer cell), not at their tops: a row
    // is the run of cells that overlap one another from top to bottom.
    const bottom = (cell: Cell) => cell.lines.at(-1)!.y;
    const numbers = cells.filter((cell) => cell.c === 0);
    const centred = numbers.filter((n) =>
      cells.some((o) => o.c !== 0 && o.lines.length > 1 && o.top < n.top - TOL && bottom(o) > n.top),
    ).length;
    if (centred > numbers.length / 2) {
      rowStarts = [];
      let end = -Infinity;
      for (const cell of [...cells].sort((a, b) => a.top - b.top)) {
        const crossesHeading = headings.some((h) => h.y > end && h.y < cell.top);
        if (cell.top - 0.8 * cell.lines[0]!.size > end + TOL || crossesHeading) rowStarts.push(cell.top);
        end = Math.max(crossesHeading ? -Infinity : end, bottom(cell));
      }
    }
    for (const h of headings) rowStarts.push(h.y);
    rowStarts.sort((a, b) => a - b);
    const byRow = new Map<number, Cell[]>();
    for (const cell of cells) {
      const y = rowStarts.findLast((t) => t <= cell.top + TOL) ?? cell.top;
      byRow.set(y, [...(byRow.get(y) ?? []), cell]);
    }
    const out: { y: number; cells: string[][] }[] = headings.map((h) => ({
      y: h.y,
      cells: [[lineText(h.line.words)]],
    }));
    for (const [y, cs] of byRow) {
      const row: string[][] = starts.map(() => []);
      for (let c = 0; c < starts.length; c++) {
        const ls = cs.filter((x) => x.c === c).flatMap((x) => x.lines);
        if (!ls.length) continue;
        const left = starts[c]!;
        const right = starts[c + 1] ?? page.width - starts[0]!;
        row[c] = cellBlocks(ls, { left, right: right - 0.5 * ls[0]!.size, textLeft: left, lineStep: step });
      }
      out.push({ y, cells: row });
    }
    out.sort((a, b) => a.y - b.y);
    // The first row of a page may be the rest of a row cut by the page break: joined as in a ruled table.
    const first = out[0];
    const prev = rows.findLast((r) => r.table === 1 && r.cells.length > 1);
    if (first && prev && first.cells.length > 1 && isEmpty(first.cells[0]!) && prev.page === page.page - 1) {
      const b = first.cells;
      listItemGoesOn(b, prev.cells);
      const cut = restOfRow(b, prev.cells);
      if (cut) {
        b.forEach((cell, c) => {
          if (isEmpty(cell)) return;
          const above = rows.findLast((r) => r.table === 1 && r.cells.length > 1 && !isEmpty(r.cells[c] ?? []));
          appendCut(above?.cells[c] ?? prev.cells[c]!, cell);
        });
        out.shift();
      }
    }
    for (const r of out)
      rows.push({
        n: 0,
        where: `page ${page.page}`,
        page: page.page,
        table: 1,
        cells: r.cells,
        lines: linesOfCells(r.cells),
      });
    rest(after);
  }
  const notes: Note[] = [];
  if (header) {
    notes.push(
      note(
        0,
        'pdf-unruled',
        'warning',
        "This PDF's table has no lines drawn round its cells, so its columns were taken from where the header row's cells start and its rows from where the cells start: check the items against the PDF, or add the Word document (.docx) of the plan instead.",
      ),
    );
  }
  if (repeats.length) notes.push(headerRepeated(repeats));
  return { rows, notes };
}

/** The commonest step between two lines that follow each other closely: a wrapped line's. */
function lineStepOf(lines: Line[]): number {
  const steps = new Map<number, number>();
  for (let k = 1; k < lines.length; k++) {
    const d = Math.round((lines[k]!.y - lines[k - 1]!.y) * 2) / 2;
    if (d > 0.5 * lines[k]!.size && d < 2 * lines[k]!.size) steps.set(d, (steps.get(d) ?? 0) + 1);
  }
  return [...steps].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 1.2 * (lines[0]?.size ?? 10);
}
