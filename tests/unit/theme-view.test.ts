import { describe, expect, it } from 'vitest';
import type { Item, Plan } from '../../src/model/schema.ts';
import type { ItemInPlan } from '../../src/site/data.ts';
import { themeGroups, themeListing } from '../../src/site/views/theme.ts';

const plan = (id: string, establishmentId: string, establishmentName: string, year: number) =>
  ({ id, establishmentId, establishmentName, year }) as Plan;
const elmley2019 = plan('elmley-2019', 'elmley', 'HMP Elmley', 2019);
const elmley2023 = plan('elmley-2023', 'elmley', 'HMP Elmley', 2023);
const ford2016 = plan('ford-2016', 'ford', 'HMP Ford', 2016);
const row = (p: Plan, id: string) => ({ plan: p, item: { id, key: `${p.id}/${id}` } as Item });

describe('themeGroups', () => {
  it('groups by prison, then by inspection, each named once', () => {
    const groups = themeGroups([
      row(elmley2019, '1.1'),
      row(elmley2019, '1.2'),
      row(elmley2023, '4'),
      row(ford2016, '2.3'),
    ]);
    expect(
      groups.map((g) => [
        g.name,
        g.continued,
        g.plans.map((p) => [p.plan.year, p.items.map((i) => i.id), p.continued]),
      ]),
    ).toEqual([
      [
        'HMP Elmley',
        false,
        [
          [2019, ['1.1', '1.2'], false],
          [2023, ['4'], false],
        ],
      ],
      ['HMP Ford', false, [[2016, ['2.3'], false]]],
    ]);
  });

  it('says where a page starts in the middle of a prison or an inspection', () => {
    expect(
      themeGroups([row(elmley2019, '1.2'), row(ford2016, '2.3')], row(elmley2019, '1.1')).map((g) => [
        g.name,
        g.continued,
        g.plans[0]!.continued,
      ]),
    ).toEqual([
      ['HMP Elmley', true, true],
      ['HMP Ford', false, false],
    ]);
    expect(
      themeGroups([row(elmley2023, '4')], row(elmley2019, '1.1')).map((g) => [g.continued, g.plans[0]!.continued]),
    ).toEqual([[true, false]]);
    expect(themeGroups([row(ford2016, '2.3')], row(elmley2019, '1.1'))[0]!.continued).toBe(false);
  });
});

describe('themeListing', () => {
  // Items in the dataset's order: prisons by id, each prison's plans oldest first.
  const rows = [
    row(elmley2019, '1.1'),
    row(elmley2019, '1.2'),
    row(elmley2023, '4'),
    row(ford2016, '2.3'),
    row(ford2016, '2.4'),
  ];
  const itemByKey = new Map<string, ItemInPlan>(rows.map((r) => [r.item.key, r]));
  const theme = { name: 'Safety', url: '/themes/safety/', itemKeys: rows.map((r) => r.item.key) };
  // The site orders prisons by name: here Ford before Elmley, and a prison with no item of the theme.
  const establishments = [{ id: 'ford' }, { id: 'onley' }, { id: 'elmley' }];
  const keys = (l: { rows: ItemInPlan[] }) => l.rows.map((r) => r.item.key);

  it('lists the items by prison in the site order, and pages them with addresses, titles and positions', () => {
    const listing = themeListing(theme, itemByKey, establishments, 2);
    expect(keys(listing)).toEqual([
      'ford-2016/2.3',
      'ford-2016/2.4',
      'elmley-2019/1.1',
      'elmley-2019/1.2',
      'elmley-2023/4',
    ]);
    expect(listing.prisons).toEqual([
      { id: 'ford', name: 'HMP Ford', count: 2, onPage: 1, path: '/themes/safety/#ford' },
      { id: 'elmley', name: 'HMP Elmley', count: 3, onPage: 2, path: '/themes/safety/2/#elmley' },
    ]);
    expect(listing.pages.map((p) => [p.number, p.lastPage, p.segment, p.title, p.from, p.to, p.prev, p.next])).toEqual([
      [1, 3, undefined, 'Safety', 1, 2, null, '/themes/safety/2/'],
      [2, 3, '2', 'Safety: page 2 of 3', 3, 4, '/themes/safety/', '/themes/safety/3/'],
      [3, 3, '3', 'Safety: page 3 of 3', 5, 5, '/themes/safety/2/', null],
    ]);
    expect(
      listing.pages.map((p) =>
        p.groups.map((g) => [
          g.id,
          g.continued,
          g.plans.map((x) => [x.plan.id, x.items.map((i) => i.id), x.continued]),
        ]),
      ),
    ).toEqual([
      [['ford', false, [['ford-2016', ['2.3', '2.4'], false]]]],
      [['elmley', false, [['elmley-2019', ['1.1', '1.2'], false]]]],
      [['elmley', true, [['elmley-2023', ['4'], false]]]],
    ]);
  });

  it('puts a prison on the page where its first item falls, and gives one page of a hundred by default', () => {
    expect(themeListing(theme, itemByKey, establishments, 3).prisons.map((p) => [p.id, p.onPage, p.path])).toEqual([
      ['ford', 1, '/themes/safety/#ford'],
      ['elmley', 1, '/themes/safety/#elmley'],
    ]);
    const one = themeListing(theme, itemByKey, establishments);
    expect(one.pages.map((p) => [p.number, p.lastPage, p.title, p.from, p.to, p.prev, p.next])).toEqual([
      [1, 1, 'Safety', 1, 5, null, null],
    ]);
  });

  it('gives a theme with no items one empty page', () => {
    const empty = themeListing({ ...theme, itemKeys: [] }, itemByKey, establishments);
    expect([empty.rows, empty.prisons]).toEqual([[], []]);
    expect(empty.pages.map((p) => [p.number, p.lastPage, p.segment, p.from, p.to, p.groups, p.prev, p.next])).toEqual([
      [1, 1, undefined, 1, 0, [], null, null],
    ]);
  });
});
