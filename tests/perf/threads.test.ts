// The synthetic archive read in two child processes (as ingest reads it): the same documents, in the same order, as in this one.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { readDocumentsApart } from '../../src/ingest/isolated.ts';
import { readDocuments } from '../../src/ingest/read.ts';
import { PLANS_DIR } from '../support/seeds.ts';

const seeds = readdirSync(PLANS_DIR)
  .sort()
  .map((name) => ({ name, text: readFileSync(`${PLANS_DIR}/${name}`, 'utf8') }));

describe('bench corpus in child processes', () => {
  it('reads the same in two processes as in one thread', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'action-plans-corpus-'));
    try {
      for (const d of generateCorpus(seeds, 80, 'threads')) writeFileSync(join(dir, d.name), d.text);
      let handedOut = -1;
      // Every document read by the processes, none taken from the parse cache.
      const apart = await readDocumentsApart(dir, { processes: 2, cache: null, allHandedOut: (n) => (handedOut = n) });
      expect(handedOut).toBe(80);
      expect(apart.documents.map((d) => d.source)).toEqual(readdirSync(dir).sort());
      expect(apart.documents).toEqual(await readDocuments(dir));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
