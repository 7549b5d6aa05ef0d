// The prison, plan and theme pages reach Pagefind cut to their indexed parts
// (src/search/indexed-html.ts). On the large archive (npm run build:large), each
// page's fragment (its indexed text, filters and metadata) must be the one
// Pagefind makes when it reads the whole page itself. The fragments' file names
// depend on the order Pagefind takes the pages in, so they are compared by the
// page they are for. The item pages' fragments (the test fixtures' site) keep
// what search results quote readable.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { close, createIndex } from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';

const DIST = 'dist-large';
const out = mkdtempSync(join(tmpdir(), 'action-plans-pagefind-'));
afterAll(async () => {
  await close();
  rmSync(out, { recursive: true, force: true });
});

/** Each fragment of a bundle, as its JSON text, by the address of its page. */
function fragments(bundle: string): Map<string, string> {
  const dir = join(bundle, 'fragment');
  const byUrl = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    const json = gunzipSync(readFileSync(join(dir, name)))
      .toString('utf8')
      .replace(/^pagefind_dcd/, '');
    byUrl.set((JSON.parse(json) as { url: string }).url, json);
  }
  return byUrl;
}

describe('search index of the prison, plan and theme pages, 320 plans', () => {
  it('holds the fragments Pagefind makes from the whole pages', async () => {
    const { index } = await createIndex();
    const added = await index!.addDirectory({
      path: DIST,
      glob: '{prisons/*/index.html,prisons/*/*/index.html,themes/**/index.html}',
    });
    expect(added.errors).toEqual([]);
    await index!.writeFiles({ outputPath: out });
    const whole = fragments(out);
    const built = fragments(join(DIST, 'pagefind-pages'));
    expect(whole.size).toBeGreaterThan(300);
    expect([...built.keys()].sort()).toEqual([...whole.keys()].sort());
    for (const [url, json] of whole) expect(built.get(url), url).toBe(json);
  }, 120_000);
});

describe('search index of the item pages, test fixtures', () => {
  const items = fragments(join('dist-fixtures', 'pagefind'));
  const contents = [...items.values()].map((json) => (JSON.parse(json) as { content: string }).content);

  it("keeps each action's owner and date apart, and the page's own labels and headings out of the index", () => {
    expect(contents.length).toBeGreaterThan(100);
    expect((JSON.parse(items.get('/prisons/rochester/2017/5-2/')!) as { content: string }).content).toContain(
      'are held to ensure timescales are adhered to. Governor. Completed and ongoing. MDT: mandatory drug testing.',
    );
    // Search results quote the plan's words, never the page's furniture ("Response and actions", "Owner", "Terms used").
    const furniture = contents.filter((c) =>
      /Response and actions|\bOwners? and target dates?\b|\bTerms used\b|No response is printed|\bOwner (?=[A-Z])/.test(
        c,
      ),
    );
    expect(furniture).toEqual([]);
  });
});
