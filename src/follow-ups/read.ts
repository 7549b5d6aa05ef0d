// The follow-ups folder → its CSV files as text (I/O). Excel saves CSV as
// UTF-8 with a byte-order mark, as Windows-1252, or as UTF-16 "Unicode text":
// the plans' decoder reads them all.
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeDocument } from '../documents/decode.ts';
import { compare } from '../model/compare.ts';
import type { FollowUpFile, FollowUpProblem } from './validate.ts';

/** Where the publisher keeps the follow-up files, unless FOLLOW_UPS_DIR or --follow-ups says otherwise. */
export { DEFAULT_FOLLOW_UPS_DIR } from '../settings.ts';

/** A follow-up file is a few hundred rows; one far larger is not one. */
export const MAX_FOLLOW_UP_BYTES = 8 * 1024 * 1024;

export function readFollowUpFiles(dir: string): { files: FollowUpFile[]; problems: FollowUpProblem[] } {
  const files: FollowUpFile[] = [];
  const problems: FollowUpProblem[] = [];
  const names = readdirSync(dir)
    .filter((name) => /\.csv$/i.test(name) && !name.startsWith('.'))
    .sort(compare);
  for (const name of names) {
    const stat = lstatSync(join(dir, name));
    // A link could lead anywhere on the machine: only the folder's own files are read.
    if (!stat.isFile()) continue;
    if (stat.size > MAX_FOLLOW_UP_BYTES) {
      problems.push({
        file: name,
        line: 1,
        message: `the file is ${stat.size} bytes, more than a follow-up file holds (${MAX_FOLLOW_UP_BYTES}); it is not read`,
      });
      continue;
    }
    const decoded = decodeDocument(new Uint8Array(readFileSync(join(dir, name))));
    if (!decoded.ok) {
      problems.push({ file: name, line: 1, message: `${decoded.reason}; it is not read` });
      continue;
    }
    files.push({ name, text: decoded.text });
  }
  return { files, problems };
}
