// Addresses: the base path however it is written, absolute addresses under it, feeds, and the dataset's order.
import { describe, expect, it } from 'vitest';
import { establishmentOrder, glossaryOrder, planOrder } from '../../src/dataset/order.ts';
import { absoluteUrl, basePath, FEEDS, rootUrl, themePageUrl } from '../../src/dataset/urls.ts';
import type { Establishment, Plan } from '../../src/model/schema.ts';

describe('addresses', () => {
  it('normalises the base path to a leading and a trailing slash', () => {
    expect(basePath('/')).toBe('/');
    expect(basePath('')).toBe('/');
    expect(basePath('plans')).toBe('/plans/');
    expect(basePath('/plans/')).toBe('/plans/');
    expect(basePath('//plans')).toBe('/plans/');
  });

  it('builds absolute addresses under the site root, base path included', () => {
    const root = rootUrl('https://plans.example.org', '/sub');
    expect(root).toBe('https://plans.example.org/sub/');
    expect(absoluteUrl('/prisons/ford/2016/5-3/', root)).toBe('https://plans.example.org/sub/prisons/ford/2016/5-3/');
    expect(absoluteUrl(FEEDS.establishment('ford'), root)).toBe('https://plans.example.org/sub/feeds/prisons/ford.xml');
    expect(absoluteUrl(FEEDS.theme('self-harm'), root)).toBe(
      'https://plans.example.org/sub/feeds/themes/self-harm.xml',
    );
    expect(absoluteUrl('/', root)).toBe(root);
  });

  it("gives a theme's first page the theme's own address, and the others a number after it", () => {
    expect([1, 2, 12].map((n) => themePageUrl('/themes/safety/', n))).toEqual([
      '/themes/safety/',
      '/themes/safety/2/',
      '/themes/safety/12/',
    ]);
  });
});

describe('the dataset order', () => {
  it('orders plans by establishment, year, then id', () => {
    const p = (establishmentId: string, year: number, id: string) => ({ establishmentId, year, id }) as Plan;
    const sorted = [
      p('ford', 2019, 'ford-2019'),
      p('elmley', 2020, 'elmley-2020'),
      p('ford', 2016, 'ford-2016b'),
      p('ford', 2016, 'ford-2016'),
    ].sort(planOrder);
    expect(sorted.map((x) => x.id)).toEqual(['elmley-2020', 'ford-2016', 'ford-2016b', 'ford-2019']);
  });

  it('breaks a tie of establishment names by id, and sorts terms whatever their case', () => {
    const e = (id: string, name: string) => ({ id, name }) as Establishment;
    expect([e('b', 'Ford'), e('a', 'Ford'), e('c', 'Elmley')].sort(establishmentOrder).map((x) => x.id)).toEqual([
      'c',
      'a',
      'b',
    ]);
    expect(
      [{ term: 'UoF' }, { term: 'ACCT' }, { term: 'acct' }, { term: 'OMiC' }].sort(glossaryOrder).map((x) => x.term),
    ).toEqual(['ACCT', 'acct', 'OMiC', 'UoF']);
  });
});
