// Follow-ups as a publisher uses them, each command run as a process: the template for one plan filled in,
// `npm run ingest` with --follow-ups, bad rows named one by one. Here rather than in `npm test`: each run starts
// Node and reads the plans again (a few seconds each; tests/documents/follow-ups.test.ts tests the data in-process).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/model/schema.ts';
import { FOLLOW_UPS_DIR, LEFT_OUT_ON_PURPOSE } from '../support/follow-ups.ts';
import { ingest } from '../support/ingest-run.ts';
import { PLANS_DIR } from '../support/seeds.ts';
import { readCsvStrictly } from '../support/strict-csv.ts';

const work = () => mkdtempSync(join(tmpdir(), 'follow-ups-'));
const template = (args: string[]) =>
  spawnSync(process.execPath, ['scripts/follow-ups.ts', ...args], { encoding: 'utf8' });

describe('a publisher fills in the template for one plan', () => {
  const dir = work();
  const first = join(dir, 'first.json');
  const followUps = join(dir, 'follow-ups');
  const out = join(followUps, 'leicester-2018-follow-up.csv');

  it('writes a row per item with the judgement columns empty, and the ingest reads it as nothing judged', () => {
    expect(ingest(['--source', PLANS_DIR, '--follow-ups', join(dir, 'none'), '--json', first]).stderr).toContain(
      `ingest: the follow-ups folder "${join(dir, 'none')}" does not exist`,
    );
    expect(ingest(['--source', PLANS_DIR, '--json', first, '--keep-going']).status).toBe(0);
    const r = template(['leicester-2018', '--dataset', first, '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`follow-ups: wrote ${out}, a row for each of the 46 items of leicester-2018.`);
    const rows = readCsvStrictly(readFileSync(out, 'utf8'));
    expect(rows[0]).toEqual([
      'plan',
      'item',
      'source',
      'judged_by',
      'date',
      'judgement',
      'url',
      'quote',
      'note',
      'key',
      'status_at_the_time',
      'targets',
      'item_text',
    ]);
    expect(rows).toHaveLength(47);
    expect(rows[10]!.slice(0, 12)).toEqual([
      'leicester-2018',
      '5.10',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      'leicester-2018/5-10',
      'Agreed',
      'Completed; Completed',
    ]);
    // Written once: never over an existing file.
    const again = template(['leicester-2018', '--dataset', first, '--out', out]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain(`${out} exists, and a follow-up file is never written over: give another --out`);
    const r2 = ingest(['--source', PLANS_DIR, '--follow-ups', followUps, '--json', join(dir, 'empty.json')]);
    expect(r2.status).toBe(0);
    expect(r2.stdout).toContain(`ingest: 0 follow-up judgement(s) from 1 file(s) in ${followUps}.`);
  });

  it('names a plan the dataset does not have, with the nearest, and asks for an ingest first where there is no dataset', () => {
    const r = template(['leicester-2081', '--dataset', first]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`follow-ups: ${first} has no plan "leicester-2081"; nearest: leicester-2018`);
    const none = template(['leicester-2018', '--dataset', join(dir, 'nothing.json')]);
    expect(none.stderr).toContain(`there is no dataset at ${join(dir, 'nothing.json')}: run \`npm run ingest\` first`);
  });

  it('fills in three rows in a spreadsheet (one of them wrong) and builds: the judgements are on their items, the bad row named', () => {
    const lines = readFileSync(out, 'utf8').split('\r\n');
    const fill = (n: number, judgement: string) => {
      const cells = lines[n]!.split(',');
      cells.splice(2, 5, 'irp', 'HMIP', '2019-06-14', judgement, 'https://example.org/test-data/leicester-irp.pdf');
      lines[n] = cells.join(',');
    };
    fill(1, 'Good progress');
    fill(12, 'No meaningful progress');
    fill(20, 'Reasonable progres');
    writeFileSync(out, lines.join('\r\n'));
    const json = join(dir, 'filled.json');
    const r = ingest(['--source', PLANS_DIR, '--follow-ups', followUps, '--json', json]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      `${out}:21: error: judgement "Reasonable progres" is not one of the judgements of "irp": "Good progress", "Reasonable progress", "Insufficient progress", "No meaningful progress"; nearest: "Reasonable progress"; the row is left out\n`,
    );
    expect(r.stdout).toContain(
      `ingest: 2 follow-up judgement(s) from 1 file(s) in ${followUps}; 1 row(s) or file(s) left out, each named above.`,
    );
    const d = JSON.parse(readFileSync(json, 'utf8')) as Dataset;
    const leicester = d.plans.find((p) => p.id === 'leicester-2018')!;
    expect(
      leicester.items.filter((i) => i.followUps.length).map((i) => [i.id, i.followUps.map((f) => f.verdict)]),
    ).toEqual([
      ['5.1', ['good_progress']],
      ['5.12', ['no_meaningful_progress']],
    ]);
    expect(ingest(['--source', PLANS_DIR, '--follow-ups', followUps, '--json', json, '--keep-going']).status).toBe(0);
  });
});

describe('npm run ingest with the fixtures’ follow-ups', () => {
  it('reads FOLLOW_UPS_DIR, and --follow-ups over it', () => {
    const dir = work();
    const json = join(dir, 'd.json');
    const r = spawnSync(process.execPath, ['scripts/ingest.ts', '--source', PLANS_DIR, '--json', json], {
      encoding: 'utf8',
      env: { ...process.env, FOLLOW_UPS_DIR },
    });
    // The fixtures' one bad row (test-data-bad-row.csv) makes ingest fail without --keep-going, and is named.
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      `${FOLLOW_UPS_DIR}/test-data-bad-row.csv:2: error: judgement "Mostly achieved" is not one of the judgements of "full-inspection"`,
    );
    expect(r.stdout).toContain(
      `ingest: 60 follow-up judgement(s) from 6 file(s) in ${FOLLOW_UPS_DIR}; 1 row(s) or file(s) left out, each named above.`,
    );
    expect((JSON.parse(readFileSync(json, 'utf8')) as Dataset).followUpProblems).toEqual(LEFT_OUT_ON_PURPOSE);
    const copy = join(dir, 'copy');
    cpSync(FOLLOW_UPS_DIR, copy, { recursive: true });
    writeFileSync(join(copy, 'zz-bad.csv'), 'plan,item\n');
    const r2 = spawnSync(
      process.execPath,
      ['scripts/ingest.ts', '--source', PLANS_DIR, '--follow-ups', copy, '--json', json, '--keep-going'],
      {
        encoding: 'utf8',
        env: { ...process.env, FOLLOW_UPS_DIR: join(dir, 'not-there') },
      },
    );
    expect(r2.status).toBe(0);
    expect(r2.stderr).toContain(
      `${copy}/zz-bad.csv:1: error: the header row has no column "source", "judged_by", "date", "judgement", "url"; the columns are "plan", "item", "source", "judged_by", "date", "judgement", "url", "quote", "note", "key". The file is not read.\n`,
    );
    expect(r2.stdout).toContain(
      `ingest: 60 follow-up judgement(s) from 7 file(s) in ${copy}; 2 row(s) or file(s) left out, each named above.`,
    );
    // In the dataset too, in file and line order: the build's closing lines and the data quality page read them there.
    expect((JSON.parse(readFileSync(json, 'utf8')) as Dataset).followUpProblems.map((p) => [p.file, p.line])).toEqual([
      ['test-data-bad-row.csv', 2],
      ['zz-bad.csv', 1],
    ]);
  });

  it('refuses a SOURCE_DATE_EPOCH that is no date before it reads anything', () => {
    const r = spawnSync(
      process.execPath,
      ['scripts/ingest.ts', '--source', PLANS_DIR, '--json', join(work(), 'd.json')],
      {
        encoding: 'utf8',
        env: { ...process.env, SOURCE_DATE_EPOCH: 'yesterday' },
      },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('ingest: SOURCE_DATE_EPOCH is "yesterday", not a number of seconds since 1970');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
