// `npm run ingest` run as a publisher runs it, as a process, on bad and unusual input: each document reported by
// name, the others still written, and no stack trace. Here rather than in `npm test`: each run starts Node and
// the readers afresh (tests/documents/inputs.test.ts reads the same kinds of input in-process).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/model/schema.ts';
import { ROCHESTER_2017, folder, ingest, seed } from '../support/ingest-run.ts';

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
    expect(r.stderr).toContain(
      `${dir}/empty.txt:1: error: This file is empty (0 bytes): nothing was saved in it, or it was cut short when it was copied. Copy or download the plan again.`,
    );
    expect(r.stderr).toContain(
      `${dir}/scan.pdf: error: Cannot read this PDF: the file is damaged or is not a complete PDF (Invalid PDF structure.). Download it again from GOV.UK, or add the Word document (.docx) of the plan instead.`,
    );
    expect(r.stderr).toContain(
      `${dir}/minutes.txt:1: error: No action plan table was found: no row names the table's columns. Expected a header row with a column for the number`,
    );
    expect(r.stderr).toContain(
      `${dir}/cut-off.txt:40: warning: The plan prints no summary of status counts after its table (is the document cut off?)`,
    );
    // One closing line per document that could not be used, after the summary.
    expect(r.stderr.trimEnd().split('\n').slice(-4)).toEqual([
      'ingest: 3 document(s) could not be used and are not published:',
      `  not published: ${dir}/empty.txt: This file is empty (0 bytes): nothing was saved in it, or it was cut short when it was copied. Copy or download the plan again.`,
      expect.stringMatching(
        /^ {2}not published: .*\/minutes\.txt: No action plan table was found: no row names the table's columns\. Expected a header row with a column for the number/,
      ),
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
      ['empty.txt', 'empty-document'],
      ['minutes.txt', 'not-an-action-plan'],
      ['scan.pdf', 'unreadable'],
    ]);
    // The build's choice: the same, exit 0 (its last step reports the failures).
    expect(
      ingest(['--source', dir, '--json', join(mkdtempSync(join(tmpdir(), 'out-')), 'dataset.json'), '--keep-going'])
        .status,
    ).toBe(0);
  });

  it('explains a wrong command line instead of failing obscurely', () => {
    expect(ingest(['--sauce', 'x'])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining("ingest: Unknown option '--sauce'"),
    });
    expect(ingest(['--source', 'no/such/folder'])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('ingest: the source folder "no/such/folder" does not exist'),
    });
  });
});
