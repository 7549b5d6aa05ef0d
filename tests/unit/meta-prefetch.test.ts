import { describe, expect, it } from 'vitest';
import { withMetaPrefetch, type PagefindEntry } from '../../scripts/build/meta-prefetch.ts';

const entry: PagefindEntry = {
  languages: {
    'en-gb': { hash: 'en-gb_4a13f09addf46', wasm: 'en-gb', page_count: 34369 },
    cy: { hash: 'cy_0123456789abc', wasm: 'cy', page_count: 3 },
  },
};
const page = (base: string) =>
  `<head></head><body><link rel="modulepreload" href="${base}pagefind/pagefind.js"><link rel="prefetch" href="${base}pagefind/wasm.en-gb.pagefind"><div id="search"></div></body>`;

describe('withMetaPrefetch', () => {
  it('names the metadata of the language whose WebAssembly the page prefetches, right after it', () => {
    expect(withMetaPrefetch(page('/'), entry)).toBe(
      '<head></head><body><link rel="modulepreload" href="/pagefind/pagefind.js"><link rel="prefetch" href="/pagefind/wasm.en-gb.pagefind"><link rel="prefetch" href="/pagefind/pagefind.en-gb_4a13f09addf46.pf_meta"><div id="search"></div></body>',
    );
  });

  it('keeps the folder the page uses (a site under a base path)', () => {
    expect(withMetaPrefetch(page('/plans/'), entry)).toContain(
      '<link rel="prefetch" href="/plans/pagefind/wasm.en-gb.pagefind"><link rel="prefetch" href="/plans/pagefind/pagefind.en-gb_4a13f09addf46.pf_meta"><div',
    );
  });

  it('names it once when the step runs again, with the new hash', () => {
    const once = withMetaPrefetch(page('/'), entry)!;
    const again = withMetaPrefetch(once, {
      languages: { 'en-gb': { hash: 'en-gb_ffff', wasm: 'en-gb', page_count: 1 } },
    })!;
    expect(again.match(/pf_meta/g)).toEqual(['pf_meta']);
    expect(again).toContain('href="/pagefind/pagefind.en-gb_ffff.pf_meta"');
  });

  it('is null when the page prefetches no WebAssembly, or the entry has no such language', () => {
    expect(withMetaPrefetch('<body><div id="search"></div></body>', entry)).toBeNull();
    expect(withMetaPrefetch(page('/'), { languages: { fr: { hash: 'fr_1', wasm: 'fr', page_count: 1 } } })).toBeNull();
  });
});
