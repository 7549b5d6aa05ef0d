// What the parser tells publishers about a document: every repair it made and
// every problem it found. The dataset step adds the file and plan. A note's
// severity is its kind's (src/model/anomaly-kinds.ts) unless the call says
// otherwise, so one kind reads the same wherever it is noted.
import { ANOMALY_KINDS, type AnomalyKind } from './anomaly-kinds.ts';
import type { Anomaly } from './schema.ts';

export type Note = Omit<Anomaly, 'file' | 'plan'>;
type Severity = Note['severity'];

/** The kinds whose usual severity is this one: `readError` takes only error kinds, so its notes are errors. */
export type KindOf<S extends Severity> = {
  [K in AnomalyKind]: (typeof ANOMALY_KINDS)[K]['severity'] extends S ? K : never;
}[AnomalyKind];

/**
 * A note of this kind on this line. The severity, last, only where it differs from the kind's. A message that is
 * a severity word does not type-check: the order before the severity moved last was (line, kind, severity, message).
 */
export function note<M extends string>(
  line: number,
  kind: Note['kind'],
  message: M & (M extends Severity ? never : unknown),
  text: string | null = null,
  item: string | null = null,
  where: string | null = null,
  severity: Severity = ANOMALY_KINDS[kind].severity,
): Note {
  return { line, where, item, kind, severity, message, text };
}
