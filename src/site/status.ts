// What each status means, in the words the plans themselves use to define them.
import type { Item, Status } from '../model/schema.ts';

export const STATUS: Record<Status, { label: string; symbol: string; definition: string }> = {
  agreed: {
    label: 'Agreed',
    symbol: '✓',
    definition: 'All of the recommendation is agreed with, can be achieved and is affordable.',
  },
  partly_agreed: {
    label: 'Partly agreed',
    symbol: '◐',
    definition:
      'Only part of the recommendation is agreed with, is achievable, affordable and will be implemented. This might be because we cannot implement the whole recommendation because of commissioning, policy, operational or affordability reasons.',
  },
  not_agreed: {
    label: 'Not agreed',
    symbol: '✗',
    definition:
      'The recommendation is not agreed and will not be implemented. This might be because of commissioning, policy, operational or affordability reasons.',
  },
  not_recognised: {
    label: 'Not recognised',
    symbol: '?',
    definition:
      'The plan prints a status that is not one of the above (or none), so it is shown exactly as printed. The publisher has been told.',
  },
};

export const STATUSES = Object.keys(STATUS) as Status[];

export function statusCounts(items: Pick<Item, 'status'>[]): Record<Status, number> {
  const counts: Record<Status, number> = { agreed: 0, partly_agreed: 0, not_agreed: 0, not_recognised: 0 };
  for (const i of items) if (i.status) counts[i.status]++;
  return counts;
}

/** The statuses to show for these counts: "not recognised" only where some item has it. */
export function shownStatuses(...counts: Record<Status, number>[]): Status[] {
  return STATUSES.filter((s) => s !== 'not_recognised' || counts.some((c) => c[s] > 0));
}

/** A status in words, an unreadable one as printed: "Agreed", "Not recognised: “Agred”", "No status (concern)". */
export function statusText(item: Pick<Item, 'status' | 'statusAsWritten'>): string {
  if (!item.status) return 'No status (concern)';
  if (item.status !== 'not_recognised') return STATUS[item.status].label;
  return item.statusAsWritten ? `Not recognised: “${item.statusAsWritten}”` : 'Not recognised: no status printed';
}

/** The label of a row of status counts; for "not recognised", with the statuses as printed. */
export function countLabel(status: Status, items: Pick<Item, 'status' | 'statusAsWritten'>[]): string {
  if (status !== 'not_recognised') return STATUS[status].label;
  const unread = items.filter((i) => i.status === status);
  const written = [...new Set(unread.flatMap((i) => (i.statusAsWritten ? [`“${i.statusAsWritten}”`] : [])))].sort();
  const parts = [
    ...(written.length ? [`printed ${written.join(', ')}`] : []),
    ...(unread.some((i) => !i.statusAsWritten) ? ['no status printed'] : []),
  ];
  return parts.length ? `Not recognised (${parts.join('; ')})` : STATUS[status].label;
}
