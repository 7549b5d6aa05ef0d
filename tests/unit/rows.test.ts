import { describe, expect, it } from 'vitest';
import { textDocument } from '../../src/documents/readers/text.ts';
import type { SourceRow } from '../../src/documents/readers/source.ts';
import { findLayout } from '../../src/parse/layout.ts';
import { otherColumns, tableRows } from '../../src/parse/rows.ts';
import { lineNote } from '../support/notes.ts';

const HEADER =
  'Rec No\tRecommendation\tAgreed/Partly Agreed/Not Agreed\tResponse Action Taken/Planned\tResponsible Owner\tTarget Date\tProgress update';

function rowsOf(...lines: string[]) {
  const src = textDocument([HEADER, ...lines].join('\n'));
  const layout = findLayout(src.rows)!;
  return { layout, ...tableRows(src.rows, layout) };
}

describe('otherColumns', () => {
  it('keeps the columns whose role is unknown under their header, or under "Column N" when the header is blank', () => {
    expect(otherColumns(rowsOf().layout)).toEqual([{ index: 6, header: 'Progress update' }]);
    expect(
      otherColumns({ roles: ['id', null, 'text', null], headers: ['No', '', 'Recommendation', 'RAG'] } as never),
    ).toEqual([
      { index: 1, header: 'Column 2' },
      { index: 3, header: 'RAG' },
    ]);
  });
});

describe('tableRows', () => {
  it('names each cell by the role of its column, and keeps the unknown columns in order', () => {
    const { rows, notes, summary } = rowsOf(
      '1.1\tThe governor should reduce violence. (1.12)\tAgreed\tA strategy.\tGovernor\tJuly 2024\tStarted',
    );
    expect(rows).toEqual([
      {
        kind: 'row',
        n: 2,
        id: '1.1',
        text: 'The governor should reduce violence. (1.12)',
        status: 'Agreed',
        response: ['A strategy.'],
        owner: ['Governor'],
        target: ['July 2024'],
        other: [['Started']],
      },
    ]);
    expect(notes).toEqual([]);
    expect(summary).toEqual([]);
  });

  it('reads a row with words only in the text column as a heading, and skips blank and ruled lines', () => {
    const { rows } = rowsOf('\tManaging behaviour\t\t\t\t', '', '----\t----\t----', '\t \t\t');
    expect(rows).toEqual([{ kind: 'heading', n: 2, text: 'Managing behaviour' }]);
  });

  it('reads a cell merged across a Word or PDF table as a heading', () => {
    // The header row stands in the same table, as in a Word or PDF document.
    const src = textDocument(HEADER);
    for (const r of src.rows) r.table = 1;
    const layout = findLayout(src.rows)!;
    const merged: SourceRow = {
      n: 2,
      where: 'table 1, row 2',
      page: null,
      table: 1,
      cells: [['Main recommendations to the governor']],
    };
    expect(tableRows([...src.rows, merged], layout).rows).toEqual([
      { kind: 'heading', n: 2, text: 'Main recommendations to the governor' },
    ]);
  });

  it('puts cells shifted one column left back under their headings, and says so', () => {
    const { rows, notes } = rowsOf(
      '5.7\tThe prison should act. (5.7)\tA plan will be written this year.\tGovernor\tJuly 2024\t\t',
    );
    expect(rows[0]).toMatchObject({
      id: '5.7',
      status: '',
      response: ['A plan will be written this year.'],
      owner: ['Governor'],
      target: ['July 2024'],
    });
    expect(notes).toEqual([expect.objectContaining({ line: 2, kind: 'cells-shifted', severity: 'repair' })]);
  });

  it('keeps the words of cells beyond the last column in the last column, with a warning', () => {
    const { rows, notes } = rowsOf('1.1\tText. (1.1)\tAgreed\tYes.\tGovernor\tJuly 2024\tStarted\tstray words');
    expect((rows[0] as { other: string[][] }).other).toEqual([['Started', 'stray words']]);
    expect(notes).toEqual([
      lineNote(
        2,
        'extra-cells',
        'warning',
        'This row has more cells than the table has columns (7); the extra text was kept in the last column.',
        'Started stray words',
      ),
    ]);
  });

  it('stops at the summary table and hands its lines on', () => {
    const { rows, summary } = rowsOf(
      '1.1\tText. (1.1)\tAgreed\tYes.\tGovernor\tJuly 2024\t',
      'Recommendations',
      'Agreed\t1',
      'Total\t1',
    );
    expect(rows.map((r) => r.n)).toEqual([2]);
    expect(summary.map((l) => l.n)).toEqual([3, 4, 5]);
  });

  it('reads "Recommendations" followed by an item as a heading, not as the summary', () => {
    const { rows, summary } = rowsOf(
      '\tRecommendations\t\t\t\t',
      '1.1\tText. (1.1)\tAgreed\tYes.\tGovernor\tJuly 2024\t',
    );
    expect(rows.map((r) => r.kind)).toEqual(['heading', 'row']);
    expect(summary).toEqual([]);
  });
});

describe('where the items end', () => {
  const ITEM = '5.1\tText. (1.1)\tAgreed\tDone.\tGovernor\tMay 2021\t';

  it.each([
    ['counts under a label', ['Recommendations', 'Agreed\t1', 'Total\t1']],
    ['counts with no label', ['Agreed\t1', 'Partly Agreed\t-', 'Total\t1']],
    ['a total alone', ['Total\t1']],
    ['counts in one line', ['Agreed 1 / Not Agreed - / Total 1']],
  ])('a summary of %s is no part of the last item', (_, summary) => {
    const { rows, summary: read } = rowsOf(ITEM, ...summary);
    expect(rows.map((r) => r.n)).toEqual([2]);
    expect(read.map((r) => r.cells.flat().join(' '))).toEqual(summary.map((l) => l.replace(/\t/g, ' ').trim()));
  });

  it('a sign-off after the items ends them, with what follows it', () => {
    const { rows, after } = rowsOf(ITEM, 'Signed:\tJ. Smith', 'Governor');
    expect(rows.map((r) => r.n)).toEqual([2]);
    expect(after.map((r) => r.n)).toEqual([3, 4]);
  });
});
