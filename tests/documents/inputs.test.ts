// Bad and unusual input: each document is reported by name, the others still
// build, and no stack trace reaches the publisher.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/dataset/build.ts';
import { readDocument } from '../../src/documents/read.ts';
import type { Dataset } from '../../src/model/schema.ts';
import { parseText as parseDocument } from '../support/parse-text.ts';
import { cp1252 } from '../support/cp1252.ts';
import { PLANS_DIR } from '../support/seeds.ts';

const seed = (name: string) => readFileSync(join(PLANS_DIR, name), 'utf8');
const ROCHESTER_2017 = '000_653c83a5637c60bc.txt';
const ELMLEY = '002_3cba4798597cd07c.txt';
const LEICESTER = '004_118ba5f91bde9054.txt';

function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'plans-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

function ingest(args: string[]) {
  const r = spawnSync(process.execPath, ['scripts/ingest.ts', ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('encodings', () => {
  it('reads Windows-1252, and UTF-8 with a BOM and CRLF line ends, exactly as UTF-8', async () => {
    const dir = folder({
      'utf8.txt': seed(LEICESTER),
      'cp1252.txt': cp1252(seed(LEICESTER)),
      'crlf.txt': `\uFEFF${seed(ELMLEY).replace(/\n/g, '\r\n')}`,
    });
    const utf8 = (await readDocument(dir, 'utf8.txt')).plan!;
    expect(seed(LEICESTER)).toMatch(/[–’]/); // the test means something only if there are non-ASCII characters
    expect((await readDocument(dir, 'cp1252.txt')).plan).toEqual({ ...utf8, source: 'cp1252.txt' });
    expect((await readDocument(dir, 'crlf.txt')).plan).toEqual({ ...parseDocument('crlf.txt', seed(ELMLEY)).plan });
  });
});

describe('npm run ingest', () => {
  it('writes every plan it can read, reports each one it cannot by file name, and exits 1', () => {
    const cutOff = seed(ROCHESTER_2017).split('\n').slice(0, 40).join('\n');
    const dir = folder({
      'good.txt': seed(ROCHESTER_2017),
      'empty.txt': '',
      'scan.pdf': Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0xff]),
      'minutes.txt': 'Minutes of the meeting\n\nWe discussed the action plan and agreed to meet again.',
      'cut-off.txt': cutOff,
    });
    const out = join(dir, 'dataset.json');
    const r = ingest(['--source', dir, '--json', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${dir}/empty.txt:1: error: Cannot read this document: the file is empty. Expected the text of an action plan (UTF-8, UTF-16 or Windows-1252).`);
    expect(r.stderr).toContain(`${dir}/scan.pdf: error: Cannot read this PDF: the file is damaged or is not a complete PDF (Invalid PDF structure.). Download it again from GOV.UK, or add the Word document (.docx) of the plan instead.`);
    expect(r.stderr).toContain(`${dir}/minutes.txt:1: error: No action plan table was found: no row names the table's columns. Expected a header row with a column for the number`);
    expect(r.stderr).toContain(`${dir}/cut-off.txt:40: warning: The plan prints no summary of status counts after its table (is the document cut off?)`);
    // One closing line per document that could not be used, after the summary.
    expect(r.stderr.trimEnd().split('\n').slice(-4)).toEqual([
      'ingest: 3 document(s) could not be used and are not published:',
      `  not published: ${dir}/empty.txt: Cannot read this document: the file is empty. Expected the text of an action plan (UTF-8, UTF-16 or Windows-1252).`,
      expect.stringMatching(/^  not published: .*\/minutes\.txt: No action plan table was found: no row names the table's columns\. Expected a header row with a column for the number/),
      `  not published: ${dir}/scan.pdf: Cannot read this PDF: the file is damaged or is not a complete PDF (Invalid PDF structure.). Download it again from GOV.UK, or add the Word document (.docx) of the plan instead.`,
    ]);
    expect(r.stderr).not.toMatch(/^\s+at /m); // no stack trace
    expect(r.stdout).toMatch(/^ingest: 2 plan\(s\), 53 item\(s\) from 5 document\(s\)/);

    const dataset = JSON.parse(readFileSync(out, 'utf8')) as Dataset;
    expect(dataset.plans.map((p) => [p.source, p.items.length])).toEqual([
      ['cut-off.txt', 7],
      ['good.txt', 46],
    ]);
    expect(dataset.anomalies.filter((a) => a.severity === 'error').map((a) => [a.file, a.kind])).toEqual([
      ['empty.txt', 'unreadable'],
      ['minutes.txt', 'not-an-action-plan'],
      ['scan.pdf', 'unreadable'],
    ]);
    // The build's choice: the same, exit 0 (its last step reports the failures).
    expect(ingest(['--source', dir, '--json', join(mkdtempSync(join(tmpdir(), 'out-')), 'dataset.json'), '--keep-going']).status).toBe(0);
  });

  it('keeps the output of a document with thousands of warnings short, and ends with the summary, through a pipe', () => {
    // 20,000 rows, none with a paragraph reference, every third with a target that is no date.
    const rows = Array.from({ length: 20_000 }, (_, i) => `${Math.floor(i / 100) + 1}.${(i % 100) + 1}\tThe prison should act on item ${i + 1}.\tAgreed\tIt will.\tGovernor\t${i % 3 ? 'July 2018' : 'soonish'}`);
    const dir = folder({ 'big plan.txt': `${seed(ROCHESTER_2017).split('\n').slice(0, 25).join('\n')}\n${rows.join('\n')}\n`, 'empty.txt': '' });
    const out = join(dir, 'dataset.json');
    // spawnSync reads stdout and stderr through pipes, as a CI log does.
    const r = ingest(['--source', dir, '--json', out]);
    expect(`${r.stderr}${r.stdout}`.trimEnd().split('\n').length).toBeLessThan(100);
    expect(r.stderr).toContain(`${dir}/big plan.txt:26: warning: item 1.1: No paragraph reference (e.g. "(1.23)") was found at the end of the recommendation.`);
    expect(r.stderr).toContain('  … and 19,997 more like this (reference-missing) in big plan.txt; --verbose lists all');
    expect(r.stderr).toContain('  … and 6,664 more like this (target-unreadable) in big plan.txt; --verbose lists all');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/^ingest: 1 plan\(s\), 20000 item\(s\) from 2 document\(s\) in .*, 1 error\(s\)\. Wrote .*dataset\.json\.$/);
    expect(r.stderr.trimEnd().split('\n').slice(-2)).toEqual([
      'ingest: 1 document(s) could not be used and are not published:',
      `  not published: ${dir}/empty.txt: Cannot read this document: the file is empty. Expected the text of an action plan (UTF-8, UTF-16 or Windows-1252).`,
    ]);
    expect(r.status).toBe(1);
  });

  it('explains a wrong command line instead of failing obscurely', () => {
    expect(ingest(['--sauce', 'x'])).toMatchObject({ status: 2, stderr: expect.stringContaining("ingest: Unknown option '--sauce'") });
    expect(ingest(['--source', 'no/such/folder'])).toMatchObject({ status: 2, stderr: expect.stringContaining('ingest: the source folder "no/such/folder" does not exist') });
  });
});

describe('size and speed', () => {
  it('parses a plan of 20,000 rows', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `5.${i + 1}\tThe prison should act on item ${i + 1}. (1.${i + 1})\tAgreed\tIt will.\tGovernor\tJuly 2018`);
    const text = `${seed(ROCHESTER_2017).split('\n').slice(0, 25).join('\n')}\n${rows.join('\n')}`;
    const started = performance.now();
    const { plan } = parseDocument('big.txt', text);
    const ms = performance.now() - started;
    console.log(`20,000-row plan parsed in ${Math.round(ms)} ms`);
    expect(plan!.items).toHaveLength(20_000);
    expect(plan!.items.at(-1)).toMatchObject({ id: '5.20000', refs: ['1.20000'], actions: [{ owner: 'Governor', due: '2018-07' }] });
    expect(ms).toBeLessThan(10_000);
  });

  it('parses the five plans in well under a second, and 1,000 plans in seconds', () => {
    const texts = ['000_653c83a5637c60bc.txt', '001_ff6fe2fa878ff173.txt', ELMLEY, '003_d5c8efc2574a808a.txt', LEICESTER].map((n) => [n, seed(n)] as const);
    parseDocument(...texts[0]!); // warm up: the first call loads the word list
    let started = performance.now();
    const five = buildDataset(texts.map(([n, t]) => parseDocument(n, t)));
    const fiveMs = performance.now() - started;
    started = performance.now();
    const thousand = buildDataset(Array.from({ length: 1000 }, (_, i) => parseDocument(`${i}-${texts[i % 5]![0]}`, texts[i % 5]![1])));
    const thousandMs = performance.now() - started;
    console.log(`5 plans: ${Math.round(fiveMs)} ms; 1,000 plans (${thousand.plans.reduce((n, p) => n + p.items.length, 0)} items): ${Math.round(thousandMs)} ms`);
    expect(five.plans).toHaveLength(5);
    expect(thousand.plans).toHaveLength(1000);
    expect(fiveMs).toBeLessThan(1000);
    expect(thousandMs).toBeLessThan(30_000);
  });
});
