// What the data quality page shows of the follow-up rows left out at ingest:
// each with its file, line and why, so that publishers who read the site and
// not the build's output see them too.
import type { FollowUpProblem } from '../../model/schema.ts';
import { compare } from '../../model/compare.ts';
import { escapeControls } from '../../report/terminal.ts';

export interface FollowUpProblemRow {
  /** The file's name in the follow-ups folder, control and direction characters shown as escapes. */
  file: string;
  line: number;
  message: string;
}

/** In file and line order; the messages already quote the file's values escaped. */
export function followUpProblemRows(problems: readonly FollowUpProblem[]): FollowUpProblemRow[] {
  return [...problems]
    .sort((a, b) => compare(a.file, b.file) || a.line - b.line)
    .map((p) => ({ file: escapeControls(p.file), line: p.line, message: p.message }));
}
