// What kind of item a plan answers, in words: one place for the names every
// page, feed and search filter uses.
import type { Item, Plan } from '../model/schema.ts';

export type ItemKind = 'Recommendation' | 'Priority concern' | 'Key concern' | 'Concern';

/** The kind of an item, from its plan's kind and the heading it sits under ("Priority concerns"). */
export function itemKind(item: Pick<Item, 'group'>, kind: Plan['kind']): ItemKind {
  if (kind === 'recommendations') return 'Recommendation';
  const g = item.group ?? '';
  return /^priority/i.test(g) ? 'Priority concern' : /^key/i.test(g) ? 'Key concern' : 'Concern';
}

/** "Recommendation 5.3" or "Priority concern 3". */
export const itemName = (item: Pick<Item, 'id' | 'group'>, kind: Plan['kind']) => `${itemKind(item, kind)} ${item.id}`;

/** What a plan answers, as a count's noun: "12 recommendations", "1 priority or key concern". */
export const ANSWERS: Record<Plan['kind'], { one: string; many: string }> = {
  recommendations: { one: 'recommendation', many: 'recommendations' },
  concerns: { one: 'priority or key concern', many: 'priority and key concerns' },
};

/** What the items of plans of either kind are, as a count's noun. */
export const ITEMS = { one: 'recommendation or concern', many: 'recommendations and concerns' };
