// `npm run ingest` as a publisher runs it, on a folder of documents made for one test.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PLANS_DIR } from './seeds.ts';

/** The text of one of the tests' own plans. */
export const seed = (name: string) => readFileSync(join(PLANS_DIR, name), 'utf8');
export const ROCHESTER_2017 = '000_653c83a5637c60bc.txt';
export const ELMLEY = '002_3cba4798597cd07c.txt';
export const LEICESTER = '004_118ba5f91bde9054.txt';

/** A fresh folder holding these files. */
export function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'plans-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** The ingest command with these arguments: its exit status and what it printed. */
export function ingest(args: string[]) {
  const r = spawnSync(process.execPath, ['scripts/ingest.ts', ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
