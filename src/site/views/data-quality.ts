// What the data quality page shows: the notes counted by severity, by kind
// (most frequent first) and by document, and the documents that could not be
// read, which have no plan page of their own to list their notes.
import type { Anomaly, Plan } from '../../model/schema.ts';

export interface DocumentNotes {
  file: string;
  notes: Anomaly[];
  /** The plan read from it; none for a document that could not be read. */
  plan: Plan | undefined;
  repairs: number;
  warnings: number;
  errors: number;
}

export interface QualityView {
  counts: Record<Anomaly['severity'], number>;
  /** Each kind with its severity and how many notes: most notes first, then by code. */
  kinds: { kind: Anomaly['kind']; severity: Anomaly['severity']; count: number }[];
  /** In the order of `anomaliesByFile`. */
  documents: DocumentNotes[];
  unread: DocumentNotes[];
}

const bySeverity = (notes: Anomaly[], severity: Anomaly['severity']) =>
  notes.filter((a) => a.severity === severity).length;

export function qualityView(
  anomalies: Anomaly[],
  anomaliesByFile: ReadonlyMap<string, Anomaly[]>,
  plans: Plan[],
): QualityView {
  const planBySource = new Map(plans.map((p) => [p.source, p]));
  const documents = [...anomaliesByFile].map(([file, notes]) => ({
    file,
    notes,
    plan: planBySource.get(file),
    repairs: bySeverity(notes, 'repair'),
    warnings: bySeverity(notes, 'warning'),
    errors: bySeverity(notes, 'error'),
  }));
  const kinds = new Map<Anomaly['kind'], { severity: Anomaly['severity']; count: number }>();
  for (const a of anomalies) {
    const k = kinds.get(a.kind);
    if (k) k.count++;
    else kinds.set(a.kind, { severity: a.severity, count: 1 });
  }
  return {
    counts: {
      repair: bySeverity(anomalies, 'repair'),
      warning: bySeverity(anomalies, 'warning'),
      error: bySeverity(anomalies, 'error'),
    },
    kinds: [...kinds]
      .sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))
      .map(([kind, k]) => ({ kind, ...k })),
    documents,
    unread: documents.filter((d) => !d.plan),
  };
}
