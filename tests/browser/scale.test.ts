// What only shows with a large archive (npm run build:large: 320 synthetic plans, 40 prisons,
// 11,000 items): theme pages split into pages, the data page's grid by year, data quality by
// document, and a search that loads no more than it needs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/model/schema.ts';
import { useSite } from '../support/browser.ts';

const DIST = 'dist-large';
const t = useSite(DIST);
// The dataset download is byte for byte what ingest wrote for this site.
const dataset = JSON.parse(readFileSync(`${DIST}/data/dataset.json`, 'utf8')) as Dataset;

describe('a large archive', () => {
  it('splits a theme into pages of 100 items that list every item of the theme once, with an index of prisons', async () => {
    const theme = dataset.themes.find((th) => th.id === 'health-and-social-care')!;
    const urlOf = new Map(dataset.plans.flatMap((p) => p.items.map((i) => [i.key, i.url])));
    expect(theme.itemKeys.length).toBeGreaterThan(1000);
    const pages = Math.ceil(theme.itemKeys.length / 100);

    await t.page.goto(t.site.url(theme.url));
    expect(await t.page.locator('main').innerText()).toContain(
      `${theme.itemKeys.length.toLocaleString('en-GB')} items at 40 prisons have this as their main theme.`,
    );
    // The prison index points at the page and the heading where each prison's items start.
    const index = await t.page
      .locator('table:has(caption:text("Prisons with items on this theme")) tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => ({
          name: r.querySelector('th')!.textContent!,
          href: (r.querySelector('a') as HTMLAnchorElement).href,
        })),
      );
    expect(index).toHaveLength(40);
    const last = index.at(-1)!;
    await t.page.goto(last.href);
    const anchor = new URL(last.href).hash.slice(1);
    expect(await t.page.locator(`[id="${anchor}"]`).innerText()).toBe(last.name);

    // Walking the pages with "Next page" meets every item of the theme exactly once.
    const seen: string[] = [];
    await t.page.goto(t.site.url(theme.url));
    for (let n = 1; ; n++) {
      const links = await t.page
        .locator('main table:not(:has(caption:text("Prisons"))) tbody td:first-child a')
        .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(links.length).toBeLessThanOrEqual(100);
      seen.push(...links);
      expect(await t.page.locator('.pager').innerText()).toContain(`Page ${n} of ${pages}`);
      const next = t.page.locator('.pager a[rel=next]');
      if (!(await next.count())) break;
      await next.click();
      expect(await t.page.locator('h1').innerText()).toContain(`Items ${n * 100 + 1} to`);
    }
    expect(seen.length).toBe(theme.itemKeys.length);
    expect(new Set(seen)).toEqual(new Set(theme.itemKeys.map((k) => urlOf.get(k)!)));
  });

  it('draws the theme grid by inspection year when there are more than 30 prisons', async () => {
    await t.page.goto(t.site.url('/data/'));
    expect(await t.page.locator('#theme-grid-title').innerText()).toBe('Items by theme and inspection year');
    const years = [...new Set(dataset.plans.map((p) => String(p.year)))].sort();
    expect(years).toEqual(['2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023']);
  });

  it('lists data quality as one line per document, with its counts', async () => {
    await t.page.goto(t.site.url('/data-quality/'));
    const rows = t.page.locator('table:has(caption:text("Notes by document")) tbody tr');
    const files = new Set(dataset.anomalies.map((a) => a.file));
    expect(await rows.count()).toBe(files.size);
    const first = dataset.plans.find((p) => p.source === [...files][0])!;
    const cells = await rows.first().locator('th, td').allInnerTexts();
    const notes = dataset.anomalies.filter((a) => a.file === first.source);
    expect(cells).toEqual([
      `${first.establishmentName} ${first.year}`,
      ...['repair', 'warning', 'error'].map((s) => String(notes.filter((a) => a.severity === s).length)),
    ]);
  });

  it('searches without loading filter files or the other pages, and sorts newest first month by month', async () => {
    const tab = await t.browser.newPage();
    const paths: string[] = [];
    tab.on('response', (r) => paths.push(new URL(r.url()).pathname));
    await tab.goto(t.site.url('/search/?q=health&sort=date'));
    await tab.waitForFunction(() => /for “health”/.test(document.getElementById('status')?.textContent ?? ''));
    for (let i = 0; i < 3; i++) {
      const n = await tab.locator('.results li').count();
      await tab.locator('#more').click();
      await tab.waitForFunction((before) => document.querySelectorAll('.results li').length > before, n);
    }
    const urls = await tab
      .locator('.results h2 a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(urls).toHaveLength(70); // a first batch of 10, then three of 20
    // Each result's plan month, from the dataset: never older than the one after it.
    const monthOf = new Map(
      dataset.plans.flatMap((p) =>
        p.items.map((i) => [i.url, (p.inspectionStart ?? p.reportPublished ?? `${p.year}-01`).slice(0, 7)]),
      ),
    );
    const months = urls.map((u) => monthOf.get(u)!);
    expect(months).toEqual([...months].sort().reverse());
    expect(months[0]).toBe([...monthOf.values()].sort().at(-1));
    // Newest first loads one filter file (the months); no facet file, no second bundle.
    expect(paths.filter((p) => p.includes('/filter/'))).toHaveLength(1);
    expect(paths.some((p) => p.startsWith('/pagefind-pages/'))).toBe(false);
    await tab.close();
  });
});
