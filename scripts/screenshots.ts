// Full-page screenshots of each page type at a desktop and a phone width, in
// Debian's Chromium: `npm exec -- node scripts/screenshots.ts dist out-dir [name...]`.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serve } from '../tests/support/site.ts';

export const PAGE_TYPES: Record<string, string> = {
  home: '/',
  prisons: '/prisons/',
  establishment: '/prisons/rochester/',
  plan: '/prisons/rochester/2017/',
  item: '/prisons/rochester/2017/5-2/',
  'item-concern': '/prisons/rochester/2024/4/',
  themes: '/themes/',
  theme: '/themes/health-and-social-care/',
  data: '/data/',
  'data-quality': '/data-quality/',
  search: '/search/?q=use%20of%20force',
  about: '/about/',
  'not-found': '/404.html',
};
const WIDTHS = [1280, 375];

const [dir = 'dist', out = 'screenshots', ...only] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const site = await serve(dir);
const browser = await launch();
for (const width of WIDTHS) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  for (const [name, path] of Object.entries(PAGE_TYPES)) {
    if (only.length && !only.includes(name)) continue;
    await page.goto(site.url(path));
    if (name === 'search') await page.waitForSelector('.results li', { timeout: 10_000 }).catch(() => {});
    await page.screenshot({ path: join(out, `${name}-${width}.png`), fullPage: true });
  }
  await page.close();
}
await browser.close();
await site.close();
