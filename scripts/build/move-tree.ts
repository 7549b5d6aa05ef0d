// Moves every file of one folder into another that already holds files, by
// renaming (both on one disk): a folder the target lacks moves whole, one it
// has is merged. A file the target already holds is a clash, never overwritten.
import { existsSync, readdirSync, renameSync, rmdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Moves the contents of `from` into `to`; returns the paths (relative to `from`) that clashed and were left in `from`. */
export function moveTree(from: string, to: string, rel = ''): string[] {
  const clashes: string[] = [];
  for (const name of readdirSync(join(from, rel)).sort()) {
    const path = join(rel, name);
    const target = join(to, path);
    if (!existsSync(target)) renameSync(join(from, path), target);
    else if (statSync(target).isDirectory() && statSync(join(from, path)).isDirectory())
      clashes.push(...moveTree(from, to, path));
    else clashes.push(path);
  }
  if (!clashes.length) rmdirSync(join(from, rel));
  return clashes;
}
