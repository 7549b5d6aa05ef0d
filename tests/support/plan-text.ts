// Small action plan documents for unit tests: the front matter and table
// header of a 2018-style plan, with the given table rows (cells joined by tabs).

export function planText(rows: string[][], { concerns = false } = {}): string {
  const header = concerns
    ? ['1. Rec No', '2. Concerns', '3. Response Action Taken/Planned', '4. Responsible Owner', '5. Target Date']
    : [
        '1. Rec no',
        '2 Recommendation',
        '3. Agreed/ Partly Agreed/ Not Agreed',
        '4. Response Action Taken/Planned',
        '5. Responsible Owner',
        '6. Target Date',
      ];
  return [
    'Action Plan: HMP Testshire',
    'Action Plan Submitted: 19 June 2018',
    'A Response to the HMIP Inspection: 23 October - 3 November 2017',
    'Report Published: 15 March 2018',
    '',
    header.join('\t'),
    ...rows.map((r) => r.join('\t')),
  ].join('\n');
}

/** Line number of the first table row in `planText`. */
export const FIRST_ROW_LINE = 7;
