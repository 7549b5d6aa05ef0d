// Every page of the large archive (npm run build:large) is light: at most 50 KB gzipped with its
// stylesheet, and no JavaScript outside the search page.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pages } from '../support/site.ts';

const DIST = 'dist-large';
const BUDGET_KB = 50;

describe('page weight, 320 plans', () => {
  it(`keeps every page under ${BUDGET_KB} KB compressed (HTML and CSS), with no script outside search`, () => {
    const css = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.css')).reduce((n, f) => n + gzipSync(readFileSync(join(DIST, '_astro', f))).length, 0);
    const files = pages(DIST).map((p) => (p.endsWith('.html') ? p : `${p}index.html`));
    expect(files.length).toBeGreaterThan(11_000);
    const heavy: string[] = [];
    const scripted: string[] = [];
    let heaviest = 0;
    for (const file of files) {
      const html = readFileSync(join(DIST, file));
      const kb = (gzipSync(html).length + css) / 1024;
      heaviest = Math.max(heaviest, kb);
      if (kb > BUDGET_KB) heavy.push(`${file}: ${kb.toFixed(1)} KB`);
      if (file !== '/search/index.html' && /<script(?![^>]*type="application\/(?:ld\+)?json")/.test(html.toString())) scripted.push(file);
    }
    console.log(`page weight: ${files.length} pages, the heaviest ${heaviest.toFixed(1)} KB compressed with its stylesheet`);
    expect(heavy).toEqual([]);
    expect(scripted).toEqual([]);
  });
});
