// Rebuilding tables from a PDF's positioned words and ruling lines, on
// hand-made pages: merged cells, paragraphs, and rows cut by a page break.
import { describe, expect, it } from 'vitest';
import { layoutRows } from '../../src/documents/readers/pdf-layout.ts';
import type { PageContent, Rule, Word } from '../../src/documents/readers/pdf-page.ts';

const SIZE = 9;
const word = (str: string, x: number, y: number): Word => ({ str, x0: x, x1: x + str.length * 4.5, y, size: SIZE });
const h = (y: number, x0: number, x1: number): Rule => ({ x0, x1, y0: y, y1: y });
const v = (x: number, y0: number, y1: number): Rule => ({ x0: x, x1: x, y0, y1 });
const COLS = [0, 50, 250, 350, 420];

/** The words of one line of a row, a cell's text at the left of each column; `null` leaves a column empty. */
const line = (y: number, ...cells: (string | null)[]): Word[] =>
  cells.flatMap((text, c) => (text === null ? [] : [word(text, COLS[c]! + 2, y)]));
const HEADER = line(20, 'Rec no', 'Recommendation', 'Owner', 'Target');

/**
 * A page with a table under the header row: `ys` are the rules between its rows, top to bottom; `skipRule` says which
 * columns a horizontal rule leaves out.
 */
function page(n: number, ys: number[], words: Word[], skipRule: { y: number; cols: number[] }[] = []): PageContent {
  const horizontal: Rule[] = [];
  for (const y of ys) {
    for (let c = 0; c < COLS.length - 1; c++) {
      if (skipRule.some((s) => s.y === y && s.cols.includes(c))) continue;
      horizontal.push(h(y, COLS[c]!, COLS[c + 1]!));
    }
  }
  const top = Math.min(...ys);
  const bottom = Math.max(...ys);
  const vertical = COLS.map((x) => v(x, top, bottom));
  return { page: n, width: 600, height: 800, words: [...HEADER, ...words], horizontal, vertical, images: 0 };
}

describe('layoutRows', () => {
  it('reads merged cells, paragraphs, list items and hyphenated line ends', () => {
    const p1 = page(
      1,
      [10, 30, 50, 120],
      [
        word('Safety', 2, 42), // a heading row: no rules between its columns
        word('5.1', 2, 62),
        word('Staff will be trained in the well-', 52, 62),
        word('known methods by June.', 52, 73),
        word('• Checks monthly.', 52, 84),
        word('A new paragraph.', 52, 95),
        word('Governor', 252, 62),
        word('June 2025', 352, 62),
      ],
    );
    // The heading row has no vertical rules inside it.
    p1.vertical = [v(0, 10, 120), v(420, 10, 120), ...[50, 250, 350].flatMap((x) => [v(x, 10, 30), v(x, 50, 120)])];
    const { rows } = layoutRows([p1]);
    expect(rows.map((r) => [r.page, r.table, r.cells])).toEqual([
      [1, 1, [['Rec no'], ['Recommendation'], ['Owner'], ['Target']]],
      [1, 1, [['Safety']]],
      [
        1,
        1,
        [
          ['5.1'],
          ['Staff will be trained in the well-known methods by June.', '• Checks monthly.', 'A new paragraph.'],
          ['Governor'],
          ['June 2025'],
        ],
      ],
    ]);
  });

  it('reads a repeated header row once, and joins a row cut by the page break', () => {
    const p1 = page(1, [10, 30, 780], line(42, '5.1', 'The first part of the', 'Governor', 'June 2025'));
    const p2 = page(2, [10, 30, 60, 90], [...line(42, null, 'sentence ends here.'), ...line(72, '5.2', 'Next.')]);
    const { rows, notes } = layoutRows([p1, p2]);
    expect(rows.map((r) => r.cells)).toEqual([
      [['Rec no'], ['Recommendation'], ['Owner'], ['Target']],
      [['5.1'], ['The first part of the sentence ends here.'], ['Governor'], ['June 2025']],
      [['5.2'], ['Next.'], [], []],
    ]);
    expect(notes.map((n) => n.kind)).toEqual(['header-repeated']);
  });

  it('starts a new action row at the top of a page, and joins the merged cell it continues', () => {
    // Page 1: item 5.1 whose first two columns are merged down over two action rows.
    const p1 = page(
      1,
      [10, 30, 60, 780],
      [
        ...line(42, '5.1', 'A long recommendation that', 'Governor', 'June 2025'),
        ...line(72, null, null, 'Head of Safety', 'July 2025'),
      ],
      [{ y: 60, cols: [0, 1] }],
    );
    const p2 = page(2, [10, 30, 60], line(42, null, 'goes on here. (1.2)', 'Head of Care', 'August 2025'));
    const { rows } = layoutRows([p1, p2]);
    expect(rows.map((r) => r.cells)).toEqual([
      [['Rec no'], ['Recommendation'], ['Owner'], ['Target']],
      [['5.1'], ['A long recommendation that goes on here. (1.2)'], ['Governor'], ['June 2025']],
      [[], [], ['Head of Safety'], ['July 2025']],
      [[], [], ['Head of Care'], ['August 2025']],
    ]);
  });

  it('reads a list item that goes on at the top of a page on its hanging indent, without a bullet printed, as the rest of the row', () => {
    const p1 = page(
      1,
      [10, 30, 780],
      [
        ...line(42, '5.1', 'Checks are in place:', 'Governor', 'June 2025'),
        word('• Each referral is assessed', COLS[1]! + 2, 53),
      ],
    );
    // Page 2: the item's text on its indent, in lower case, with an owner printed beside it.
    const p2 = page(
      2,
      [10, 30, 60],
      [word('within ten days', COLS[1]! + 12, 42), word('Head of Care', COLS[2]! + 2, 42)],
    );
    expect(layoutRows([p1, p2]).rows.at(-1)!.cells).toEqual([
      ['5.1'],
      ['Checks are in place:', '• Each referral is assessed within ten days'],
      ['Governor Head of Care'],
      ['June 2025'],
    ]);
    // Under a list item that is finished, the indented line is an item of its own, in a row of its own.
    const p1done = page(
      1,
      [10, 30, 780],
      [
        ...line(42, '5.1', 'Checks are in place:', 'Governor', 'June 2025'),
        word('• Each referral is assessed.', COLS[1]! + 2, 53),
      ],
    );
    expect(layoutRows([p1done, p2]).rows.at(-1)!.cells).toEqual([[], ['• within ten days'], ['Head of Care'], []]);
  });

  it('joins a target date cut between its month and year (lines that could not have been one are kept as printed)', () => {
    const p1 = page(
      1,
      [10, 30, 780],
      [...line(42, '5.1', 'Text.', 'Governor', 'August 2025'), ...line(53, null, null, null, 'September')],
    );
    const p2 = page(2, [10, 30, 60], line(42, null, null, null, '2025'));
    expect(layoutRows([p1, p2]).rows.at(-1)!.cells).toEqual([
      ['5.1'],
      ['Text.'],
      ['Governor'],
      ['August 2025 September 2025'],
    ]);
  });

  it('gives text outside tables as rows of one cell per line, split at wide gaps', () => {
    const p1: PageContent = {
      page: 1,
      width: 600,
      height: 800,
      words: [word('OFFICIAL', 280, 10), word('Report published', 10, 40), word('18 October 2016', 200, 40)],
      horizontal: [],
      vertical: [],
      images: 0,
    };
    expect(layoutRows([p1]).rows.map((r) => [r.page, r.table, r.cells])).toEqual([
      [1, null, [['OFFICIAL']]],
      [1, null, [['Report published'], ['18 October 2016']]],
    ]);
  });
});
