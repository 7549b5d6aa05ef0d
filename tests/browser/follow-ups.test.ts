// What happened next, as a reader sees it on the fixtures' site (built with the
// tests' fictional follow-ups and SOURCE_DATE_EPOCH of 1 June 2025): on an
// item, plan, prison, theme, data and search page, with follow-ups and without.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/browser.ts';

const t = useSite('dist-fixtures');
const open = (path: string) => t.page.goto(t.site.url(path));
const texts = (selector: string) => t.page.locator(selector).allInnerTexts();

describe('an item with three follow-ups: Rochester 2017, 5.3', () => {
  it('shows the promise, each target against the build date, each judgement with its source, and the later inspection', async () => {
    await open('/prisons/rochester/2017/5-3/');
    expect(await t.page.locator('#what-happened-next').innerText()).toBe('What happened next');
    expect(await t.page.locator('.follow-ups > p.muted').first().innerText()).toBe(
      'Target dates are read as of 1 June 2025, the date this site was built.',
    );
    expect(await texts('.timeline > li > .timeline-when')).toEqual([
      '19 June 2018',
      'July 2018',
      '3 December 2018',
      '15 March 2019',
      'June 2019',
      '12 August 2024',
      '11 November 2024',
    ]);
    const entries = await texts('.timeline > li');
    expect(entries[0]).toContain('The promise. The action plan answered: Partly agreed. 2 actions:');
    expect(entries[1]).toContain('Due (Governor): target date passed as of 1 June 2025.');
    expect(entries[2]).toContain(
      "HMPPS progress update (self-reported by HMPPS, not an inspection's verdict): Ongoing",
    );
    expect(entries[3]).toContain('Independent review of progress by HM Inspectorate of Prisons: Reasonable progress');
    expect(entries[3]).toContain('Test data: a fictional extract, not from any report.');
    expect(entries[5]).toContain('Raised again at the 2024 inspection, as key concern 12.');
    expect(entries[6]).toContain('Next full inspection by HM Inspectorate of Prisons: Partially achieved');
    expect(await t.page.locator('#follow-up-irp-2019-03-15 a').getAttribute('href')).toBe(
      'https://example.org/test-data/rochester-irp-2019.pdf',
    );
    expect(await t.page.getByText('No follow-up recorded').count()).toBe(0);
    expect(await t.page.getByText(/overdue|not done/i).count()).toBe(0);
  });
});

describe('an item with none: Leicester 2018, 5.1', () => {
  it('says no follow-up is recorded and that the target date passed with no recorded verdict', async () => {
    await open('/prisons/leicester/2018/5-1/');
    expect(await texts('.timeline > li > .timeline-when')).toEqual(['18 July 2018', 'August 2018']);
    expect(await t.page.locator('.follow-ups .panel').innerText()).toBe(
      'No follow-up recorded. Target date passed with no recorded verdict, as of 1 June 2025.',
    );
  });

  it('and a concern whose targets have not all passed says which have', async () => {
    await open('/prisons/rochester/2024/2/');
    const targets = await texts('.timeline-target');
    expect(targets.map((s) => s.split('\n')[0])).toEqual(['March 2025', 'June 2025', 'September 2025']);
    expect(targets[1]).toContain(': target date not yet passed as of 1 June 2025.');
    expect(targets[0]).toContain(': target date passed as of 1 June 2025.');
  });
});

describe('plan and prison pages', () => {
  it('give one line per follow-up within its scale, and HMPPS updates apart as self-reported', async () => {
    await open('/prisons/rochester/2017/');
    expect(await texts('main > .follow-up-lines li')).toEqual([
      'Independent review of progress, March 2019 (report): 10 of 46 recommendations followed up: good progress 3, reasonable progress 3, insufficient progress 3, no meaningful progress 1; 36 not followed up.',
      'Next full inspection, November 2024 (report): 31 of 46 recommendations followed up: achieved 12, partially achieved 9, not achieved 10; 15 not followed up.',
      'HMPPS progress update, December 2018 (update): 5 of 46 recommendations reported on: completed 2, ongoing 2, not started 1; 41 not reported on.',
    ]);
    expect(await t.page.getByRole('heading', { name: 'Self-reported by HMPPS' }).count()).toBe(1);
    expect(
      await t.page
        .getByText(
          'Target date passed with no recorded verdict, as of 1 June 2025 (the date this site was built): 15 of the 46 recommendations.',
        )
        .count(),
    ).toBe(1);
  });

  it('say so where a plan has none', async () => {
    await open('/prisons/leicester/2018/');
    expect(await t.page.getByText('No follow-up recorded for this plan.').count()).toBe(1);
    expect(
      await t.page
        .getByText(
          'Target date passed with no recorded verdict, as of 1 June 2025 (the date this site was built): 37 of the 46 recommendations.',
        )
        .count(),
    ).toBe(1);
  });

  it('show each inspection’s follow-ups on the prison page', async () => {
    await open('/prisons/rochester/');
    const sections = await texts('section[aria-labelledby^="plan-"]');
    expect(sections[0]).toContain('Next full inspection, November 2024 (report): 31 of 46 recommendations followed up');
    expect(sections[1]).toContain(
      'Independent review of progress, May 2025 (report): 6 of 13 priority and key concerns followed up: good progress 1, reasonable progress 2, insufficient progress 2, no meaningful progress 1; 7 not followed up.',
    );
    await open('/prisons/elmley/');
    expect(await texts('section .follow-up-lines li')).toEqual([
      'HMPPS progress update, June 2020 (update): 8 of 31 recommendations reported on: completed 4, ongoing 3, not started 1; 23 not reported on.',
    ]);
    expect(await t.page.getByText('No follow-up by the inspectorate recorded for this plan.').count()).toBe(1);
    await open('/prisons/ford/');
    expect(await t.page.getByText('No follow-up recorded for this plan.').count()).toBe(1);
  });
});

describe('theme and data pages', () => {
  it('chart the verdicts by status at the time over judged items only, the count beside each bar', async () => {
    await open('/themes/health-and-social-care/');
    const bars = t.page.locator('#verdicts-full-inspection .chart-row');
    const judged = (await bars.locator('.chart-value').allInnerTexts()).map((s) => Number(s.replace(/\D/g, '')));
    // Its nine items judged at the next inspection were all agreed at the time: 1 partially achieved, 8 not.
    expect(await bars.locator('.chart-label').allInnerTexts()).toEqual(['Agreed']);
    expect(judged).toEqual([9]);
    // The table behind "The numbers as a table": each verdict, the number judged and the share achieved.
    const table = await t.page
      .locator('#verdicts-full-inspection table tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    expect(table).toEqual([
      ['Category', 'Achieved', 'Partially achieved', 'Not achieved', 'Judged', 'Achieved (share)'],
      ['Agreed', '0', '1', '8', '9', '0%'],
    ]);
    await open('/themes/release-planning/');
    expect(await t.page.getByText('No item on this theme has a recorded verdict yet.').count()).toBe(1);
  });

  it('the data page charts both scales by theme and by status, and lists follow-ups.csv with its columns', async () => {
    await open('/data/');
    expect(await texts('#what-happened-next ~ figure figcaption')).toEqual([
      'Next full inspection: verdicts by theme',
      'Next full inspection: verdicts by status at the time',
      'Independent review of progress: verdicts by theme',
      'Independent review of progress: verdicts by status at the time',
    ]);
    const status = t.page.locator('#verdicts-irp-status .chart-row');
    expect(await status.locator('.chart-label').allInnerTexts()).toEqual([
      'Agreed',
      'Partly agreed',
      'Not agreed',
      'Concerns (no status)',
    ]);
    const counts = (await status.locator('.chart-value').allInnerTexts()).map((s) => Number(s.replace(/\D/g, '')));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(16);
    expect(counts.at(-1)).toBe(6);
    const csv = readFileSync('dist-fixtures/data/follow-ups.csv', 'utf8');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(61);
    expect(await t.page.locator('a[href$="/data/follow-ups.csv"]').count()).toBe(1);
  });

  it('publishes a feed with an entry per judgement', async () => {
    const xml = readFileSync('dist-fixtures/feeds/follow-ups.xml', 'utf8');
    expect(xml.match(/<entry>/g)).toHaveLength(60);
    expect(xml).toContain('<id>https://plans.example.org/prisons/rochester/2017/5-3/#follow-up-irp-2019-03-15</id>');
  });
});

describe('search', () => {
  it('filters by the latest verdict, and by "target date passed, no verdict"', async () => {
    await open('/search/?followup=Partially+achieved');
    await t.page.waitForFunction(() => /chosen filters/.test(document.getElementById('status')?.textContent ?? ''));
    expect(await t.page.locator('#status').innerText()).toBe('9 recommendations and concerns with the chosen filters.');
    const values = await t.page
      .locator('details[data-key="followup"] input')
      .evaluateAll((is) =>
        is.map((i) => [(i as HTMLInputElement).value, Number((i as HTMLInputElement).dataset.total)]),
      );
    expect(values).toEqual([
      ['Achieved', 12],
      ['Partially achieved', 9],
      ['Not achieved', 10],
      ['Good progress', 1],
      ['Reasonable progress', 2],
      ['Insufficient progress', 2],
      ['No meaningful progress', 1],
      // Counted apart in a script over the built dataset: no HMIP verdict, a dated target before June 2025.
      ['Target date passed, no verdict', 123],
      ['No verdict recorded', 19],
    ]);
    await open('/search/?followup=Target+date+passed%2C+no+verdict');
    await t.page.waitForFunction(() => /chosen filters/.test(document.getElementById('status')?.textContent ?? ''));
    expect(await t.page.locator('#status').innerText()).toBe(
      '123 recommendations and concerns with the chosen filters.',
    );
    expect(await t.page.locator('details[data-key="followup"] p.muted').innerText()).toBe(
      "The inspectorate's latest verdict; target dates as of 1 June 2025, the date this site was built.",
    );
  });
});

describe('a follow-up row left out (the fixtures’ one bad row, test-data-bad-row.csv)', () => {
  it('is listed on the data quality page with its file, line and why, and its judgement is on no page', async () => {
    await open('/data-quality/');
    expect(await t.page.locator('#follow-ups-left-out').innerText()).toBe('Follow-up rows left out');
    const table = t.page.locator('table', { has: t.page.locator('caption', { hasText: 'Follow-up rows left out' }) });
    expect(
      await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).innerText)),
    ).toEqual([
      'test-data-bad-row.csv\t2\tjudgement "Mostly achieved" is not one of the judgements of "full-inspection": "Achieved", "Partially achieved", "Not achieved"; nearest: "Not achieved"; the row is left out',
    ]);
    await open('/prisons/rochester/2017/5-20/');
    expect(await t.page.getByText(/Mostly achieved/).count()).toBe(0);
    const dataset = JSON.parse(readFileSync(`dist-fixtures/data/dataset.json`, 'utf8')) as {
      followUpProblems: { file: string; line: number }[];
    };
    expect(dataset.followUpProblems.map((p) => [p.file, p.line])).toEqual([['test-data-bad-row.csv', 2]]);
  });
});
