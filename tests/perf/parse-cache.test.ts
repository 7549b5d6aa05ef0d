// The parse cache (src/ingest/cache.ts): a run that takes every reading
// from the cache writes the same bytes and prints the same messages as one
// that read every document; a damaged entry is read again and rewritten; the
// code's version follows every file the reader imports.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cacheFolder,
  codeVersion,
  decodeEntry,
  openDocumentCache,
  readerModules,
  type DocumentCache,
} from '../../src/ingest/cache.ts';
import { readDocumentsApart } from '../../src/ingest/isolated.ts';
import { limits } from '../../src/documents/limits.ts';
import { PLANS_DIR } from '../support/seeds.ts';

const work = () => mkdtempSync(join(tmpdir(), 'parse-cache-'));

/** The tests' plans, and beside them documents that are refused: an empty file, a "Word document" that is text, bytes that are no text. */
function plansFolder(): string {
  const dir = join(work(), 'plans');
  mkdirSync(dir);
  for (const name of readdirSync(PLANS_DIR)) copyFileSync(join(PLANS_DIR, name), join(dir, name));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'not-word.docx'), 'Rec no\tRecommendation\tResponse\n');
  writeFileSync(
    join(dir, 'binary.txt'),
    Uint8Array.from({ length: 600 }, (_, i) => (i * 37) % 256),
  );
  return dir;
}

/** npm run ingest with its cache in `cache`: its exit status, what it printed (the time it took left out) and the dataset's bytes (read before the next run writes the same file). */
function ingest(source: string, cache: string, out: string) {
  const r = spawnSync(process.execPath, ['scripts/ingest.ts', '--source', source, '--json', out, '--keep-going'], {
    encoding: 'utf8',
    env: { ...process.env, ACTION_PLANS_CACHE: cache, SOURCE_DATE_EPOCH: '1748736000' },
  });
  // The time it took, and the file it wrote (each run here writes a file of its own), left out.
  const timeless = (s: string) => s.replace(/ in \d+ ms;/g, ' in … ms;').replaceAll(`Wrote ${out}.`, 'Wrote … .');
  return { status: r.status, stdout: timeless(r.stdout), stderr: timeless(r.stderr), bytes: readFileSync(out) };
}

const entriesOf = (folder: string) => readdirSync(folder).map((n) => join(folder, n));

describe('the parse cache', () => {
  it('gives a warm run the same dataset, byte for byte, and the same messages as a cold run', () => {
    const dir = work();
    const source = plansFolder();
    const cache = join(dir, 'cache');
    const cold = ingest(source, cache, join(dir, 'dataset.json'));
    expect(cold.status).toBe(0);
    // Every document was kept, refusals included: 5 plans and 3 refused.
    const [version] = readdirSync(join(cache, 'documents'));
    const entries = entriesOf(join(cache, 'documents', version!));
    expect(entries).toHaveLength(8);
    expect(cold.stderr).toContain('not-word.docx:');
    expect(cold.stderr).toContain('empty.txt:');

    // Written to a path of its own: the same path's file, written from the same inputs, is left as it is (memo.ts).
    const warm = ingest(source, cache, join(dir, 'warm.json'));
    expect(warm.status).toBe(0);
    expect(warm.bytes.equals(cold.bytes)).toBe(true);
    expect(warm.stdout).toBe(cold.stdout);
    expect(warm.stderr).toBe(cold.stderr);

    // An entry cut short, and one overwritten with another's bytes: both read again, rewritten, same result.
    const [first, second] = entries.sort();
    const whole = readFileSync(first!);
    writeFileSync(first!, whole.subarray(0, whole.length >> 1));
    writeFileSync(second!, whole);
    const mended = ingest(source, cache, join(dir, 'mended.json'));
    expect(mended.bytes.equals(cold.bytes)).toBe(true);
    expect(mended.stderr).toBe(cold.stderr);
    expect(readFileSync(first!).equals(whole)).toBe(true);
    expect(decodeEntry(readFileSync(second!))!.hash).not.toBe(decodeEntry(whole)!.hash);
    expect(entriesOf(join(cache, 'documents', version!))).toHaveLength(8);
    // Three runs of ingest, each its own process: seconds on a busy machine.
  }, 180_000);

  it('sends no cached document to a reading process, and reads a changed one again', async () => {
    const source = plansFolder();
    const folder = join(work(), 'cache');
    const stored: string[] = [];
    const counting = (): DocumentCache => {
      const cache = openDocumentCache(limits, folder, 'test-version')!;
      return { ...cache, store: (name, hash, doc) => (stored.push(name), cache.store(name, hash, doc)) };
    };
    const cold = await readDocumentsApart(source, { cache: counting() });
    expect(stored.sort()).toEqual(readdirSync(source).sort());
    stored.length = 0;
    const warm = await readDocumentsApart(source, { cache: counting() });
    expect(stored).toEqual([]);
    expect(warm.documents).toEqual(cold.documents);
    const name = readdirSync(PLANS_DIR)[0]!;
    writeFileSync(join(source, name), readFileSync(join(source, name), 'utf8').replace('Agreed', 'Not agreed'));
    await readDocumentsApart(source, { cache: counting() });
    expect(stored).toEqual([name]);
  }, 120_000);

  it('is kept in node_modules/.cache, or where ACTION_PLANS_CACHE says, or nowhere', () => {
    expect(relative(process.cwd(), cacheFolder({})!)).toBe('node_modules/.cache/action-plans');
    expect(cacheFolder({ ACTION_PLANS_CACHE: '/srv/cache' })).toBe('/srv/cache');
    for (const off of ['off', '0', 'false']) expect(cacheFolder({ ACTION_PLANS_CACHE: off })).toBeNull();
    expect(openDocumentCache(limits, null)).toBeNull();
  });

  it('takes a new code version when any module the reader imports changes', () => {
    const dir = work();
    writeFileSync(join(dir, 'read.ts'), "import { a } from './a.ts';\nexport const r = a;\n");
    writeFileSync(join(dir, 'a.ts'), "import { b } from './b.ts';\nimport { x } from 'fflate';\nexport const a = b;\n");
    writeFileSync(join(dir, 'b.ts'), 'export const b = 1;\n');
    const before = codeVersion(join(dir, 'read.ts'));
    expect(codeVersion(join(dir, 'read.ts'))).toBe(before);
    writeFileSync(join(dir, 'b.ts'), 'export const b = 2;\n');
    const after = codeVersion(join(dir, 'read.ts'));
    expect(after).not.toBe(before);
    expect(readerModules(join(dir, 'read.ts')).packages).toEqual(['fflate']);
    // The real reader's version takes in every reader and the parser, not only read.ts.
    const { files, packages } = readerModules();
    const names = files.map((f) => relative(process.cwd(), f));
    for (const module of [
      'src/documents/readers/pdf.ts',
      'src/documents/readers/docx.ts',
      'src/parse/document.ts',
      'src/parse/spacing.ts',
    ])
      expect(names).toContain(module);
    expect(packages).toContain('pdfjs-dist');
  });
});
