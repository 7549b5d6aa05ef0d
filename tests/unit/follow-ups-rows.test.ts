import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/follow-ups/rows.ts';

describe('readCsv', () => {
  it('gives each row the line it starts on, past blank lines and cells that run over lines', () => {
    const t = readCsv('\uFEFFPlan, Item \r\na,1\r\n\r\nb,"two\r\nlines"\r\nc,3\r\n"d",4');
    expect(t.columns).toEqual(['plan', 'item']);
    expect(t.rows).toEqual([
      { line: 2, cells: { plan: 'a', item: '1' } },
      { line: 4, cells: { plan: 'b', item: 'two\r\nlines' } },
      { line: 6, cells: { plan: 'c', item: '3' } },
      { line: 7, cells: { plan: 'd', item: '4' } },
    ]);
  });

  it("reads Excel's semicolons and tabs by the header row, and a short row's missing cells as empty", () => {
    expect(readCsv('plan;item;note\na;5,1\n').rows).toEqual([{ line: 2, cells: { plan: 'a', item: '5,1', note: '' } }]);
    expect(readCsv('plan\titem\nx\t5.10\n').rows).toEqual([{ line: 2, cells: { plan: 'x', item: '5.10' } }]);
  });

  it('skips rows with nothing in them, and a file with a header only has no rows', () => {
    expect(readCsv('plan,item\n,\n , \n').rows).toEqual([]);
    expect(readCsv('plan,item\n')).toEqual({ columns: ['plan', 'item'], rows: [] });
  });
});
