// What a reader sees on real pages of the built site, in Chromium.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSite } from '../support/browser.ts';

const t = useSite('dist-fixtures');
const errors: string[] = [];
beforeAll(() => {
  t.page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  t.page.on('pageerror', (e) => errors.push(e.message));
  t.page.on('request', (r) => !r.url().startsWith(t.site.url('')) && errors.push(`request to ${r.url()}`));
});

describe('a recommendation page: Rochester 2017, 5.3', () => {
  it('shows the full stitched text, the status with its meaning, and both actions', async () => {
    await t.page.goto(t.site.url('/prisons/rochester/2017/5-3/'));
    expect(await t.page.title()).toBe('Recommendation 5.3, HMP Rochester 2017 – Prison Action Plans');
    expect(await t.page.locator('h1').innerText()).toContain('Recommendation 5.3');
    expect(await t.page.locator('.lead').innerText()).toBe(
      'The prison should ensure men have a good amount of time out of their cells every day and all men should have the opportunity during this time to engage in purposeful activities which support their rehabilitation.',
    );
    expect(await t.page.locator('.status').first().innerText()).toBe('◐ Partly agreed');
    expect(await t.page.getByText('(printed as “Partly Agreed”)').count()).toBe(1);
    expect(await t.page.getByText('Only part of the recommendation is agreed with').count()).toBe(1);
    // The response once, in two parts, each beside its owner and target.
    const parts = await t.page.$$eval('ol.parts > li', (lis) =>
      lis.map((li) => [
        (li.querySelector('.part-text') as HTMLElement).innerText.trim(),
        [...li.querySelectorAll('.facts dd')].map((d) => (d as HTMLElement).innerText),
      ]),
    );
    expect(parts.map(([, facts]) => facts)).toEqual([
      ['Governor', 'June 2019'],
      ['Governor', 'July 2018'],
    ]);
    expect(parts[1]![0]).toBe(
      'A curriculum review will be completed by the end of July 2018 and with the recruitment of education and industry staff, these will allow the number of activity places to be increased to the benchmark figure of 261.',
    );
    expect(await t.page.locator('main table').count()).toBe(0);
    expect(await t.page.locator('nav.breadcrumbs').innerText()).toBe('Home\nPrisons\nHMP Rochester\n2017 plan');
    expect(await t.page.locator('a[rel=next]').innerText()).toBe('Next: Recommendation 5.4');
  });

  it('runs no script and fetches nothing from elsewhere', async () => {
    await t.page.goto(t.site.url('/prisons/rochester/2017/5-3/'));
    expect(await t.page.locator('script').count()).toBe(0);
    expect(await t.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain(
      "default-src 'self'",
    );
    expect(errors).toEqual([]);
  });
});

describe('other pages', () => {
  it('lists both of Rochester’s inspections on its establishment page', async () => {
    await t.page.goto(t.site.url('/prisons/rochester/'));
    expect(await t.page.locator('h1').innerText()).toBe('HMP Rochester');
    expect(await t.page.locator('h3 a').allInnerTexts()).toEqual(['2017 inspection', '2024 inspection']);
    expect(await t.page.getByText('Named in its plans as HMP & YOI Rochester, then HMP Rochester.').count()).toBe(1);
    expect(await t.page.getByRole('heading', { name: 'What recurs between inspections' }).count()).toBe(1);
  });

  it('lists items from at least three prisons on a theme page', async () => {
    await t.page.goto(t.site.url('/themes/health-and-social-care/'));
    const prisons = await t.page.locator('main h2').allInnerTexts();
    expect(prisons).toEqual(['What happened next', 'HMP Elmley', 'HMP Ford', 'HMP Leicester', 'HMP Rochester']);
  });

  it('shows the theme’s own text from its file, below its heading, on its first page', async () => {
    // The first paragraph below the front matter.
    const file = readFileSync('content/themes/health-and-social-care.mdx', 'utf8').replace(/\r\n/g, '\n');
    const first = file
      .split(/^---$/m)[2]!
      .trim()
      .split(/\n\s*\n/)[0]!;
    await t.page.goto(t.site.url('/themes/health-and-social-care/'));
    expect(await t.page.locator('h1 + p').innerText()).toBe(first);
  });

  it('groups a plan’s items under their headings and lists its repairs', async () => {
    await t.page.goto(t.site.url('/prisons/elmley/2019/'));
    expect(await t.page.locator('h1').innerText()).toBe('HMP Elmley\nAction plan for the 2019 inspection');
    expect(await t.page.locator('main h2').allInnerTexts()).toEqual(
      expect.arrayContaining(['What happened next', 'Main recommendations: To the governor and HMPPS']),
    );
    expect(await t.page.locator('main h2').nth(1).innerText()).toBe('Main recommendations: To the governor and HMPPS');
    expect(await t.page.getByText('5.4 was inferred because it falls between 5.3 and 5.5').count()).toBe(1);
  });

  it('answers an unknown address with the 404 page', async () => {
    const response = await t.page.goto(t.site.url('/prisons/nowhere/'));
    expect(response?.status()).toBe(404);
    expect(await t.page.locator('h1').innerText()).toBe('Page not found');
  });
});
