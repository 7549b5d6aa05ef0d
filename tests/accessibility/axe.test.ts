// WCAG 2.2 AA: axe-core in Chromium on every kind of page.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/browser.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const t = useSite('dist');

const PAGES = {
  home: '/',
  prisons: '/prisons/',
  establishment: '/prisons/rochester/',
  plan: '/prisons/leicester/2018/',
  item: '/prisons/rochester/2017/5-3/',
  concern: '/prisons/rochester/2024/11/',
  themes: '/themes/',
  theme: '/themes/health-and-social-care/',
  about: '/about/',
  'data quality': '/data-quality/',
  data: '/data/',
  '404': '/404.html',
  search: '/search/?q=ACCT&status=Agreed',
};

describe.each(Object.entries(PAGES))('%s page', (_name, path) => {
  it.each([[1280, 900], [320, 640]])('has no WCAG 2.2 AA violations at %i px', async (width, height) => {
    const tab = await t.browser.newPage({ viewport: { width, height } });
    await tab.goto(t.site.url(path));
    if (path.startsWith('/search/')) await tab.waitForSelector('.results li');
    // The CSP forbids inline scripts, so axe is added outside the page's policy.
    await tab.evaluate(axeSource);
    const result = await tab.evaluate(() =>
      (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe.run({
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      }),
    );
    const violations = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
    expect(violations).toEqual([]);
    // Nothing wider than a 320 px screen makes the page scroll sideways (tables scroll inside their own box).
    expect(await tab.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await tab.close();
  });
});
