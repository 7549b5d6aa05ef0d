// What a plan page tells beside its items: its dates as printed where they
// were not understood (never "not printed" for a date that is printed), the
// plan's own notes and sign-off, and, for the publisher, the repairs that
// changed what the page publishes.
import { PUBLISHED_REPAIRS } from '../../model/anomaly-kinds.ts';
import type { Anomaly, Plan } from '../../model/schema.ts';
import { formatDate, inspectionDates } from '../format.ts';

type Dated = Pick<
  Plan,
  'inspectionStart' | 'inspectionEnd' | 'inspectionParts' | 'reportPublished' | 'planSubmitted' | 'datesAsWritten'
>;

/** A date printed but not understood: the words as printed, marked. */
const asPrinted = (printed: string) => `“${printed}” (as printed; not understood as a date)`;

/** The plan's three dates as a reader should see them. */
export function planDates(plan: Dated): { inspected: string; reportPublished: string; planSubmitted: string } {
  const printed = plan.datesAsWritten;
  const inspected = plan.inspectionStart
    ? plan.inspectionParts.length > 1
      ? `${plan.inspectionParts.map((p) => inspectionDates(p.start, p.end)).join(' and ')} (in ${plan.inspectionParts.length} parts)`
      : inspectionDates(plan.inspectionStart, plan.inspectionEnd)
    : printed.inspection
      ? asPrinted(printed.inspection)
      : 'not printed';
  const one = (iso: string | null, text: string | null) =>
    iso ? formatDate(iso) : text ? asPrinted(text) : 'not printed';
  return {
    inspected,
    reportPublished: one(plan.reportPublished, printed.reportPublished),
    planSubmitted: one(plan.planSubmitted, printed.planSubmitted),
  };
}

/** The notes that changed what the plan page publishes (an owner shared or split, a target read apart, a number inferred). */
export function publishedRepairs(anomalies: Anomaly[]): Anomaly[] {
  return anomalies.filter((a) => a.severity === 'repair' && PUBLISHED_REPAIRS.has(a.kind));
}
