import { describe, expect, it } from 'vitest';
import { textDocument } from '../../src/documents/readers/text.ts';
import { readFrontMatter } from '../../src/parse/front-matter.ts';
import { lineNote } from '../support/notes.ts';

const rowsOf = (...lines: string[]) => textDocument(lines.join('\n')).rows;

describe('readFrontMatter', () => {
  it.each([
    [
      '"Label: value" lines',
      [
        'Action Plan: HMP Example',
        'Unannounced inspection: 4 – 15 March 2024',
        'Report published: 2 July 2024',
        'Action plan submitted: 30 July 2024',
      ],
    ],
    [
      'a value standing in the next cell, as in a timetable table',
      [
        'ESTABLISHMENT\tHMP Example',
        'Inspection\t4 – 15 March 2024',
        'Report published\t2 July 2024',
        'Action plan submitted\t30 July 2024',
      ],
    ],
  ])('reads the establishment and the three dates from %s', (_, lines) => {
    expect(readFrontMatter(rowsOf(...lines))).toEqual({
      establishment: 'HMP Example',
      inspectionStart: '2024-03-04',
      inspectionEnd: '2024-03-15',
      reportPublished: '2024-07-02',
      planSubmitted: '2024-07-30',
      notes: [],
    });
  });

  it('says what is missing, one warning for each, and invents nothing', () => {
    expect(readFrontMatter(rowsOf('Some title', 'nothing else'))).toEqual({
      establishment: null,
      inspectionStart: null,
      inspectionEnd: null,
      reportPublished: null,
      planSubmitted: null,
      notes: [
        lineNote(
          0,
          'establishment-missing',
          'warning',
          'No "Action Plan: <establishment>" or "ESTABLISHMENT:" line was found above the table.',
        ),
        lineNote(0, 'date-missing', 'warning', 'The plan does not print the dates of the inspection.'),
        lineNote(0, 'date-missing', 'warning', 'The plan does not print the date the report was published.'),
        lineNote(0, 'date-missing', 'warning', 'The plan does not print the date the action plan was submitted.'),
      ],
    });
  });

  it('keeps inspection dates it cannot read in a warning naming the line', () => {
    const fm = readFrontMatter(
      rowsOf(
        'Action Plan: HMP Example',
        'Inspection: sometime in spring',
        'Report published: 2 July 2024',
        'Action plan submitted: 30 July 2024',
      ),
    );
    expect(fm.inspectionStart).toBeNull();
    expect(fm.notes).toEqual([
      lineNote(
        2,
        'date-unreadable',
        'warning',
        'The inspection dates "sometime in spring" could not be read.',
        'sometime in spring',
      ),
    ]);
  });
});
