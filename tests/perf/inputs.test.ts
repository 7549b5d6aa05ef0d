// Large inputs: a plan of 20,000 rows through the parser and through `npm run ingest`, and a thousand plans.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/dataset/build.ts';
import { parseText as parseDocument } from '../support/parse-text.ts';
import { ELMLEY, LEICESTER, ROCHESTER_2017, folder, ingest, seed } from '../support/ingest-run.ts';

describe('npm run ingest on a large plan', () => {
  it('keeps the output of a document with thousands of warnings short, and ends with the summary, through a pipe', () => {
    // 20,000 rows, none with a paragraph reference, every third with a target that is no date.
    const rows = Array.from(
      { length: 20_000 },
      (_, i) =>
        `${Math.floor(i / 100) + 1}.${(i % 100) + 1}\tThe prison should act on item ${i + 1}.\tAgreed\tIt will.\tGovernor\t${i % 3 ? 'July 2018' : 'soonish'}`,
    );
    const dir = folder({
      'big plan.txt': `${seed(ROCHESTER_2017).split('\n').slice(0, 25).join('\n')}\n${rows.join('\n')}\n`,
      'empty.txt': '',
    });
    const out = join(dir, 'dataset.json');
    // spawnSync reads stdout and stderr through pipes, as a CI log does.
    const r = ingest(['--source', dir, '--json', out]);
    expect(`${r.stderr}${r.stdout}`.trimEnd().split('\n').length).toBeLessThan(100);
    expect(r.stderr).toContain(
      `${dir}/big plan.txt:26: warning: item 1.1: No paragraph reference (e.g. "(1.23)") was found at the end of the recommendation.`,
    );
    expect(r.stderr).toContain(
      '  … and 19,997 more like this (reference-missing) in big plan.txt; --verbose lists all',
    );
    expect(r.stderr).toContain('  … and 6,664 more like this (target-unreadable) in big plan.txt; --verbose lists all');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(
      /^ingest: 1 plan\(s\), 20000 item\(s\) from 2 document\(s\) in .*, 1 error\(s\)\. Wrote .*dataset\.json\.$/,
    );
    expect(r.stderr.trimEnd().split('\n').slice(-2)).toEqual([
      'ingest: 1 document(s) could not be used and are not published:',
      `  not published: ${dir}/empty.txt: This file is empty (0 bytes): nothing was saved in it, or it was cut short when it was copied. Copy or download the plan again.`,
    ]);
    expect(r.status).toBe(1);
  });
});

describe('size and speed', () => {
  it('parses a plan of 20,000 rows', () => {
    const rows = Array.from(
      { length: 20_000 },
      (_, i) =>
        `5.${i + 1}\tThe prison should act on item ${i + 1}. (1.${i + 1})\tAgreed\tIt will.\tGovernor\tJuly 2018`,
    );
    const text = `${seed(ROCHESTER_2017).split('\n').slice(0, 25).join('\n')}\n${rows.join('\n')}`;
    const started = performance.now();
    const { plan } = parseDocument('big.txt', text);
    const ms = performance.now() - started;
    console.log(`20,000-row plan parsed in ${Math.round(ms)} ms`);
    expect(plan!.items).toHaveLength(20_000);
    expect(plan!.items.at(-1)).toMatchObject({
      id: '5.20000',
      refs: ['1.20000'],
      actions: [{ owner: 'Governor', due: '2018-07' }],
    });
    expect(ms).toBeLessThan(10_000);
  });

  it('parses the five plans in well under a second, and 1,000 plans in seconds', () => {
    const texts = [
      '000_653c83a5637c60bc.txt',
      '001_ff6fe2fa878ff173.txt',
      ELMLEY,
      '003_d5c8efc2574a808a.txt',
      LEICESTER,
    ].map((n) => [n, seed(n)] as const);
    parseDocument(...texts[0]!); // warm up: the first call loads the word list
    let started = performance.now();
    const five = buildDataset(texts.map(([n, t]) => parseDocument(n, t)));
    const fiveMs = performance.now() - started;
    started = performance.now();
    const thousand = buildDataset(
      Array.from({ length: 1000 }, (_, i) => parseDocument(`${i}-${texts[i % 5]![0]}`, texts[i % 5]![1])),
    );
    const thousandMs = performance.now() - started;
    console.log(
      `5 plans: ${Math.round(fiveMs)} ms; 1,000 plans (${thousand.plans.reduce((n, p) => n + p.items.length, 0)} items): ${Math.round(thousandMs)} ms`,
    );
    expect(five.plans).toHaveLength(5);
    expect(thousand.plans).toHaveLength(1000);
    expect(fiveMs).toBeLessThan(1000);
    expect(thousandMs).toBeLessThan(30_000);
  });
});
