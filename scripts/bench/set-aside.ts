// The bench never deletes a folder just before a step it times. On ext4 without a
// journal (as on the build machine), the kernel will not reuse an inode freed in
// the last minute (six while its block is not yet written out), and each file
// created walks past every such inode again: a build just after a 75,000-file site
// was deleted is seconds slower (docs/performance.md). So a folder left by an
// earlier run is moved aside, which is one rename, and all are deleted once the
// run has timed everything; the next run waits until the kernel has let them go.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** How long a freed inode stays unused once written out (ext4's RECENTCY_MIN, 60 s), with a margin. */
export const SETTLE_MS = 65_000;

export class SetAside {
  private readonly folders: string[] = [];

  /**
   * Moves `dir` out of the way if it exists, to be deleted by `removeAll`, with
   * whatever a run that stopped early had moved aside from the same place.
   */
  move(dir: string): void {
    const parent = dirname(dir);
    const prefix = `${basename(dir)}.set-aside-`;
    if (existsSync(parent))
      for (const name of readdirSync(parent)) if (name.startsWith(prefix)) this.folders.push(join(parent, name));
    if (!existsSync(dir)) return;
    // Beside the folder, so the rename stays on its file system.
    const aside = `${dir}.set-aside-${process.pid}-${this.folders.length}`;
    renameSync(dir, aside);
    this.folders.push(aside);
  }

  /** Marks a folder the run made, to be deleted with the rest. */
  later(dir: string): void {
    this.folders.push(dir);
  }

  /**
   * Deletes every folder moved aside or marked; call once nothing more is timed.
   * The deletion is written out (`sync`) and its time kept in `stamp`, for `settleDelay`.
   */
  removeAll(stamp: string): void {
    for (const dir of this.folders.splice(0)) rmSync(dir, { recursive: true, force: true });
    try {
      execFileSync('sync');
    } catch {
      // No `sync` command: the wait below is then too short on such a file system, never wrong.
    }
    writeFileSync(stamp, `${Date.now()}\n`);
  }
}

/** How long to wait before timing anything, given the stamp an earlier run's `removeAll` left. */
export function settleDelay(stamp: string, now = Date.now()): number {
  if (!existsSync(stamp)) return 0;
  const removed = Number(readFileSync(stamp, 'utf8'));
  if (!Number.isFinite(removed) || removed > now) return 0;
  return Math.max(0, removed + SETTLE_MS - now);
}
