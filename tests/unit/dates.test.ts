import { describe, expect, it } from 'vitest';
import { parseDateRange, parseHeaderDate, parseTargets } from '../../src/parse/dates.ts';

describe('parseHeaderDate', () => {
  it('reads dates with ordinals and leading zeros', () => {
    expect(parseHeaderDate('13th December 2024', null)).toEqual({
      date: '2024-12-13',
      inferredYear: false,
      weekday: null,
    });
    expect(parseHeaderDate('05 November 2019', null).date).toBe('2019-11-05');
  });

  it('infers a missing year from the weekday, starting at the inspection year', () => {
    expect(parseHeaderDate('Tuesday 18 October', 2016)).toEqual({
      date: '2016-10-18',
      inferredYear: true,
      weekday: 'Tuesday',
    });
    // 18 October 2015 was a Sunday, so the weekday moves the year on.
    expect(parseHeaderDate('Tuesday 18 October', 2015).date).toBe('2016-10-18');
  });

  it('gives up on a yearless date with nothing to infer from, and on impossible dates', () => {
    expect(parseHeaderDate('Tuesday 18 October', null).date).toBeNull();
    expect(parseHeaderDate('31 February 2019', null).date).toBeNull();
    expect(parseHeaderDate('soon', 2019).date).toBeNull();
  });
});

describe('parseDateRange', () => {
  it.each([
    ['23 October - 3 November 2017', '2017-10-23', '2017-11-03'],
    ['12th – 22nd August 2024', '2024-08-12', '2024-08-22'],
    ['23 April – 3 May 2019', '2019-04-23', '2019-05-03'],
    ['6 -17 June 2016', '2016-06-06', '2016-06-17'],
    ['28 December - 8 January 2019', '2018-12-28', '2019-01-08'],
  ])('%s', (text, start, end) => {
    expect(parseDateRange(text)).toEqual({ start, end });
  });
});

describe('parseTargets', () => {
  it('reads months, days, ranges and states', () => {
    expect(parseTargets('July 2018')).toEqual([{ target: 'July 2018', due: '2018-07' }]);
    expect(parseTargets('31 December 2016')).toEqual([{ target: '31 December 2016', due: '2016-12-31' }]);
    expect(parseTargets('April 2017 to December 2017')).toEqual([
      { target: 'April 2017 to December 2017', due: '2017-12' },
    ]);
    expect(parseTargets('Completed and ongoing')).toEqual([
      { target: 'Completed and ongoing', due: 'completed-and-ongoing' },
    ]);
    expect(parseTargets('Completed and Ongoing')[0]!.due).toBe('completed-and-ongoing');
  });

  it('splits targets run together', () => {
    expect(parseTargets('September 2018 Completed Completed and ongoing')).toEqual([
      { target: 'September 2018', due: '2018-09' },
      { target: 'Completed', due: 'completed' },
      { target: 'Completed and ongoing', due: 'completed-and-ongoing' },
    ]);
    expect(parseTargets('January 2025 January 2025')).toHaveLength(2);
  });

  it('keeps an unreadable target whole, with no due date', () => {
    expect(parseTargets('When funding allows')).toEqual([{ target: 'When funding allows', due: null }]);
  });
});

describe('parseTargets in the styles publishers write', () => {
  it.each([
    // Day and month names, with or without ordinals and weekday.
    ['31 March 2025', '2025-03-31'],
    ['31st March 2025', '2025-03-31'],
    ['Monday 31st March 2025', '2025-03-31'],
    ['Mon, 31 Mar 2025', '2025-03-31'],
    ['31st of March 2025', '2025-03-31'],
    ['March 31, 2025', '2025-03-31'],
    ['31-Mar-25', '2025-03-31'],
    // Months alone, abbreviated.
    ['March 2025', '2025-03'],
    ['Mar 2025', '2025-03'],
    ['Mar-25', '2025-03'],
    ['Sept 2025', '2025-09'],
    ["Mar '25", '2025-03'],
    ['March, 2025', '2025-03'],
    // Numeric UK dates (day first) and ISO dates.
    ['31/03/2025', '2025-03-31'],
    ['31/3/25', '2025-03-31'],
    ['31.03.2025', '2025-03-31'],
    ['31.03.25', '2025-03-31'],
    ['1-4-2025', '2025-04-01'],
    ['2025-03-31', '2025-03-31'],
    ['2025-03', '2025-03'],
    ['03/2025', '2025-03'],
    // Quarters and financial years: the end of the period.
    ['Q1 2025', '2025-03'],
    ['Quarter 3 2025', '2025-09'],
    ['Q4 2024/25', '2025-03'],
    ['Q1 2025-26', '2025-06'],
    ['Q2 FY25/26', '2025-09'],
    ['2025/26', '2026-03'],
    ['2025-26', '2026-03'],
    ['2025/2026', '2026-03'],
    ['FY 2024/25', '2025-03'],
    ['financial year 2025/26', '2026-03'],
    ['2025', '2025-12'],
    // "end of", "by", "w/c", "before", "mid".
    ['End of March 2025', '2025-03'],
    ['By 31st March 2025', '2025-03-31'],
    ['by the end of June 2025', '2025-06'],
    ['No later than 30 June 2025', '2025-06-30'],
    ['End of Q1 2025', '2025-03'],
    ['w/c 3 March 2025', '2025-03-09'],
    ['Week commencing 3rd March 2025', '2025-03-09'],
    ['Before 1 April 2025', '2025-03-31'],
    ['Before April 2025', '2025-03'],
    ['Mid-June 2025', '2025-06'],
    ['Late Sep 2025', '2025-09'],
    ['End March 2025', '2025-03'],
    ['By end-March 2025', '2025-03'],
    ['w/e 7 March 2025', '2025-03-07'],
    ['Qtr 1 2025', '2025-03'],
    ['2025/03/31', '2025-03-31'],
    // Two digits after a day and a month are a year; other abbreviations.
    ['30 Sep 25', '2025-09-30'],
    ['30th Sept 2025', '2025-09-30'],
    ['Sep/25', '2025-09'],
    ["September '25", '2025-09'],
    ['Sept. 2025', '2025-09'],
    ['By end Dec 2025', '2025-12'],
    ['Quarter 3 2025-26', '2025-12'],
    ['Q3 2025/26', '2025-12'],
    ['Financial year 2025-26', '2026-03'],
    // A review note after a date or a state belongs to it and leaves its due date.
    ['December 2025 (review)', '2025-12'],
    ['31/12/2025 and quarterly thereafter', '2025-12-31'],
    ['31st March 2025 (reviewed monthly)', '2025-03-31'],
    ['Mar 2025 and monthly thereafter', '2025-03'],
    ['Mar 2025 (revised)', '2025-03'],
    ['Ongoing – reviewed monthly', 'ongoing'],
    ['March 2025*', '2025-03'],
    // Done by a date, and "In place".
    ['September 2025 – complete', 'completed'],
    ['March 2025 (completed)', 'completed'],
    ['In place', 'completed'],
    // Ranges: the end.
    ['April – June 2025', '2025-06'],
    ['April 2025 to March 2026', '2026-03'],
    ['12th – 22nd August 2024', '2024-08-22'],
    // Dates with states: a deadline then more work, or work already done.
    ['March 2025 and ongoing', '2025-03'],
    ['March 2025 (ongoing)', '2025-03'],
    ['June 2025, then ongoing', '2025-06'],
    ['Ongoing until March 2025', '2025-03'],
    ['Completed March 2025', 'completed'],
    ['Completed in March 2025', 'completed'],
    ['Completed (31/03/2025)', 'completed'],
    ['Ongoing from April 2025', 'ongoing'],
    ['Complete', 'completed'],
    ['On-going', 'ongoing'],
    ['Ongoing.', 'ongoing'],
  ])('%s → %s', (text, due) => {
    expect(parseTargets(text)).toEqual([{ target: text.replace(/\.$/, ''), due }]);
  });

  it.each([
    ['When funding allows'],
    ['31/02/2025'],
    ['13/13/2025'],
    ['March 25'],
    ['TBC'],
    ['April 2025 and June 2025'],
    ['31st March'],
    ['2024/26'],
  ])('keeps %s whole with no due date', (text) => {
    expect(parseTargets(text)).toEqual([{ target: text, due: null }]);
  });

  it('splits a date and a state run together without a joining word, as two targets', () => {
    expect(parseTargets('March 2025 Ongoing')).toEqual([
      { target: 'March 2025', due: '2025-03' },
      { target: 'Ongoing', due: 'ongoing' },
    ]);
    expect(parseTargets('31/03/2025 30/06/2025')).toHaveLength(2);
  });
});
