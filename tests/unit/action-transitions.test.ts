// The steps of action building, each alone: groups and a segment in, the next groups out, those given unchanged.
import { describe, expect, it } from 'vitest';
import {
  actionTexts,
  addSegment,
  appendParas,
  groupActions,
  groupOwners,
  groupTargets,
  joinOwner,
  readSegment,
  startGroup,
  type ActionGroup,
} from '../../src/parse/actions.ts';
import type { Segment } from '../../src/parse/items.ts';
import { lineNote } from '../support/notes.ts';

const seg = (line: number, paras: string[], owner: string[] = [], target: string[] = []): Segment => ({
  line,
  paras,
  owner,
  target,
});

function frozen<T>(x: T): T {
  if (x && typeof x === 'object') {
    Object.values(x).forEach(frozen);
    Object.freeze(x);
  }
  return x;
}

const group = (cells: Partial<ActionGroup> = {}): ActionGroup =>
  frozen({
    line: 4,
    paras: [{ text: 'A strategy will be written.', fromRow: true }],
    owners: ['Governor'],
    targets: [{ target: 'July 2024', due: '2024-07' }],
    ...cells,
  });

describe('readSegment', () => {
  it('reads owners and targets, and owners on lines of their own in a narrow cell apart, with a note', () => {
    expect(readSegment(seg(4, ['Text.'], ['Governor'], ['July 2024']))).toEqual({
      seg: seg(4, ['Text.'], ['Governor'], ['July 2024']),
      owners: ['Governor'],
      targets: [{ target: 'July 2024', due: '2024-07' }],
      notes: [],
    });
  });
});

describe('appendParas', () => {
  it('joins a lower-case first paragraph to an unfinished one, and adds the others', () => {
    const g = group({ paras: [{ text: 'Staff will be', fromRow: true }] });
    expect(appendParas(g, ['trained.', 'Posters will go up.'], false).paras).toEqual([
      { text: 'Staff will be trained.', fromRow: true },
      { text: 'Posters will go up.', fromRow: false },
    ]);
    expect(g.paras).toEqual([{ text: 'Staff will be', fromRow: true }]);
  });
});

describe('startGroup', () => {
  it('moves the end of a sentence cut by a page break up to the action where most of it stands', () => {
    const last = group({ paras: [{ text: 'Done. Staff will be trained in the new', fromRow: true }] });
    const read = readSegment(seg(6, ['approach. Posters will go up.'], ['Head of Safety'], ['May 2025']));
    expect(startGroup(last, read, true)).toEqual({
      last: { ...last, paras: [{ text: 'Done. Staff will be trained in the new approach.', fromRow: true }] },
      group: {
        line: 6,
        paras: [{ text: 'Posters will go up.', fromRow: true }],
        owners: ['Head of Safety'],
        targets: [{ target: 'May 2025', due: '2025-05' }],
      },
      notes: [
        lineNote(
          6,
          'sentence-joined',
          'repair',
          'A sentence split by a page break was joined; its end was moved up to the action where it starts.',
          'approach.',
        ),
      ],
    });
  });

  it('moves the start of a sentence down where most of it stands below, and joins nothing where rows are whole', () => {
    const last = group({ paras: [{ text: 'Done. Staff will', fromRow: true }] });
    const read = readSegment(
      seg(6, ['be trained in the new approach by the safety team.'], ['Head of Safety'], ['May 2025']),
    );
    const step = startGroup(last, read, true);
    expect(step.last.paras).toEqual([{ text: 'Done.', fromRow: true }]);
    expect(step.group.paras).toEqual([
      { text: 'Staff will be trained in the new approach by the safety team.', fromRow: true },
    ]);
    expect(step.notes[0]!.text).toBe('Staff will');
    expect(startGroup(last, read, false)).toEqual({
      last,
      group: { ...step.group, paras: [{ text: 'be trained in the new approach by the safety team.', fromRow: true }] },
      notes: [],
    });
  });
});

describe('joinOwner and addSegment', () => {
  it('joins an owner cut by a page break to the owner above, with a note', () => {
    const last = group({ owners: ['Head of Reducing'] });
    expect(joinOwner(last, readSegment(seg(5, [], ['Reoffending'])))).toEqual({
      last: { ...last, owners: ['Head of Reducing Reoffending'] },
      notes: [
        lineNote(
          5,
          'owner-joined',
          'repair',
          'An owner split by a page break was joined: "Head of Reducing Reoffending".',
          'Reoffending',
        ),
      ],
    });
  });

  it('makes a whole row with an owner and no target an action of its own where rows are whole', () => {
    const groups = [group()];
    const read = readSegment(seg(5, ['More text.'], ['Deputy Governor']));
    expect(addSegment(groups, read, false).groups).toEqual([
      groups[0],
      { line: 5, paras: [{ text: 'More text.', fromRow: true }], owners: ['Deputy Governor'], targets: [] },
    ]);
    expect(addSegment(groups, read, true).groups).toHaveLength(1);
  });

  it('adds an owner and target under a row with more paragraphs than actions to that row (Leicester)', () => {
    const last = group({
      paras: [
        { text: 'First.', fromRow: true },
        { text: 'Second.', fromRow: true },
      ],
    });
    const step = addSegment([last], readSegment(seg(5, [], ['Head of Safety'], ['May 2025'])), false);
    expect(step.groups).toEqual([
      {
        ...last,
        owners: ['Governor', 'Head of Safety'],
        targets: [
          { target: 'July 2024', due: '2024-07' },
          { target: 'May 2025', due: '2025-05' },
        ],
      },
    ]);
  });
});

describe('the steps of a group → its actions', () => {
  it('keeps a target printed again for one owner once', () => {
    const g = group({
      targets: [
        { target: 'July 2024', due: '2024-07' },
        { target: 'July 2024', due: '2024-07' },
      ],
    });
    expect(groupTargets(g, ['Governor'])).toEqual({
      targets: [{ target: 'July 2024', due: '2024-07' }],
      notes: [
        lineNote(
          4,
          'target-repeated',
          'repair',
          'The target "July 2024" was printed 2 times for one owner; it was kept once.',
          'July 2024',
        ),
      ],
    });
  });

  it('gives each action its paragraph and the continuation paragraphs after it, or none where unclear', () => {
    const g = group({
      paras: [
        { text: 'First.', fromRow: true },
        { text: '• a list item', fromRow: false },
        { text: 'Second.', fromRow: true },
      ],
    });
    expect(actionTexts(g, 2, 2)).toEqual({ texts: ['First.\n• a list item', 'Second.'], notes: [] });
    expect(actionTexts(g, 3, 2)).toEqual({
      texts: [null, null, null],
      notes: [
        lineNote(
          4,
          'action-text-unclear',
          'warning',
          'This row has 3 actions but 2 response paragraph(s), so the document does not say which part of the response belongs to which action.',
        ),
      ],
    });
  });

  it('leaves one owner as it is where no split fits', () => {
    expect(groupOwners(group(), 1)).toEqual({ owners: ['Governor'], notes: [] });
  });

  it('carries the owner above down to a group with none where rows can be cut, or its cell is merged down', () => {
    const g = group({ owners: [] });
    const action = { text: 'A strategy will be written.', target: 'July 2024', due: '2024-07' };
    expect(groupActions(g, 'Governor', { rowsCutByPages: true })).toEqual({
      actions: [{ ...action, owner: 'Governor' }],
      notes: [
        lineNote(
          4,
          'owner-inherited',
          'repair',
          'No owner is printed for this action; the owner above it ("Governor") applies, as in a merged table cell.',
          'Governor',
        ),
      ],
      previousOwner: 'Governor',
    });
    expect(groupActions(g, 'Governor', { rowsCutByPages: false })).toEqual({
      actions: [{ ...action, owner: null }],
      notes: [],
      previousOwner: 'Governor',
    });
    expect(
      groupActions(g, 'Governor', { rowsCutByPages: false, ownerMergedDown: (line) => line === 4 }).actions,
    ).toEqual([{ ...action, owner: 'Governor' }]);
  });
});
