import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { moveTree } from '../../scripts/build/move-tree.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'move-tree-'));
  dirs.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('moveTree: the downloads moved into the built site', () => {
  it('moves folders the site lacks whole and merges those it has, leaving the site’s own files', () => {
    const site = tree({ 'index.html': 'home', 'data/index.html': 'data page' });
    const downloads = tree({
      'data/items.csv': 'items',
      'data/plans/a/plan.json': '{}',
      'documents/a.txt': 'original',
    });
    expect(moveTree(downloads, site)).toEqual([]);
    expect(readFileSync(join(site, 'data/index.html'), 'utf8')).toBe('data page');
    expect(readFileSync(join(site, 'data/items.csv'), 'utf8')).toBe('items');
    expect(readFileSync(join(site, 'data/plans/a/plan.json'), 'utf8')).toBe('{}');
    expect(readFileSync(join(site, 'documents/a.txt'), 'utf8')).toBe('original');
    expect(existsSync(downloads)).toBe(false);
  });

  it('never overwrites a file both wrote: it names the clash and leaves the download where it was', () => {
    const site = tree({ 'data/items.csv': 'from the pages' });
    const downloads = tree({ 'data/items.csv': 'from the downloads', 'data/actions.csv': 'actions' });
    expect(moveTree(downloads, site)).toEqual(['data/items.csv']);
    expect(readFileSync(join(site, 'data/items.csv'), 'utf8')).toBe('from the pages');
    expect(readFileSync(join(site, 'data/actions.csv'), 'utf8')).toBe('actions');
    expect(readFileSync(join(downloads, 'data/items.csv'), 'utf8')).toBe('from the downloads');
  });
});
