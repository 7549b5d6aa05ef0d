import { describe, expect, it } from 'vitest';
import { parseDateRange, parseHeaderDate, parseTargets } from '../../src/parse/dates.ts';

describe('parseHeaderDate', () => {
  it('reads dates with ordinals and leading zeros', () => {
    expect(parseHeaderDate('13th December 2024', null)).toEqual({ date: '2024-12-13', inferredYear: false, weekday: null });
    expect(parseHeaderDate('05 November 2019', null).date).toBe('2019-11-05');
  });

  it('infers a missing year from the weekday, starting at the inspection year', () => {
    expect(parseHeaderDate('Tuesday 18 October', 2016)).toEqual({ date: '2016-10-18', inferredYear: true, weekday: 'Tuesday' });
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
    expect(parseTargets('April 2017 to December 2017')).toEqual([{ target: 'April 2017 to December 2017', due: '2017-12' }]);
    expect(parseTargets('Completed and ongoing')).toEqual([{ target: 'Completed and ongoing', due: 'completed-and-ongoing' }]);
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
