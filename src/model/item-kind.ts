// What kind of item a plan answers, in words: one place for the names every
// page, feed and search filter uses.
import type { Item, ItemKind, Plan } from './schema.ts';

export type ItemKindName = 'Recommendation' | 'Priority concern' | 'Key concern' | 'Concern';

const NAMES: Record<ItemKind, ItemKindName> = {
  recommendation: 'Recommendation',
  'priority-concern': 'Priority concern',
  'key-concern': 'Key concern',
  concern: 'Concern',
};

/** The kind of an item in words, as the dataset gives it. */
export const itemKind = (item: Pick<Item, 'kind'>): ItemKindName => NAMES[item.kind];

/** "Recommendation 5.3" or "Priority concern 3". */
export const itemName = (item: Pick<Item, 'id' | 'kind'>) => `${itemKind(item)} ${item.id}`;

/** What a plan answers, as a count's noun: "12 recommendations", "1 priority or key concern". */
export const ANSWERS: Record<Plan['kind'], { one: string; many: string }> = {
  recommendations: { one: 'recommendation', many: 'recommendations' },
  concerns: { one: 'priority or key concern', many: 'priority and key concerns' },
};

/** What the items of plans of either kind are, as a count's noun. */
export const ITEMS = { one: 'recommendation or concern', many: 'recommendations and concerns' };
