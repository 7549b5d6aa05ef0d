// The downloads written by their script and by the step beside the build, as processes: the same bytes the
// pages promise, originals copied byte for byte whatever their format, and clear messages when they cannot be.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startDownloads } from '../../scripts/build/downloads-beside.ts';
import { readReportFacts } from '../../scripts/build/report-facts.ts';
import { itemsCsv, plansCsv } from '../../src/dataset/csv.ts';
import { writeDataset } from '../../src/dataset/write.ts';
import { datasetSchema } from '../../src/model/schema.ts';
import { indexDataset } from '../../src/site/data.ts';
import { dataset, ORIGINALS, root } from '../support/download-fixtures.ts';
import { fileTree } from '../support/file-tree.ts';

const work = mkdtempSync(join(tmpdir(), 'download-commands-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// The downloads an earlier run wrote are kept in a cache folder of the tests' own.
const cache = join(work, 'cache');

function run(plansDir: string, out: string, datasetFile: string, factsFile?: string) {
  return spawnSync(
    process.execPath,
    ['scripts/write-downloads.ts', out, '--dataset', datasetFile, ...(factsFile ? ['--report-facts', factsFile] : [])],
    { env: { ...process.env, PLANS_DIR: plansDir, ACTION_PLANS_CACHE: cache }, encoding: 'utf8' },
  );
}

describe('scripts/write-downloads.ts', () => {
  const plansDir = join(work, 'plans');
  const out = join(work, 'dist');
  const datasetFile = join(work, 'dataset.json');
  mkdirSync(plansDir, { recursive: true });
  for (const [name, bytes] of Object.entries(ORIGINALS)) writeFileSync(join(plansDir, name), bytes);
  writeDataset(datasetFile, structuredClone(dataset));

  it('writes every download and copies every original byte for byte', () => {
    const r = run(plansDir, out, datasetFile);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^write-downloads: 19 files in /);
    for (const [name, bytes] of Object.entries(ORIGINALS))
      expect(readFileSync(join(out, 'documents', name)).equals(bytes)).toBe(true);
    expect(readFileSync(join(out, 'data/dataset.json')).equals(readFileSync(datasetFile))).toBe(true);
    // Written a piece at a time, the file is what JSON.stringify makes of the whole.
    expect(readFileSync(datasetFile, 'utf8')).toBe(`${JSON.stringify(datasetSchema.parse(dataset))}\n`);
    const data = indexDataset(JSON.parse(readFileSync(datasetFile, 'utf8')));
    const northby = data.planById.get('northby-2017')!;
    expect(readFileSync(join(out, 'data/plans/northby-2017.json'), 'utf8')).toBe(
      `${JSON.stringify(northby, null, 2)}\n`,
    );
    expect(readFileSync(join(out, 'data/plans/northby-2017-items.csv'), 'utf8')).toBe(itemsCsv([northby], root));
    expect(readFileSync(join(out, 'data/plans.csv'), 'utf8')).toBe(plansCsv(data.plans, root));
    // A byte-order mark, so that Excel reads UTF-8.
    expect([...readFileSync(join(out, 'data/items.csv')).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(readdirSync(join(out, 'data/plans'))).toHaveLength(9);
  });

  it('links what an earlier run wrote from the same dataset, documents and code, the same bytes; writes again after a change', () => {
    const first = join(work, 'memo-1');
    const second = join(work, 'memo-2');
    expect(run(plansDir, first, datasetFile, join(work, 'memo-1-facts.json')).status).toBe(0);
    const r = run(plansDir, second, datasetFile, join(work, 'memo-2-facts.json'));
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(
      /^write-downloads: 19 files in .* \(as an earlier build wrote them: the same dataset, documents and code\)\n$/,
    );
    expect(fileTree(second)).toEqual(fileTree(first));
    expect(readFileSync(join(work, 'memo-2-facts.json'), 'utf8')).toBe(
      readFileSync(join(work, 'memo-1-facts.json'), 'utf8'),
    );
    // An original replaced by a publisher: its new bytes are published.
    writeFileSync(join(plansDir, 'westby-2017.txt'), 'a corrected copy');
    const third = join(work, 'memo-3');
    expect(run(plansDir, third, datasetFile).stdout).not.toMatch(/earlier build/);
    expect(readFileSync(join(third, 'documents/westby-2017.txt'), 'utf8')).toBe('a corrected copy');
    writeFileSync(join(plansDir, 'westby-2017.txt'), ORIGINALS['westby-2017.txt']!);
  });

  it('never uses what was kept when writing into a folder that holds files', () => {
    const site = join(work, 'memo-site');
    mkdirSync(site, { recursive: true });
    writeFileSync(join(site, 'index.html'), '<p>page</p>');
    const r = run(plansDir, site, datasetFile);
    expect(r.stdout).toMatch(/^write-downloads: 19 files in .* ms\n$/);
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toBe('<p>page</p>');
  });

  it('names the missing original and what to do, without a stack trace', () => {
    const partial = join(work, 'partial');
    mkdirSync(partial, { recursive: true });
    writeFileSync(join(partial, 'northby-2017.pdf'), ORIGINALS['northby-2017.pdf']!);
    const r = run(partial, join(work, 'dist-partial'), datasetFile);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `write-downloads: ${join(partial, 'southby-2017.docx')} is in the dataset but not on disk: run ingest and the build on the same folder (PLANS_DIR).\n`,
    );
  });
});

describe('startDownloads: the downloads written beside another step, then moved into the site', () => {
  const plansDir = join(work, 'plans-beside');
  const datasetFile = join(work, 'dataset-beside.json');
  mkdirSync(plansDir, { recursive: true });
  for (const [name, bytes] of Object.entries(ORIGINALS)) writeFileSync(join(plansDir, name), bytes);
  writeDataset(datasetFile, structuredClone(dataset));
  const options = {
    dataset: datasetFile,
    env: { ...process.env, PLANS_DIR: plansDir, ACTION_PLANS_CACHE: join(work, 'cache-beside') },
    stdio: 'ignore' as const,
  };
  /** A built site with a page in the folder the plans' downloads go to. */
  function site(name: string) {
    const dir = join(work, name);
    mkdirSync(join(dir, 'data/plans'), { recursive: true });
    writeFileSync(join(dir, 'data/plans/index.html'), '<p>page</p>');
    return dir;
  }

  it('merges the downloads into the site beside its pages, leaving no folder behind', async () => {
    const dir = site('site-beside');
    expect(await startDownloads(dir, options)()).toEqual([]);
    expect(readFileSync(join(dir, 'data/plans/index.html'), 'utf8')).toBe('<p>page</p>');
    expect(readdirSync(join(dir, 'data/plans')).sort()).toEqual([
      'index.html',
      'northby-2017-actions.csv',
      'northby-2017-items.csv',
      'northby-2017.json',
      'southby-2017-actions.csv',
      'southby-2017-items.csv',
      'southby-2017.json',
      'westby-2017-actions.csv',
      'westby-2017-items.csv',
      'westby-2017.json',
    ]);
    expect(readFileSync(join(dir, 'documents/westby-2017.txt')).equals(ORIGINALS['westby-2017.txt']!)).toBe(true);
    expect(existsSync(join(work, '.site-beside-downloads'))).toBe(false);
    // What the build's report needs, beside the site and taken from the dataset the site now holds (which has notes).
    expect(dataset.anomalies.length).toBeGreaterThan(0);
    expect(existsSync(join(work, '.site-beside-report.json'))).toBe(true);
    expect(readReportFacts(dir)).toEqual({ anomalies: dataset.anomalies, followUpProblems: dataset.followUpProblems });
  });

  it('names a file that both a page and a download would be, and keeps the page', async () => {
    const dir = site('site-clash');
    writeFileSync(join(dir, 'data/items.csv'), 'a page of that name');
    expect(await startDownloads(dir, options)()).toEqual([
      'pages and downloads both wrote data/items.csv; each address must be made once.',
    ]);
    expect(readFileSync(join(dir, 'data/items.csv'), 'utf8')).toBe('a page of that name');
  });

  it('says the downloads were not written when their process stops', async () => {
    const dir = site('site-missing');
    const errors = await startDownloads(dir, {
      ...options,
      env: { ...options.env, PLANS_DIR: join(work, 'no-plans') },
    })();
    expect(errors).toEqual(['the downloads were not written (scripts/write-downloads.ts stopped, above)']);
    expect(existsSync(join(dir, 'data/items.csv'))).toBe(false);
    expect(existsSync(join(work, '.site-missing-downloads'))).toBe(false);
    expect(existsSync(join(work, '.site-missing-report.json'))).toBe(false);
  });
});
