import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SETTLE_MS, SetAside, settleDelay } from '../../scripts/bench/set-aside.ts';

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
    aside.removeAll(join(root, 'deleted-at'));
    expect(readdirSync(root)).toEqual(['deleted-at']);
  });

  it('does nothing for a folder that is not there, and deletes folders marked for later', () => {
    root = mkdtempSync(join(tmpdir(), 'set-aside-'));
    mkdirSync(join(root, 'anchor-dist'));
    const aside = new SetAside();
    aside.move(join(root, 'missing'));
    aside.later(join(root, 'anchor-dist'));
    expect(readdirSync(root)).toEqual(['anchor-dist']);
    aside.removeAll(join(root, 'deleted-at'));
    expect(readdirSync(root)).toEqual(['deleted-at']);
  });

  it('also deletes what a run that stopped early had moved aside, and nothing else beside it', () => {
    root = mkdtempSync(join(tmpdir(), 'set-aside-'));
    for (const name of ['site.set-aside-123-0', 'site', 'site-other', 'other.set-aside-1-0'])
      mkdirSync(join(root, name));
    const aside = new SetAside();
    aside.move(join(root, 'site'));
    expect(readdirSync(root).filter((n) => n.startsWith('site.set-aside-'))).toHaveLength(2);
    aside.removeAll(join(root, 'deleted-at'));
    expect(readdirSync(root).sort()).toEqual(['deleted-at', 'other.set-aside-1-0', 'site-other']);
  });

  it('has the next run wait until a minute has passed since the deletion, and not otherwise', () => {
    root = mkdtempSync(join(tmpdir(), 'set-aside-'));
    const stamp = join(root, 'deleted-at');
    expect(settleDelay(stamp)).toBe(0);
    const before = Date.now();
    new SetAside().removeAll(stamp);
    const at = Number(readFileSync(stamp, 'utf8'));
    expect(at).toBeGreaterThanOrEqual(before);
    expect(settleDelay(stamp, at)).toBe(SETTLE_MS);
    expect(settleDelay(stamp, at + 5_000)).toBe(SETTLE_MS - 5_000);
    expect(settleDelay(stamp, at + SETTLE_MS + 1)).toBe(0);
    // A stamp from the future (a clock set back) or unreadable is no reason to wait.
    expect(settleDelay(stamp, at - 1)).toBe(0);
    writeFileSync(stamp, 'not a time');
    expect(settleDelay(stamp)).toBe(0);
  });
});
