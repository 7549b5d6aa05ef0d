import { describe, expect, it } from 'vitest';
import { textDocument } from '../../src/documents/readers/text.ts';
import { checkSummary, readSummary } from '../../src/parse/summary.ts';
import { lineNote } from '../support/notes.ts';

const rowsOf = (...lines: string[]) => textDocument(lines.join('\n')).rows;

describe('readSummary', () => {
  it('reads the printed counts by status and the total, keeping the rows as printed', () => {
    expect(
      readSummary(rowsOf('Recommendations', 'Agreed\t38', 'Partly Agreed\t6', 'Not Agreed\t–', 'Total\t44')),
    ).toEqual({
      summary: {
        agreed: 38,
        partlyAgreed: 6,
        notAgreed: 0,
        total: 44,
        rows: [
          { label: 'Agreed', status: 'agreed', count: 38 },
          { label: 'Partly Agreed', status: 'partly_agreed', count: 6 },
          { label: 'Not Agreed', status: 'not_agreed', count: 0 },
        ],
      },
      notes: [],
    });
  });

  it('counts the 2016 wordings under the status they mean', () => {
    const { summary } = readSummary(
      rowsOf(
        'Recommendations',
        'Accepted\t10',
        'Partially Accepted\t2',
        'Accepted Subject to Resources\t1',
        'Rejected\t1',
      ),
    );
    expect(summary).toMatchObject({ agreed: 10, partlyAgreed: 3, notAgreed: 1, total: null });
  });

  it('warns about a row without a count or that is no status, and keeps its words', () => {
    expect(readSummary(rowsOf('Recommendations', 'Agreed\tmany', 'Housekeeping\t3'))).toEqual({
      summary: {
        agreed: 0,
        partlyAgreed: 0,
        notAgreed: 0,
        total: null,
        rows: [{ label: 'Housekeeping', status: null, count: 3 }],
      },
      notes: [
        lineNote(
          2,
          'summary-unreadable',
          'warning',
          'The summary row "Agreed" has no count that can be read.',
          'Agreed many',
        ),
        lineNote(3, 'summary-unreadable', 'warning', 'The summary row "Housekeeping" is not a status.', 'Housekeeping'),
      ],
    });
  });

  it('gives no summary when no row can be read', () => {
    expect(readSummary(rowsOf('Recommendations', 'Total\t3'))).toEqual({ summary: null, notes: [] });
  });
});

describe('checkSummary', () => {
  const summary = { agreed: 1, partlyAgreed: 1, notAgreed: 0, total: 2, rows: [] };

  it('finds nothing to say when the items agree with the printed counts', () => {
    expect(checkSummary(summary, [{ status: 'agreed' }, { status: 'partly_agreed' }], 40)).toEqual([]);
  });

  it('warns about each count that differs, and about the total', () => {
    expect(
      checkSummary(summary, [{ status: 'agreed' }, { status: 'agreed' }, { status: 'partly_agreed' }], 40),
    ).toEqual([
      lineNote(40, 'summary-mismatch', 'warning', "The plan's summary counts 1 agreed but 2 were read."),
      lineNote(40, 'summary-mismatch', 'warning', "The plan's summary counts 2 items in total but 3 were read."),
    ]);
  });
});
