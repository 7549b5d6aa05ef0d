// Everything a prison's page shows, worked out once: its plans, its charts and
// what recurs between its inspections.
import { FEEDS, PAGES } from '../../dataset/urls.ts';
import type { Establishment, Plan } from '../../model/schema.ts';
import { actionsByDueMonth, statusRow, type StatusRow } from '../charts.ts';
import type { SiteData } from '../data.ts';
import { plural } from '../format.ts';
import { itemName } from '../../model/item-kind.ts';
import { recurringItems } from './establishment.ts';

/** An item named and linked: "2024: Priority concern 2". */
export interface NamedItem {
  url: string;
  name: string;
  year: number;
  text: string;
}

export interface EstablishmentPage {
  establishment: Establishment;
  /** Oldest first. */
  plans: Plan[];
  description: string;
  crumbs: { label: string; path: string }[];
  feeds: { title: string; path: string }[];
  /** Status of each recommendations plan's items, by inspection year; none where every plan answers concerns. */
  statusRows: StatusRow[];
  dueRows: ReturnType<typeof actionsByDueMonth>;
  /** Items of a later plan on a subject an earlier plan here also answered, each with the earlier items. */
  recurring: (NamedItem & { before: NamedItem[] })[];
}

const named = (x: { item: Plan['items'][number]; plan: Plan }): NamedItem => ({
  url: x.item.url,
  name: itemName(x.item),
  year: x.plan.year,
  text: x.item.text,
});

/** The page of the establishment `id`. */
export function establishmentPage(data: SiteData, id: string): EstablishmentPage {
  const e = data.establishmentById.get(id)!;
  const plans = e.planIds.map((p) => data.planById.get(p)!);
  return {
    establishment: e,
    plans,
    description: `${e.name}: ${plural(plans.length, 'inspection')} and the action plans that answered them.`,
    crumbs: [{ label: 'Prisons', path: PAGES.prisons }],
    feeds: [{ title: `Plans for ${e.name}`, path: FEEDS.establishment(e.id) }],
    statusRows: plans.filter((p) => p.kind === 'recommendations').map((p) => statusRow(String(p.year), p.items)),
    dueRows: actionsByDueMonth(plans.flatMap((p) => p.items)),
    recurring: recurringItems(plans, data.itemByKey).map((r) => ({ ...named(r), before: r.before.map(named) })),
  };
}
