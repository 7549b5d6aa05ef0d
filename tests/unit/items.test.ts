import { describe, expect, it } from 'vitest';
import { textDocument } from '../../src/documents/readers/text.ts';
import { findLayout } from '../../src/parse/layout.ts';
import { assembleItems, joinFragments } from '../../src/parse/items.ts';
import { tableRows } from '../../src/parse/rows.ts';
import { lineNote } from '../support/notes.ts';

const HEADER =
  'Rec No\tRecommendation\tAgreed/Partly Agreed/Not Agreed\tResponse Action Taken/Planned\tResponsible Owner\tTarget Date';

function itemsOf(...lines: string[]) {
  const src = textDocument([HEADER, ...lines].join('\n'));
  const layout = findLayout(src.rows)!;
  return assembleItems(tableRows(src.rows, layout).rows, layout);
}

describe('joinFragments', () => {
  it('joins the pieces of a text split by page breaks with a space, and a word hyphenated at a line end without one', () => {
    expect(joinFragments(['The governor should', 'reduce violence.'])).toBe('The governor should reduce violence.');
    expect(joinFragments(['a well-', 'advertised scheme'])).toBe('a well-advertised scheme');
    expect(joinFragments(['health-', 'Care'])).toBe('health- Care');
    expect(joinFragments([])).toBe('');
  });
});

describe('assembleItems', () => {
  it('starts an item at each number, carries the group and section headings, and joins continuation rows', () => {
    const { drafts, notes } = itemsOf(
      '\tMain recommendations to the governor\t\t\t\t',
      '\tManaging behaviour\t\t\t\t',
      '1.1\tThe governor should reduce violence\tAgreed\tA strategy will be written.\tGovernor\tJuly 2024',
      '\tand publish the strategy. (1.12)\t\tIt will be published.\tDeputy Governor\tMarch 2025',
      '1.2\tUse of force should be reviewed. (1.20)\tPartly Agreed\tMonthly reviews.\tHead of Safety\tOngoing',
    );
    expect(notes).toEqual([]);
    expect(drafts).toEqual([
      {
        line: 4,
        id: '1.1',
        group: 'Main recommendations to the governor',
        section: 'Managing behaviour',
        text: ['The governor should reduce violence', 'and publish the strategy. (1.12)'],
        statusAsWritten: 'Agreed',
        segments: [
          { line: 4, paras: ['A strategy will be written.'], owner: ['Governor'], target: ['July 2024'] },
          { line: 5, paras: ['It will be published.'], owner: ['Deputy Governor'], target: ['March 2025'] },
        ],
        other: [],
        notes: [],
      },
      {
        line: 6,
        id: '1.2',
        group: 'Main recommendations to the governor',
        section: 'Managing behaviour',
        text: ['Use of force should be reviewed. (1.20)'],
        statusAsWritten: 'Partly Agreed',
        segments: [{ line: 6, paras: ['Monthly reviews.'], owner: ['Head of Safety'], target: ['Ongoing'] }],
        other: [],
        notes: [],
      },
    ]);
  });

  it('keeps a row before the first numbered item in a warning, so its words are not lost', () => {
    const { drafts, notes } = itemsOf(
      '\tManaging behaviour\t\t\t\t',
      '\tan orphaned sentence.\t\tSome response.\t\t',
      '1.1\tText. (1.1)\tAgreed\tYes.\tGovernor\tJuly 2024',
    );
    expect(drafts.map((d) => [d.id, d.section])).toEqual([['1.1', 'Managing behaviour']]);
    expect(notes).toEqual([
      lineNote(
        3,
        'orphan-row',
        'warning',
        'This row comes before the first numbered item and belongs to none; its words are kept here.',
        'an orphaned sentence. Some response.',
      ),
    ]);
  });

  it('separates a number printed with its label, and notes the repair', () => {
    const { drafts } = itemsOf('Rec 5.1\tThe prison should act. (5.1)\tAgreed\tYes.\tGovernor\tJuly 2024');
    expect(drafts.map((d) => d.id)).toEqual(['5.1']);
    expect(drafts[0]!.notes).toEqual([
      lineNote(
        2,
        'id-label-removed',
        'repair',
        'The number "Rec 5.1" is printed with its label; it was read as 5.1.',
        'Rec',
      ),
    ]);
  });

  it('keeps the same words printed in the number and text columns once, sets the copy aside, and leaves the number to be inferred', () => {
    const { drafts } = itemsOf(
      '1.1\tText. (1.1)\tAgreed\tYes.\tGovernor\tJuly 2024',
      'The prison should act on drugs. (1.2)\tThe prison should act on drugs. (1.2)\tAgreed\tYes.\tGovernor\tJuly 2024',
    );
    expect(drafts[1]).toMatchObject({
      line: 3,
      id: null,
      text: ['The prison should act on drugs. (1.2)'],
      statusAsWritten: 'Agreed',
    });
    expect(drafts[1]!.notes).toEqual([
      lineNote(
        3,
        'duplicate-text',
        'repair',
        'The same words were printed in the number column and the text column; they were kept once.',
        'The prison should act on drugs. (1.2)',
      ),
    ]);
  });
});
