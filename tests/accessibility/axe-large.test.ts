// WCAG 2.2 AA on the pages that change shape with a large archive (npm run build:large, 320 plans):
// a paginated theme, the data page's grid by year, data quality by document, search with 40 prisons.
import { describeAccessible } from '../support/axe.ts';
import { useSite } from '../support/browser.ts';

const t = useSite('dist-large');

const PAGES = {
  'theme, first page': '/themes/health-and-social-care/',
  'theme, second page': '/themes/health-and-social-care/2/',
  data: '/data/',
  'data quality': '/data-quality/',
  search: '/search/?q=health&establishment=HMP+Ashcombe&sort=date',
};

describeAccessible(t, PAGES, '%s (large archive)');
