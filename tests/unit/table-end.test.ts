// Where the items' table ends, in each kind of source.
import { describe, expect, it } from 'vitest';
import { textDocument } from '../../src/documents/readers/text.ts';
import type { SourceRow } from '../../src/documents/readers/source.ts';
import { findLayout } from '../../src/parse/layout.ts';
import { summaryCounts } from '../../src/parse/summary.ts';
import { itemsTableEnd } from '../../src/parse/table-end.ts';

const HEADER = 'Rec no\tRecommendation\tAgreed/ Not agreed\tResponse\tOwner\tTarget date';

describe('itemsTableEnd', () => {
  it('ends a text export at its last line with tabs that is no line of the summary', () => {
    const rows = textDocument(
      [HEADER, '1\tText. (1.1)\tAgreed\tDone.\tGovernor\tMay 2021', 'A note.', 'Agreed\t1', 'Total\t1'].join('\n'),
    ).rows;
    expect(itemsTableEnd(rows, findLayout(rows)!)).toBe(2);
  });

  it('ends a Word or PDF table where its rows end: another table of other columns is not part of it', () => {
    const rows: SourceRow[] = textDocument(
      [HEADER, '1\tText. (1.1)\tAgreed\tDone.\tGovernor\tMay 2021'].join('\n'),
    ).rows;
    for (const r of rows) r.table = 1;
    const more: SourceRow[] = [
      { n: 3, where: 'table 1, row 3', page: null, table: 1, cells: [['2'], ['More. (1.2)'], ['Agreed'], [], [], []] },
      { n: 4, where: 'paragraph 9', page: null, table: null, cells: [['Signed: J. Smith']] },
      { n: 5, where: 'table 2, row 1', page: null, table: 2, cells: [['Agreed'], ['2']] },
    ];
    expect(itemsTableEnd([...rows, ...more], findLayout(rows)!)).toBe(3);
  });
});

describe('summaryCounts', () => {
  it.each([
    [['Agreed', '27'], [{ label: 'Agreed', count: 27 }]],
    [['Not Agreed', '-'], [{ label: 'Not Agreed', count: 0 }]],
    [
      ['Accepted Subject to Resources /Partially Accepted', '4', 'Accepted', '0'],
      [{ label: 'Accepted Subject to Resources /Partially Accepted', count: 4 }],
    ],
    [
      ['Agreed 27 / Partly Agreed 4 / Not Agreed - / Total 31'],
      [
        { label: 'Agreed', count: 27 },
        { label: 'Partly Agreed', count: 4 },
        { label: 'Not Agreed', count: 0 },
        { label: 'Total', count: 31 },
      ],
    ],
    [['Agreed: 3'], [{ label: 'Agreed', count: 3 }]],
  ])('reads %j', (cells, want) => expect(summaryCounts(cells)).toEqual(want));

  it.each([[['5.1', 'Agreed']], [['Agreed', 'The prison will review it.']], [['Governor 2']], [['Staffing 12']]])(
    'reads no counts in %j',
    (cells) => expect(summaryCounts(cells)).toBeNull(),
  );
});
