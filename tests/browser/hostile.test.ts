// Text from the documents is text: a plan carrying markup and scripts shows
// them as characters, and nothing runs (site built by `npm run build:hostile`).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/browser.ts';

const t = useSite('dist-hostile');

describe('hostile text in a plan', () => {
  it.each(['/prisons/testshire/2017/5-1/', '/prisons/testshire/2017/5-2/', '/prisons/testshire/2017/'])(
    '%s shows it as text and runs nothing',
    async (path) => {
      const tab = await t.browser.newPage();
      const dialogs: string[] = [];
      tab.on('dialog', async (d) => {
        dialogs.push(d.message());
        await d.dismiss();
      });
      await tab.goto(t.site.url(path));
      const text = await tab.locator('main').innerText();
      if (path.endsWith('5-1/')) {
        expect(text).toContain('Staff should stop <script>alert(1)</script> from running.');
        expect(text).toContain('The <img src=x onerror=alert(1)> tag will be shown as text.');
      }
      if (path.endsWith('5-2/')) {
        expect(text).toContain('Text with bold and a <a href="javascript:alert(1)">link</a>.');
        expect(text).toContain('<script>alert(2)</script>');
      }
      expect(await tab.locator('main script, main img, main iframe, main a[href^="javascript"]').count()).toBe(0);
      await tab.waitForTimeout(200);
      expect(dialogs).toEqual([]);
      await tab.close();
    },
  );
});

describe('a document whose file name has spaces and other characters', () => {
  const FILE = 'tests/fixtures/hostile/Leicester 2018 #2 (50% copy) & more.txt';

  it('is offered by a plain label and a safe address, which serves it', async () => {
    await t.page.goto(t.site.url('/prisons/leicester/2018/'));
    const link = t.page.getByRole('link', { name: 'Original document (HMP Leicester, 2018 inspection, text)' });
    expect(await link.getAttribute('href')).toBe('/documents/leicester-2018.txt');
    const r = await fetch(t.site.url('/documents/leicester-2018.txt'));
    expect(r.status).toBe(200);
    expect(Buffer.from(await r.arrayBuffer()).equals(readFileSync(FILE))).toBe(true);
    // Its notes are still listed under its own name.
    expect(await t.page.locator('main').innerText()).toContain('Leicester 2018 #2 (50% copy) & more.txt');
  });
});

describe('a document that is not an action plan', () => {
  it('does not stop the others: it is listed on the data quality page as an error, in plain words', async () => {
    await t.page.goto(t.site.url('/data-quality/'));
    const main = await t.page.locator('main').innerText();
    expect(main).toContain('minutes of the meeting.txt: not published');
    expect(main).toContain('No action plan table was found: no row names the table’s columns.'.replace('’', "'"));
    const row = t.page.locator('tr', { has: t.page.locator('code', { hasText: /^not-an-action-plan$/ }) });
    expect(await row.locator('th').innerText()).toBe(
      'No action plan table was found in the document, so nothing could be published from it.',
    );
    expect(await row.locator('td').first().innerText()).toBe('error');
    // The other plans were published.
    expect((await fetch(t.site.url('/prisons/testshire/2017/'))).status).toBe(200);
  });
});
