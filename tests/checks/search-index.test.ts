// The prison, plan and theme pages reach Pagefind cut to their indexed parts
// (src/search/indexed-html.ts). On the large archive (npm run build:large), the
// fragments Pagefind makes from them must be the very files it makes when it
// reads the whole pages itself.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';

const DIST = 'dist-large';
const out = mkdtempSync(join(tmpdir(), 'action-plans-pagefind-'));
afterAll(async () => {
  await close();
  rmSync(out, { recursive: true, force: true });
});

const fragments = (dir: string) =>
  new Map(readdirSync(join(dir, 'fragment')).map((f) => [f, readFileSync(join(dir, 'fragment', f))]));

describe('search index of the prison, plan and theme pages, 320 plans', () => {
  it('holds the same fragments as Pagefind makes from the whole pages', async () => {
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
    for (const [name, bytes] of whole) expect(built.get(name)!.equals(bytes), name).toBe(true);
  }, 120_000);
});
