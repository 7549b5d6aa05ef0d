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

/** Words that turn the status after them round: "not accepted", "cannot be agreed", "wasn't agreed". */
const NEGATORS = new Set(['not', 'never', 'non', 'cannot', 't', 'no']);
/** Words that may stand between a negator and the status: "cannot be agreed", "not yet accepted". */
const BETWEEN = new Set(['be', 'been', 'being', 'was', 'were', 'is', 'are', 'yet', 'fully']);
/**
 * Verbs of refusal (WordNet's sense of "reject": refuse, turn down, decline),
 * read as the status the site files refusals under only beside a word for what
 * was refused ("recommendations turned down"): "prisoners refused medication"
 * is not about a status.
 */
const REFUSALS = [['turned', 'down'], ['turn', 'down'], ['turns', 'down'], ['refused'], ['declined'], ['disagreed']];
const REFUSED_THINGS = /^(recommendations?|concerns?|priorit(y|ies)|responses?|actions?)$/;

const negated = (typed: string[], at: number) => {
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    if (NEGATORS.has(typed[k]!)) return true;
    if (!BETWEEN.has(typed[k]!)) return false;
  }
  return false;
};

/**
 * The longest printed status whose words stand together in the query, with the
 * query's other words; null if the query names none. Case does not matter. A
 * status after "not" or "cannot be" is the status whose label says "not"; a
 * verb of refusal beside "recommendations" or "concerns" is that status too.
 */
export function statusInQuery(q: string, statuses: PrintedStatus[]): StatusQuery | null {
  const typed = words(q);
  // The status the site files refusals under: the one label that begins with "not".
  const refusal = statuses.find(([, label]) => words(label)[0] === 'not')?.[1];
  let best: (StatusQuery & { length: number; at: number }) | null = null;
  for (const [printed, label] of statuses) {
    const w = words(printed);
    if (!w.length || (best && w.length <= best.length)) continue;
    for (let i = 0; i + w.length <= typed.length; i++) {
      if (!w.every((x, k) => typed[i + k] === x)) continue;
      best = { printed, label, rest: '', length: w.length, at: i };
      break;
    }
  }
  let from = best?.at ?? -1;
  let length = best?.length ?? 0;
  let named = best && { printed: best.printed, label: best.label };
  if (best && refusal && best.label !== refusal && negated(typed, best.at)) {
    // The negator goes with the status: "cannot be agreed" is all of it.
    while (from > 0 && (NEGATORS.has(typed[from - 1]!) || BETWEEN.has(typed[from - 1]!)))
      [from, length] = [from - 1, length + 1];
    named = { printed: refusal, label: refusal };
  }
  if (!named && refusal && typed.some((t) => REFUSED_THINGS.test(t))) {
    for (const r of REFUSALS) {
      const i = typed.findIndex((_, k) => r.every((x, n) => typed[k + n] === x));
      if (i < 0) continue;
      [from, length, named] = [i, r.length, { printed: refusal, label: refusal }];
      break;
    }
  }
  if (!named) return null;
  return { ...named, rest: [...typed.slice(0, from), ...typed.slice(from + length)].join(' ') };
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
