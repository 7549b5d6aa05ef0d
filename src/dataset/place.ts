// Where a note stands in its file, in the words of the file's format, for
// publishers: "line 12" in a text file, "page 3" in a PDF, "table 2, row 5"
// in a Word document. Null for a note on the whole file.
import type { Anomaly } from '../model/schema.ts';
import { formatPlace, readPlace } from '../model/text-format.ts';

export function placeOf(a: Pick<Anomaly, 'line' | 'where'>): string | null {
  return a.where ?? (a.line > 0 ? formatPlace({ kind: 'line', line: a.line }) : null);
}

/** The place with a capital letter, or "Whole file". */
export function placeLabel(a: Pick<Anomaly, 'line' | 'where'>): string {
  const p = placeOf(a);
  return p ? p[0]!.toUpperCase() + p.slice(1) : 'Whole file';
}

/**
 * The start of a console message: "folder/file.txt:12:" for a text file (as
 * editors and terminals link it), "folder/file.pdf (page 3):" for the others.
 */
export function consolePlace(folder: string, a: Pick<Anomaly, 'file' | 'line' | 'where'>): string {
  if (a.where && readPlace(a.where).kind !== 'line') return `${folder}/${a.file} (${a.where}):`;
  // A note on the whole of a Word or PDF file has no line to name.
  if (!a.where && !a.line && /\.(?:docx|odt|pdf)$/i.test(a.file)) return `${folder}/${a.file}:`;
  return `${folder}/${a.file}:${a.line || 1}:`;
}
