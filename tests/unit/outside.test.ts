// The words outside the table: the template's own, the plan's notes, the sign-off, a summary met there.
import { describe, expect, it } from 'vitest';
import { textDocument } from '../../src/documents/readers/text.ts';
import { isTemplateHeading, isTemplateSentence, readOutside } from '../../src/parse/outside.ts';

const rowsOf = (...lines: string[]) => textDocument(lines.join('\n')).rows;

describe('isTemplateSentence', () => {
  it.each([
    // Reworded a little, cut shorter, "His" for "Her": still the template's.
    'HM Inspectorate of Prisons (HMIP) is an independent inspectorate which provide scrutiny of the conditions for and treatment of prisoners.',
    "They report their findings to the Ministry of Justice (MoJ) and His Majesty's Prison and Probation Service (HMPPS).",
    'Action plans are sent to HMIP and published on GOV.UK.',
    'The recommendation is not agreed and will not be implemented.',
  ])('knows "%s"', (s) => expect(isTemplateSentence(s)).toBe(true));

  it.each([
    'Target dates in this plan may slip because of the COVID-19 outbreak and the restrictions it has placed on regimes.',
    'Where an action is owned by a partner agency, the Governor remains accountable for monitoring its delivery.',
    'Two of the actions below depend on funding from the regional estates budget.',
  ])('keeps "%s" as the plan’s own', (s) => expect(isTemplateSentence(s)).toBe(false));
});

describe('isTemplateHeading', () => {
  it.each([
    'INTRODUCTION',
    'ACTION PLAN - HMCIP REPORT',
    'HM Prison &',
    'Probation Service',
    '**Action plan**',
    'HMP & YOI Rochester',
    'Response to the HMIP report',
  ])('knows "%s"', (s) => expect(isTemplateHeading(s)).toBe(true));
  it.each(['Note on target dates', 'Please note: visits are suspended.'])('keeps "%s"', (s) =>
    expect(isTemplateHeading(s)).toBe(false),
  );
});

describe('readOutside', () => {
  it('keeps the plan’s own sentences as notes, a paragraph each, and sets the template’s aside', () => {
    const before = rowsOf(
      'INTRODUCTION',
      'HM Inspectorate of Prisons (HMIP) is an independent inspectorate which provides scrutiny of the conditions for and treatment of prisoners. Target dates may move while',
      'the regime is restricted.',
      'Term\tDefinition\tAdditional comment',
      'Agreed\tAll of the recommendation is agreed with, can be achieved and is affordable.\tActions should be specific enough to be tracked for progress.',
      'Action Plan Submitted: 3 May 2021',
    );
    const out = readOutside(before, new Set([6]), []);
    expect(out.notes).toEqual(['Target dates may move while the regime is restricted.']);
    expect(out.anomalies.map((a) => [a.line, a.kind, a.severity, a.text])).toEqual([
      [2, 'plan-note', 'warning', 'Target dates may move while the regime is restricted.'],
    ]);
    expect(out.signOff).toBeNull();
  });

  it('reads a sign-off and a summary after the table as what they are', () => {
    const after = rowsOf(
      'An update will be sent to the Prison Group Director every quarter.',
      'Agreed 3 / Partly Agreed 1 / Not Agreed - / Total 4',
      'Signed: J. Smith',
      'Governor',
      'Date: 4 May 2021',
    );
    const out = readOutside([], new Set(), after);
    expect(out.notes).toEqual(['An update will be sent to the Prison Group Director every quarter.']);
    expect(out.summary.map((r) => r.n)).toEqual([2]);
    expect(out.signOff).toBe('Signed: J. Smith\nGovernor\nDate: 4 May 2021');
  });

  it('keeps the rows of another table before the items’ table as notes, and its header aside', () => {
    const before = rowsOf('Ref\tConcern\tResponse\tLead\tTarget date', '1\tSafety\tSee below\tGovernor\tOngoing');
    expect(readOutside(before, new Set(), []).notes).toEqual(['1 Safety See below Governor Ongoing']);
  });
});
