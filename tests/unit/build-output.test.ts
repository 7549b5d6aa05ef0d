// What a quiet `npm run build` shows of a step's output, and the steps the
// build and the bench share.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { QuietOutput, SHOWN_NOTES } from '../../scripts/build/quiet.ts';
import { STEPS } from '../../scripts/build/steps.ts';
import { measureProcesses } from '../../scripts/bench/process-tree.ts';

const note = (i: number) => `plans/a.docx (page ${i}): repair: item 5.${i}: an owner split by a page break was joined.`;

describe('QuietOutput', () => {
  it('shows what a step says and its first notes, in order, and counts the rest where they were', () => {
    const out = new QuietOutput('generated/build.log');
    for (let i = 1; i <= SHOWN_NOTES + 3; i++) out.problem(note(i));
    out.problem('  … and 8 more like this (owner-inherited) in a.docx; --verbose lists all');
    out.said(
      'ingest: 1 plan(s), 40 item(s) from 1 document(s) in plans in 900 ms; 15 repair(s), 0 warning(s), 0 error(s).',
    );
    const shown = out.endOfStep();
    expect(shown.map((l) => l.text)).toEqual([
      ...Array.from({ length: SHOWN_NOTES }, (_, i) => note(i + 1)),
      '  … and 4 more line(s) of notes: generated/build.log has them all, the data quality page lists every note, and `npm run build -- --verbose` prints them.',
      'ingest: 1 plan(s), 40 item(s) from 1 document(s) in plans in 900 ms; 15 repair(s), 0 warning(s), 0 error(s).',
    ]);
    expect(shown.map((l) => l.problem)).toEqual([...Array<boolean>(SHOWN_NOTES + 1).fill(true), false]);
    expect(out.endOfStep()).toEqual([]);
  });

  it('shows every error, however many notes came before, and an indented line with the line it belongs to', () => {
    const out = new QuietOutput('build.log');
    for (let i = 1; i <= SHOWN_NOTES + 1; i++) out.problem(note(i));
    out.problem('  … and 2 more like this (owners-split) in a.docx; --verbose lists all');
    out.problem(
      'follow-ups/x.csv:2: error: judgement "Mostly achieved" is not one of the judgements; the row is left out',
    );
    out.problem('ingest: 1 document(s) could not be used and are not published:');
    out.problem('  empty.docx: the file is empty');
    const texts = out.endOfStep().map((l) => l.text);
    expect(texts.slice(SHOWN_NOTES)).toEqual([
      '  … and 2 more line(s) of notes: build.log has them all, the data quality page lists every note, and `npm run build -- --verbose` prints them.',
      'follow-ups/x.csv:2: error: judgement "Mostly achieved" is not one of the judgements; the row is left out',
      'ingest: 1 document(s) could not be used and are not published:',
      '  empty.docx: the file is empty',
    ]);
  });
});

describe('the build steps', () => {
  it('are ingest, the pages, the search index and the report, in that order', () => {
    expect(STEPS.map((s) => s.name)).toEqual(['ingest', 'pages', 'search index', 'report']);
  });
});

describe('measureProcesses', () => {
  it("counts the CPU time of the processes started, their children's included", async () => {
    // A process whose child spins until it has used 0.1 s of CPU (not of the clock: the machine may be busy).
    const child = 'while (process.cpuUsage().user < 100000);';
    const parent = `require('child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(child)}])`;
    const cost = await measureProcesses(
      () => new Promise<number>((done) => spawn(process.execPath, ['-e', parent]).on('close', (c) => done(c ?? 1))),
    );
    expect(cost.result).toBe(0);
    expect(cost.cpuSeconds).toBeGreaterThanOrEqual(0.1);
    // Two processes started on a machine that may be busy: no time limit of the test's own to race.
  }, 60_000);
});
