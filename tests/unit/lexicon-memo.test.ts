// The search lexicon of an earlier build used again (scripts/build/lexicon-memo.ts):
// the same files for the same key, worked out again for another key, after
// damage, or with no folder to keep it in.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lexiconKey, rememberedLexicon, type LexiconFiles } from '../../scripts/build/lexicon-memo.ts';

const work = () => mkdtempSync(join(tmpdir(), 'lexicon-memo-'));

/** What `out` holds: each file's name and text. */
const contents = (out: string) =>
  readdirSync(out)
    .sort()
    .map((name) => [name, readFileSync(join(out, name), 'utf8')]);

describe('rememberedLexicon', () => {
  const files: LexiconFiles = [
    ['abc.json', '{"m":{"abcess":["abscess"]}}'],
    ['saf.json', '{"m":{"safe":["safety"]},"a":["safely"]}'],
  ];
  const computing = () => {
    const calls = { n: 0 };
    return { calls, compute: () => (calls.n++, files) };
  };

  it('writes what it works out, then the same files from what it kept, in place of what was there', () => {
    const dir = work();
    const folder = join(dir, 'cache');
    const out = join(dir, 'site', 'search-lexicon');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'stale.json'), '{}');
    const key = lexiconKey('code-1', { counts: [['safe', 3]], items: 10 });
    const { calls, compute } = computing();
    expect(rememberedLexicon(key, out, compute, folder)).toEqual({ files, remembered: false });
    expect(contents(out)).toEqual(files);
    expect(readdirSync(join(folder, 'lexicon'))).toEqual([key.slice(0, 40)]);
    writeFileSync(join(out, 'stale.json'), '{}');
    expect(rememberedLexicon(key, out, compute, folder)).toEqual({ files, remembered: true });
    expect(calls.n).toBe(1);
    expect(contents(out)).toEqual(files);
  });

  it('works it out again for other inputs or code, after damage, and always with no folder', () => {
    const dir = work();
    const folder = join(dir, 'cache');
    const out = join(dir, 'search-lexicon');
    const { calls, compute } = computing();
    const key = lexiconKey('code-1', { items: 10 });
    expect(lexiconKey('code-2', { items: 10 })).not.toBe(key);
    expect(lexiconKey('code-1', { items: 11 })).not.toBe(key);
    rememberedLexicon(key, out, compute, folder);
    rememberedLexicon(lexiconKey('code-1', { items: 11 }), out, compute, folder);
    expect(calls.n).toBe(2);
    // Cut short: ignored, worked out and kept again.
    truncateSync(join(folder, 'lexicon', key.slice(0, 40)), 100);
    expect(rememberedLexicon(key, out, compute, folder).remembered).toBe(false);
    expect(calls.n).toBe(3);
    expect(rememberedLexicon(key, out, compute, folder).remembered).toBe(true);
    expect(calls.n).toBe(3);
    expect(contents(out)).toEqual(files);
    // No folder: nothing kept, nothing used again.
    expect(rememberedLexicon(key, out, compute, null).remembered).toBe(false);
    expect(rememberedLexicon(key, out, compute, null).remembered).toBe(false);
    expect(calls.n).toBe(5);
  });

  it('keeps the last two lexicons', () => {
    const dir = work();
    const folder = join(dir, 'cache');
    const out = join(dir, 'search-lexicon');
    const keys = [1, 2, 3].map((n) => lexiconKey(`code-${n}`, {}));
    keys.forEach((key, n) => {
      rememberedLexicon(key, out, () => files, folder);
      // Used at distinct times, oldest first (within a millisecond the order would be the file system's).
      const at = new Date(Date.UTC(2026, 0, 1 + n));
      utimesSync(join(folder, 'lexicon', key.slice(0, 40)), at, at);
    });
    expect(readdirSync(join(folder, 'lexicon')).sort()).toEqual(
      keys
        .slice(1)
        .map((k) => k.slice(0, 40))
        .sort(),
    );
  });
});
