// The yardstick for build speed: the same items as plain Astro pages indexed by
// the Pagefind CLI (an anchor project kept outside this repository). The bench
// copies it to a scratch folder, installs it once, and builds it on the
// project's own dataset, so both are timed in the same run on the same machine.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import type { SetAside } from './set-aside.ts';

/** Where the anchor is usually found: beside the main checkout, or beside the folder of worktrees. */
export const ANCHOR_CANDIDATES = [
  '../shared/anchors/plain-astro-pagefind',
  '../../shared/anchors/plain-astro-pagefind',
];

export function findAnchor(given?: string): string | null {
  if (given) return existsSync(join(given, 'package.json')) ? resolve(given) : null;
  const found = ANCHOR_CANDIDATES.find((dir) => existsSync(join(dir, 'package.json')));
  return found ? resolve(found) : null;
}

/** A scratch folder of this checkout's own, so two checkouts never share one. */
export const scratch = (name: string) =>
  join(tmpdir(), `action-plans-${name}-${createHash('sha1').update(process.cwd()).digest('hex').slice(0, 8)}`);

/**
 * Copies the anchor to a scratch folder and installs its packages, again only
 * when its lock file changed. Returns the folder to build in. What an earlier run
 * left there is moved aside, to be deleted once this run has timed everything.
 */
export function prepareAnchor(source: string, aside: SetAside): string {
  const dir = scratch('anchor');
  const lock = readFileSync(join(source, 'package-lock.json'));
  const stamp = join(dir, 'node_modules', '.anchor-lock');
  const installed = existsSync(stamp) && readFileSync(stamp).equals(lock);
  // Everything but the installed packages is copied afresh, so edits to the anchor are picked up.
  for (const entry of ['src', 'dist', '.astro']) aside.move(join(dir, entry));
  mkdirSync(dir, { recursive: true });
  cpSync(source, dir, {
    recursive: true,
    filter: (from) => !/[/\\](node_modules|dist|\.astro)([/\\]|$)/.test(from.slice(source.length)),
  });
  if (!installed) {
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });
    writeFileSync(stamp, lock);
  }
  return dir;
}
