// What the open data page shows at a glance: the themes against the prisons
// (or, for more prisons than a screen holds, against the inspection years),
// and the status of each theme's recommendations.
import type { Establishment, Plan, Theme } from '../../model/schema.ts';
import { statusRow, type StatusRow } from '../charts.ts';
import type { ItemInPlan } from '../item-in-plan.ts';
import { themeItemCount } from './theme.ts';

/**
 * A grid of themes by prison reads well for a few dozen prisons; for the whole
 * estate (120-odd) it would be wider than any screen, so it goes by year and
 * each theme's page lists its prisons.
 */
export const GRID_PRISONS_MAX = 30;

export interface ThemeGrid {
  title: string;
  rows: string[];
  columns: string[];
  /** `values[row][column]`: how many of the theme's items are at the prison, or from the year. */
  values: number[][];
}

const itemsOf = (theme: Pick<Theme, 'itemKeys'>, itemByKey: ReadonlyMap<string, ItemInPlan>) =>
  theme.itemKeys.map((k) => itemByKey.get(k)!);

/** `themes` and `establishments` in the site's order; a column for each year any plan is from. */
export function themeGrid(
  themes: Pick<Theme, 'name' | 'itemKeys'>[],
  establishments: Pick<Establishment, 'id' | 'name'>[],
  plans: Pick<Plan, 'year'>[],
  itemByKey: ReadonlyMap<string, ItemInPlan>,
): ThemeGrid {
  const byPrison = establishments.length <= GRID_PRISONS_MAX;
  const rowsOfItems = themes.map((t) => itemsOf(t, itemByKey));
  const years = [...new Set(plans.map((p) => p.year))].sort((a, b) => a - b);
  const keys: (string | number)[] = byPrison ? establishments.map((e) => e.id) : years;
  const values = rowsOfItems.map((items) => {
    const counts = new Map<string | number, number>();
    for (const { plan } of items) {
      const key = byPrison ? plan.establishmentId : plan.year;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return keys.map((k) => counts.get(k) ?? 0);
  });
  return {
    title: byPrison ? 'Items by theme and prison' : 'Items by theme and inspection year',
    rows: themes.map((t) => t.name),
    columns: byPrison ? establishments.map((e) => e.name.replace(/^HMP (?:& YOI )?/, '')) : years.map(String),
    values,
  };
}

/**
 * Each theme's items by status, concerns (which have none) apart: a row's total
 * is the theme's count everywhere else (themeItemCount). Themes without items left out.
 */
export function statusByTheme(
  themes: Pick<Theme, 'name' | 'itemKeys'>[],
  itemByKey: ReadonlyMap<string, ItemInPlan>,
): StatusRow[] {
  return themes
    .filter((t) => themeItemCount(t) > 0)
    .map((t) => {
      const items = itemsOf(t, itemByKey).map((x) => x.item);
      return { ...statusRow(t.name, items), concerns: items.filter((i) => !i.status).length };
    });
}
