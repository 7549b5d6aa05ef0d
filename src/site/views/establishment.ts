// What a prison's page shows of what recurs: each item of a later plan linked
// to the items of this prison's earlier plans on the same subject.
import type { Plan } from '../../model/schema.ts';
import type { ItemInPlan } from '../item-in-plan.ts';

export interface Recurring extends ItemInPlan {
  /** The earlier items, in the order of the item's links. */
  before: ItemInPlan[];
}

/** `plans` are the prison's, oldest first. */
export function recurringItems(plans: Plan[], itemByKey: ReadonlyMap<string, ItemInPlan>): Recurring[] {
  return plans.flatMap((plan) =>
    plan.items
      .filter((item) => item.raisedBefore.length)
      .map((item) => ({ plan, item, before: item.raisedBefore.map((l) => itemByKey.get(l.key)!) })),
  );
}
