// Words and meanings, in Chromium on the fixtures' site: a word no item says
// searched by the plans' words for it, a real word never replaced, statuses as
// printed, hyphens in the query, and excerpts that say where they are cut.
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/browser.ts';

const t = useSite('dist-fixtures');

async function search(query: string) {
  await t.page.goto(t.site.url(`/search/?q=${encodeURIComponent(query)}`));
  await t.page.waitForFunction(() => /for “/.test(document.getElementById('status')?.textContent ?? ''));
  const paths = (sel: string) =>
    t.page
      .locator(`${sel} .result-title a`)
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return {
    status: await t.page.locator('#status').innerText(),
    suggest: await t.page.locator('#suggest').innerText(),
    all: await paths('#results'),
    excerpts: await t.page.locator('#results li p:not(.meta)').allInnerTexts(),
  };
}

describe('words and meanings', () => {
  it('searches a word no item says by the plans’ words for the same thing, and says so', async () => {
    const r = await search('spouse');
    expect(r.suggest).toBe('No item says “spouse”; items that say partner are shown for it.');
    expect(r.all.length).toBeGreaterThan(0);
  });

  it('lists the items printed "Rejected" first, then the others filed as not agreed', async () => {
    const r = await search('Rejected');
    expect(r.all.slice(0, 3).sort()).toEqual([
      '/prisons/ford/2016/5-15/',
      '/prisons/ford/2016/5-28/',
      '/prisons/ford/2016/5-4/',
    ]);
    expect(r.all).toHaveLength(10);
  });

  it('searches a term a plan defines as what it stands for, after the items that say it', async () => {
    // Rochester's plan defines "First Night in Prison (FNIP)" in one response; its other first-night items never say FNIP.
    const r = await search('FNIP');
    expect(r.all[0]).toBe('/prisons/rochester/2017/5-7/');
    expect(r.all).toContain('/prisons/rochester/2017/5-6/');
  });

  it('searches a hyphenated query as its words', async () => {
    const r = await search('use-of-force');
    expect(r.all).toContain('/prisons/rochester/2024/8/');
  });

  it('starts and ends an excerpt at a sentence, or says it is cut', async () => {
    const r = await search('segregation');
    for (const e of r.excerpts) {
      expect(e).not.toMatch(/Response and actions/);
      expect(e).toMatch(/^(?:…|[A-Z0-9“"(])/);
    }
  });
});
