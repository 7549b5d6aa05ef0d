// What a theme page shows: the theme's items cut into pages of a hundred, each
// page's items grouped by prison, then by inspection, so neither is repeated on
// every row (a group cut by the page break says it continues), and on the
// first page an index of the prisons and the page that lists each.
import { themePageUrl } from '../../dataset/urls.ts';
import type { Establishment, Item, Plan, Theme } from '../../model/schema.ts';
import type { ItemInPlan } from '../item-in-plan.ts';

/**
 * How many items a theme has: those whose main theme it is. The one count of a
 * theme, wherever it is shown: the home page, the themes page, the theme's own
 * page, the search filter (which files an item under its main theme only) and
 * the data page's chart.
 */
export const themeItemCount = (theme: Pick<Theme, 'itemKeys'>): number => theme.itemKeys.length;

/** A theme gathers thousands of items across the archive; a page stays small. */
export const THEME_PAGE_SIZE = 100;

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

export interface ThemePrison {
  id: string;
  name: string;
  /** How many of the theme's items are at this prison. */
  count: number;
  /** The page that lists them (from 1), and its address with the prison's anchor. */
  onPage: number;
  path: string;
}

export interface ThemePage {
  /** From 1. */
  number: number;
  lastPage: number;
  /** What the address adds to the theme's own: nothing on the first page, "2" on the second. */
  segment: string | undefined;
  title: string;
  /** Positions of the page's first and last items among the theme's, from 1. */
  from: number;
  to: number;
  groups: ThemePrisonGroup[];
  /** Addresses of the pages before and after, where there are. */
  prev: string | null;
  next: string | null;
}

export interface ThemeListing {
  /** Every item of the theme: prisons in the site's order, each prison's plans oldest first. */
  rows: ItemInPlan[];
  prisons: ThemePrison[];
  pages: ThemePage[];
}

/** `before` is the row just before this page (on the previous page), if any. */
export function themeGroups(rows: ItemInPlan[], before?: ItemInPlan): ThemePrisonGroup[] {
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

/**
 * A theme's items in pages. `establishments` are in the site's order;
 * `theme.itemKeys` in the dataset's (each prison's plans oldest first).
 */
export function themeListing(
  theme: Pick<Theme, 'name' | 'url' | 'itemKeys'>,
  itemByKey: ReadonlyMap<string, ItemInPlan>,
  establishments: readonly Pick<Establishment, 'id'>[],
  pageSize = THEME_PAGE_SIZE,
): ThemeListing {
  const byEstablishment = new Map<string, ItemInPlan[]>();
  for (const key of theme.itemKeys) {
    const row = itemByKey.get(key)!;
    const list = byEstablishment.get(row.plan.establishmentId);
    if (list) list.push(row);
    else byEstablishment.set(row.plan.establishmentId, [row]);
  }
  const rows = establishments.flatMap((e) => byEstablishment.get(e.id) ?? []);
  const lastPage = Math.max(1, Math.ceil(rows.length / pageSize));
  const pageOf = (position: number) => Math.floor(position / pageSize) + 1;

  let position = 0;
  const prisons = establishments.flatMap((e) => {
    const list = byEstablishment.get(e.id);
    if (!list) return [];
    const onPage = pageOf(position);
    position += list.length;
    const name = list[0]!.plan.establishmentName;
    return [{ id: e.id, name, count: list.length, onPage, path: `${themePageUrl(theme.url, onPage)}#${e.id}` }];
  });

  const pages = Array.from({ length: lastPage }, (_, k): ThemePage => {
    const number = k + 1;
    const start = k * pageSize;
    const onThisPage = rows.slice(start, start + pageSize);
    return {
      number,
      lastPage,
      segment: number === 1 ? undefined : String(number),
      title: number === 1 ? theme.name : `${theme.name}: page ${number} of ${lastPage}`,
      from: start + 1,
      to: start + onThisPage.length,
      groups: themeGroups(onThisPage, rows[start - 1]),
      prev: number > 1 ? themePageUrl(theme.url, number - 1) : null,
      next: number < lastPage ? themePageUrl(theme.url, number + 1) : null,
    };
  });
  return { rows, prisons, pages };
}
