// What a plan page tells beside its items: dates as printed where not understood, and the repairs that changed it.
import { describe, expect, it } from 'vitest';
import type { Anomaly } from '../../src/model/schema.ts';
import { planDates, publishedRepairs } from '../../src/site/views/plan-readings.ts';

const dates = {
  inspectionStart: '2021-10-03',
  inspectionEnd: '2021-10-18',
  inspectionParts: [
    { start: '2021-10-03', end: '2021-10-04' },
    { start: '2021-10-14', end: '2021-10-18' },
  ],
  reportPublished: null,
  planSubmitted: null,
  datesAsWritten: {
    inspection: '3-4th October; 14-18th October 2021',
    reportPublished: 'Spring 2022',
    planSubmitted: null,
  },
};

describe('planDates', () => {
  it('shows an inspection in parts, a date not understood as printed, and "not printed" only where none is', () => {
    expect(planDates(dates)).toEqual({
      inspected: '3 October 2021 to 4 October 2021 and 14 October 2021 to 18 October 2021 (in 2 parts)',
      reportPublished: '“Spring 2022” (as printed; not understood as a date)',
      planSubmitted: 'not printed',
    });
  });

  it('shows an inspection date it could not read as printed, never as not printed', () => {
    const unread = { ...dates, inspectionStart: null, inspectionEnd: null, inspectionParts: [] };
    unread.datesAsWritten = { ...dates.datesAsWritten, inspection: 'Spring 2019 (dates TBC)' };
    expect(planDates(unread).inspected).toBe('“Spring 2019 (dates TBC)” (as printed; not understood as a date)');
  });
});

describe('publishedRepairs', () => {
  const a = (kind: Anomaly['kind'], severity: Anomaly['severity']): Anomaly => ({
    file: 'f.pdf',
    line: 3,
    where: 'page 1',
    plan: 'p-2021',
    item: '5.1',
    kind,
    severity,
    message: kind,
    text: null,
  });

  it('picks the repairs that change what the page publishes', () => {
    const notes = [
      a('owner-shared', 'repair'),
      a('spacing-repaired', 'repair'),
      a('id-inferred', 'repair'),
      a('id-inferred', 'warning'),
    ];
    expect(publishedRepairs(notes).map((n) => n.kind)).toEqual(['owner-shared', 'id-inferred']);
  });
});
