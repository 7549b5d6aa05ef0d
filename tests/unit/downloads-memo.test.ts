// The downloads of an earlier build used again (scripts/build/downloads-memo.ts): linked for the same key,
// never for another, never after a kept file was written over in place, never into a folder that exists.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { downloadsKey, keepDownloads, reuseDownloads } from '../../scripts/build/downloads-memo.ts';
import { fileTree } from '../support/file-tree.ts';

const work = () => mkdtempSync(join(tmpdir(), 'downloads-memo-'));

/** Downloads as the writing step leaves them: a folder of their own, with a dataset and a plan's files. */
function written(dir: string, name = 'staging'): string {
  const out = join(dir, name);
  mkdirSync(join(out, 'data/plans'), { recursive: true });
  writeFileSync(join(out, 'data/dataset.json'), '{"plans":[]}\n');
  writeFileSync(join(out, 'data/plans/northby-2017.json'), '{\n  "id": "northby-2017"\n}\n');
  return out;
}

/** Each file under `dir` with its text. */
const contents = (dir: string) => fileTree(dir).map(([path, bytes]) => [path, bytes.toString('utf8')]);

function inputs(dir: string) {
  const plansDir = join(dir, 'plans');
  mkdirSync(plansDir, { recursive: true });
  writeFileSync(join(plansDir, 'northby-2017.pdf'), 'the original');
  const dataset = join(dir, 'dataset.json');
  writeFileSync(dataset, '{"plans":[]}\n');
  return { code: 'code-1', root: 'https://plans.example.org/', dataset, plansDir };
}

describe('downloadsKey', () => {
  it("changes with the code, the address, the dataset and each document's bytes, and only with them", () => {
    const dir = work();
    const given = inputs(dir);
    const key = downloadsKey(given);
    expect(downloadsKey(given)).toBe(key);
    expect(downloadsKey({ ...given, code: 'code-2' })).not.toBe(key);
    expect(downloadsKey({ ...given, root: 'https://plans.example.org/archive/' })).not.toBe(key);
    writeFileSync(given.dataset, '{"plans":[1]}\n');
    const otherDataset = downloadsKey(given);
    expect(otherDataset).not.toBe(key);
    // A document's bytes (copied as the original), not its time: written again unchanged, it is the same.
    const later = new Date(Date.UTC(2027, 0, 1));
    utimesSync(join(given.plansDir, 'northby-2017.pdf'), later, later);
    expect(downloadsKey(given)).toBe(otherDataset);
    writeFileSync(join(given.plansDir, 'northby-2017.pdf'), 'the original, corrected');
    const otherDocument = downloadsKey(given);
    expect(otherDocument).not.toBe(otherDataset);
    writeFileSync(join(given.plansDir, 'southby-2017.docx'), 'another');
    expect(downloadsKey(given)).not.toBe(otherDocument);
  });

  it('throws when the dataset or the plans folder is missing (then the writing says what is missing)', () => {
    const dir = work();
    const given = inputs(dir);
    expect(() => downloadsKey({ ...given, dataset: join(dir, 'none.json') })).toThrow();
    expect(() => downloadsKey({ ...given, plansDir: join(dir, 'none') })).toThrow();
  });
});

describe('keepDownloads and reuseDownloads', () => {
  it('links the kept files and the report facts into a new folder, the same bytes', () => {
    const dir = work();
    const cache = join(dir, 'cache');
    const out = written(dir);
    const facts = join(dir, 'facts.json');
    writeFileSync(facts, '{"anomalies":[]}');
    keepDownloads(cache, 'k'.repeat(64), out, facts);
    const again = join(dir, 'again');
    const factsAgain = join(dir, 'facts-again.json');
    expect(reuseDownloads(cache, 'k'.repeat(64), again, factsAgain)).toBe(2);
    expect(contents(again)).toEqual(contents(out));
    expect(readFileSync(factsAgain, 'utf8')).toBe('{"anomalies":[]}');
    // The same file, not a copy: nothing more on disk while the site holds it.
    expect(statSync(join(again, 'data/dataset.json')).ino).toBe(statSync(join(out, 'data/dataset.json')).ino);
    expect(reuseDownloads(cache, 'o'.repeat(64), join(dir, 'other'))).toBeNull();
    expect(existsSync(join(dir, 'other'))).toBe(false);
  });

  it('never uses files written over in place since, and removes their entry', () => {
    const dir = work();
    const cache = join(dir, 'cache');
    const out = written(dir);
    keepDownloads(cache, 'k'.repeat(64), out);
    // A tool that rewrites a published file in place rewrites the kept one too.
    writeFileSync(join(out, 'data/plans/northby-2017.json'), '{"id":"changed"}\n');
    expect(reuseDownloads(cache, 'k'.repeat(64), join(dir, 'again'))).toBeNull();
    expect(existsSync(join(dir, 'again'))).toBe(false);
    expect(readdirSync(join(cache, 'downloads'))).toEqual([]);
  });

  it('never links into a folder that exists, and leaves it as it was', () => {
    const dir = work();
    const cache = join(dir, 'cache');
    keepDownloads(cache, 'k'.repeat(64), written(dir));
    const site = join(dir, 'site');
    mkdirSync(site);
    writeFileSync(join(site, 'index.html'), '<p>page</p>');
    expect(reuseDownloads(cache, 'k'.repeat(64), site)).toBeNull();
    expect(contents(site)).toEqual([['index.html', '<p>page</p>']]);
  });

  it('uses nothing when report facts are asked for and none were kept, and nothing with no folder', () => {
    const dir = work();
    const cache = join(dir, 'cache');
    keepDownloads(cache, 'k'.repeat(64), written(dir));
    expect(reuseDownloads(cache, 'k'.repeat(64), join(dir, 'a'), join(dir, 'facts.json'))).toBeNull();
    keepDownloads(null, 'k'.repeat(64), written(dir, 'second'));
    expect(reuseDownloads(null, 'k'.repeat(64), join(dir, 'b'))).toBeNull();
  });

  it('keeps the last two', () => {
    const dir = work();
    const cache = join(dir, 'cache');
    const keys = ['a', 'b', 'c'].map((c) => c.repeat(64));
    keys.forEach((key, n) => {
      keepDownloads(cache, key, written(dir, `out-${n}`));
      const at = new Date(Date.UTC(2026, 0, 1 + n));
      utimesSync(join(cache, 'downloads', key.slice(0, 40)), at, at);
    });
    expect(readdirSync(join(cache, 'downloads')).sort()).toEqual(keys.slice(1).map((k) => k.slice(0, 40)));
  });
});
