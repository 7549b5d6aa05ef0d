import { describe, expect, it } from 'vitest';
import type { Item, Plan, Summary } from '../../src/model/schema.ts';
import {
  itemGroups,
  itemHeading,
  raisedAgainCounts,
  raisedAgainLead,
  raisedAgainYears,
  statusTable,
} from '../../src/site/views/plan.ts';

const item = (id: string, group: string | null, section: string | null, extra: Partial<Item> = {}) =>
  ({ id, key: `p/${id}`, group, section, status: null, raisedAgain: [], ...extra }) as unknown as Item;
const summary = (agreed: number, partlyAgreed: number, notAgreed: number, total: number | null): Summary => ({
  agreed,
  partlyAgreed,
  notAgreed,
  total,
  rows: [],
});

describe('itemGroups', () => {
  it('groups items under their headings in document order', () => {
    const groups = itemGroups([
      item('1', 'Main', null),
      item('2', 'Main', null),
      item('3', 'Other', 'Health'),
      item('4', null, null),
    ]);
    expect(groups.map((g) => [g.heading, g.items.map((i) => i.id)])).toEqual([
      ['Main', ['1', '2']],
      ['Other – Health', ['3']],
      ['Items', ['4']],
    ]);
  });
});

describe('itemHeading', () => {
  it('joins the group and section headings, and is null where there is neither', () => {
    expect(itemHeading({ group: 'Recommendations', section: 'Security' })).toBe('Recommendations – Security');
    expect(itemHeading({ group: null, section: 'Security' })).toBe('Security');
    expect(itemHeading({ group: '', section: null })).toBeNull();
  });
});

describe('statusTable', () => {
  const items = [
    item('1', null, null, { status: 'agreed' }),
    item('2', null, null, { status: 'agreed' }),
    item('3', null, null, { status: 'not_agreed' }),
  ];
  it('counts each status once, and says the printed summary agrees without repeating its numbers', () => {
    const t = statusTable(items, summary(2, 0, 1, 3));
    expect(t.rows.map((r) => [r.label, r.count])).toEqual([
      ['Agreed', 2],
      ['Partly agreed', 0],
      ['Not agreed', 1],
    ]);
    expect(t.total).toBe(3);
    expect(t.printed).toBe('same');
  });

  it('gives the printed numbers beside the counted ones where they differ', () => {
    const t = statusTable(items, summary(3, 0, 1, 4));
    expect(t.printed).toBe('different');
    expect(t.rows.map((r) => [r.count, r.printed])).toEqual([
      [2, 3],
      [0, 0],
      [1, 1],
    ]);
    expect(t.printedTotal).toBe(4);
    // A printed total that differs alone is a difference too.
    expect(statusTable(items, summary(2, 0, 1, 5)).printed).toBe('different');
  });

  it('has no printed column without a printed summary', () => {
    expect(statusTable(items, null).printed).toBe('none');
  });
});

describe('raised again on a plan page', () => {
  const later = { id: 'x-2024', year: 2024 } as Plan;
  const middle = { id: 'x-2021', year: 2021 } as Plan;
  const planOf = (key: string) => (key.startsWith('x-2024/') ? later : key.startsWith('x-2021/') ? middle : undefined);
  const link = (key: string) => ({ key, score: 0.3, reason: 'similar words' });
  const items = [
    item('1', null, null, { raisedAgain: [link('x-2024/4'), link('x-2024/5')] }), // two concerns, counted once
    item('2', null, null, { raisedAgain: [link('x-2021/1'), link('x-2024/4')] }),
    item('3', null, null),
  ];
  it('counts each item once per later inspection, oldest inspection first', () => {
    expect(raisedAgainCounts({ items }, planOf).map((c) => [c.plan.year, c.count])).toEqual([
      [2021, 1],
      [2024, 2],
    ]);
    expect(raisedAgainCounts({ items: [items[2]!] }, planOf)).toEqual([]);
  });

  it('names the years that raised an item again', () => {
    expect(raisedAgainYears(items[1]!, planOf)).toEqual([2021, 2024]);
    expect(raisedAgainYears(items[0]!, planOf)).toEqual([2024]);
    expect(raisedAgainYears(items[2]!, planOf)).toEqual([]);
  });
});

describe('raisedAgainLead', () => {
  it('says how many, in words that agree with the number, without repeating the total', () => {
    expect(raisedAgainLead(9, 40, 'recommendations')).toBe('9 of these recommendations were raised again at the');
    expect(raisedAgainLead(1, 12, 'concerns')).toBe('1 of these priority and key concerns was raised again at the');
    expect(raisedAgainLead(3, 3, 'recommendations')).toBe('All of these recommendations were raised again at the');
    expect(raisedAgainLead(1, 1, 'concerns')).toBe('This priority or key concern was raised again at the');
  });
});
