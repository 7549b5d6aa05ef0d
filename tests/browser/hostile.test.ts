// Text from the documents is text: a plan carrying markup and scripts shows
// them as characters, and nothing runs (site built by `npm run build:hostile`).
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/browser.ts';

const t = useSite('dist-hostile');

describe('hostile text in a plan', () => {
  it.each(['/prisons/testshire/2017/5-1/', '/prisons/testshire/2017/5-2/', '/prisons/testshire/2017/'])('%s shows it as text and runs nothing', async (path) => {
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
  });
});
