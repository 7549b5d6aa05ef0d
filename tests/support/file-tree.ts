// Every file under a folder with its bytes: what two writings of the same files are compared by.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Each file under `dir`, by its path relative to `dir`, with its bytes, in order of name. */
export const fileTree = (dir: string, rel = ''): [string, Buffer][] =>
  readdirSync(join(dir, rel), { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((d) =>
      d.isDirectory()
        ? fileTree(dir, join(rel, d.name))
        : [[join(rel, d.name), readFileSync(join(dir, rel, d.name))] as [string, Buffer]],
    );
