// The notes of an ingest as lines for a terminal: every error, and of each
// kind of warning and of each repair that changes what is published (other
// repairs with --verbose) in a document the first few, then a count, so that a
// damaged document of 20,000 rows stays readable.
import type { Anomaly } from '../model/schema.ts';
import { consolePlace } from '../dataset/place.ts';
import { terminalLine } from './terminal.ts';
import { PUBLISHED_REPAIRS } from '../model/anomaly-kinds.ts';

export interface NotesOptions {
  /** The folder the documents were read from, to print paths a terminal can open. */
  source: string;
  /** List every note, repairs included. */
  verbose: boolean;
  /** Notes of one kind shown per document before the rest are counted. */
  perKind?: number;
}

const where = (source: string, file: string) => `${source.replace(/\/$/, '')}/${file}`;

/** A note as one terminal line: file names and quoted words can hold anything (terminal.ts). */
export function noteLine(a: Anomaly, source: string): string {
  return terminalLine(
    `${consolePlace(source.replace(/\/$/, ''), a)} ${a.severity}: ${a.item ? `item ${a.item}: ` : ''}${a.message}`,
  );
}

const thousands = (n: number) => n.toLocaleString('en-GB');

export function notesReport(anomalies: Anomaly[], { source, verbose, perKind = 3 }: NotesOptions): string[] {
  const shown = anomalies.filter((a) => verbose || a.severity !== 'repair' || PUBLISHED_REPAIRS.has(a.kind));
  if (verbose) return shown.map((a) => noteLine(a, source));
  const key = (a: Anomaly) => `${a.file}\u0000${a.severity}\u0000${a.kind}`;
  const total = new Map<string, number>();
  for (const a of shown) total.set(key(a), (total.get(key(a)) ?? 0) + 1);
  const lines: string[] = [];
  const seen = new Map<string, number>();
  for (const a of shown) {
    const k = key(a);
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    // A document that could not be used has one error, always listed; errors on items (a status not
    // recognised) can be thousands in one document, so they are counted like the rest.
    if (n <= perKind) lines.push(noteLine(a, source));
    if (n === perKind && total.get(k)! > perKind) {
      lines.push(
        terminalLine(
          `  … and ${thousands(total.get(k)! - perKind)} more like this (${a.kind}) in ${a.file}; --verbose lists all`,
        ),
      );
    }
  }
  return lines;
}

/** One closing line per document that could not be used (an error, and no plan read from it): its name and why. */
export function failedDocumentLines(anomalies: Anomaly[], source: string): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const a of anomalies) {
    if (a.severity !== 'error' || a.plan !== null || seen.has(a.file)) continue;
    seen.add(a.file);
    lines.push(terminalLine(`not published: ${where(source, a.file)}: ${a.message}`));
  }
  return lines;
}
