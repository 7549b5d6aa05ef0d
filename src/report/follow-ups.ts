// The follow-up files' problems as terminal lines: file:line: error: message,
// with the folder's path, so that an editor or terminal opens the file there.
import { terminalLine } from './terminal.ts';
import type { FollowUpProblem } from '../follow-ups/validate.ts';

/** File names can hold anything: each line as a terminal line (terminal.ts), never obeyed by the terminal. */
export function followUpLines(problems: FollowUpProblem[], dir: string): string[] {
  return problems.map((p) => terminalLine(`${dir.replace(/\/$/, '')}/${p.file}:${p.line}: error: ${p.message}`));
}

/** Line numbers shown per file in the build's closing lines; the rest are counted (ingest and the data quality page list all). */
const LINES_SHOWN = 10;

/**
 * The build's closing lines on the follow-ups: how many rows (or whole files) were left out, and where to look,
 * each file with the lines concerned. Empty when every row was read.
 */
export function followUpClosingLines(problems: FollowUpProblem[], dir: string): string[] {
  if (!problems.length) return [];
  const byFile = new Map<string, number[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p.line]);
  const folder = dir.replace(/\/$/, '');
  return [
    `build: ${problems.length} follow-up row(s) or file(s) left out; the site was built without them. The ingest lines above say why, and the data quality page lists them:`,
    ...[...byFile].map(([file, lines]) => {
      const shown = lines.slice(0, LINES_SHOWN).join(', ');
      const more = lines.length > LINES_SHOWN ? ` and ${lines.length - LINES_SHOWN} more` : '';
      return `  left out: ${folder}/${file}, line${lines.length > 1 ? 's' : ''} ${shown}${more}`;
    }),
  ];
}
