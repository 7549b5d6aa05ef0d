import { describe, expect, it } from 'vitest';
import { parseInspectionDates } from '../../src/parse/inspection-dates.ts';

const span = (start: string, end: string) => ({ start, end, parts: [] });

describe('parseInspectionDates', () => {
  it.each([
    ['12th – 22nd August 2024', span('2024-08-12', '2024-08-22')],
    ['23 October - 3 November 2017', span('2017-10-23', '2017-11-03')],
    ['6 -17 June 2016', span('2016-06-06', '2016-06-17')],
    ['19 June 2018', span('2018-06-19', '2018-06-19')],
    ['October 3-5, 2021', span('2021-10-03', '2021-10-05')],
    ['7–18 June, 2021', span('2021-06-07', '2021-06-18')],
    ['3rd-7th Oct. 2022', span('2022-10-03', '2022-10-07')],
    ['Monday 3rd to Friday 7th October 2022', span('2022-10-03', '2022-10-07')],
    ['between 3 and 7 October 2022', span('2022-10-03', '2022-10-07')],
    ['3/10/2021 - 7/10/2021', span('2021-10-03', '2021-10-07')],
    ['29th November to 3rd December 2021', span('2021-11-29', '2021-12-03')],
    // The year printed once, after a year end: the first date is in the year before.
    ['28 December – 5 January 2022', span('2021-12-28', '2022-01-05')],
  ])('reads "%s" as one span', (text, want) => {
    expect(parseInspectionDates(text)).toEqual(want);
  });

  it.each([
    ['3-4th October; 14-18th October 2021', ['2021-10-03', '2021-10-04'], ['2021-10-14', '2021-10-18']],
    ['28, 29 November & 3-7 December 2022', ['2022-11-28', '2022-11-29'], ['2022-12-03', '2022-12-07']],
    ['1-5 & 15-19 March 2021', ['2021-03-01', '2021-03-05'], ['2021-03-15', '2021-03-19']],
    ['10th, 11th & 17th–21st May 2021', ['2021-05-10', '2021-05-11'], ['2021-05-17', '2021-05-21']],
    // The year carried forward to a part in the next year.
    ['13 – 17 December 2021 and 4 – 8 January', ['2021-12-13', '2021-12-17'], ['2022-01-04', '2022-01-08']],
  ])('reads "%s" as an inspection in two parts', (text, a, b) => {
    expect(parseInspectionDates(text)).toEqual({
      start: a[0],
      end: b[1],
      parts: [
        { start: a[0], end: a[1] },
        { start: b[0], end: b[1] },
      ],
    });
  });

  it('keeps days that follow on in a list as one part, and a ";" as a part of its own', () => {
    expect(parseInspectionDates('2nd and 3rd May 2023')).toEqual(span('2023-05-02', '2023-05-03'));
    expect(parseInspectionDates('2nd; 3rd May 2023')!.parts).toHaveLength(2);
  });

  it.each([
    'Spring 2019 (dates TBC)',
    'October 2021',
    'sometime in spring',
    '3-4 October',
    '31 February - 3 March 2021',
    '18 – 12 June 2020',
    '3-7 October; 1-2 October 2021',
  ])('does not read "%s": no calendar days of one order', (text) => {
    expect(parseInspectionDates(text)).toBeNull();
  });
});
