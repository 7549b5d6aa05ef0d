// WCAG 2.2 AA: axe-core in Chromium on every kind of page.
import { describeAccessible } from '../support/axe.ts';
import { useSite } from '../support/browser.ts';

const t = useSite('dist-fixtures');

const PAGES = {
  home: '/',
  prisons: '/prisons/',
  establishment: '/prisons/rochester/',
  plan: '/prisons/leicester/2018/',
  'plan with follow-ups': '/prisons/rochester/2017/',
  'establishment without follow-ups': '/prisons/ford/',
  'item with three follow-ups': '/prisons/rochester/2017/5-3/',
  'concern with a review': '/prisons/rochester/2024/2/',
  'theme without verdicts': '/themes/release-planning/',
  'search by verdict': '/search/?followup=Target+date+passed%2C+no+verdict',
  item: '/prisons/rochester/2017/5-3/',
  'item raised again': '/prisons/rochester/2017/5-2/',
  'item, owners not tied to parts': '/prisons/leicester/2018/5-7/',
  concern: '/prisons/rochester/2024/11/',
  themes: '/themes/',
  theme: '/themes/health-and-social-care/',
  about: '/about/',
  'data quality': '/data-quality/',
  data: '/data/',
  '404': '/404.html',
  search: '/search/?q=ACCT&status=Agreed',
};

describeAccessible(t, PAGES, '%s page');
