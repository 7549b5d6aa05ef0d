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
      inspectionParts: [],
      reportPublished: '2024-07-02',
      planSubmitted: '2024-07-30',
      datesAsWritten: {
        inspection: '4 – 15 March 2024',
        reportPublished: '2 July 2024',
        planSubmitted: '30 July 2024',
      },
      fieldLines: new Set([1, 2, 3, 4]),
      notes: [],
    });
  });

  it('says what is missing, one warning for each, and invents nothing', () => {
    expect(readFrontMatter(rowsOf('Some title', 'nothing else'))).toEqual({
      establishment: null,
      inspectionStart: null,
      inspectionEnd: null,
      inspectionParts: [],
      reportPublished: null,
      planSubmitted: null,
      datesAsWritten: { inspection: null, reportPublished: null, planSubmitted: null },
      fieldLines: new Set(),
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
    expect(fm.datesAsWritten.inspection).toBe('sometime in spring');
    expect(fm.notes).toEqual([
      lineNote(
        2,
        'date-unreadable',
        'warning',
        'The inspection dates "sometime in spring" could not be read; they are shown as printed.',
        'sometime in spring',
      ),
    ]);
  });

  it.each([
    // An inspection in parts: ordinals, ";", the year printed once at the end.
    [
      '3-4th October; 14-18th October 2021',
      '2021-10-03',
      '2021-10-18',
      [
        { start: '2021-10-03', end: '2021-10-04' },
        { start: '2021-10-14', end: '2021-10-18' },
      ],
    ],
    // Days in a list, "&" between parts, the month and year carried back.
    [
      '28, 29 November & 3-7 December 2022',
      '2022-11-28',
      '2022-12-07',
      [
        { start: '2022-11-28', end: '2022-11-29' },
        { start: '2022-12-03', end: '2022-12-07' },
      ],
    ],
    // Across a year end, the year printed once.
    ['29th December – 4th January 2020', '2019-12-29', '2020-01-04', []],
    // Month first, a comma before the year, "to" and weekdays.
    ['Monday 6th to Friday 10th September, 2021', '2021-09-06', '2021-09-10', []],
    ['March 7–11, 2022', '2022-03-07', '2022-03-11', []],
    // Parts in two years, "and", an em dash, the first year carried forward.
    [
      '30 November — 2 December 2020 and 11 — 15 January',
      '2020-11-30',
      '2021-01-15',
      [
        { start: '2020-11-30', end: '2020-12-02' },
        { start: '2021-01-11', end: '2021-01-15' },
      ],
    ],
  ])('reads the inspection dates "%s" by meaning', (printed, start, end, parts) => {
    const fm = readFrontMatter(rowsOf('Action Plan: HMP Example', `Dates of inspection: ${printed}`));
    expect([fm.inspectionStart, fm.inspectionEnd, fm.inspectionParts]).toEqual([start, end, parts]);
    expect(fm.datesAsWritten.inspection).toBe(printed);
    expect(fm.notes.filter((n) => n.kind === 'date-unreadable')).toEqual([]);
  });
});
