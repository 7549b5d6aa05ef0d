// The PDF readers' cell type: a cell's blocks with the printed lines they were made from and the blocks read as list
// items from their indent, as fields of the cell; and a cell cut by a page break joined with its lines.
import { describe, expect, it } from 'vitest';
import { cellBlocks, sourceRow, textCell, type PdfCell } from '../../src/documents/readers/pdf/cells.ts';
import { toLines } from '../../src/documents/readers/pdf/lines.ts';
import { appendCut, listItemGoesOn, restOfRow } from '../../src/documents/readers/pdf/page-breaks.ts';
import type { Word } from '../../src/documents/readers/pdf-page.ts';

const SIZE = 9;
const word = (str: string, x: number, y: number): Word => ({ str, x0: x, x1: x + str.length * 4.5, y, size: SIZE });
const frame = { left: 0, right: 200, textLeft: 2, lineStep: 11 };

describe('cellBlocks', () => {
  it('keeps the printed lines of each block, and which blocks are list items by their indent alone', () => {
    const lines = toLines([word('The wing will be', 2, 10), word('repainted.', 2, 21), word('staff trained', 12, 40)]);
    expect(cellBlocks(lines, frame)).toEqual({
      blocks: ['The wing will be repainted.', '• staff trained'],
      lines: [['The wing will be', 'repainted.'], ['staff trained']],
      indented: new Set([1]),
    });
    expect(cellBlocks([], frame)).toEqual({ blocks: [], lines: null, indented: null });
  });
});

describe('appendCut', () => {
  it('joins a sentence cut by a page break, its lines with it; a hyphenated word joined drops the lines', () => {
    const into: PdfCell = { blocks: ['Staff will be'], lines: [['Staff will be']], indented: null };
    appendCut(into, { blocks: ['trained.', 'Posters.'], lines: [['trained.'], ['Posters.']], indented: null });
    expect(into).toEqual({
      blocks: ['Staff will be trained.', 'Posters.'],
      lines: [['Staff will be', 'trained.'], ['Posters.']],
      indented: null,
    });
    const hyphen: PdfCell = { blocks: ['a well-'], lines: [['a well-']], indented: null };
    appendCut(hyphen, textCell(['advertised scheme.']));
    expect(hyphen).toEqual({ blocks: ['a well-advertised scheme.'], lines: [], indented: null });
  });

  it('takes the bullet off a page-top list item that goes on from the item above, so the row reads as the rest of it', () => {
    const above = [
      textCell(['1.1']),
      textCell(['• staff will be trained in']),
      textCell(['Governor']),
      textCell(['May']),
    ];
    const cells = [
      textCell(),
      { blocks: ['• the new approach.'], lines: null, indented: new Set([0]) },
      textCell(),
      textCell(),
    ];
    listItemGoesOn(cells, above);
    expect(cells[1]!.blocks).toEqual(['the new approach.']);
    expect(restOfRow(cells, above)).toBe(true);
  });
});

describe('sourceRow', () => {
  it("gives a ruled row its cells' lines and merged-down cells, an unruled row its lines, and others neither", () => {
    const cells = [textCell(['1.1']), { blocks: ['Text.'], lines: [['Text.']], indented: null }];
    const base = { where: 'page 2', page: 2, table: 1, cells };
    expect(sourceRow({ shape: 'ruled', ...base, mergedDown: [false, true] })).toEqual({
      n: 0,
      where: 'page 2',
      page: 2,
      table: 1,
      cells: [['1.1'], ['Text.']],
      mergedDown: [false, true],
      lines: [null, [['Text.']]],
    });
    expect(Object.keys(sourceRow({ shape: 'unruled', ...base }))).toEqual([
      'n',
      'where',
      'page',
      'table',
      'cells',
      'lines',
    ]);
    expect(Object.keys(sourceRow({ shape: 'plain', ...base }))).toEqual(['n', 'where', 'page', 'table', 'cells']);
  });
});
