// Everything a page of a theme shows, worked out once: on the first page the
// theme's counts, what happened next on it and the index of its prisons; on
// every page its items by prison and inspection, and the pager.
import { FEEDS, PAGES } from '../../dataset/urls.ts';
import type { Item, Theme } from '../../model/schema.ts';
import type { Scale } from '../../model/follow-up-scales.ts';
import type { SiteData } from '../data.ts';
import { plural } from '../format.ts';
import { byStatusAtTheTime, scalesUsed, verdictRows, type VerdictRow } from './follow-ups.ts';
import { raisedAgainYears } from './plan.ts';
import { themeItemCount, type ThemeListing, type ThemePage } from './theme.ts';

export interface ThemePageView {
  theme: Theme;
  page: ThemePage;
  listing: ThemeListing;
  first: boolean;
  crumbs: { label: string; path: string }[];
  feeds: { title: string; path: string }[];
  /** "12 items at 3 prisons have this as their main theme." */
  counts: string;
  /** The verdict charts of each scale the theme's items were judged on (first page only). */
  verdicts: { id: string; title: string; scale: Scale; rows: VerdictRow[] }[];
  /** Each plan's items under its prison, with the caption of their table. */
  groups: (ThemePage['groups'][number] & { captions: string[] })[];
  raisedAgainYears: (item: Item) => number[];
}

/** The page `page` of the theme `themeId`'s listing. */
export function themePageView(data: SiteData, themeId: string, listing: ThemeListing, page: ThemePage): ThemePageView {
  const theme = data.themeById.get(themeId)!;
  const first = page.number === 1;
  const planOf = (key: string) => data.itemByKey.get(key)?.plan;
  const scales = first ? scalesUsed(listing.rows) : [];
  const byStatus = scales.length ? byStatusAtTheTime(listing.rows) : [];
  return {
    theme,
    page,
    listing,
    first,
    crumbs: first
      ? [{ label: 'Themes', path: PAGES.themes }]
      : [
          { label: 'Themes', path: PAGES.themes },
          { label: theme.name, path: theme.url },
        ],
    feeds: [{ title: `Items on ${theme.name.toLowerCase()}`, path: FEEDS.theme(theme.id) }],
    counts: `${plural(themeItemCount(theme), 'item')} at ${plural(listing.prisons.length, 'prison')} have this as their main theme.`,
    verdicts: scales.map((scale) => ({
      id: `verdicts-${scale.source}`,
      title: `${theme.name}, ${scale.name.toLowerCase()}: verdicts by status at the time`,
      scale,
      rows: verdictRows(scale.source, byStatus),
    })),
    groups: page.groups.map((g) => ({
      ...g,
      captions: g.plans.map(
        (p) => `${theme.name} at ${g.name}, ${p.plan.year} inspection${p.continued ? ', continued' : ''}`,
      ),
    })),
    raisedAgainYears: (item) => raisedAgainYears(item, planOf),
  };
}
