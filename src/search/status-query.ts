// Statuses as the plans print them ("Rejected", "Accepted subject to resources",
// "Partly agreed"): a query that names one is a search among the items with that
// status, those printed in the query's words first, then the others the site
// files under the same status ("Rejected" is "Not agreed"). Statuses are
// search filters, so this costs the index nothing.

/** A status as printed by some plan, and the status the site gives it (the filter's value). */
export type PrintedStatus = [printed: string, label: string];

export interface StatusQuery {
  printed: string;
  label: string;
  /** The query's other words, as typed. */
  rest: string;
}

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * The longest printed status whose words stand together in the query, with the
 * query's other words; null if the query names none. Case does not matter.
 */
export function statusInQuery(q: string, statuses: PrintedStatus[]): StatusQuery | null {
  const typed = words(q);
  let best: (StatusQuery & { length: number }) | null = null;
  for (const [printed, label] of statuses) {
    const w = words(printed);
    if (!w.length || (best && w.length <= best.length)) continue;
    for (let i = 0; i + w.length <= typed.length; i++) {
      if (!w.every((x, k) => typed[i + k] === x)) continue;
      best = { printed, label, rest: [...typed.slice(0, i), ...typed.slice(i + w.length)].join(' '), length: w.length };
      break;
    }
  }
  return best && { printed: best.printed, label: best.label, rest: best.rest };
}

/** The statuses of a set of items as printed, each once with its label, in a stable order. */
export function printedStatuses(items: { printed: string | null; label: string }[]): PrintedStatus[] {
  const out = new Map<string, string>();
  for (const { printed, label } of items) {
    out.set(label, label);
    if (printed) out.set(printed, label);
  }
  return [...out].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
