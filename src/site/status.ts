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
    definition: 'The recommendation is not agreed and will not be implemented. This might be because of commissioning, policy, operational or affordability reasons.',
  },
};

export const STATUSES = Object.keys(STATUS) as Status[];

export function statusCounts(items: Pick<Item, 'status'>[]): Record<Status, number> {
  const counts: Record<Status, number> = { agreed: 0, partly_agreed: 0, not_agreed: 0 };
  for (const i of items) if (i.status) counts[i.status]++;
  return counts;
}

/** "Recommendation 5.3" or "Priority concern 3". */
export function itemName(item: Pick<Item, 'id' | 'group'>, kind: 'recommendations' | 'concerns'): string {
  if (kind === 'recommendations') return `Recommendation ${item.id}`;
  const g = (item.group ?? '').toLowerCase();
  return `${g.startsWith('priority') ? 'Priority concern' : g.startsWith('key') ? 'Key concern' : 'Concern'} ${item.id}`;
}
