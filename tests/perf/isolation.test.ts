// One document that costs too much time or memory, or crashes the process reading it, costs
// only itself: ingest names it with the limit it hit and publishes the others.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planText } from '../../scripts/hostile/generate.ts';
import { ELMLEY, seed } from '../support/ingest-run.ts';

function ingestWith(files: Record<string, string>, env: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'plans-isolation-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const json = join(dir, 'dataset.json');
  const r = spawnSync(process.execPath, ['scripts/ingest.ts', '--source', dir, '--json', json], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  const dataset = JSON.parse(readFileSync(json, 'utf8')) as { plans: { source: string }[] };
  return { status: r.status, stderr: r.stderr, sources: dataset.plans.map((p) => p.source) };
}

const bigPlan = planText(
  'HMP Big',
  Array.from({ length: 40_000 }, (_, i) => [
    `5.${i + 1}`,
    `Men should have time out of cell, rule ${i + 1}. (1.1)`,
    'Agreed',
    'The governor will see to it.',
    'Governor',
    'June 2019',
  ]),
);

describe('each document read apart', () => {
  it('stops a document at the time limit and publishes the others', () => {
    const r = ingestWith(
      { 'a.txt': seed(ELMLEY), 'big.txt': bigPlan },
      { PLANS_LIMIT_SECONDS: '1', PLANS_LIMIT_ITEMS: '100000' },
    );
    expect(r.status).toBe(1);
    expect(r.sources).toEqual(['a.txt']);
    expect(r.stderr).toContain('big.txt: Cannot read this document: reading it took over 1 second');
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it('stops a document that takes more memory than the limit, whether V8 aborts or the watch stops it', () => {
    const r = ingestWith(
      { 'a.txt': seed(ELMLEY), 'big.txt': bigPlan, 'z.txt': seed(ELMLEY).replace('Elmley', 'Zelmley') },
      { PLANS_LIMIT_MEMORY_MB: '250', PLANS_LIMIT_ITEMS: '100000' },
    );
    expect(r.sources).toEqual(['a.txt', 'z.txt']);
    expect(r.stderr).toContain('big.txt: Cannot read this document: reading it took over 250 MB of memory');
    expect(r.stderr).not.toMatch(/^\s+at |FATAL ERROR/m);
  });

  it('refuses a limit that is not a number', () => {
    const r = spawnSync(process.execPath, ['scripts/ingest.ts', '--source', 'tests/fixtures/plans'], {
      encoding: 'utf8',
      env: { ...process.env, PLANS_LIMIT_ROWS: 'lots' },
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      'ingest: a limit is set wrongly: PLANS_LIMIT_ROWS="lots" is not a whole number above 0 (its default is 100000)',
    );
  });
});
