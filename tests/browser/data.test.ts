// Open data, pictures and feeds on the built site: every download read back
// against the dataset, chart tables against the counts, feeds as Atom.
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { datasetSchema, type Dataset } from '../../src/model/schema.ts';
import { useSite } from '../support/browser.ts';
import { readCsvStrictly } from '../support/strict-csv.ts';

// This site's own dataset, whatever was built since.
const dataset = JSON.parse(readFileSync('dist-fixtures/data/dataset.json', 'utf8')) as Dataset;
const items = dataset.plans.flatMap((p) => p.items);
const t = useSite('dist-fixtures');

const fetchText = async (path: string) => {
  const r = await fetch(t.site.url(path));
  expect(r.status).toBe(200);
  // Keep the byte-order mark, which fetch's text() would drop.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await r.arrayBuffer());
};
const csv = (text: string) => {
  expect(text.startsWith('\uFEFF')).toBe(true);
  // Read as Python, pandas and Excel read it: an unquoted line break ends the record.
  const [header, ...rows] = readCsvStrictly(text);
  for (const row of rows) expect(row).toHaveLength(header!.length);
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]!])));
};

describe('downloads', () => {
  it('every download linked from the Data page parses', async () => {
    await t.page.goto(t.site.url('/data/'));
    const links = [
      ...new Set(
        await t.page
          .locator('main a[download]')
          .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
      ),
    ];
    expect(links.sort()).toEqual([
      '/data/actions.csv',
      '/data/datapackage.json',
      '/data/dataset.json',
      '/data/dataset.schema.json',
      '/data/follow-ups.csv',
      '/data/items.csv',
      '/data/plans.csv',
    ]);
    for (const link of links) {
      const text = await fetchText(link);
      if (link.endsWith('.json')) expect(() => JSON.parse(text)).not.toThrow();
      else expect(csv(text).length).toBeGreaterThan(0);
    }
  });

  it('describes the CSV files beside it in datapackage.json: each header in order, item numbers as text', async () => {
    const descriptor = JSON.parse(await fetchText('/data/datapackage.json')) as {
      resources: { path: string; schema: { fields: { name: string; type: string }[] } }[];
    };
    for (const r of descriptor.resources) {
      const rows = csv(await fetchText(`/data/${r.path}`));
      expect(r.schema.fields.map((f) => f.name)).toEqual(Object.keys(rows[0]!));
    }
    const items = descriptor.resources.find((r) => r.path === 'items.csv')!.schema.fields;
    expect(items.find((f) => f.name === 'id')!.type).toBe('string');
  });

  it('gives back the dataset itself, and its JSON Schema', async () => {
    expect(datasetSchema.parse(JSON.parse(await fetchText('/data/dataset.json')))).toEqual(dataset);
    const schema = JSON.parse(await fetchText('/data/dataset.schema.json'));
    expect(schema.required).toEqual(['plans', 'establishments', 'themes', 'glossary', 'anomalies', 'followUpProblems']);
  });

  it('items.csv and actions.csv hold every item and action, texts exactly', async () => {
    const rows = csv(await fetchText('/data/items.csv'));
    expect(rows.map((r) => r.key)).toEqual(items.map((i) => i.key));
    expect(rows.map((r) => r.text)).toEqual(items.map((i) => i.text));
    // Texts with commas and quotation marks survive.
    expect(rows.filter((r) => r.text!.includes(',') || r.text!.includes("'")).length).toBeGreaterThan(50);
    expect(rows.find((r) => r.key === 'rochester-2017/5-3')).toMatchObject({
      status: 'partly_agreed',
      actions: '2',
      earliest_due: '2018-07',
      latest_due: '2019-06',
      plan: 'rochester-2017',
    });
    const actions = csv(await fetchText('/data/actions.csv'));
    expect(actions).toHaveLength(items.reduce((n, i) => n + i.actions.length, 0));
    expect(actions.map((a) => a.text)).toEqual(items.flatMap((i) => i.actions.map((a) => a.text ?? '')));
    // Action texts with paragraphs keep their line breaks.
    expect(actions.some((a) => a.text!.includes('\n\n'))).toBe(true);
  });

  it('plans.csv lists every plan with the addresses of its own files, and each of them parses', async () => {
    const rows = csv(await fetchText('/data/plans.csv'));
    expect(rows.map((r) => r.plan)).toEqual(dataset.plans.map((p) => p.id));
    expect(rows.find((r) => r.plan === 'rochester-2017')).toMatchObject({
      establishment: 'HMP Rochester',
      year: '2017',
      kind: 'recommendations',
      items: '46',
    });
    for (const row of rows) {
      const plan = dataset.plans.find((p) => p.id === row.plan)!;
      expect(JSON.parse(await fetchText(new URL(row.json!).pathname))).toEqual(plan);
      expect(csv(await fetchText(new URL(row.items_csv!).pathname)).map((r) => r.id)).toEqual(
        plan.items.map((i) => i.id),
      );
      expect(csv(await fetchText(new URL(row.actions_csv!).pathname))).toHaveLength(
        plan.items.reduce((n, i) => n + i.actions.length, 0),
      );
      expect(await fetchText(new URL(row.text!).pathname)).toContain('\t');
      expect(new URL(row.url!).pathname).toBe(plan.url);
      // What the plan prints outside its items, as its JSON has it.
      expect([row.inspection_as_written, row.report_published_as_written, row.plan_submitted_as_written]).toEqual([
        plan.datesAsWritten.inspection ?? '',
        plan.datesAsWritten.reportPublished ?? '',
        plan.datesAsWritten.planSubmitted ?? '',
      ]);
      expect([row.notes, row.inspection_parts, row.sign_off]).toEqual([
        plan.notes.join('\n'),
        plan.inspectionParts.map((p) => `${p.start}/${p.end}`).join('; '),
        plan.signOff ?? '',
      ]);
    }
  });

  it('each plan has its own JSON and CSV', async () => {
    for (const plan of dataset.plans) {
      expect(JSON.parse(await fetchText(`/data/plans/${plan.id}.json`))).toEqual(plan);
      expect(csv(await fetchText(`/data/plans/${plan.id}-items.csv`)).map((r) => r.id)).toEqual(
        plan.items.map((i) => i.id),
      );
    }
  });
});

describe('pictures', () => {
  it('the theme by prison grid’s table matches the dataset', async () => {
    await t.page.goto(t.site.url('/data/'));
    const table = t.page.locator('figure:has(figcaption:text("Items by theme and prison")) table');
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c as HTMLElement).textContent!.trim())));
    expect(rows).toHaveLength(dataset.themes.length);
    const health = rows.find((r) => r[0] === 'Health and social care')!;
    const count = (est: string) =>
      dataset.themes.find((t) => t.id === 'health-and-social-care')!.itemKeys.filter((k) => k.startsWith(`${est}-`))
        .length;
    expect(health.slice(1).map(Number)).toEqual(dataset.establishments.map((e) => count(e.id)));
  });

  it('a plan’s status counts match its summary, given once', async () => {
    await t.page.goto(t.site.url('/prisons/leicester/2018/'));
    const cells = await t.page
      .locator('table:has(caption:text("Status of the recommendations")) tbody td')
      .allTextContents();
    expect(cells.map(Number)).toEqual([34, 7, 5]);
    expect(await t.page.getByText('The plan’s own summary table gives the same numbers.').count()).toBe(1);
    // One chart (actions by month), no second picture of the status counts.
    expect(await t.page.locator('figure.chart').count()).toBe(1);
  });
});

describe('feeds', () => {
  const xml = new XMLParser({ ignoreAttributes: false, textNodeName: '#text' });
  const text = (v: string | { '#text': string }) => (typeof v === 'string' ? v : v['#text']);
  it('the plans feed is Atom, newest first, and every page links to it', async () => {
    const feed = xml.parse(await fetchText('/feeds/plans.xml')).feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(text(feed.title)).toBe('Prison Action Plans: new plans');
    const entries = feed.entry as { title: string; updated: string; id: string }[];
    expect(entries.map((e) => text(e.title))[0]).toBe('HMP Rochester: action plan for the 2024 inspection');
    expect(entries).toHaveLength(dataset.plans.length);
    expect(entries.map((e) => e.updated)).toEqual([...entries.map((e) => e.updated)].sort().reverse());
    await t.page.goto(t.site.url('/'));
    expect(await t.page.locator('link[rel=alternate][type="application/atom+xml"]').getAttribute('href')).toBe(
      '/feeds/plans.xml',
    );
  });

  it('has a feed per prison and per theme, linked from their pages', async () => {
    const rochester = xml.parse(await fetchText('/feeds/prisons/rochester.xml')).feed;
    expect(rochester.entry.map((e: { title: string }) => text(e.title))).toEqual([
      'HMP Rochester: action plan for the 2024 inspection',
      'HMP Rochester: action plan for the 2017 inspection',
    ]);
    const theme = xml.parse(await fetchText('/feeds/themes/health-and-social-care.xml')).feed;
    expect(theme.entry.length).toBe(dataset.themes.find((t) => t.id === 'health-and-social-care')!.itemKeys.length);
    await t.page.goto(t.site.url('/themes/health-and-social-care/'));
    expect(
      await t.page.locator('link[rel=alternate]').evaluateAll((ls) => ls.map((l) => l.getAttribute('href'))),
    ).toContain('/feeds/themes/health-and-social-care.xml');
  });

  it('each item page offers a citation and a permanent link', async () => {
    await t.page.goto(t.site.url('/prisons/rochester/2017/5-3/'));
    expect(await t.page.locator('#citation').innerText()).toMatch(
      /^HM Prison and Probation Service \(2018\)\. Action plan: HMP & YOI Rochester, in response to the HM Inspectorate of Prisons inspection of 2017, Recommendation 5\.3\. Available at: http.*\/prisons\/rochester\/2017\/5-3\/ \(accessed: the date you read it\)\.$/,
    );
  });
});
