// The view objects the routes render (src/site/views/*-page.ts), on the fixtures' dataset.
import { describe, expect, it } from 'vitest';
import type { Anomaly } from '../../src/model/schema.ts';
import { indexDataset } from '../../src/site/data.ts';
import { dataPage } from '../../src/site/views/data-page.ts';
import { dataQualityPage } from '../../src/site/views/data-quality-page.ts';
import { establishmentPage } from '../../src/site/views/establishment-page.ts';
import { homePage } from '../../src/site/views/home.ts';
import { prisonsIndex, themesIndex } from '../../src/site/views/indexes.ts';
import { planPage } from '../../src/site/views/plan-page.ts';
import { searchPage } from '../../src/site/views/search-page.ts';
import { FOLLOW_UP_FACET } from '../../src/site/views/follow-ups.ts';
import { FACETS } from '../../src/site/facets.ts';
import { themePageView } from '../../src/site/views/theme-page.ts';
import { themeListing } from '../../src/site/views/theme.ts';
import { dataset } from '../support/seeds.ts';

const data = indexDataset(structuredClone(dataset));
const asOf = '2025-06-01';

describe('planPage', () => {
  it('gives a concerns plan its title, headings, counts and notes', () => {
    const page = planPage(data, 'rochester-2024', asOf);
    expect(page.title).toBe('HMP Rochester: action plan for the 2024 inspection');
    expect(page.description).toBe(
      'How HM Prison and Probation Service answered the 13 priority and key concerns of the 2024 inspection of HMP Rochester.',
    );
    expect(page.crumbs).toEqual([
      { label: 'Prisons', path: '/prisons/' },
      { label: 'HMP Rochester', path: '/prisons/rochester/' },
    ]);
    expect(page.feeds).toEqual([{ title: 'Plans for HMP Rochester', path: '/feeds/prisons/rochester.xml' }]);
    expect(page.files).toEqual({
      json: '/data/plans/rochester-2024.json',
      items: '/data/plans/rochester-2024-items.csv',
      actions: '/data/plans/rochester-2024-actions.csv',
      text: '/documents/rochester-2024.txt',
    });
    expect(page.originalLabel).toBe('Original document (HMP Rochester, 2024 inspection, text)');
    expect([page.counted, page.one]).toEqual(['13 priority and key concerns', 'priority or key concern']);
    expect(page.groups.map((g) => [g.heading, g.items.map((i) => i.id)])).toEqual([
      ['Priority concerns', ['1', '2', '3', '4', '5', '6', '7']],
      ['Key Concerns', ['8', '9', '10', '11', '12', '13']],
    ]);
    expect(page.raisedAgain).toEqual([]);
    expect([page.passed, page.changed, page.notes.length]).toEqual([13, 1, 11]);
    expect(page.notes[0]).toEqual({
      place: 'Line 26',
      item: '1',
      severity: 'repair',
      message: 'A sentence split by a page break was joined; its end was moved up to the action where it starts.',
      text: 'early days at Rochester.',
    });
    expect(page.notesCaption).toBe(`11 notes on ${page.plan.source}`);
    expect(page.dueRows.at(-1)).toEqual({ label: 'Completed', value: 4 });
  });

  it('says how many items a later inspection raised again, and when each was', () => {
    const page = planPage(data, 'rochester-2017', asOf);
    expect(page.raisedAgain.map((a) => [a.lead, a.plan.id])).toEqual([
      ['18 of these recommendations were raised again at the', 'rochester-2024'],
    ]);
    expect(page.raisedAgainYears(page.plan.items[10]!)).toEqual([2024]);
    expect(page.raisedAgainYears(page.plan.items[0]!)).toEqual([]);
    expect([page.counted, page.passed, page.changed]).toEqual(['46 recommendations', 40, 12]);
  });
});

describe('themePageView', () => {
  const theme = data.themeById.get('living-conditions')!;
  const listing = themeListing(theme, data.itemByKey, data.establishments, 3);

  it('gives the first page its counts and no crumb to itself', () => {
    const view = themePageView(data, theme.id, listing, listing.pages[0]!);
    expect(view.first).toBe(true);
    expect(view.crumbs).toEqual([{ label: 'Themes', path: '/themes/' }]);
    expect(view.feeds).toEqual([{ title: 'Items on living conditions', path: '/feeds/themes/living-conditions.xml' }]);
    expect(view.counts).toBe('14 items at 4 prisons have this as their main theme.');
    // No follow-up in the fixtures' plans alone.
    expect(view.verdicts).toEqual([]);
  });

  it('says on a later page that a plan cut by the page break continues', () => {
    const view = themePageView(data, theme.id, listing, listing.pages[1]!);
    expect(view.first).toBe(false);
    expect(view.crumbs).toEqual([
      { label: 'Themes', path: '/themes/' },
      { label: 'Living conditions', path: '/themes/living-conditions/' },
    ]);
    expect(view.groups.map((g) => [g.name, g.continued, g.captions])).toEqual([
      ['HMP Ford', true, ['Living conditions at HMP Ford, 2016 inspection, continued']],
    ]);
  });
});

describe('establishmentPage', () => {
  it('lists the plans oldest first, the status of the recommendations plans, and what recurs', () => {
    const page = establishmentPage(data, 'rochester');
    expect(page.plans.map((p) => p.id)).toEqual(['rochester-2017', 'rochester-2024']);
    expect(page.description).toBe('HMP Rochester: 2 inspections and the action plans that answered them.');
    expect(page.statusRows).toEqual([
      { label: '2017', counts: { agreed: 38, partly_agreed: 6, not_agreed: 2, not_recognised: 0 }, unread: [] },
    ]);
    expect(page.recurring.length).toBe(11);
    expect(page.recurring[0]).toEqual({
      url: '/prisons/rochester/2024/1/',
      name: 'Priority concern 1',
      year: 2024,
      text: 'Levels of safety in the prison was deteriorating, and both violence and self-harm were increasing. The safety strategy was out of date, not well informed by data and lacked an action plan.',
      before: [
        {
          url: '/prisons/rochester/2017/5-13/',
          name: 'Recommendation 5.13',
          year: 2017,
          text: 'ACCT documents should demonstrate that men were being appropriately cared for.',
        },
      ],
    });
  });
});

describe('dataPage', () => {
  it('counts what the downloads hold and names each CSV file with its columns', () => {
    const page = dataPage(data);
    expect([page.plans, page.items, page.actions, page.judgements, page.recommendations]).toEqual([
      5, 179, 319, 0, 166,
    ]);
    expect(page.columns.map((c) => [c.file, c.columns.length])).toEqual([
      ['items.csv', 27],
      ['actions.csv', 6],
      ['plans.csv', 16],
      ['follow-ups.csv', 13],
    ]);
    expect(page.ownerTypes[0]).toEqual({ label: 'Governor', value: 244 });
    expect(page.statusByTheme.length).toBe(19);
    expect(page.verdicts).toEqual([]);
  });
});

describe('dataQualityPage', () => {
  it('counts the notes, and lists a document not published with its notes and where each stands', () => {
    const copy = indexDataset(structuredClone(dataset));
    const unread: Anomaly = {
      file: 'bad\u001bname.pdf',
      plan: null,
      line: 0,
      where: null,
      item: null,
      kind: 'not-an-action-plan',
      severity: 'error',
      message: 'No action plan table was found.',
      text: null,
    } as Anomaly;
    copy.anomalies.push(unread);
    copy.anomaliesByFile.set(unread.file, [unread, { ...unread, where: 'page 2', message: 'Second.' }]);
    const page = dataQualityPage(copy);
    expect(page.counts).toEqual({ repair: 61, warning: 18, error: 1 });
    expect(page.unreadNotes).toEqual([
      {
        file: 'bad\\x1Bname.pdf',
        notes: [
          { place: 'Whole file', message: 'No action plan table was found.' },
          { place: 'Page 2', message: 'Second.' },
        ],
      },
    ]);
    expect(page.planNotes).toEqual([]);
    expect(page.leftOut).toEqual([]);
  });
});

describe('homePage', () => {
  it('counts the archive, and lists every prison with its plans and items and the first themes', () => {
    const page = homePage(data);
    expect(page.counts).toBe('5 plans from 4 prisons, with 179 recommendations and concerns');
    expect(page.latest.map((p) => p.id)).toEqual([
      'rochester-2024',
      'elmley-2019',
      'leicester-2018',
      'rochester-2017',
      'ford-2016',
    ]);
    expect(page.prisons).toEqual([
      { name: 'HMP Elmley', url: '/prisons/elmley/', plans: 1, items: 31 },
      { name: 'HMP Ford', url: '/prisons/ford/', plans: 1, items: 43 },
      { name: 'HMP Leicester', url: '/prisons/leicester/', plans: 1, items: 46 },
      { name: 'HMP Rochester', url: '/prisons/rochester/', plans: 2, items: 59 },
    ]);
    expect(page.themeCount).toBe(19);
    expect(page.themes[0]).toEqual({ name: 'Early days in custody', url: '/themes/early-days/', items: '7 items' });
    expect(page.items.length).toBe(179);
  });
});

describe('the index pages', () => {
  it('lists every prison with the years of its plans', () => {
    expect(prisonsIndex(data).prisons).toEqual([
      { name: 'HMP Elmley', url: '/prisons/elmley/', plans: '1 plan: 2019' },
      { name: 'HMP Ford', url: '/prisons/ford/', plans: '1 plan: 2016' },
      { name: 'HMP Leicester', url: '/prisons/leicester/', plans: '1 plan: 2018' },
      { name: 'HMP Rochester', url: '/prisons/rochester/', plans: '2 plans: 2017, 2024' },
    ]);
  });

  it('lists every theme under its healthy prison test, with its summary and count', () => {
    const tests = themesIndex(data).tests;
    expect(tests.map((t) => [t.label, t.themes.length])).toEqual([
      ['Safety', 6],
      ['Respect', 7],
      ['Purposeful activity', 2],
      ['Rehabilitation and release planning', 4],
    ]);
    expect(tests[0]!.themes[0]).toEqual({
      name: 'Early days in custody',
      url: '/themes/early-days/',
      summary: 'Reception, the first night and induction, when people are most vulnerable.',
      items: '7 items',
    });
  });
});

describe('searchPage', () => {
  it('lists each facet with every value counted over the archive, and every printed status with its filing', () => {
    const page = searchPage(data, asOf);
    expect(page.facets.map((f) => f.key)).toEqual(
      FACETS.map(([key]) => key).filter((k) => page.facets.some((f) => f.key === k)),
    );
    const prison = page.facets.find((f) => f.key === 'establishment')!;
    expect(prison.label).toBe('Prison');
    expect(prison.asOf).toBeNull();
    expect(prison.values.reduce((n, [, count]) => n + count, 0)).toBe(179);
    // A prison whose name is an English word is named in a query only with its capital; the fixtures have one.
    expect(prison.capitalOnly).toEqual(['HMP Ford']);
    expect(page.facets.filter((f) => f.key !== 'establishment').every((f) => !f.capitalOnly.length)).toBe(true);
    expect(page.statuses).toEqual([
      ['Accepted', 'Agreed'],
      ['Accepted Subject to Resources', 'Partly agreed'],
      ['Agreed', 'Agreed'],
      ['Not Agreed', 'Not agreed'],
      ['Not agreed', 'Not agreed'],
      ['Partially Accepted', 'Partly agreed'],
      ['Partly Agreed', 'Partly agreed'],
      ['Partly agreed', 'Partly agreed'],
      ['Rejected', 'Not agreed'],
    ]);
    expect(page.facets.filter((f) => f.asOf !== null).map((f) => [f.key, f.asOf])).toEqual([
      [FOLLOW_UP_FACET[0], '1 June 2025'],
    ]);
  });
});
