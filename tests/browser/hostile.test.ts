// Text from the documents is text: a plan carrying markup and scripts shows
// them as characters, and nothing runs (site built by `npm run build:hostile`).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, serve, type Site } from '../support/site.ts';

let site: Site;
let browser: Browser;
beforeAll(async () => {
  site = await serve('dist-hostile');
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('hostile text in a plan', () => {
  it.each(['/prisons/testshire/2017/5-1/', '/prisons/testshire/2017/5-2/', '/prisons/testshire/2017/'])('%s shows it as text and runs nothing', async (path) => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await page.goto(site.url(path));
    const text = await page.locator('main').innerText();
    if (path.endsWith('5-1/')) {
      expect(text).toContain('Staff should stop <script>alert(1)</script> from running.');
      expect(text).toContain('The <img src=x onerror=alert(1)> tag will be shown as text.');
    }
    if (path.endsWith('5-2/')) {
      expect(text).toContain('Text with bold and a <a href="javascript:alert(1)">link</a>.');
      expect(text).toContain('<script>alert(2)</script>');
    }
    expect(await page.locator('main script, main img, main iframe, main a[href^="javascript"]').count()).toBe(0);
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
