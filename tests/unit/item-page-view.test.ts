import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/site/data.ts';
import { itemPage, type LinkedRow } from '../../src/site/views/item-page.ts';
import { dataset } from '../support/seeds.ts';

// The fixtures' dataset without follow-ups: what the page shows from the plans alone.
const data = indexDataset(structuredClone(dataset));
const at = { canonical: 'https://plans.example.org/prisons/rochester/2024/2/', asOf: '2025-06-01' };
const keys = (rows: LinkedRow[]) => rows.map((r) => [r.item.key, r.reason ?? null]);

describe('itemPage', () => {
  it('names a priority concern by its kind, with its headings, terms, citation and neighbours', () => {
    const page = itemPage(data, 'rochester-2024', 1, at);
    expect(page.item.key).toBe('rochester-2024/2');
    expect(page.name).toBe('Priority concern 2');
    expect(page.noun).toBe('priority concern');
    expect(page.title).toBe('Priority concern 2, HMP Rochester 2024');
    expect(page.description).toBe(
      'Many cells and communal facilities were in a very poor state of repair, were vermin-infested and required substantial investment.',
    );
    expect(page.crumbs).toEqual([
      { label: 'Prisons', path: '/prisons/' },
      { label: 'HMP Rochester', path: '/prisons/rochester/' },
      { label: '2024 plan', path: '/prisons/rochester/2024/' },
    ]);
    expect(page.filters.filter(([k]) => k === 'kind' || k === 'month' || k === 'status')).toEqual([
      ['status', 'No status (concern)'],
      ['kind', 'Priority concern'],
      ['month', '2024-08'],
    ]);
    expect([page.printedAs, page.statusDefinition, page.heading, page.refs, page.repeatedRefs]).toEqual([
      null,
      null,
      'Priority concerns',
      'not printed',
      null,
    ]);
    expect(page.themes).toEqual([
      {
        name: 'Living conditions',
        url: '/themes/living-conditions/',
        primary: true,
        reason: 'words: cells, vermin, communal facilities, state of repair',
      },
    ]);
    expect(page.glossary).toEqual([
      { term: 'CSU', expansion: 'care and separation unit' },
      { term: 'GFSL', expansion: 'Gov Facility Services Limited' },
      { term: 'HMPPS', expansion: 'HM Prison and Probation Service' },
    ]);
    // Earlier plans at the same prison, the shared theme named in words.
    const sameTheme = 'similar words, same theme: living conditions';
    expect(keys(page.raisedBefore)).toEqual([
      ['rochester-2017/5-6', sameTheme],
      ['rochester-2017/5-15', sameTheme],
      ['rochester-2017/5-10', sameTheme],
    ]);
    expect(page.raisedAgain).toEqual([]);
    expect(keys(page.elsewhere)).toEqual([
      ['elmley-2019/5-5', null],
      ['leicester-2018/5-4', null],
      ['ford-2016/5-2', null],
    ]);
    expect(page.citation).toEqual({
      year: '2024',
      title: 'Action plan: HMP Rochester, in response to the HM Inspectorate of Prisons inspection of 2024',
      name: 'Priority concern 2',
      url: 'https://plans.example.org/prisons/rochester/2024/2/',
    });
    expect(page.pager).toEqual({
      prev: '/prisons/rochester/2024/1/',
      next: '/prisons/rochester/2024/3/',
      prevText: 'Previous: Priority concern 1',
      nextText: 'Next: Priority concern 3',
    });
  });

  it('says what a recommendation repeats, the later plan that raised it again, and the year of the plan as submitted', () => {
    const page = itemPage(data, 'rochester-2017', 10, at);
    expect(page.name).toBe('Recommendation 5.11');
    expect(page.heading).toBe('Recommendations – Security');
    expect([page.refs, page.repeatedRefs]).toEqual(['1.37', '1.40']);
    expect(page.statusDefinition).toBe('All of the recommendation is agreed with, can be achieved and is affordable.');
    expect(page.raisedAgain.map((g) => [g.plan.id, keys(g.rows)])).toEqual([
      ['rochester-2024', [['rochester-2024/4', 'similar words, same theme: security and drug supply']]],
    ]);
    // Submitted in 2018 for the 2017 inspection: cited by the year it was written.
    expect(page.citation.year).toBe('2018');
    expect(page.citation.title).toBe(
      'Action plan: HMP & YOI Rochester, in response to the HM Inspectorate of Prisons inspection of 2017',
    );
  });

  it('says how a status was printed where it reads otherwise, and has no previous item for the first', () => {
    const page = itemPage(data, 'ford-2016', 0, at);
    expect(page.printedAs).toBe('Accepted');
    expect(page.description).toBe(
      'Equality monitoring data should be interrogated; when potentially unfair treatment is indicated, it should be investigated and action should be taken to…',
    );
    expect(page.description.length).toBe(153);
    expect(page.pager).toEqual({
      prev: null,
      next: '/prisons/ford/2016/5-2/',
      prevText: '',
      nextText: 'Next: Recommendation 5.2',
    });
  });

  it("gives the plan's other columns as blocks under their headers", () => {
    const copy = structuredClone(dataset);
    copy.plans.find((p) => p.id === 'ford-2016')!.items[0]!.columns = [
      { header: 'Progress', text: 'Started.\n• audit done\n• training booked' },
    ];
    const page = itemPage(indexDataset(copy), 'ford-2016', 0, at);
    expect(page.columns).toEqual([
      {
        header: 'Progress',
        blocks: [
          { list: false, text: 'Started.' },
          { list: true, text: 'audit done' },
          { list: true, text: 'training booked' },
        ],
      },
    ]);
  });
});
