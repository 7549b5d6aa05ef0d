import { describe, expect, it } from 'vitest';
import type { Item, Plan } from '../../src/model/schema.ts';
import { GRID_PRISONS_MAX, statusByTheme, themeGrid } from '../../src/site/views/data.ts';

const plan = (id: string, establishmentId: string, year: number, kind: Plan['kind'] = 'recommendations') =>
  ({ id, establishmentId, year, kind }) as Plan;
const ford2016 = plan('ford-2016', 'ford', 2016);
const ford2019 = plan('ford-2019', 'ford', 2019);
const elmley2024 = plan('elmley-2024', 'elmley', 2024, 'concerns');
const rows = [
  [ford2016, '1', 'agreed'],
  [ford2016, '2', 'not_agreed'],
  [ford2019, '1', 'agreed'],
  [elmley2024, '1', null],
] as const;
const itemByKey = new Map(
  rows.map(([p, id, status]) => [`${p.id}/${id}`, { plan: p, item: { id, status, statusAsWritten: status } as Item }]),
);
const themes = [
  { name: 'Safety', itemKeys: ['ford-2016/1', 'ford-2019/1', 'elmley-2024/1'] },
  { name: 'Respect', itemKeys: ['ford-2016/2'] },
  { name: 'Health', itemKeys: ['elmley-2024/1'] },
];
const establishments = [
  { id: 'elmley', name: 'HMP & YOI Elmley' },
  { id: 'ford', name: 'HMP Ford' },
];
const plans = [ford2016, ford2019, elmley2024, plan('onley-2021', 'onley', 2021)];

describe('themeGrid', () => {
  it('counts each theme’s items by prison, with the prisons’ short names', () => {
    expect(themeGrid(themes, establishments, plans, itemByKey)).toEqual({
      title: 'Items by theme and prison',
      rows: ['Safety', 'Respect', 'Health'],
      columns: ['Elmley', 'Ford'],
      values: [
        [1, 2],
        [0, 1],
        [1, 0],
      ],
    });
  });

  it('counts by inspection year, every plan’s year a column, for more prisons than a screen holds', () => {
    const many = Array.from({ length: GRID_PRISONS_MAX + 1 }, (_, k) => ({ id: `p${k}`, name: `HMP P${k}` }));
    expect(themeGrid(themes, many, plans, itemByKey)).toEqual({
      title: 'Items by theme and inspection year',
      rows: ['Safety', 'Respect', 'Health'],
      columns: ['2016', '2019', '2021', '2024'],
      values: [
        [1, 1, 0, 1],
        [1, 0, 0, 0],
        [0, 0, 0, 1],
      ],
    });
  });
});

describe('statusByTheme', () => {
  it("counts every item of each theme, by status and concerns apart, so a row's total is the theme's count", () => {
    expect(statusByTheme(themes, itemByKey).map((r) => [r.label, r.counts, r.unread, r.concerns])).toEqual([
      ['Safety', { agreed: 2, partly_agreed: 0, not_agreed: 0, not_recognised: 0 }, [], 1],
      ['Respect', { agreed: 0, partly_agreed: 0, not_agreed: 1, not_recognised: 0 }, [], 0],
      ['Health', { agreed: 0, partly_agreed: 0, not_agreed: 0, not_recognised: 0 }, [], 1],
    ]);
  });
});
