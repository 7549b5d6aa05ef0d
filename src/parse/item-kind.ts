// What an item is, read once from the plan's kind and the heading the item
// stands under; the dataset keeps it, so no later step reads the heading again.
import type { ItemKind, PlanKind } from '../model/schema.ts';

/** Every item of a recommendations plan is a recommendation; a concern is a priority or key concern by its heading. */
export function itemKindOf(group: string | null, planKind: PlanKind): ItemKind {
  if (planKind === 'recommendations') return 'recommendation';
  const g = group ?? '';
  return /^priority/i.test(g) ? 'priority-concern' : /^key/i.test(g) ? 'key-concern' : 'concern';
}
