import { describe, expect, it } from 'vitest';
import { parseText as parseDocument } from '../support/parse-text.ts';
import { FIRST_ROW_LINE, planText } from '../support/plan-text.ts';

const parse = (rows: string[][], opts?: { concerns?: boolean }) => parseDocument('test.txt', planText(rows, opts));

describe('parseDocument', () => {
  it('reads the front matter', () => {
    const { plan } = parse([['5.1', 'Do it. (1.1)', 'Agreed', 'Done.', 'Governor', 'July 2018']]);
    expect(plan).toMatchObject({
      establishment: 'HMP Testshire', kind: 'recommendations', inspectionStart: '2017-10-23', inspectionEnd: '2017-11-03',
      reportPublished: '2018-03-15', planSubmitted: '2018-06-19',
    });
  });

  it('moves an addressee heading printed inside a split row to the next item', () => {
    const { plan, notes } = parse([
      ['', 'Main recommendations to the governor', '', '', '', ''],
      ['5.1', 'Men should have time out of their', 'Partly Agreed', 'The regime will rise to ten hours on', 'Governor', 'June 2019'],
      [''],
      ['', 'Main recommendation to HMPPS', '', 'a weekend by June 2019.', '', 'July 2018'],
      ['5.2', 'Sentence plans should be specific. (S48)', 'Agreed', 'Yes.', 'Governor', 'July 2018'],
    ]);
    // An addressee heading is recognised even inside an unfinished text.
    expect(plan!.items.map((i) => [i.id, i.group, i.text])).toEqual([
      ['5.1', 'Main recommendations to the governor', 'Men should have time out of their'],
      ['5.2', 'Main recommendation to HMPPS', 'Sentence plans should be specific.'],
    ]);
    expect(plan!.items[0]!.actions.map((a) => [a.text, a.target])).toEqual([
      ['The regime will rise to ten hours on a weekend by June 2019.', 'June 2019'],
      [null, 'July 2018'],
    ]);
    expect(notes.map((n) => n.kind)).toEqual(expect.arrayContaining(['reference-missing', 'heading-moved']));
  });

  it('applies a heading printed inside a complete item’s split row from the next item on', () => {
    const { plan, notes } = parse([
      ['', 'Main recommendations to the governor', '', '', '', ''],
      ['5.1', 'Men should have time out of their cells. (S47)', 'Partly Agreed', 'The regime will rise to ten hours on', 'Governor', 'June 2019'],
      ['', 'Main recommendation to HMPPS', '', 'a weekend by June 2019. A review will follow.', '', 'July 2018'],
      ['5.2', 'Sentence plans should be specific. (S48)', 'Agreed', 'Yes.', 'Governor', 'July 2018'],
    ]);
    expect(plan!.items.map((i) => [i.id, i.group, i.text, i.actions.length])).toEqual([
      ['5.1', 'Main recommendations to the governor', 'Men should have time out of their cells.', 2],
      ['5.2', 'Main recommendation to HMPPS', 'Sentence plans should be specific.', 1],
    ]);
    expect(notes.find((n) => n.kind === 'heading-moved')).toMatchObject({ line: FIRST_ROW_LINE + 2, item: '5.1' });
  });

  it('infers a missing number from its neighbours and separates a number glued to the text', () => {
    const { plan, notes } = parse([
      ['5.3', 'Managers should plan. (S36)', 'Agreed', 'Yes.', 'Governor', 'March 2020'],
      ['', 'The strategy should meet needs. (S42)', 'Agreed', 'Yes.', 'Governor', 'March 2020'],
      ['5.5 Staff should act now. (S43)', 'act now.', 'Agreed', 'Yes.', 'Governor', 'March 2020'],
    ]);
    expect(plan!.items.map((i) => [i.id, i.idInferred, i.text])).toEqual([
      ['5.3', false, 'Managers should plan.'],
      ['5.4', true, 'The strategy should meet needs.'],
      ['5.5', false, 'Staff should act now.'],
    ]);
    expect(notes.filter((n) => n.severity === 'repair').map((n) => [n.item, n.kind])).toEqual([
      ['5.4', 'id-inferred'],
      ['5.5', 'id-glued'],
      ['5.5', 'duplicate-text'],
    ]);
  });

  it('sets aside a garbled copy of the end of the text', () => {
    const { plan, notes } = parse([
      ['5.26', 'Staff should deal with unauthorised absences. (3.32)', 'Agreed', 'Yes.', 'Governor', 'November 2019'],
      ['', 'unaumonsed absences. (5.52)', '', 'More.', 'Governor', 'December 2019'],
    ]);
    expect(plan!.items[0]).toMatchObject({ text: 'Staff should deal with unauthorised absences.', refs: ['3.32'] });
    expect(notes.find((n) => n.kind === 'garbled-duplicate')).toMatchObject({ text: 'unaumonsed absences. (5.52)', item: '5.26' });
  });

  it('reads concerns without a status column', () => {
    const { plan } = parse(
      [
        ['', 'Priority concerns', '', '', ''],
        ['1', 'Use of force was high.', 'Recruit a coordinator.', 'Governor', 'February 2025'],
      ],
      { concerns: true },
    );
    expect(plan!.kind).toBe('concerns');
    expect(plan!.items[0]).toMatchObject({ id: '1', group: 'Priority concerns', status: null, statusAsWritten: null, refs: [] });
  });

  it('checks the items against the printed summary', () => {
    const { notes } = parseDocument(
      'test.txt',
      `${planText([['5.1', 'Do it. (1.1)', 'Agreed', 'Done.', 'Governor', 'July 2018']])}\n\nRecommendations\t\nAgreed\t2\nNot Agreed\t-\nTotal\t2`,
    );
    expect(notes.filter((n) => n.kind === 'summary-mismatch').map((n) => n.message)).toEqual([
      "The plan's summary counts 2 agreed but 1 were read.",
      "The plan's summary counts 2 items in total but 1 were read.",
    ]);
  });

  it('rejects a document without an action plan table, saying what was expected', () => {
    expect(parseDocument('notes.txt', 'Minutes of the meeting\nWe discussed the plan.')).toEqual({
      source: 'notes.txt',
      plan: null,
      notes: [expect.objectContaining({ severity: 'error', kind: 'not-an-action-plan', message: expect.stringContaining('1. Rec no') })],
    });
  });
});
