import { describe, expect, it } from 'vitest';
import { buildActions } from '../../src/parse/actions.ts';

const seg = (line: number, paras: string[], owner: string[] = [], target: string[] = []) => ({
  line,
  paras,
  owner,
  target,
});

describe('buildActions', () => {
  it('gives one action per target row, inheriting the owner of a merged cell', () => {
    const out = buildActions([
      seg(1, ['Buy equipment.'], ['Governor'], ['June 2018']),
      seg(2, ['Order seating.'], [], ['October 2018']),
    ]);
    expect(out.actions).toEqual([
      { text: 'Buy equipment.', owner: 'Governor', target: 'June 2018', due: '2018-06' },
      { text: 'Order seating.', owner: 'Governor', target: 'October 2018', due: '2018-10' },
    ]);
    expect(out.response).toBe('Buy equipment.\n\nOrder seating.');
    expect(out.notes.map((n) => n.kind)).toEqual(['owner-inherited']);
  });

  it('joins a sentence split by a page break to the action that holds most of it', () => {
    const up = buildActions([
      seg(1, ['There will be a re-profile to increase the regime to ten hours on'], ['Governor'], ['June 2019']),
      seg(3, ['a weekend. A curriculum review will follow.'], [], ['July 2018']),
    ]);
    expect(up.actions.map((a) => a.text)).toEqual([
      'There will be a re-profile to increase the regime to ten hours on a weekend.',
      'A curriculum review will follow.',
    ]);

    const down = buildActions([
      seg(1, ['A survey will be done. Following this, the'], ['Governor'], ['November 2018']),
      seg(2, ['affordability of more extensive refurbishment will need to be considered.'], [], ['September 2019']),
    ]);
    expect(down.actions.map((a) => a.text)).toEqual([
      'A survey will be done.',
      'Following this, the affordability of more extensive refurbishment will need to be considered.',
    ]);
    expect(down.response).toBe(
      'A survey will be done.\n\nFollowing this, the affordability of more extensive refurbishment will need to be considered.',
    );
  });

  it('joins an owner split by a page break and keeps the text running', () => {
    const out = buildActions([
      seg(1, ['Managers now attend, and minutes'], ['Governor/ Director Oxleas NHS'], ['Completed and ongoing']),
      seg(3, ['for this meeting will be taken.'], ['Foundation Trust'], []),
    ]);
    expect(out.actions).toEqual([
      {
        text: 'Managers now attend, and minutes for this meeting will be taken.',
        owner: 'Governor/ Director Oxleas NHS Foundation Trust',
        target: 'Completed and ongoing',
        due: 'completed-and-ongoing',
      },
    ]);
  });

  it('aligns <p> paragraphs with owners and targets, including rows that carry only an owner and a date', () => {
    const out = buildActions([
      seg(
        1,
        ['Testing was prioritised.', 'Intelligence is collated.', 'A scanner was bought.'],
        ['Governor'],
        ['October 2018'],
      ),
      seg(2, [], ['Governor'], ['Completed']),
      seg(3, [], ['Governor'], ['Completed']),
    ]);
    expect(out.actions.map((a) => [a.text, a.target])).toEqual([
      ['Testing was prioritised.', 'October 2018'],
      ['Intelligence is collated.', 'Completed'],
      ['A scanner was bought.', 'Completed'],
    ]);
  });

  it('splits run-together owners and targets, leaving the action texts unknown when the response cannot be divided', () => {
    const out = buildActions([
      seg(
        1,
        ['One paragraph for both.'],
        ['Governor Executive Director, Community Interventions'],
        ['September 2018 Ongoing'],
      ),
    ]);
    expect(out.actions).toEqual([
      { text: null, owner: 'Governor', target: 'September 2018', due: '2018-09' },
      { text: null, owner: 'Executive Director, Community Interventions', target: 'Ongoing', due: 'ongoing' },
    ]);
    expect(out.notes.map((n) => n.kind)).toEqual(['owners-split', 'action-text-unclear']);
  });

  it('keeps a target printed twice for one owner once', () => {
    const out = buildActions([seg(1, ['Plan.'], ['Governor'], ['January 2025 January 2025'])]);
    expect(out.actions).toEqual([{ text: 'Plan.', owner: 'Governor', target: 'January 2025', due: '2025-01' }]);
    expect(out.notes[0]).toMatchObject({ kind: 'target-repeated', text: 'January 2025' });
  });

  it('makes no action when neither owner nor target is printed', () => {
    expect(buildActions([seg(1, ['Not needed.'])])).toEqual({ response: 'Not needed.', actions: [], notes: [] });
  });

  describe('rows that a page break cannot cut (Word, OpenDocument)', () => {
    const whole = (merged: number[] = []) => ({
      rowsCutByPages: false,
      ownerMergedDown: (line: number) => merged.includes(line),
    });

    it('an owner without a target is an action of its own, not joined to the owner above', () => {
      const segs = [
        seg(1, ['Review transfers.'], ['Executive Director'], ['Completed']),
        seg(2, ['Agree an approach to refusals.'], ['Governor']),
      ];
      expect(buildActions(segs).actions.map((a) => [a.owner, a.target])).toEqual([
        ['Executive Director Governor', 'Completed'],
      ]);
      const out = buildActions(segs, whole());
      expect(out.actions).toEqual([
        { text: 'Review transfers.', owner: 'Executive Director', target: 'Completed', due: 'completed' },
        { text: 'Agree an approach to refusals.', owner: 'Governor', target: null, due: null },
      ]);
      expect(out.notes.map((n) => n.kind)).toEqual([]);
    });

    it('an empty owner cell is no owner, unless it is merged down from the cell above', () => {
      const segs = [
        seg(1, ['Specify the service.'], ['Director of Healthcare'], ['Completed']),
        seg(2, ['Tender the contract.'], [], ['October 2018']),
      ];
      expect(buildActions(segs, whole()).actions.map((a) => [a.owner, a.target])).toEqual([
        ['Director of Healthcare', 'Completed'],
        [null, 'October 2018'],
      ]);
      const merged = buildActions(segs, whole([2]));
      expect(merged.actions.map((a) => [a.owner, a.target])).toEqual([
        ['Director of Healthcare', 'Completed'],
        ['Director of Healthcare', 'October 2018'],
      ]);
      expect(merged.notes.map((n) => [n.line, n.kind, n.text])).toEqual([
        [2, 'owner-inherited', 'Director of Healthcare'],
      ]);
    });

    it('a sentence running on into the next row is not moved between actions', () => {
      const segs = [
        seg(1, ['We will review the'], ['Governor'], ['June 2018']),
        seg(2, ['policy each year.'], ['Head of Safety'], ['July 2018']),
      ];
      const out = buildActions(segs, whole());
      expect(out.actions.map((a) => a.text)).toEqual(['We will review the', 'policy each year.']);
      expect(out.notes).toEqual([]);
    });
  });

  describe('narrow cells of a PDF, whose printed lines the reader keeps', () => {
    const whole = { rowsCutByPages: false };
    const printed = (
      s: ReturnType<typeof seg>,
      lines: { response?: string[][]; owner?: string[][]; target?: string[][] },
    ) => ({
      ...s,
      responseLines: lines.response,
      ownerLines: lines.owner,
      targetLines: lines.target,
    });

    it('reads a target cell line by line when each line is a target and the row has an owner for each', () => {
      const out = buildActions(
        [
          printed(seg(1, ['Done.', 'Planned.'], ['Head of Safety Deputy Governor'], ['Completed December 2018']), {
            target: [['Completed', 'December', '2018']],
          }),
        ],
        whole,
      );
      expect(out.actions.map((a) => [a.text, a.owner, a.target, a.due])).toEqual([
        ['Done.', 'Head of Safety', 'Completed', 'completed'],
        ['Planned.', 'Deputy Governor', 'December 2018', '2018-12'],
      ]);
      expect(out.notes.map((n) => n.kind)).toEqual(['targets-split', 'owners-split']);
    });

    it('keeps one target where no owner or paragraph says there are two ("Completed December 2018": done that month)', () => {
      const out = buildActions(
        [
          printed(seg(1, ['Done.'], ['Governor'], ['Completed December 2018']), {
            target: [['Completed', 'December 2018']],
          }),
        ],
        whole,
      );
      expect(out.actions.map((a) => [a.owner, a.target, a.due])).toEqual([
        ['Governor', 'Completed December 2018', 'completed'],
      ]);
    });

    it('reads owners on lines of their own (the same owner again, a title) one for each target, never a wrapped owner', () => {
      const same = buildActions(
        [
          printed(seg(1, [], ['SPO/ Governor SPO/ Governor'], ['Ongoing', 'March 2023']), {
            owner: [['SPO/ Governor', 'SPO/ Governor']],
          }),
        ],
        whole,
      );
      expect(same.actions.map((a) => [a.owner, a.target])).toEqual([
        ['SPO/ Governor', 'Ongoing'],
        ['SPO/ Governor', 'March 2023'],
      ]);
      const wrapped = buildActions(
        [
          printed(seg(1, [], ['Director Oxleas NHS Foundation Trust'], ['June 2018', 'July 2018']), {
            owner: [['Director Oxleas NHS', 'Foundation Trust']],
          }),
        ],
        whole,
      );
      expect(wrapped.actions.map((a) => a.owner)).toEqual([
        'Director Oxleas NHS Foundation Trust',
        'Director Oxleas NHS Foundation Trust',
      ]);
      expect(wrapped.notes.map((n) => n.kind)).toEqual(['owner-shared']);
    });

    it('tells a response’s paragraphs apart where a line ends a sentence, only when that gives one for each action', () => {
      const lines = [
        ['The prison will ensure property leaves with the', 'prisoner.', 'HMPPS is reviewing the escort', 'contract.'],
      ];
      const out = buildActions(
        [
          printed(
            seg(
              1,
              [lines[0]!.join(' ')],
              ['Head of Residence Deputy Director Custody'],
              ['November 2018', 'March 2019'],
            ),
            { response: lines },
          ),
        ],
        whole,
      );
      expect(out.actions.map((a) => a.text)).toEqual([
        'The prison will ensure property leaves with the prisoner.',
        'HMPPS is reviewing the escort contract.',
      ]);
      expect(out.notes.map((n) => n.kind)).toEqual(['paragraphs-split', 'owners-split']);
    });
  });
});
