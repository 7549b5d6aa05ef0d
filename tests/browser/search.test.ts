// Search in Chromium on the built site's Pagefind index: real queries, real results.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/model/schema.ts';
import { SEARCH_RUNTIME } from '../../src/site/search-runtime.ts';
import { useSite } from '../support/browser.ts';

const t = useSite('dist-fixtures');

/** Loads a search URL and waits for its result count to be announced. */
async function results(query: string): Promise<{ status: string; titles: string[]; urls: string[] }> {
  await t.page.goto(t.site.url(`/search/${query}`));
  await t.page.waitForFunction(() => /for “|chosen filters/.test(document.getElementById('status')?.textContent ?? ''));
  while (await t.page.locator('#more').isVisible()) {
    const n = await t.page.locator('.results li').count();
    await t.page.locator('#more').click();
    await t.page.waitForFunction((before) => document.querySelectorAll('.results li').length > before, n);
  }
  return {
    status: await t.page.locator('#status').innerText(),
    titles: await t.page.locator('.results .result-title').allInnerTexts(),
    urls: await t.page
      .locator('.results .result-title a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
  };
}

describe('search', () => {
  it('finds ACCT at three prisons, including Rochester 2017 5.13 and Ford 5.9', async () => {
    const r = await results('?q=ACCT');
    expect(r.titles).toEqual(
      expect.arrayContaining([
        'Recommendation 5.13, HMP Rochester 2017',
        'Recommendation 5.9, HMP Ford 2016',
        'Recommendation 5.10, HMP Leicester 2018',
      ]),
    );
    expect(
      new Set(r.titles.filter((t) => t.startsWith('Recommendation')).map((t) => t.split(', ')[1]!.replace(/ \d+$/, '')))
        .size,
    ).toBeGreaterThanOrEqual(3);
    expect(await t.page.locator('.results mark').first().innerText()).toMatch(/ACCT/i);
  });

  it('ranks recommendations above theme, plan and prison pages', async () => {
    const r = await results('?q=use+of+force');
    const firstOther = r.urls.findIndex((u) => !/\/prisons\/[^/]+\/\d{4}\/[^/]+\/$/.test(u));
    const lastItem = r.urls.findLastIndex((u) => /\/prisons\/[^/]+\/\d{4}\/[^/]+\/$/.test(u));
    expect(r.urls[0]).toMatch(/^\/prisons\/[^/]+\/\d{4}\/[^/]+\/$/);
    expect(firstOther === -1 || firstOther > lastItem).toBe(true);
  });

  it("lists other pages from the second bundle's index merged into the first, without its own WebAssembly, and counts only the items", async () => {
    const fresh = await t.browser.newPage();
    const paths: string[] = [];
    fresh.on('response', (res) => paths.push(new URL(res.url()).pathname));
    // Four items say "food" (Elmley 5.17, Rochester 2017 5.16, Ford 5.30, Leicester 5.14): fewer than 20, so the
    // prison, plan and theme pages are searched at once.
    await fresh.goto(t.site.url('/search/?q=food'));
    await fresh.waitForFunction(() => document.querySelector('#others li'));
    const items = await fresh
      .locator('#results .result-title a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(items.sort()).toEqual([
      '/prisons/elmley/2019/5-17/',
      '/prisons/ford/2016/5-30/',
      '/prisons/leicester/2018/5-14/',
      '/prisons/rochester/2017/5-16/',
    ]);
    const others = await fresh
      .locator('#others .result-title a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(others).toEqual(['/themes/living-conditions/']);
    expect(await fresh.locator('#status').innerText()).toBe(
      '4 recommendations and concerns for “food”; 1 other page (prisons, plans and themes).',
    );
    // The second bundle's index, not its script or WebAssembly: those of the first serve both.
    expect(paths.some((p) => p.startsWith('/pagefind-pages/index/'))).toBe(true);
    expect(paths.filter((p) => /^\/pagefind-pages\/(pagefind\.js|wasm\.)/.test(p))).toEqual([]);
    // A facet opened after the merge counts the four items, not the theme page.
    await fresh.locator('details[data-key="theme"] summary').click();
    await fresh.waitForFunction(() =>
      /\(4\)/.test(
        document.querySelector('details[data-key="theme"] label:has(input[value="Living conditions"]) .count')
          ?.textContent ?? '',
      ),
    );
    const counted = await fresh.locator('details[data-key="theme"] .count').allInnerTexts();
    expect(counted.reduce((n, c) => n + Number(/\d+/.exec(c)?.[0] ?? 0), 0)).toBe(4);
    await fresh.close();
  });

  it('leaves out words on nearly every page, unless the words are quoted', async () => {
    const plain = await results('?q=use+of+force');
    expect(plain.urls).toContain('/prisons/rochester/2017/5-9/');
    expect((await results('?q=use+force')).urls).toEqual(plain.urls);
    // The status repeats the reader's words, not the ones searched.
    expect(plain.status).toMatch(
      /^\d+ recommendations and concerns for “use of force”(; \d+ other pages? \(prisons, plans and themes\))?\.$/,
    );
    const quoted = await results('?q=%22use+of+force%22');
    expect(quoted.urls).toContain('/prisons/rochester/2017/5-9/');
    expect(quoted.urls.length).toBeLessThanOrEqual(plain.urls.length);
  });

  it('finds an item by an abbreviation it only spells out, through its glossary terms', async () => {
    // Rochester 2017 5.9 says "use of force" and never "UoF".
    const r = await results('?q=UoF');
    expect(r.urls).toContain('/prisons/rochester/2017/5-9/');
    const spelt = await results('?q=assessment%20care%20in%20custody%20and%20teamwork');
    expect(spelt.urls).toContain('/prisons/rochester/2017/5-13/');
  });

  it('lists exactly the not-agreed items of all plans with the status filter and no words', async () => {
    const dataset = JSON.parse(readFileSync('dist-fixtures/data/dataset.json', 'utf8')) as Dataset;
    const notAgreed = dataset.plans.flatMap((p) => p.items.filter((i) => i.status === 'not_agreed').map((i) => i.url));
    const printed = dataset.plans.reduce((n, p) => n + (p.summary?.notAgreed ?? 0), 0);
    expect(notAgreed).toHaveLength(printed); // 2 + 0 + 3 + 5, as the plans' summary tables say
    const r = await results('?status=Not+agreed');
    expect(r.status).toBe(`${printed} recommendations and concerns with the chosen filters.`);
    expect(r.urls.sort()).toEqual(notAgreed.sort());
  });

  it('narrows to one prison with the establishment filter, and restores a shared URL', async () => {
    const all = await results('?q=ACCT');
    const ford = await results('?q=ACCT&establishment=HMP+Ford');
    expect(ford.titles.length).toBeGreaterThan(0);
    expect(ford.titles.length).toBeLessThan(all.titles.length);
    expect(ford.titles.every((t) => t.includes('HMP Ford'))).toBe(true);
    expect(await t.page.locator('input[name="establishment"][value="HMP Ford"]').isChecked()).toBe(true);
    expect(await t.page.locator('#q').inputValue()).toBe('ACCT');
  });

  it('works by keyboard alone and keeps its state in the URL, with back and forward', async () => {
    await t.page.goto(t.site.url('/search/'));
    await t.page.waitForFunction(() => (document.getElementById('status')?.textContent ?? '') !== '');
    await t.page.locator('#q').focus();
    await t.page.keyboard.type('dental');
    await t.page.keyboard.press('Enter');
    await t.page.waitForFunction(() => /for “dental”/.test(document.getElementById('status')?.textContent ?? ''));
    expect(new URL(t.page.url()).search).toBe('?q=dental');
    // Open the first facet from its summary, tab on to its first value and tick it with the space bar.
    await t.page.locator('#facets summary').first().focus();
    await t.page.keyboard.press('Enter');
    await t.page.waitForFunction(() => /\(\d+\)/.test(document.querySelector('#facets .count')?.textContent ?? ''));
    await t.page.keyboard.press('Tab');
    expect(await t.page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('establishment');
    await t.page.keyboard.press('Space');
    await t.page.waitForFunction(() => /chosen filters/.test(document.getElementById('status')?.textContent ?? ''));
    expect(new URL(t.page.url()).searchParams.getAll('establishment').length).toBe(1);
    await t.page.goBack();
    await t.page.waitForFunction(() => !/chosen filters/.test(document.getElementById('status')?.textContent ?? ''));
    expect(new URL(t.page.url()).search).toBe('?q=dental');
  });

  it('sorts by date, newest first', async () => {
    const r = await results('?q=health&sort=date');
    const years = r.titles.map((t) => Number(/(\d{4})$/.exec(t)![1]));
    expect(years.length).toBeGreaterThan(3);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  it('downloads the results as CSV', async () => {
    await results('?q=ACCT&establishment=HMP+Ford');
    const [download] = await Promise.all([t.page.waitForEvent('download'), t.page.locator('#export').click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFkind,number,prison and year,status,theme,url');
    expect(csv).toContain('Recommendation,5.9,HMP Ford 2016,Agreed,Self-harm and suicide prevention,');
  });

  it('is light: a first query loads the item index only; facets and other pages load when wanted', async () => {
    const fresh = await t.browser.newPage();
    const responses: import('playwright-core').Response[] = [];
    fresh.on('response', (res) => responses.push(res));
    const started = Date.now();
    await fresh.goto(t.site.url('/search/?q=health'));
    await fresh.waitForFunction(() => /for “/.test(document.getElementById('status')?.textContent ?? ''));
    const ms = Date.now() - started;
    // Bytes on the wire: bodies as transferred (Pagefind's files are compressed already) and headers.
    const sizes = await Promise.all(
      responses.map(
        async (r) => (await r.request().sizes()).responseBodySize + (await r.request().sizes()).responseHeadersSize,
      ),
    );
    const bytes = sizes.reduce((a, b) => a + b, 0);
    const paths = () => responses.map((r) => new URL(r.url()).pathname);
    console.log(
      `search: first query "health" transferred ${(bytes / 1024).toFixed(1)} KB in ${responses.length} requests; results on screen ${ms} ms after navigation started`,
    );
    // Only the page itself, its stylesheet and script, the item index and the word list of the query's first letter: no filter file, no other bundle.
    expect(
      paths().filter(
        (a) => !a.startsWith('/pagefind/') && !a.startsWith('/_astro/') && a !== '/search/' && a !== '/favicon.svg',
      ),
    ).toEqual(['/search-words/h.json']);
    expect(paths().filter((a) => a.startsWith('/pagefind/filter/'))).toEqual([]);
    expect(await fresh.locator('.results li').count()).toBe(10);

    // Opening a facet loads its one filter file and counts the results by its values.
    await fresh.locator('details[data-key="status"] summary').click();
    await fresh.waitForFunction(() =>
      /\(\d+\)/.test(document.querySelector('details[data-key="status"] .count')?.textContent ?? ''),
    );
    expect(paths().filter((a) => a.startsWith('/pagefind/filter/'))).toHaveLength(1);
    const counted = await fresh.locator('details[data-key="status"] .count').allInnerTexts();
    const total = counted.reduce((n, c) => n + Number(/\d+/.exec(c)![0]), 0);
    expect(`${total} recommendations and concerns for “health”.`).toBe(await fresh.locator('#status').innerText());

    // Prison, plan and theme pages come after the last item, from their own index.
    expect(paths().some((a) => a.startsWith('/pagefind-pages/'))).toBe(false);
    // Batch after batch: the button is hidden while a batch loads.
    for (;;) {
      await fresh.waitForFunction(
        () => !(document.getElementById('more') as HTMLButtonElement).hidden || document.querySelector('#others li'),
      );
      if (await fresh.locator('#others li').count()) break;
      await fresh.locator('#more').click();
    }
    await fresh.waitForFunction(() =>
      [...document.querySelectorAll('.results .result-title a')].some(
        (a) => !/\/prisons\/[^/]+\/\d{4}\/[^/]+\/$/.test(new URL((a as HTMLAnchorElement).href).pathname),
      ),
    );
    expect(paths().some((a) => a.startsWith('/pagefind-pages/'))).toBe(true);
    await fresh.close();
  });

  it("has the home page prefetch Pagefind's runtime, as the search page loads it", () => {
    // Whether the browser then takes them from its cache depends on the host's caching headers; the time it saves
    // is measured by the bench (docs/performance.md, "First search").
    const links = (page: string) =>
      [
        ...readFileSync(`dist-fixtures/${page}`, 'utf8').matchAll(
          /<link rel="(prefetch|modulepreload)" href="([^"]+)">/g,
        ),
      ]
        .map((m) => `${m[1]} ${m[2]}`)
        .filter((l) => !l.endsWith('.pf_meta'));
    const { script, worker, wasm } = SEARCH_RUNTIME;
    expect(links('index.html')).toEqual([`prefetch ${script}`, `prefetch ${worker}`, `prefetch ${wasm}`]);
    expect(links('search/index.html')).toEqual([`modulepreload ${script}`, `prefetch ${worker}`, `prefetch ${wasm}`]);
    for (const path of Object.values(SEARCH_RUNTIME)) expect(existsSync(`dist-fixtures${path}`), path).toBe(true);
  });

  it('says what to do without JavaScript', async () => {
    const ctx = await t.browser.newContext({ javaScriptEnabled: false });
    const p = await ctx.newPage();
    await p.goto(t.site.url('/search/'));
    expect(await p.locator('main').innerText()).toContain('Search needs JavaScript, which is off in your browser.');
    await ctx.close();
  });
});
