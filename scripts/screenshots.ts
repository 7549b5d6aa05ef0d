// Screenshots of each page type at a desktop and a phone width, in Debian's Chromium.
//   npm exec -- node scripts/screenshots.ts dist out-dir [name...]   every page type, full length
//   npm exec -- node scripts/screenshots.ts dist --docs [name...]     the small set in docs/screenshots/ (or those named)
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, serve } from './built-site.ts';

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

/** For the README: the part of a page that shows what it is for, from its heading down to a given element. */
const DOCS: { name: string; path: string; width: number; from: string; to: string }[] = [
  {
    name: 'item-1280',
    path: '/prisons/rochester/2017/5-3/',
    width: 1280,
    from: 'h1',
    to: 'main h2:has-text("Raised again") + p + ul',
  },
  {
    name: 'item-375',
    path: '/prisons/rochester/2017/5-3/',
    width: 375,
    from: 'h2:has-text("Response and actions")',
    to: 'main h2:has-text("Raised again") + p + ul',
  },
  { name: 'plan-375', path: '/prisons/rochester/2017/', width: 375, from: 'h1', to: '.item-table >> nth=0' },
  {
    name: 'theme-375',
    path: '/themes/health-and-social-care/',
    width: 375,
    from: 'main h2 >> nth=0',
    to: '.item-table >> nth=0',
  },
  { name: 'data-charts-375', path: '/data/', width: 375, from: '#theme-grid', to: '#theme-grid' },
  { name: 'data-charts-1280', path: '/data/', width: 1280, from: '#status-by-theme', to: '#status-by-theme' },
  // What happened next, on the fixtures' site (npm run build:fixtures: fictional follow-ups, built as of 1 June 2025).
  ...[1280, 375].flatMap((width) => [
    {
      name: `follow-ups-item-${width}`,
      path: '/prisons/rochester/2017/5-3/',
      width,
      from: '#what-happened-next',
      to: 'section.follow-ups',
    },
    {
      name: `follow-ups-plan-${width}`,
      path: '/prisons/rochester/2017/',
      width,
      from: '#what-happened-next',
      to: 'main a[href$="/feeds/follow-ups.xml"]',
    },
  ]),
];

async function region(page: Page, from: string, to: string, file: string) {
  const top = (await page.locator(from).first().boundingBox())!;
  const bottom = (await page.locator(to).first().boundingBox())!;
  const width = page.viewportSize()!.width;
  await page.screenshot({
    path: file,
    fullPage: true,
    clip: { x: 0, y: Math.max(0, top.y - 16), width, height: bottom.y + bottom.height + 16 - Math.max(0, top.y - 16) },
  });
}

const [dir = 'dist', out = 'screenshots', ...only] = process.argv.slice(2);
const site = await serve(dir);
const browser = await launch();
if (out === '--docs') {
  mkdirSync('docs/screenshots', { recursive: true });
  for (const shot of DOCS) {
    if (only.length && !only.includes(shot.name)) continue;
    const page = await browser.newPage({ viewport: { width: shot.width, height: 900 } });
    await page.goto(site.url(shot.path));
    await region(page, shot.from, shot.to, join('docs/screenshots', `${shot.name}.png`));
    await page.close();
  }
} else {
  mkdirSync(out, { recursive: true });
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
}
await browser.close();
await site.close();
