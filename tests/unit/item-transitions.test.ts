// The transitions of item assembly, each alone: a state and a row in, the next state out, the state given unchanged.
import { describe, expect, it } from 'vitest';
import {
  START,
  addSegment,
  addText,
  applyHeading,
  continueItem,
  continueStatus,
  finish,
  headingRow,
  nextRow,
  rowStart,
  startItem,
  type Assembly,
  type Draft,
} from '../../src/parse/items.ts';
import type { Layout } from '../../src/parse/layout.ts';
import type { TableRow } from '../../src/parse/rows.ts';
import { lineNote } from '../support/notes.ts';

const layout = (kind: Layout['kind'], withNumbers = true): Layout =>
  ({
    line: 1,
    roles: withNumbers ? ['id', 'text', 'status', 'response', 'owner', 'target'] : ['text', 'status', 'response'],
    headers: [],
    kind,
    unnamedId: false,
    joinedFrom: null,
  }) as unknown as Layout;
const RECS = layout('recommendations');

const row = (n: number, cells: Partial<TableRow> = {}): TableRow => ({
  kind: 'row',
  n,
  id: '',
  text: '',
  status: '',
  response: [],
  owner: [],
  target: [],
  other: [],
  ...cells,
});

const draft = (cells: Partial<Draft> = {}): Draft => ({
  line: 4,
  id: '1.1',
  group: null,
  section: null,
  text: ['The governor should reduce violence.'],
  statusAsWritten: 'Agreed',
  segments: [],
  other: [],
  notes: [],
  ...cells,
});

/** The state, frozen deep: a transition that changed it would throw. */
function frozen<T>(x: T): T {
  if (x && typeof x === 'object') {
    Object.values(x).forEach(frozen);
    Object.freeze(x);
  }
  return x;
}

describe('applyHeading', () => {
  it('sets the group for an addressee heading and joins a "To the…" heading to it; any other heading is the section', () => {
    const main = applyHeading(START, 'Main recommendations');
    expect(main).toEqual({ ...START, group: 'Main recommendations', section: null, lastWasGroup: true });
    const to = applyHeading(main, 'To the governor');
    expect(to.group).toBe('Main recommendations: To the governor');
    const section = applyHeading(to, 'Safety');
    expect(section).toEqual({ ...to, section: 'Safety', lastWasGroup: false });
    expect(applyHeading(section, 'To HMPPS').group).toBe('To HMPPS');
  });
});

describe('headingRow', () => {
  it('goes on with a heading cut by a page break, and leaves the state given as it was', () => {
    const state = frozen({ ...START, section: 'Purposeful', lastHeading: 'section' as const });
    expect(headingRow(state, { kind: 'heading', n: 9, text: 'activity' })).toEqual({
      ...START,
      section: 'Purposeful activity',
      lastHeading: 'section',
    });
    expect(state.section).toBe('Purposeful');
  });

  it('adds a lower-case fragment or a lone reference to the item being read', () => {
    const state = frozen({ ...START, current: draft({ text: ['The governor should'] }) });
    const next = headingRow(state, { kind: 'heading', n: 5, text: '(2.19)' });
    expect(next.current!.text).toEqual(['The governor should', '(2.19)']);
    expect(next.lastHeading).toBeNull();
  });

  it('applies a heading held back first, then the new one', () => {
    const state = frozen({ ...START, pending: { text: 'Healthcare', line: 7 }, current: draft() });
    expect(headingRow(state, { kind: 'heading', n: 8, text: 'Recommendations to HMPPS' })).toEqual({
      ...state,
      group: 'Recommendations to HMPPS',
      section: null,
      lastWasGroup: true,
      lastHeading: 'group',
      pending: null,
    });
  });
});

describe('addText, continueStatus and addSegment', () => {
  it('sets aside a garbled copy of the end of a finished text with a note', () => {
    const d = frozen(draft({ text: ['Unauthorised absences should be reduced. (5.52)'] }));
    expect(addText(d, 'be reduccd. (5.52)', 6)).toEqual({
      ...d,
      notes: [
        lineNote(
          6,
          'garbled-duplicate',
          'repair',
          'A garbled copy of the end of the text (an OCR error) was set aside.',
          'be reduccd. (5.52)',
        ),
      ],
    });
    expect(addText(d, '', 6)).toBe(d);
    expect(addText(d, 'and reviewed.', 6).text).toEqual([
      'Unauthorised absences should be reduced. (5.52)',
      'and reviewed.',
    ]);
  });

  it('joins a status cut by a page break, with a note', () => {
    const d = frozen(draft({ statusAsWritten: 'Partly' }));
    expect(continueStatus(d, row(6, { status: 'Agreed' }), 'recommendations')).toEqual({
      ...d,
      statusAsWritten: 'Partly Agreed',
      notes: [
        lineNote(6, 'status-joined', 'repair', 'A status split by a page break was joined: "Partly Agreed".', 'Agreed'),
      ],
    });
    expect(continueStatus(d, row(6, { status: 'Agreed' }), 'concerns')).toBe(d);
  });

  it('adds a segment only for a row with a response, owner or target, and the other columns always', () => {
    const d = frozen(draft({ other: [['Risk: high']] }));
    const next = addSegment(d, row(6, { owner: ['Governor'], target: ['May 2025'], other: [['Review: June']] }));
    expect(next.segments).toEqual([{ line: 6, paras: [], owner: ['Governor'], target: ['May 2025'] }]);
    expect(next.other).toEqual([['Risk: high', 'Review: June']]);
    expect(addSegment(d, row(7, { other: [[]] })).segments).toEqual([]);
  });
});

describe('rowStart', () => {
  it('reads a number, a labelled number and a number glued to the text', () => {
    expect(rowStart(row(4, { id: '1.1' }), RECS, null)).toEqual({
      starts: true,
      id: '1.1',
      labelled: null,
      glued: null,
    });
    expect(rowStart(row(4, { id: 'Rec 5.1' }), RECS, null)).toEqual({
      starts: true,
      id: '5.1',
      labelled: { label: 'Rec', printed: '5.1' },
      glued: null,
    });
    expect(rowStart(row(4, { id: '2.3 The governor should' }), RECS, null)).toEqual({
      starts: true,
      id: '2.3',
      labelled: null,
      glued: { id: '2.3', text: 'The governor should' },
    });
  });

  it('reads the rest of a status cut by a page break as no new item, and an unread status under a finished text as one', () => {
    const partly = draft({ statusAsWritten: 'Partly' });
    expect(rowStart(row(5, { status: 'Agreed' }), RECS, partly).starts).toBe(false);
    expect(rowStart(row(5, { status: 'Agred', text: 'Staff should be trained.' }), RECS, draft()).starts).toBe(true);
    expect(rowStart(row(5, { status: 'Agred', text: 'and trained.' }), RECS, draft()).starts).toBe(false);
  });

  it('without a number column, starts an item at a sentence under a finished text', () => {
    const noNumbers = layout('recommendations', false);
    expect(rowStart(row(5, { text: 'Staff should be trained.' }), noNumbers, draft()).starts).toBe(true);
    expect(rowStart(row(5, { text: 'Staff should' }), noNumbers, draft({ text: ['The governor should'] })).starts).toBe(
      false,
    );
  });
});

describe('startItem and continueItem', () => {
  it('starts an item under the headings in force, applying one held back, and gives the item before as done', () => {
    const before = draft();
    const state: Assembly = frozen({
      ...START,
      section: 'Safety',
      pending: { text: 'Healthcare', line: 8 },
      current: before,
    });
    const r = row(9, { id: 'Recommendation 2', text: 'Prisoners should see a nurse.', status: 'Agreed' });
    const step = startItem(state, r, rowStart(r, RECS, before));
    expect(step.done).toBe(before);
    expect(step.notes).toEqual([]);
    expect(step.state).toEqual({
      ...START,
      section: 'Healthcare',
      current: {
        line: 9,
        id: '2',
        group: null,
        section: 'Healthcare',
        text: ['Prisoners should see a nurse.'],
        statusAsWritten: 'Agreed',
        segments: [],
        other: [],
        notes: [
          lineNote(
            9,
            'id-label-removed',
            'repair',
            'The number "Recommendation 2" is printed with its label; it was read as 2.',
            'Recommendation',
          ),
        ],
      },
    });
  });

  it('holds back a heading printed inside a split row, with a note on the item', () => {
    const state = frozen({ ...START, current: draft() });
    const next = continueItem(state, state.current, row(5, { text: 'Healthcare' }), 'recommendations');
    expect(next.pending).toEqual({ text: 'Healthcare', line: 5 });
    expect(next.current!.text).toEqual(['The governor should reduce violence.']);
    expect(next.current!.notes).toEqual([
      lineNote(
        5,
        'heading-moved',
        'repair',
        'The heading "Healthcare" was printed inside the split row of this item; it applies from the next item on.',
      ),
    ]);
  });
});

describe('nextRow and finish', () => {
  it('keeps a row before the first item in a note, and a heading held back to the end in another', () => {
    const step = nextRow(START, row(3, { text: 'Some words', owner: ['Governor'] }), RECS);
    expect(step).toEqual({
      state: START,
      done: null,
      notes: [
        lineNote(
          3,
          'orphan-row',
          'warning',
          'This row comes before the first numbered item and belongs to none; its words are kept here.',
          'Some words Governor',
        ),
      ],
    });
    const current = draft();
    expect(finish({ ...START, pending: { text: 'Healthcare', line: 12 }, current })).toEqual({
      done: current,
      notes: [
        lineNote(12, 'heading-unused', 'warning', 'The heading "Healthcare" is followed by no item.', 'Healthcare'),
      ],
    });
  });
});
