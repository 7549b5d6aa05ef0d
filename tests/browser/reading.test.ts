// What a reader meets on a phone and at a desk: what happened next, the response
// once, charts whose words are whole and never tiny, tables that need no sideways scroll.
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/browser.ts';

const t = useSite('dist-fixtures');

describe('what happened next', () => {
  // Rochester 2017 → the 2024 concerns that raised the same subject again.
  it.each([
    ['drugs', '5-2', '/prisons/rochester/2024/4/', 'Priority concern 4'],
    ['health care', '5-23', '/prisons/rochester/2024/5/', 'Priority concern 5'],
    ['offender management', '5-4', '/prisons/rochester/2024/6/', 'Priority concern 6'],
    ['use of force', '5-9', '/prisons/rochester/2024/8/', 'Key concern 8'],
  ])('Rochester 2017 on %s (%s) links forward to the 2024 concern', async (_subject, slug, concern, name) => {
    await t.page.goto(t.site.url(`/prisons/rochester/2017/${slug}/`));
    const section = t.page.locator('h2:text-is("Raised again at the 2024 inspection") + p + ul');
    expect(await section.count()).toBe(1);
    const link = section.locator(`a[href="${concern}"]`);
    expect(await link.innerText()).toBe(name);
    // And the concern links back.
    await link.click();
    expect(new URL(t.page.url()).pathname).toBe(concern);
    expect(
      await t.page
        .locator(`h2:text-is("Raised before at HMP Rochester") + ul a[href="/prisons/rochester/2017/${slug}/"]`)
        .count(),
    ).toBe(1);
  });

  it('says on the plan page how many items were raised again, and at which inspection, and marks them', async () => {
    await t.page.goto(t.site.url('/prisons/rochester/2017/'));
    const sentence = t.page.locator('main p', { hasText: 'raised again at the' }).first();
    expect(await sentence.innerText()).toMatch(
      /^\d+ of these recommendations were raised again at the 2024 inspection\.$/,
    );
    expect(await sentence.locator('a').getAttribute('href')).toBe('/prisons/rochester/2024/');
    const count = Number((await sentence.innerText()).split(' ')[0]);
    expect(await t.page.locator('.item-table .raised-again').count()).toBe(count);
    expect(await t.page.locator('tr:has(a[href="/prisons/rochester/2017/5-2/"]) .raised-again').innerText()).toBe(
      'Raised again at the 2024 inspection',
    );
  });
});

describe('the plan page says each number once', () => {
  it('gives the status counts in one table, and no heading again as a visible caption', async () => {
    await t.page.goto(t.site.url('/prisons/rochester/2017/'));
    expect(
      await t.page.locator('main table caption:visible', { hasText: 'Status of the recommendations' }).count(),
    ).toBe(1);
    expect(await t.page.locator('.chart', { hasText: 'Status of the recommendations' }).count()).toBe(0);
    expect(await t.page.getByText('The plan’s own summary table gives the same numbers.').count()).toBe(1);
    const headings = await t.page.locator('main h2').allInnerTexts();
    const captions = await t.page.locator('.item-table caption:not(.visually-hidden)').allInnerTexts();
    expect(captions.filter((c) => headings.some((h) => c.startsWith(h)))).toEqual([]);
  });
});

describe('the establishment page says each number once', () => {
  it('gives the status of each inspection in one chart, with its table as the text equivalent', async () => {
    await t.page.goto(t.site.url('/prisons/rochester/'));
    expect(await t.page.locator('main table caption', { hasText: 'Status of the 2017 recommendations' }).count()).toBe(
      0,
    );
    expect(await t.page.locator('#establishment-status .chart-label').allInnerTexts()).toEqual(['2017']);
    expect(await t.page.locator('#establishment-status tbody td').allTextContents()).toEqual(['38', '6', '2']);
  });
});

describe('the theme page names each prison and inspection once', () => {
  it('groups Elmley’s items under its name and the year of their inspection', async () => {
    await t.page.goto(t.site.url('/themes/health-and-social-care/'));
    expect(await t.page.locator('main h2 + h3').first().innerText()).toBe('2019 inspection');
    expect(await t.page.locator('main td', { hasText: 'HMP Elmley 2019' }).count()).toBe(0);
  });
});

// Every page type on a phone: nothing smaller than 12 px, no word cut by a box, no sideways scroll.
const PAGES = [
  '/',
  '/prisons/',
  '/prisons/rochester/',
  '/prisons/rochester/2017/',
  '/prisons/leicester/2018/',
  '/prisons/ford/',
  '/prisons/rochester/2017/5-3/',
  '/prisons/rochester/2024/2/',
  '/prisons/leicester/2018/5-7/',
  '/prisons/rochester/2024/4/',
  '/themes/',
  '/themes/health-and-social-care/',
  '/data/',
  '/data-quality/',
  '/about/',
];

describe.each([320, 375])('at %i px', (width) => {
  it.each(PAGES)('%s has no text under 12 px, no clipped label and no sideways scroll', async (path) => {
    await t.page.setViewportSize({ width, height: 700 });
    await t.page.goto(t.site.url(path));
    const report = await t.page.evaluate(() => {
      const small: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement!;
        if (!n.textContent!.trim() || el.closest('.visually-hidden, [hidden], details:not([open]) > :not(summary)'))
          continue;
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (size < 12) small.push(`${size}px: ${n.textContent!.trim().slice(0, 40)}`);
      }
      const clipped = [...document.querySelectorAll('.chart-label, .grid-chart th')]
        .filter((e) => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1)
        .map((e) => e.textContent);
      const svgText = document.querySelectorAll('main svg text').length;
      return { small, clipped, svgText, sideways: document.documentElement.scrollWidth > window.innerWidth };
    });
    expect(report).toEqual({ small: [], clipped: [], svgText: 0, sideways: false });
  });

  it('shows the item tables of a plan page without a box that scrolls sideways', async () => {
    await t.page.setViewportSize({ width, height: 700 });
    await t.page.goto(t.site.url('/prisons/rochester/2017/'));
    const wide = await t.page.$$eval(
      '.item-table',
      (tables) => tables.filter((tb) => tb.scrollWidth > tb.parentElement!.clientWidth + 1).length,
    );
    expect(wide).toBe(0);
    expect(await t.page.locator('.item-table').count()).toBeGreaterThan(5);
  });
});

describe('charts', () => {
  it('print every label whole, and set each column header of the grid apart', async () => {
    for (const width of [1280, 375, 320]) {
      await t.page.setViewportSize({ width, height: 800 });
      await t.page.goto(t.site.url('/data/'));
      const labels = await t.page.locator('#status-by-theme .chart-label').allInnerTexts();
      expect(labels).toContain('Consultation, applications and complaints');
      expect(labels).toContain('Offender management and progression');
      expect(labels.every((l) => !l.includes('…'))).toBe(true);
      const headers = await t.page.$$eval('.grid-chart thead th', (ths) =>
        ths.map((th) => th.getBoundingClientRect()).map((r) => [r.left, r.right]),
      );
      expect(headers.length).toBe(5);
      for (let i = 1; i < headers.length; i++)
        expect(headers[i]![0]!).toBeGreaterThanOrEqual(headers[i - 1]![1]! - 0.5);
      expect(await t.page.locator('.grid-chart thead th').allInnerTexts()).toEqual([
        'Theme',
        'Elmley',
        'Ford',
        'Leicester',
        'Rochester',
      ]);
    }
  });
});
