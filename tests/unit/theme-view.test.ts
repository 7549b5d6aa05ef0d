import { describe, expect, it } from 'vitest';
import type { Item, Plan } from '../../src/model/schema.ts';
import { themeGroups } from '../../src/site/views/theme.ts';

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
