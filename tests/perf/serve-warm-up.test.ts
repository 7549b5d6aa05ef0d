// The dev server's ingest process (scripts/ingest/serve.ts) runs its code again on the last inputs after its first
// ingest, so that the first edits run optimised code. That warm-up writes nothing the site reads, and an ingest
// after it writes what a cold run writes.
import { fork } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ELMLEY } from '../support/ingest-run.ts';
import { PLANS_DIR } from '../support/seeds.ts';

const work = mkdtempSync(join(tmpdir(), 'serve-warm-up-'));
const env = { ...process.env, ACTION_PLANS_CACHE: join(work, 'cache'), SOURCE_DATE_EPOCH: '1748736000' };
const source = join(work, 'plans');
cpSync(PLANS_DIR, source, { recursive: true });
const out = join(work, 'dataset.json');

const child = fork('scripts/ingest.ts', ['--serve', '--source', source, '--json', out, '--keep-going'], {
  env,
  stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
});
const messages: Record<string, unknown>[] = [];
const waiters: [(m: Record<string, unknown>) => boolean, () => void][] = [];
child.on('message', (m: Record<string, unknown>) => {
  messages.push(m);
  for (const w of [...waiters]) {
    if (!w[0](m)) continue;
    waiters.splice(waiters.indexOf(w), 1);
    w[1]();
  }
});
const next = (test: (m: Record<string, unknown>) => boolean) =>
  new Promise<void>((done) => (messages.some(test) ? done() : waiters.push([test, done])));
const run = async () => {
  const before = messages.filter((m) => 'done' in m).length;
  child.send({ run: true });
  await next(() => messages.filter((m) => 'done' in m).length > before);
  return messages.filter((m) => 'done' in m).at(-1)!.done;
};
afterAll(() => child.kill());

describe('the dev server ingest warms up after its first run', () => {
  it('writes nothing the site reads while it warms up, and an edit after it writes what a cold run writes', async () => {
    await next((m) => m.ready === true);
    expect(await run()).toBe(0);
    const first = { bytes: readFileSync(out), mtime: statSync(out, { bigint: true }).mtimeNs };
    await next((m) => m.warmed === 3);
    expect(messages.filter((m) => 'warmed' in m).map((m) => m.warmed)).toEqual([1, 2, 3]);
    expect(statSync(out, { bigint: true }).mtimeNs).toBe(first.mtime);
    expect(readFileSync(out).equals(first.bytes)).toBe(true);
    expect(existsSync(join(tmpdir(), `action-plans-warm-up-${child.pid}.json`))).toBe(false);

    const plan = join(source, ELMLEY);
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('coordinated', 'coordinated Zqwarmed'));
    expect(await run()).toBe(0);
    const edited = readFileSync(out);
    expect(edited.toString()).toContain('coordinated Zqwarmed');
    // The same folder, a cold run: another process, an empty cache.
    const coldOut = join(work, 'cold.json');
    const cold = fork('scripts/ingest.ts', ['--source', source, '--json', coldOut, '--keep-going'], {
      env: { ...env, ACTION_PLANS_CACHE: join(work, 'cold-cache') },
      stdio: 'ignore',
    });
    expect(await new Promise((done) => cold.on('exit', done))).toBe(0);
    expect(edited.equals(readFileSync(coldOut))).toBe(true);
    // No warm-up after later runs: it is done once.
    expect(messages.filter((m) => 'warmed' in m)).toHaveLength(3);
  }, 120_000);
});
