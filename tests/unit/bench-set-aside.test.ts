import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SetAside } from '../../scripts/bench/set-aside.ts';

describe('the folders the bench moves aside before timing', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('moves a folder out of the way with its files, and deletes it only when asked', () => {
    root = mkdtempSync(join(tmpdir(), 'set-aside-'));
    mkdirSync(join(root, 'site/a'), { recursive: true });
    writeFileSync(join(root, 'site/a/index.html'), 'old');
    const aside = new SetAside();
    aside.move(join(root, 'site'));
    expect(existsSync(join(root, 'site'))).toBe(false);
    const [moved] = readdirSync(root);
    expect(moved).toMatch(/^site\.set-aside-\d+-0$/);
    expect(existsSync(join(root, moved!, 'a/index.html'))).toBe(true);
    aside.removeAll();
    expect(readdirSync(root)).toEqual([]);
  });

  it('does nothing for a folder that is not there, and deletes folders marked for later', () => {
    root = mkdtempSync(join(tmpdir(), 'set-aside-'));
    mkdirSync(join(root, 'anchor-dist'));
    const aside = new SetAside();
    aside.move(join(root, 'missing'));
    aside.later(join(root, 'anchor-dist'));
    expect(readdirSync(root)).toEqual(['anchor-dist']);
    aside.removeAll();
    expect(readdirSync(root)).toEqual([]);
  });

  it('also deletes what a run that stopped early had moved aside, and nothing else beside it', () => {
    root = mkdtempSync(join(tmpdir(), 'set-aside-'));
    for (const name of ['site.set-aside-123-0', 'site', 'site-other', 'other.set-aside-1-0'])
      mkdirSync(join(root, name));
    const aside = new SetAside();
    aside.move(join(root, 'site'));
    expect(readdirSync(root).filter((n) => n.startsWith('site.set-aside-'))).toHaveLength(2);
    aside.removeAll();
    expect(readdirSync(root).sort()).toEqual(['other.set-aside-1-0', 'site-other']);
  });
});
