// Every page of the large archive (npm run build:large) is light: at most 50 KB gzipped with its
// stylesheet, and no JavaScript outside the search page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pages } from '../../scripts/built-site.ts';
import { hasScript, pageKB, stylesheetBytes } from '../../scripts/page-weight.ts';

const DIST = 'dist-large';
const BUDGET_KB = 50;

describe('page weight, 320 plans', () => {
  it(`keeps every page under ${BUDGET_KB} KB compressed (HTML and CSS), with no script outside search`, () => {
    const css = stylesheetBytes(DIST);
    const files = pages(DIST).map((p) => (p.endsWith('.html') ? p : `${p}index.html`));
    expect(files.length).toBeGreaterThan(11_000);
    const heavy: string[] = [];
    const scripted: string[] = [];
    let heaviest = 0;
    for (const file of files) {
      const html = readFileSync(join(DIST, file));
      const kb = pageKB(html, css);
      heaviest = Math.max(heaviest, kb);
      if (kb > BUDGET_KB) heavy.push(`${file}: ${kb.toFixed(1)} KB`);
      if (file !== '/search/index.html' && hasScript(html)) scripted.push(file);
    }
    console.log(
      `page weight: ${files.length} pages, the heaviest ${heaviest.toFixed(1)} KB compressed with its stylesheet`,
    );
    expect(heavy).toEqual([]);
    expect(scripted).toEqual([]);
  });
});
