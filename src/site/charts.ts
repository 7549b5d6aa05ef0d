// Counts for the charts, from the dataset.
import type { Item, Plan, Status } from '../model/schema.ts';
import { formatDate } from './format.ts';
import { ownerTypes } from './facets.ts';
import { statusCounts } from './status.ts';

/** Actions by the month they are due; states (completed, ongoing) and no date counted apart. */
export function actionsByDueMonth(items: Item[]): { label: string; value: number }[] {
  const months = new Map<string, number>();
  let done = 0;
  let ongoing = 0;
  let none = 0;
  for (const a of items.flatMap((i) => i.actions)) {
    if (a.due && /^\d{4}-\d{2}/.test(a.due)) months.set(a.due.slice(0, 7), (months.get(a.due.slice(0, 7)) ?? 0) + 1);
    else if (a.due === 'completed') done++;
    else if (a.due === 'ongoing' || a.due === 'completed-and-ongoing') ongoing++;
    else none++;
  }
  return [
    ...[...months].sort(([a], [b]) => (a < b ? -1 : 1)).map(([m, value]) => ({ label: formatDate(m), value })),
    ...(done ? [{ label: 'Completed', value: done }] : []),
    ...(ongoing ? [{ label: 'Ongoing', value: ongoing }] : []),
    ...(none ? [{ label: 'No date', value: none }] : []),
  ];
}

export function actionsByOwnerType(items: Item[]): { label: string; value: number }[] {
  const counts = new Map<string, number>();
  for (const i of items)
    for (const a of i.actions) for (const t of ownerTypes({ actions: [a] })) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([label, value]) => ({ label, value }));
}

export interface StatusRow {
  label: string;
  counts: Record<Status, number>;
  /** Statuses as printed that could not be read, so the chart can show them as written. */
  unread: string[];
  /** Items without a status (concerns, since 2022), where the row counts them too. */
  concerns?: number;
}

export const statusRow = (label: string, items: Item[]): StatusRow => ({
  label,
  counts: statusCounts(items),
  unread: items.filter((i) => i.status === 'not_recognised').map((i) => i.statusAsWritten ?? ''),
});

export const recommendationsOf = (plans: Plan[]) =>
  plans.filter((p) => p.kind === 'recommendations').flatMap((p) => p.items);

// Charts are laid out in HTML, so their text wraps and keeps its size at any
// width; the stylesheet has a class for each whole percentage (w-0 … w-100).

/** Each value as a whole percentage of the largest; a value above 0 is at least 1. */
export function barWidths(values: number[]): number[] {
  const top = Math.max(0, ...values);
  return values.map((v) => (top === 0 || v === 0 ? 0 : Math.max(1, Math.round((100 * v) / top))));
}

/** Parts of a whole as whole percentages that add up to exactly 100 (largest remainder); all 0 for an empty whole. */
export function stackWidths(parts: number[]): number[] {
  const total = parts.reduce((a, b) => a + b, 0);
  if (total === 0) return parts.map(() => 0);
  const exact = parts.map((p) => (100 * p) / total);
  const out = exact.map(Math.floor);
  let left = 100 - out.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    out[i]!++;
    left--;
  }
  return out;
}

/** A grid cell's shade, 0 (none) to 8 (the largest value); text on shades 7 and 8 is white. */
export function shadeOf(value: number, top: number): number {
  return value <= 0 || top <= 0 ? 0 : 1 + Math.round((7 * value) / top);
}
