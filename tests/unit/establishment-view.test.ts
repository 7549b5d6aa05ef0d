import { describe, expect, it } from 'vitest';
import type { Item, Link, Plan } from '../../src/model/schema.ts';
import { recurringItems } from '../../src/site/views/establishment.ts';

const link = (key: string) => ({ key }) as Link;
const item = (key: string, raisedBefore: string[] = []) => ({ key, raisedBefore: raisedBefore.map(link) }) as Item;

describe('recurringItems', () => {
  it('gives each later item linked to earlier ones, with those items and their plans, in the links’ order', () => {
    const p2016 = { id: 'r-2016', items: [item('r-2016/1'), item('r-2016/2')] } as Plan;
    const p2019 = { id: 'r-2019', items: [item('r-2019/1', ['r-2016/2', 'r-2016/1']), item('r-2019/2')] } as Plan;
    const p2024 = { id: 'r-2024', items: [item('r-2024/1'), item('r-2024/2', ['r-2019/1'])] } as Plan;
    const itemByKey = new Map(
      [p2016, p2019, p2024].flatMap((plan) => plan.items.map((i) => [i.key, { item: i, plan }] as const)),
    );
    expect(
      recurringItems([p2016, p2019, p2024], itemByKey).map((r) => [
        r.plan.id,
        r.item.key,
        r.before.map((b) => [b.plan.id, b.item.key]),
      ]),
    ).toEqual([
      [
        'r-2019',
        'r-2019/1',
        [
          ['r-2016', 'r-2016/2'],
          ['r-2016', 'r-2016/1'],
        ],
      ],
      ['r-2024', 'r-2024/2', [['r-2019', 'r-2019/1']]],
    ]);
  });
});
