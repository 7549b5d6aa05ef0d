// WCAG 2.2 AA: axe-core in Chromium on every kind of page.
import { describe, expect, it } from 'vitest';
import { axe } from '../support/axe.ts';
import { useSite } from '../support/browser.ts';

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
    const report = await axe(t.browser, t.site.url(path), width, height);
    expect(report.violations).toEqual([]);
    // Nothing wider than a 320 px screen makes the page scroll sideways (tables scroll inside their own box).
    expect(report.scrollsSideways).toBe(false);
  });
});
