// The pages that wait for the search terms are rendered after the others, so
// that Astro renders while the terms are still being worked out.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PathWithRoute } from 'astro';
import { describe, expect, it } from 'vitest';
import { ROUTES_USING_SEARCH_TERMS, searchTermsLast } from '../../src/site/search-terms-ahead.ts';

const ITEM = 'src/pages/prisons/[establishment]/[plan]/[item]/index.astro';
const WORDS = 'src/pages/search-words/[shard].json.ts';
const path = (pathname: string, component: string) => ({ pathname, route: { component } }) as PathWithRoute;

describe('searchTermsLast', () => {
  it("keeps Astro's order, except that pages waiting for the search terms come last, in their own order", () => {
    const paths = [
      path('/404.html', 'src/pages/404.astro'),
      path('/prisons/a/2016/5-1/', ITEM),
      path('/prisons/a/2016/5-2/', ITEM),
      path('/prisons/a/2016/', 'src/pages/prisons/[establishment]/[plan]/index.astro'),
      path('/search-words/a.json', WORDS),
      path('/prisons/b/2017/1/', ITEM),
      path('/themes/', 'src/pages/themes/index.astro'),
    ];
    expect(searchTermsLast(paths).map((p) => p.pathname)).toEqual([
      '/404.html',
      '/prisons/a/2016/',
      '/themes/',
      '/prisons/a/2016/5-1/',
      '/prisons/a/2016/5-2/',
      '/search-words/a.json',
      '/prisons/b/2017/1/',
    ]);
  });

  it('names every route that reads the search terms, and no component reads them itself', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .map((f) => join(dir, f))
        .filter((f) => /\.(astro|ts|mdx)$/.test(f) && readFileSync(f, 'utf8').includes('siteSearchTerms('));
    expect(files('src/pages').sort()).toEqual([...ROUTES_USING_SEARCH_TERMS].sort());
    expect(files('src/components')).toEqual([]);
    expect(files('src/layouts')).toEqual([]);
  });
});
