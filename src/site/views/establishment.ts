// What a prison's page shows of what recurs: each item of a later plan linked
// to the items of this prison's earlier plans on the same subject.
import type { Item, Plan } from '../../model/schema.ts';

type Row = { item: Item; plan: Plan };

export interface Recurring extends Row {
  /** The earlier items, in the order of the item's links. */
  before: Row[];
}

/** `plans` are the prison's, oldest first. */
export function recurringItems(plans: Plan[], itemByKey: ReadonlyMap<string, Row>): Recurring[] {
  return plans.flatMap((plan) =>
    plan.items
      .filter((item) => item.raisedBefore.length)
      .map((item) => ({ plan, item, before: item.raisedBefore.map((l) => itemByKey.get(l.key)!) })),
  );
}
