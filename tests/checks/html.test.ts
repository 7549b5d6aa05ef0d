// The built site: valid HTML (Nu HTML Checker) and no broken internal links.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pages } from '../../scripts/built-site.ts';

const DIST = 'dist-fixtures';
const vnu = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');

/** The Nu HTML Checker's errors on these files, the first 20. */
function htmlErrors(files: string[]): string[] {
  let out = '';
  try {
    execFileSync('java', ['-jar', vnu, '--errors-only', '--format', 'text', ...files], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
  } catch (e) {
    out = `${(e as { stdout?: string }).stdout ?? ''}${(e as { stderr?: string }).stderr ?? ''}`;
  }
  return out.split('\n').filter(Boolean).slice(0, 20);
}

describe('built site', () => {
  it('has no HTML errors on any page', () => {
    const files = pages(DIST).map((p) => join(DIST, p.endsWith('.html') ? p : `${p}index.html`));
    expect(files.length).toBeGreaterThan(200);
    expect(htmlErrors(files)).toEqual([]);
  });

  it('has no HTML errors on the pages that change shape with a large archive (npm run build:large)', () => {
    const files = [
      'themes/health-and-social-care/index.html',
      'themes/health-and-social-care/2/index.html',
      'data/index.html',
      'data-quality/index.html',
      'search/index.html',
    ].map((f) => join('dist-large', f));
    expect(files.every((f) => existsSync(f))).toBe(true);
    expect(htmlErrors(files)).toEqual([]);
  });

  // The same site built for the root and for a sub-path (npm run build:base): every link must respect the base.
  it.each([
    ['dist-fixtures', '/'],
    ['dist-base', '/action-plans/'],
  ])('%s has no broken internal links under base %s', (dist, base) => {
    const broken: string[] = [];
    for (const page of pages(dist)) {
      const file = join(dist, page.endsWith('.html') ? page : `${page}index.html`);
      const html = readFileSync(file, 'utf8');
      for (const [, url] of html.matchAll(/(?:href|src)="([^"]+)"/g)) {
        if (/^(?:https?:|mailto:|#)/.test(url!)) continue;
        // Relative links (in MDX pages) resolve against the page's own address.
        const path = decodeURIComponent(
          new URL(url!.split('#')[0]!.split('?')[0]!, `http://site${base}${page.slice(1)}`).pathname,
        );
        if (!path.startsWith(base)) {
          broken.push(`${page} → ${url} (outside the base path)`);
          continue;
        }
        const target = join(dist, path.slice(base.length));
        if (!(existsSync(target) && !target.endsWith('/')) && !existsSync(join(target, 'index.html')))
          broken.push(`${page} → ${url}`);
      }
    }
    expect(pages(dist).length).toBeGreaterThan(200);
    expect(broken).toEqual([]);
  });
});
