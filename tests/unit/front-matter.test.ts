import { describe, expect, it } from 'vitest';
import { textDocument } from '../../src/documents/readers/text.ts';
import { readFrontMatter } from '../../src/parse/front-matter.ts';

const rowsOf = (...lines: string[]) => textDocument(lines.join('\n')).rows;

describe('readFrontMatter', () => {
  it('reads the establishment and the three dates from "Label: value" lines', () => {
    expect(
      readFrontMatter(
        rowsOf(
          'Action Plan: HMP Example',
          'Unannounced inspection: 4 – 15 March 2024',
          'Report published: 2 July 2024',
          'Action plan submitted: 30 July 2024',
        ),
      ),
    ).toEqual({
      establishment: 'HMP Example',
      inspectionStart: '2024-03-04',
      inspectionEnd: '2024-03-15',
      reportPublished: '2024-07-02',
      planSubmitted: '2024-07-30',
      notes: [],
    });
  });

  it('reads a value standing in the next cell, as in a timetable table', () => {
    const fm = readFrontMatter(
      rowsOf(
        'ESTABLISHMENT\tHMP Example',
        'Inspection\t4 – 15 March 2024',
        'Report published\t2 July 2024',
        'Action plan submitted\t30 July 2024',
      ),
    );
    expect(fm).toMatchObject({
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
        {
          line: 0,
          where: null,
          item: null,
          kind: 'establishment-missing',
          severity: 'warning',
          message: 'No "Action Plan: <establishment>" or "ESTABLISHMENT:" line was found above the table.',
          text: null,
        },
        {
          line: 0,
          where: null,
          item: null,
          kind: 'date-missing',
          severity: 'warning',
          message: 'The plan does not print the dates of the inspection.',
          text: null,
        },
        {
          line: 0,
          where: null,
          item: null,
          kind: 'date-missing',
          severity: 'warning',
          message: 'The plan does not print the date the report was published.',
          text: null,
        },
        {
          line: 0,
          where: null,
          item: null,
          kind: 'date-missing',
          severity: 'warning',
          message: 'The plan does not print the date the action plan was submitted.',
          text: null,
        },
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
      {
        line: 2,
        where: null,
        item: null,
        kind: 'date-unreadable',
        severity: 'warning',
        message: 'The inspection dates "sometime in spring" could not be read.',
        text: 'sometime in spring',
      },
    ]);
  });
});
