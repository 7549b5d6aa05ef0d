// The downloads and originals written as files after `astro build`: the same
// bytes the pages promise, originals copied byte for byte whatever their format.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { connect } from '../../src/connect/connect.ts';
import { actionsCsv, itemsCsv, plansCsv } from '../../src/dataset/csv.ts';
import { buildDataset } from '../../src/dataset/build.ts';
import { writeDataset } from '../../src/dataset/write.ts';
import { readCuratedGlossary, readThemes } from '../../src/connect/editorial.ts';
import { datasetSchema, type Plan } from '../../src/model/schema.ts';
import { parseText } from '../support/parse-text.ts';
import { indexDataset } from '../../src/site/data.ts';
import { downloadFiles, joinedCsv } from '../../src/site/download-files.ts';
import { rootUrl } from '../../src/dataset/urls.ts';
import { planText } from '../support/plan-text.ts';
import { downloadsHeapMB, startDownloads } from '../../scripts/build/downloads-beside.ts';
import { rmSync } from 'node:fs';

const prison = (name: string, rows: string[][], options?: { concerns?: boolean }) =>
  planText(rows, options).replace('HMP Testshire', name);
// Fields that CSV must quote: commas, double quotes, line breaks; and words beyond ASCII.
const DOCUMENTS: [string, string][] = [
  [
    'northby-2017.pdf',
    prison('HMP Northby', [
      [
        '5.1',
        'Prisoners should have “timely” access to healthcare, including dental care (1.23)',
        'Agreed',
        'The "healthcare" team will review waiting lists, weekly.',
        'Head of Healthcare',
        'June 2018',
      ],
      [
        '5.2',
        'Café workers should be paid on time (2.10)',
        'Partly Agreed',
        'Pay rates will be reviewed.',
        'Governor',
        'December 2018',
      ],
    ]),
  ],
  [
    'southby-2017.docx',
    prison('HMP Southby', [
      [
        '5.1',
        'Use of force should be scrutinised (3.4)',
        'Not Agreed',
        'Not affordable; see the national policy.',
        'HMPPS',
        'Ongoing',
      ],
    ]),
  ],
  [
    'westby-2017.txt',
    prison('HMP Westby', [
      [
        '5.1',
        'Education places should be filled (4.1)',
        'Agreed',
        'Places, places and places.',
        'Head of Learning and Skills',
        'September 2018',
      ],
    ]),
  ],
];

const dataset = connect(
  buildDataset(DOCUMENTS.map(([name, text]) => parseText(name, text))),
  readThemes(),
  readCuratedGlossary(),
);
// A line break inside a field, as a response of several paragraphs has.
dataset.plans[0]!.items[1]!.text += '\r\nwith a second line';
const root = rootUrl(config.site, config.base);
const work = mkdtempSync(join(tmpdir(), 'download-files-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Originals as their readers receive them: a PDF's binary bytes, a .docx (a zip), and text in Windows-1252. */
const ORIGINALS: Record<string, Buffer> = {
  'northby-2017.pdf': Buffer.concat([
    Buffer.from('%PDF-1.7\n'),
    Buffer.from(Array.from({ length: 512 }, (_, i) => i % 256)),
  ]),
  'southby-2017.docx': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0xfe, 0x0d, 0x0a, 0x1a, 0x00]),
  'westby-2017.txt': Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94, 0x0d, 0x0a]),
};

function run(plansDir: string, out: string, datasetFile: string) {
  return spawnSync(process.execPath, ['scripts/write-downloads.ts', out, '--dataset', datasetFile], {
    env: { ...process.env, PLANS_DIR: plansDir },
    encoding: 'utf8',
  });
}

describe('downloadFiles', () => {
  const data = indexDataset(structuredClone(dataset));

  it('has three plans to write, one file of each kind per plan and six for the site', () => {
    const files = [...downloadFiles(data, root, { dataset: 'd.json', plansDir: 'plans' })];
    expect(data.plans.map((p) => p.id)).toEqual(['northby-2017', 'southby-2017', 'westby-2017']);
    expect(files.map((f) => f.path)).toEqual([
      '/data/plans/northby-2017.json',
      '/data/plans/northby-2017-items.csv',
      '/data/plans/northby-2017-actions.csv',
      '/documents/northby-2017.pdf',
      '/data/plans/southby-2017.json',
      '/data/plans/southby-2017-items.csv',
      '/data/plans/southby-2017-actions.csv',
      '/documents/southby-2017.docx',
      '/data/plans/westby-2017.json',
      '/data/plans/westby-2017-items.csv',
      '/data/plans/westby-2017-actions.csv',
      '/documents/westby-2017.txt',
      '/data/dataset.json',
      '/data/dataset.schema.json',
      '/data/items.csv',
      '/data/actions.csv',
      '/data/plans.csv',
      '/data/follow-ups.csv',
      '/data/datapackage.json',
    ]);
    expect(files.find((f) => f.path === '/documents/southby-2017.docx')).toEqual({
      path: '/documents/southby-2017.docx',
      copyOf: join('plans', 'southby-2017.docx'),
    });
  });

  it('joins the plans’ own CSV rows into the same bytes as the whole file, quoted fields included', () => {
    const files = new Map(
      [...downloadFiles(data, root, { dataset: 'd.json', plansDir: 'plans' })].map((f) => [
        f.path,
        'text' in f ? f.text : f.copyOf,
      ]),
    );
    expect(files.get('/data/items.csv')).toBe(itemsCsv(data.plans, root));
    expect(files.get('/data/actions.csv')).toBe(actionsCsv(data.plans));
    expect(files.get('/data/items.csv')).toContain(
      ',"Prisoners should have “timely” access to healthcare, including dental care",',
    );
    expect(files.get('/data/items.csv')).toContain(',"Café workers should be paid on time\r\nwith a second line",');
    expect(files.get('/data/actions.csv')).toContain('"The ""healthcare"" team will review waiting lists, weekly."');
    expect(files.get('/data/items.csv')!.match(/^(?:northby|southby|westby)-2017\/5-\d,/gm)).toHaveLength(4);
  });

  it('writes a CSV whole when the plans’ files do not join into it', () => {
    // A writer that ends the last row without a line break cannot be joined plan by plan.
    const csv = (plans: Plan[]) => ['id', ...plans.map((p) => p.id)].join('\n');
    const perPlan = data.plans.map((p) => csv([p]));
    expect(joinedCsv(csv, data.plans, perPlan)).toBe('id\nnorthby-2017\nsouthby-2017\nwestby-2017');
  });
});

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
  const options = { dataset: datasetFile, env: { ...process.env, PLANS_DIR: plansDir }, stdio: 'ignore' as const };
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
  });

  it('caps the process’s heap at five times the dataset, never below 512 MB', () => {
    expect(downloadsHeapMB(0)).toBe(512);
    expect(downloadsHeapMB(100 * 2 ** 20)).toBe(512);
    expect(downloadsHeapMB(103 * 2 ** 20)).toBe(515);
    expect(downloadsHeapMB(206 * 2 ** 20 + 1)).toBe(1031);
  });
});

describe('rootUrl', () => {
  it('resolves the base path as Astro does with trailing slashes', () => {
    expect(rootUrl('https://example.org', '/action-plans/')).toBe('https://example.org/action-plans/');
    expect(rootUrl('https://example.org', 'action-plans')).toBe('https://example.org/action-plans/');
    expect(rootUrl('http://localhost:4321', '/')).toBe('http://localhost:4321/');
    expect(rootUrl(undefined)).toBe('http://localhost/');
  });
});
