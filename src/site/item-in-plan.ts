// An item with the plan it is in: how pages and views hold items that span plans.
// A leaf of its own, so that the views and the loaded dataset (data.ts) both use it without importing each other.
import type { Item, Plan } from '../model/schema.ts';

export interface ItemInPlan {
  item: Item;
  plan: Plan;
}
