// What a plan page shows: its items under their headings, its status counts
// once (beside the plan's own printed summary where that differs), and how
// many of its items later inspections raised again.
import type { Item, Plan, Status, Summary } from '../../model/schema.ts';
import { ANSWERS } from '../../model/item-kind.ts';
import { countLabel, shownStatuses, statusCounts } from '../status.ts';

/** The headings an item stands under, as one ("Main recommendations – Managing behaviour"), or null where it has none. */
export const itemHeading = (item: Pick<Item, 'group' | 'section'>): string | null =>
  [item.group, item.section].filter(Boolean).join(' – ') || null;

/** Items grouped under their headings, in document order; a heading met again later starts a new group. */
export function itemGroups(items: Item[]): { heading: string; items: Item[] }[] {
  const groups: { heading: string; items: Item[] }[] = [];
  for (const item of items) {
    const heading = itemHeading(item) ?? 'Items';
    if (groups.at(-1)?.heading !== heading) groups.push({ heading, items: [] });
    groups.at(-1)!.items.push(item);
  }
  return groups;
}

export interface StatusTable {
  /** One row per status; "not recognised" only where an item has it, labelled with the statuses as printed; concerns (no status) apart. */
  rows: { status: Status | null; label: string; count: number; printed: number | null }[];
  total: number;
  printedTotal: number | null;
  /** Whether the plan prints a summary table of its own, and whether it says the same. */
  printed: 'none' | 'same' | 'different';
}

/** The status counts of the items, with the plan's own summary only where it says something different. */
export function statusTable(items: Pick<Item, 'status' | 'statusAsWritten'>[], summary: Summary | null): StatusTable {
  const counts = statusCounts(items);
  const printedOf: Record<Status, number | null> = summary
    ? {
        agreed: summary.agreed,
        partly_agreed: summary.partlyAgreed,
        not_agreed: summary.notAgreed,
        not_recognised: null,
      }
    : { agreed: null, partly_agreed: null, not_agreed: null, not_recognised: null };
  const total = items.length;
  const printedTotal = summary ? summary.total : null;
  const shown = shownStatuses(counts);
  const same =
    !!summary &&
    shown.every((s) => s === 'not_recognised' || printedOf[s] === counts[s]) &&
    counts.not_recognised === 0 &&
    (printedTotal === null || printedTotal === total);
  // Concerns have no status: counted apart, so that the rows add up to the total.
  const concerns = items.filter((i) => i.status === null).length;
  return {
    rows: [
      ...shown.map((s) => ({ status: s, label: countLabel(s, items), count: counts[s], printed: printedOf[s] })),
      ...(concerns ? [{ status: null, label: 'Concerns (no status)', count: concerns, printed: null }] : []),
    ],
    total,
    printedTotal,
    printed: !summary ? 'none' : same ? 'same' : 'different',
  };
}

/** For each later inspection, how many of the plan's items it raised again. */
export function raisedAgainCounts(
  plan: Pick<Plan, 'items'>,
  planOf: (itemKey: string) => Plan | undefined,
): { plan: Plan; count: number }[] {
  const counts = new Map<string, { plan: Plan; count: number }>();
  for (const item of plan.items) {
    const later = new Set<string>();
    for (const link of item.raisedAgain) {
      const p = planOf(link.key);
      if (!p || later.has(p.id)) continue;
      later.add(p.id);
      const entry = counts.get(p.id);
      if (entry) entry.count++;
      else counts.set(p.id, { plan: p, count: 1 });
    }
  }
  return [...counts.values()].sort((a, b) => a.plan.year - b.plan.year || (a.plan.id < b.plan.id ? -1 : 1));
}

/** The years of the later inspections that raised an item again: "2024", "2021 and 2024". */
export function raisedAgainYears(
  item: Pick<Item, 'raisedAgain'>,
  planOf: (itemKey: string) => Plan | undefined,
): number[] {
  return [
    ...new Set(item.raisedAgain.map((l) => planOf(l.key)?.year).filter((y): y is number => y !== undefined)),
  ].sort((a, b) => a - b);
}

/** "9 of these recommendations were raised again at the" (the inspection follows, as a link); the total is said elsewhere. */
export function raisedAgainLead(count: number, total: number, kind: Plan['kind']): string {
  const { one, many } = ANSWERS[kind];
  if (count === total)
    return total === 1 ? `This ${one} was raised again at the` : `All of these ${many} were raised again at the`;
  return `${count} of these ${many} ${count === 1 ? 'was' : 'were'} raised again at the`;
}
