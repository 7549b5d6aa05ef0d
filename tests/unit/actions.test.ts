import { describe, expect, it } from 'vitest';
import { buildActions } from '../../src/parse/actions.ts';

const seg = (line: number, paras: string[], owner: string[] = [], target: string[] = []) => ({ line, paras, owner, target });

describe('buildActions', () => {
  it('gives one action per target row, inheriting the owner of a merged cell', () => {
    const out = buildActions([seg(1, ['Buy equipment.'], ['Governor'], ['June 2018']), seg(2, ['Order seating.'], [], ['October 2018'])]);
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
    expect(up.actions.map((a) => a.text)).toEqual(['There will be a re-profile to increase the regime to ten hours on a weekend.', 'A curriculum review will follow.']);

    const down = buildActions([
      seg(1, ['A survey will be done. Following this, the'], ['Governor'], ['November 2018']),
      seg(2, ['affordability of more extensive refurbishment will need to be considered.'], [], ['September 2019']),
    ]);
    expect(down.actions.map((a) => a.text)).toEqual(['A survey will be done.', 'Following this, the affordability of more extensive refurbishment will need to be considered.']);
    expect(down.response).toBe('A survey will be done.\n\nFollowing this, the affordability of more extensive refurbishment will need to be considered.');
  });

  it('joins an owner split by a page break and keeps the text running', () => {
    const out = buildActions([
      seg(1, ['Managers now attend, and minutes'], ['Governor/ Director Oxleas NHS'], ['Completed and ongoing']),
      seg(3, ['for this meeting will be taken.'], ['Foundation Trust'], []),
    ]);
    expect(out.actions).toEqual([
      { text: 'Managers now attend, and minutes for this meeting will be taken.', owner: 'Governor/ Director Oxleas NHS Foundation Trust', target: 'Completed and ongoing', due: 'completed-and-ongoing' },
    ]);
  });

  it('aligns <p> paragraphs with owners and targets, including rows that carry only an owner and a date', () => {
    const out = buildActions([
      seg(1, ['Testing was prioritised.', 'Intelligence is collated.', 'A scanner was bought.'], ['Governor'], ['October 2018']),
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
    const out = buildActions([seg(1, ['One paragraph for both.'], ['Governor Executive Director, Community Interventions'], ['September 2018 Ongoing'])]);
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
});
