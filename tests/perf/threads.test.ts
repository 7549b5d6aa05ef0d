// The synthetic archive read on two threads: the same documents, in the same order, as on one.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { readDocuments, readDocumentsInParallel } from '../../src/documents/read.ts';
import { PLANS_DIR } from '../support/seeds.ts';

const seeds = readdirSync(PLANS_DIR)
  .sort()
  .map((name) => ({ name, text: readFileSync(`${PLANS_DIR}/${name}`, 'utf8') }));

describe('bench corpus on threads', () => {
  it('reads the same on two threads as on one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'action-plans-corpus-'));
    try {
      for (const d of generateCorpus(seeds, 80, 'threads')) writeFileSync(join(dir, d.name), d.text);
      const parallel = await readDocumentsInParallel(dir);
      expect(parallel.map((d) => d.source)).toEqual(readdirSync(dir).sort());
      expect(parallel).toEqual(await readDocuments(dir));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
