// Recall at 10 of the search page, per kind of query (tests/search/queries.json),
// on the built site: the real page in Chromium, its first ten results as a reader
// sees them. SEARCH_SITE=<dir> measures another build (a copy of an older one);
// SEARCH_QUERIES=<file> another set of queries, such as the held-out set in
// tests/fixtures/queries/ (figures only: a held-out set measures, it never gates).
// Precision at 10 is the share of the results shown in the first ten that the set expects.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/model/schema.ts';
import { useSite } from '../support/browser.ts';

interface Query {
  kind: string;
  q: string;
  expect: string[];
}
const queriesFile = process.env.SEARCH_QUERIES ?? 'tests/search/queries.json';
const set = JSON.parse(readFileSync(queriesFile, 'utf8')) as {
  kinds: Record<string, string>;
  queries: Query[];
};
const dir = process.env.SEARCH_SITE ?? 'dist-fixtures';
const t = useSite(dir);

/** The item keys of the first ten results on the page for a query, in the order shown. */
async function firstTen(q: string): Promise<string[]> {
  await t.page.goto(t.site.url(`/search/?q=${encodeURIComponent(q)}`));
  await t.page.waitForFunction(() => /for “/.test(document.getElementById('status')?.textContent ?? ''));
  const paths = await t.page
    .locator('.results .result-title a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return paths.slice(0, 10);
}

describe('search recall at 10', () => {
  it('finds the items a person would insist on, for each kind of query', async () => {
    const dataset = JSON.parse(
      readFileSync(process.env.SEARCH_DATASET ?? `${dir}/data/dataset.json`, 'utf8'),
    ) as Dataset;
    const urlOf = new Map(dataset.plans.flatMap((p) => p.items.map((i) => [i.key, i.url])));
    const byKind: Record<string, { found: number; wanted: number; shown: number; misses: string[] }> = {};
    for (const query of set.queries) {
      const shown = await firstTen(query.q);
      const k = (byKind[query.kind] ??= { found: 0, wanted: 0, shown: 0, misses: [] });
      k.shown += shown.length;
      for (const key of query.expect) {
        const url = urlOf.get(key);
        expect(url, `${key} is not an item of the dataset`).toBeDefined();
        k.wanted++;
        if (shown.includes(url!)) k.found++;
        else k.misses.push(`${query.q} → ${key}`);
      }
    }
    const table = Object.fromEntries(
      Object.entries(byKind).map(([kind, r]) => [
        set.kinds[kind],
        {
          recall: Math.round((r.found / r.wanted) * 1000) / 1000,
          found: r.found,
          wanted: r.wanted,
          precision: r.shown ? Math.round((r.found / r.shown) * 1000) / 1000 : 0,
          shown: r.shown,
        },
      ]),
    );
    console.table(table);
    for (const [kind, r] of Object.entries(byKind))
      if (r.misses.length) console.log(`${kind} misses:\n  ${r.misses.join('\n  ')}`);
    mkdirSync('bench-results', { recursive: true });
    writeFileSync(
      `bench-results/search-recall${dir === 'dist-fixtures' ? '' : `-${dir.replace(/\W+/g, '-')}`}${process.env.SEARCH_QUERIES ? `-${queriesFile.replace(/^.*\/|\.json$/g, '')}` : ''}.json`,
      `${JSON.stringify({ table, misses: Object.fromEntries(Object.entries(byKind).map(([k, r]) => [k, r.misses])) }, null, 2)}\n`,
    );
    if (process.env.SEARCH_SITE || process.env.SEARCH_QUERIES) return; // measuring another build or set: figures only
    for (const [kind, r] of Object.entries(byKind))
      expect(r.found / r.wanted, `${set.kinds[kind]}: ${r.misses.join('; ')}`).toBeGreaterThanOrEqual(
        kind === 'misspelling' ? 0.9 : 0.95,
      );
  }, 900_000);
});
