// The bench never deletes a folder just before a step it times. On ext4 without a
// journal (as on the build machine), the kernel will not reuse an inode freed in the
// last one to six minutes, and each file created walks past every such inode again:
// deleting a 75,000-file site just before `astro build` made the build 8 to 19 s
// slower (docs/performance.md). So a folder left by an earlier run is moved aside,
// which is one rename, and all are deleted once the run has timed everything.
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

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

  /** Deletes every folder moved aside or marked; call once nothing more is timed. */
  removeAll(): void {
    for (const dir of this.folders.splice(0)) rmSync(dir, { recursive: true, force: true });
  }
}
