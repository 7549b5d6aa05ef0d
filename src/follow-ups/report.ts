// The follow-up files' problems as terminal lines: file:line: error: message,
// with the folder's path, so that an editor or terminal opens the file there.
import type { FollowUpProblem } from './validate.ts';

export function followUpLines(problems: FollowUpProblem[], dir: string): string[] {
  return problems.map((p) => `${dir.replace(/\/$/, '')}/${p.file}:${p.line}: error: ${p.message}`);
}
