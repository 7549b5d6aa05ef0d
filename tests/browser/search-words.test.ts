// Search in people's own words, in Chromium on the built site: everyday words,
// misspellings, items with some of the words, phrases, and counts that match the lists.
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/browser.ts';

const t = useSite('dist-fixtures');

/** Loads a search and every batch of its results. */
async function search(query: string) {
  await t.page.goto(t.site.url(`/search/?q=${encodeURIComponent(query)}`));
  await t.page.waitForFunction(() => /for “/.test(document.getElementById('status')?.textContent ?? ''));
  while (await t.page.locator('#more').isVisible()) {
    const n = await t.page.locator('.results li').count();
    await t.page.locator('#more').click();
    await t.page.waitForFunction((before) => document.querySelectorAll('.results li').length > before, n);
  }
  const paths = (sel: string) =>
    t.page
      .locator(`${sel} .result-title a`)
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return {
    status: await t.page.locator('#status').innerText(),
    suggest: await t.page.locator('#suggest').innerText(),
    all: await paths('#results'),
    some: await paths('#some'),
    others: await paths('#others'),
  };
}

describe('search in everyday words', () => {
  it('finds the vermin-infested cells by "rats", and nothing that merely starts like it ("rate")', async () => {
    const r = await search('rats');
    expect(r.all).toEqual(['/prisons/rochester/2024/2/']);
    // The words that found it are not shown on the page.
    await t.page.goto(t.site.url('/prisons/rochester/2024/2/'));
    const text = await t.page.locator('main').innerText();
    expect(text).toMatch(/vermin-infested/);
    expect(text).not.toMatch(/\brats\b/i);
  });

  it('finds GP waiting times by "doctor" and dental items by "dentist"', async () => {
    const firstTen = (r: { all: string[]; some: string[] }) => [...r.all, ...r.some].slice(0, 10);
    expect(firstTen(await search('waiting to see a doctor'))).toEqual(
      expect.arrayContaining(['/prisons/rochester/2017/5-23/', '/prisons/rochester/2024/5/']),
    );
    expect(firstTen(await search('waiting for the dentist'))).toEqual(
      expect.arrayContaining(['/prisons/leicester/2018/5-31/', '/prisons/rochester/2017/5-29/']),
    );
  });

  it('finds a compound written either way', async () => {
    expect((await search('healthcare managers')).all).toContain('/prisons/rochester/2017/5-21/');
    expect((await search('keyworkers')).all).toEqual(
      expect.arrayContaining(['/prisons/ford/2016/5-17/', '/prisons/elmley/2019/5-10/']),
    );
  });

  it('ranks the key work items first for "key work", above items where the two words stand apart, and no item for its kind "Key concern"', async () => {
    const r = await search('key work');
    expect(r.all.slice(0, 2).sort()).toEqual(['/prisons/elmley/2019/5-10/', '/prisons/ford/2016/5-17/']);
    const key = await search('key');
    // Rochester 2024's key concerns 9 to 13 never say "key" (concerns 6 and 7 do: key workers, key times).
    expect(key.all).toEqual(expect.arrayContaining(['/prisons/rochester/2024/6/', '/prisons/rochester/2024/7/']));
    for (const n of [9, 10, 11, 12, 13]) expect(key.all).not.toContain(`/prisons/rochester/2024/${n}/`);
  });

  it('shows the items with some of the words under their own heading when few have them all', async () => {
    const r = await search('are prisoners locked up too long');
    expect(await t.page.locator('#some-heading').innerText()).toBe('Results with some of your words');
    expect(r.all.length).toBeLessThan(5);
    expect(r.some.length).toBeGreaterThan(0);
    expect([...r.all, ...r.some].slice(0, 10)).toEqual(
      expect.arrayContaining(['/prisons/leicester/2018/5-32/', '/prisons/rochester/2017/5-3/']),
    );
    expect(r.some.filter((u) => r.all.includes(u))).toEqual([]);
  });
});

describe('filters named in the words', () => {
  const KEY_CONCERNS = ['10', '11', '12', '13', '8', '9'].map((n) => `/prisons/rochester/2024/${n}/`);

  it("lists the named prison's items with the status named, and says which filter narrowed them", async () => {
    const r = await search('Leicester rejected');
    expect(r.suggest).toContain('Your words name a filter, so only items with Prison: HMP Leicester are shown.');
    expect([...r.all, ...r.some].sort()).toEqual(
      ['5-12', '5-13', '5-14', '5-15', '5-32'].map((n) => `/prisons/leicester/2018/${n}/`),
    );
  });

  it('reads "Ford" as the prison only with its capital: the page marks it as an English word', async () => {
    const named = await search('ACCT Ford');
    expect(
      await t.page.locator('input[name="establishment"][value="HMP Ford"]').getAttribute('data-capital'),
    ).not.toBeNull();
    expect(
      await t.page.locator('input[name="establishment"][value="HMP Leicester"]').getAttribute('data-capital'),
    ).toBeNull();
    expect(named.suggest).toContain('Prison: HMP Ford');
    expect(named.all.every((u) => u.startsWith('/prisons/ford/'))).toBe(true);
    const word = await search('acct ford');
    expect(word.suggest).not.toContain('Your words name');
  });

  it('reads "not accepted" as not agreed, and "key concerns" as the kind', async () => {
    const refused = await search('not accepted');
    expect(refused.all.sort()).toEqual([
      ...['5-15', '5-28', '5-4'].map((n) => `/prisons/ford/2016/${n}/`),
      ...['5-12', '5-13', '5-14', '5-15', '5-32'].map((n) => `/prisons/leicester/2018/${n}/`),
      ...['5-32', '5-5'].map((n) => `/prisons/rochester/2017/${n}/`),
    ]);
    const keys = await search('key concerns');
    expect(keys.all.sort()).toEqual(KEY_CONCERNS);
  });
});

describe('misspellings', () => {
  it('searches the correction at once when nothing is found, says so, and links to it', async () => {
    const r = await search('laundery');
    expect(r.suggest).toBe('Nothing was found for “laundery”. Showing results for laundry.');
    expect(r.status).toMatch(/for “laundry”/);
    expect(r.all).toContain('/prisons/leicester/2018/5-13/');
    expect(
      new URL(await t.page.locator('#suggest a').evaluate((a) => (a as HTMLAnchorElement).href)).searchParams.get('q'),
    ).toBe('laundry');
    expect(await t.page.locator('#q').inputValue()).toBe('laundery');
  });

  it('corrects one word of several, and lets words still being typed match the words they begin', async () => {
    expect((await search('mentle health')).all.slice(0, 10)).toEqual(
      expect.arrayContaining(['/prisons/elmley/2019/5-20/', '/prisons/leicester/2018/5-27/']),
    );
    const typing = await search('segrega');
    expect(typing.suggest).toBe('');
    expect(typing.all).toEqual(
      expect.arrayContaining(['/prisons/leicester/2018/5-8/', '/prisons/rochester/2017/5-10/']),
    );
  });
});

describe('counts', () => {
  it('counts what it lists: items with all the words, with some, and other pages apart', async () => {
    for (const q of ['dental', 'rats in cells', 'use of force', 'are prisoners locked up too long']) {
      const r = await search(q);
      const n = (re: RegExp) => Number(re.exec(r.status)?.[1] ?? 0);
      expect(n(/^(\d+) recommendations? (?:and|or) concerns?/), `${q}: ${r.status}`).toBe(r.all.length);
      expect(n(/; (\d+) more with some of your words/), `${q}: ${r.status}`).toBe(r.some.length);
      expect(n(/; (\d+) other pages?/), `${q}: ${r.status}`).toBe(r.others.length);
      expect(r.others.every((u) => !/^\/prisons\/[^/]+\/\d{4}\/[^/]+\/$/.test(u))).toBe(true);
    }
  });
});
