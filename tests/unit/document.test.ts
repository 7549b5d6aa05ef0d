import { describe, expect, it } from 'vitest';
import { parseText as parseDocument } from '../support/parse-text.ts';
import { FIRST_ROW_LINE, planText } from '../support/plan-text.ts';

const parse = (rows: string[][], opts?: { concerns?: boolean }) => parseDocument('test.txt', planText(rows, opts));

/**
 * Item 5.1 under the governor's heading, its row split by a page break with the next heading ("to HMPPS") printed
 * in the second part beside the rest of the response, then item 5.2. `between` are the lines between the two parts.
 */
const headingInSplitRow = (text: string, between: string[][], responseGoesOn: string) => [
  ['', 'Main recommendations to the governor', '', '', '', ''],
  ['5.1', text, 'Partly Agreed', 'The regime will rise to ten hours on', 'Governor', 'June 2019'],
  ...between,
  ['', 'Main recommendation to HMPPS', '', responseGoesOn, '', 'July 2018'],
  ['5.2', 'Sentence plans should be specific. (S48)', 'Agreed', 'Yes.', 'Governor', 'July 2018'],
];

describe('parseDocument', () => {
  it('reads the front matter', () => {
    const { plan } = parse([['5.1', 'Do it. (1.1)', 'Agreed', 'Done.', 'Governor', 'July 2018']]);
    expect(plan).toMatchObject({
      establishment: 'HMP Testshire',
      kind: 'recommendations',
      inspectionStart: '2017-10-23',
      inspectionEnd: '2017-11-03',
      reportPublished: '2018-03-15',
      planSubmitted: '2018-06-19',
    });
  });

  it('moves an addressee heading printed inside a split row to the next item', () => {
    const { plan, notes } = parse(
      headingInSplitRow('Men should have time out of their', [['']], 'a weekend by June 2019.'),
    );
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
    const { plan, notes } = parse(
      headingInSplitRow(
        'Men should have time out of their cells. (S47)',
        [],
        'a weekend by June 2019. A review will follow.',
      ),
    );
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
    expect(notes.find((n) => n.kind === 'garbled-duplicate')).toMatchObject({
      text: 'unaumonsed absences. (5.52)',
      item: '5.26',
    });
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
    expect(plan!.items[0]).toMatchObject({
      id: '1',
      group: 'Priority concerns',
      kind: 'priority-concern',
      status: null,
      statusAsWritten: null,
      refs: [],
    });
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

  it('publishes a status it cannot read as written, marked not recognised, with an error naming the item', () => {
    const { plan, notes } = parse([
      ['5.1', 'Do it. (1.1)', 'Agred', 'Done.', 'Governor', 'July 2018'],
      ['5.2', 'Do more. (1.2)', '', 'Done.', 'Governor', 'July 2018'],
      ['5.3', 'And more. (1.3)', 'Agreed.', 'Done.', 'Governor', 'July 2018'],
    ]);
    expect(plan!.items.map((i) => [i.id, i.status, i.statusAsWritten])).toEqual([
      ['5.1', 'not_recognised', 'Agred'],
      ['5.2', 'not_recognised', null],
      ['5.3', 'agreed', 'Agreed.'],
    ]);
    expect(notes.filter((n) => n.severity === 'error').map((n) => [n.item, n.kind, n.line])).toEqual([
      ['5.1', 'status-unknown', FIRST_ROW_LINE],
      ['5.2', 'status-missing', FIRST_ROW_LINE + 1],
    ]);
  });

  it('joins a status split by a page break instead of starting an item', () => {
    const { plan, notes } = parse([
      ['5.1', 'Men should have time out of their', 'Partly', 'The regime will rise', 'Governor', 'June 2019'],
      ['', 'cells. (S47)', 'Agreed', 'to ten hours.', '', ''],
    ]);
    expect(plan!.items.map((i) => [i.id, i.status, i.statusAsWritten, i.text])).toEqual([
      ['5.1', 'partly_agreed', 'Partly Agreed', 'Men should have time out of their cells.'],
    ]);
    expect(notes.find((n) => n.kind === 'status-joined')).toMatchObject({
      item: '5.1',
      severity: 'repair',
      text: 'Agreed',
    });
  });

  it('keeps a column it does not know under its header, across split rows', () => {
    const text = planText([
      ['5.1', 'Do it. (1.1)', 'Agreed', 'Done.', 'Governor', 'July 2018', 'Green'],
      ['', '', '', 'More done.', '', '', 'Reviewed in May.'],
      ['5.2', 'Do more. (1.2)', 'Agreed', 'Done.', 'Governor', 'July 2018', ''],
    ]).replace('6. Target Date', '6. Target Date\t7. Progress (RAG)');
    const { plan } = parseDocument('test.txt', text);
    expect(plan!.items.map((i) => [i.id, i.columns])).toEqual([
      ['5.1', [{ header: 'Progress (RAG)', text: 'Green\n\nReviewed in May.' }]],
      ['5.2', []],
    ]);
  });

  it('tells an agreed item whose action has no owner or no target, and not a rejected one', () => {
    const { notes } = parse([
      ['5.1', 'Do it. (1.1)', 'Agreed', 'Done.', 'Governor', ''],
      ['5.2', 'Do more. (1.2)', 'Partly agreed', 'Done.', '', 'July 2018'],
      ['5.3', 'And more. (1.3)', 'Not agreed', 'No.', 'Governor', ''],
    ]);
    expect(
      notes
        .filter((n) => n.severity === 'warning' && n.kind !== 'summary-missing')
        .map((n) => [n.item, n.kind, n.message]),
    ).toEqual([
      ['5.1', 'target-missing', 'Item 5.1 is agreed or partly agreed, but its action has no target date.'],
      ['5.2', 'owner-missing', 'Item 5.2 is agreed or partly agreed, but its action has no responsible owner.'],
    ]);
  });

  it('rejects a document without an action plan table, saying what was expected', () => {
    expect(parseDocument('notes.txt', 'Minutes of the meeting\nWe discussed the plan.')).toEqual({
      source: 'notes.txt',
      plan: null,
      notes: [
        expect.objectContaining({
          severity: 'error',
          kind: 'not-an-action-plan',
          message: expect.stringContaining('1. Rec no'),
        }),
      ],
    });
  });
});

describe('a table without a number column', () => {
  const HEAD =
    'Action Plan: HMP Example\nRecommendation\tAgreed/ Partly agreed/ Not agreed\tResponse\tOwner\tTarget date';

  it('numbers its items from their paragraph references, or their places, and says so', () => {
    const doc = parseDocument(
      'test.txt',
      `${HEAD}\nCells should be clean. (S12)\tAgreed\tDone.\tGovernor\tMay 2021\nVisits should start on time.\tAgreed\tPlanned.\tHead of Operations\tJune 2021\n`,
    );
    expect(doc.plan!.items.map((i) => [i.id, i.idInferred, i.text])).toEqual([
      ['S12', true, 'Cells should be clean.'],
      ['2', true, 'Visits should start on time.'],
    ]);
    expect(doc.notes.filter((n) => n.kind === 'id-inferred').map((n) => n.message)).toEqual([
      'The table has no number column; the item was numbered S12 from its paragraph reference "(S12)".',
      'The table has no number column and the item has no paragraph reference; it was numbered 2 from its place in the plan.',
    ]);
  });

  it('is refused only when no item can be read, naming the roles it has and lacks', () => {
    const doc = parseDocument('test.txt', `${HEAD}\nonly words in lower case\t\t\t\t\n`);
    expect(doc.plan).toBeNull();
    expect(doc.notes.find((n) => n.kind === 'no-items')!.message).toBe(
      'The table has a header row with columns for the recommendation or concern, the status (“Agreed/ Partly Agreed/ Not Agreed”; recommendations only), the response (“Action taken/planned”), the responsible owner and the target date, but none for the number (“Rec no”, “Concern No.”, “Ref”), and no row under it could be read as an item: without a number column, each item is a row whose text starts a sentence, such as "Text of the recommendation. (1.23)<TAB>Agreed<TAB>response<TAB>owner<TAB>date".',
    );
  });
});
