// Files the caches write are written to a temporary file beside them and then
// renamed, so a run stopped midway never leaves one half-written.
import { rmSync, renameSync } from 'node:fs';

/** A name beside `file` for writing to and renaming: this process's, never another's. */
const temporaryBeside = (file: string) => `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;

/** Puts at `file` what `write` writes to a temporary file beside it; throws, leaving nothing behind, when it cannot. */
export function writeBeside(file: string, write: (temporary: string) => void): void {
  const temporary = temporaryBeside(file);
  try {
    write(temporary);
    renameSync(temporary, file);
  } catch (e) {
    rmSync(temporary, { force: true });
    throw e;
  }
}
