// What the parser tells publishers about a document: every repair it made and
// every problem it found. The dataset step adds the file and plan.
import type { Anomaly } from './schema.ts';

export type Note = Omit<Anomaly, 'file' | 'plan'>;

export function note(
  line: number,
  kind: Note['kind'],
  severity: Note['severity'],
  message: string,
  text: string | null = null,
  item: string | null = null,
  where: string | null = null,
): Note {
  return { line, where, item, kind, severity, message, text };
}
