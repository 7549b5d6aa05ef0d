// What the home page shows: the archive's counts, the plans whose reports came
// out last, every prison, and a few themes.
import type { Item, Plan } from '../../model/schema.ts';
import type { SiteData } from '../data.ts';
import { counted, plural } from '../format.ts';
import { ITEMS } from '../../model/item-kind.ts';
import { themeItemCount } from './theme.ts';

/** The `n` plans with the latest report dates, newest first; a plan without one last; ties in the given order. */
export const latestPlans = (plans: Plan[], n: number): Plan[] =>
  [...plans].sort((a, b) => (b.reportPublished ?? '').localeCompare(a.reportPublished ?? '')).slice(0, n);

export interface HomePage {
  /** "5 plans from 4 prisons, with 179 recommendations and concerns." without the full stop. */
  counts: string;
  latest: Plan[];
  /** Every prison with how many plans and items it has. */
  prisons: { name: string; url: string; plans: number; items: number }[];
  /** How many themes there are, and the first few with their item counts. */
  themeCount: number;
  themes: { name: string; url: string; items: string }[];
  items: Item[];
}

/** Everything the home page shows. */
export function homePage(data: SiteData): HomePage {
  const items = data.plans.flatMap((p) => p.items);
  return {
    counts: `${plural(data.plans.length, 'plan')} from ${plural(data.establishments.length, 'prison')}, with ${counted(items.length, ITEMS)}`,
    latest: latestPlans(data.plans, 5),
    prisons: data.establishments.map((e) => ({
      name: e.name,
      url: e.url,
      plans: e.planIds.length,
      items: e.planIds.reduce((n, id) => n + data.planById.get(id)!.items.length, 0),
    })),
    themeCount: data.themes.length,
    themes: data.themes
      .slice(0, 6)
      .map((t) => ({ name: t.name, url: t.url, items: plural(themeItemCount(t), 'item') })),
    items,
  };
}
