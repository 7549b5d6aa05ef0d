// Ingest with what earlier runs kept (the parse cache, the connections, the dataset file: src/ingest/cache.ts,
// memo.ts) writes the same dataset, byte for byte, and prints the same messages as a cold run with an empty cache,
// after each change a publisher makes: nothing changed, a plan added, a plan edited, a plan removed, and back.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLANS_DIR } from '../support/seeds.ts';

const work = mkdtempSync(join(tmpdir(), 'ingest-memo-'));
let runs = 0;

/** npm run ingest into a file of its own: its exit status, what it printed (the time left out), the dataset's bytes and its inode. */
function ingest(source: string, cache: string, out = join(work, `run-${++runs}.json`)) {
  const r = spawnSync(process.execPath, ['scripts/ingest.ts', '--source', source, '--json', out, '--keep-going'], {
    encoding: 'utf8',
    env: { ...process.env, ACTION_PLANS_CACHE: cache, SOURCE_DATE_EPOCH: '1748736000' },
  });
  // The time it took, and the file it wrote (each run here writes a file of its own), left out.
  const timeless = (s: string) => s.replace(/ in \d+ ms;/g, ' in … ms;').replaceAll(`Wrote ${out}.`, 'Wrote … .');
  return {
    status: r.status,
    stdout: timeless(r.stdout),
    stderr: timeless(r.stderr),
    bytes: readFileSync(out),
    inode: statSync(out).ino,
    out,
  };
}

/** The same run with an empty cache. */
const cold = (source: string) => ingest(source, join(mkdtempSync(join(work, 'cold-')), 'cache'));

function expectSame(warm: ReturnType<typeof ingest>, reference: ReturnType<typeof ingest>) {
  expect(warm.status).toBe(reference.status);
  expect(warm.bytes.equals(reference.bytes)).toBe(true);
  expect(warm.stdout).toBe(reference.stdout);
  expect(warm.stderr).toBe(reference.stderr);
}

describe('ingest with its cache and memory warm', () => {
  it('writes what a cold run writes, after each change to the plans', () => {
    const source = join(work, 'plans');
    mkdirSync(source);
    const names = readdirSync(PLANS_DIR).sort();
    const [held, edited, removed] = [names[4]!, names[1]!, names[2]!];
    for (const name of names) if (name !== held) copyFileSync(join(PLANS_DIR, name), join(source, name));
    writeFileSync(join(source, 'empty.txt'), '');
    const cache = join(work, 'cache');

    const first = ingest(source, cache);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('ingest: 4 plan(s)');
    expect(first.stderr).toContain('empty.txt:');
    // Nothing changed: every reading cached and the connections remembered.
    const unchanged = ingest(source, cache);
    expectSame(unchanged, first);
    expect(readdirSync(join(cache, 'connected'))).toHaveLength(1);
    // Into the same file again: it is left as it is (the same inode), and still the same bytes.
    const same = ingest(source, cache, unchanged.out);
    expectSame(same, first);
    expect(same.inode).toBe(unchanged.inode);

    // A plan added.
    copyFileSync(join(PLANS_DIR, held), join(source, held));
    const added = ingest(source, cache);
    expect(added.stdout).toContain('ingest: 5 plan(s)');
    expectSame(added, cold(source));
    expect(added.bytes.equals(first.bytes)).toBe(false);

    // A plan edited: an action's owner changed.
    const text = readFileSync(join(source, edited), 'utf8');
    expect(text).toContain('\tGovernor\t');
    writeFileSync(join(source, edited), text.replace('\tGovernor\t', '\tDeputy Governor\t'));
    const afterEdit = ingest(source, cache);
    expectSame(afterEdit, cold(source));
    expect(afterEdit.bytes.equals(added.bytes)).toBe(false);

    // A plan removed.
    rmSync(join(source, removed));
    const afterRemoval = ingest(source, cache);
    expect(afterRemoval.stdout).toContain('ingest: 4 plan(s)');
    expectSame(afterRemoval, cold(source));

    // And back as at first: the first run's dataset again.
    copyFileSync(join(PLANS_DIR, removed), join(source, removed));
    copyFileSync(join(PLANS_DIR, edited), join(source, edited));
    rmSync(join(source, held));
    expectSame(ingest(source, cache), first);
    // Ten runs of ingest, each its own process: minutes on a busy machine.
  }, 900_000);
});
