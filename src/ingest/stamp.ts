// What identifies one writing of a file, for the caches that keep what a build wrote.
import { statSync } from 'node:fs';

/** A file's inode, size and modification time (another writing of it has another); null when there is no file. */
export const stamp = (file: string): string | null => {
  try {
    const s = statSync(file, { bigint: true });
    return `${s.ino} ${s.size} ${s.mtimeNs}`;
  } catch {
    return null;
  }
};
