// What a theme page shows: its items on this page grouped by prison, then by
// inspection, so neither is repeated on every row. A group cut by the page
// break says it continues.
import type { Item, Plan } from '../../model/schema.ts';

export interface ThemePlanGroup {
  plan: Plan;
  items: Item[];
  /** The page starts in the middle of this plan's items. */
  continued: boolean;
}

export interface ThemePrisonGroup {
  id: string;
  name: string;
  plans: ThemePlanGroup[];
  continued: boolean;
}

/** `before` is the row just before this page (on the previous page), if any. */
export function themeGroups(
  rows: { item: Item; plan: Plan }[],
  before?: { item: Item; plan: Plan },
): ThemePrisonGroup[] {
  const groups: ThemePrisonGroup[] = [];
  rows.forEach(({ item, plan }, n) => {
    let prison = groups.at(-1);
    if (prison?.id !== plan.establishmentId) {
      const continued = n === 0 && before?.plan.establishmentId === plan.establishmentId;
      prison = { id: plan.establishmentId, name: plan.establishmentName, plans: [], continued };
      groups.push(prison);
    }
    const last = prison.plans.at(-1);
    if (last?.plan.id === plan.id) last.items.push(item);
    else prison.plans.push({ plan, items: [item], continued: n === 0 && before?.plan.id === plan.id });
  });
  return groups;
}
