// What the two index pages show: every prison with its plans' years, and every
// theme under its healthy prison test.
import type { SiteData } from '../data.ts';
import { plural } from '../format.ts';
import { TESTS } from '../healthy-prison-tests.ts';
import { themeItemCount } from './theme.ts';

export interface PrisonsIndex {
  /** Each prison in the site's order, with "2 plans: 2017, 2024". */
  prisons: { name: string; url: string; plans: string }[];
}

export function prisonsIndex(data: SiteData): PrisonsIndex {
  return {
    prisons: data.establishments.map((e) => ({
      name: e.name,
      url: e.url,
      plans: `${plural(e.planIds.length, 'plan')}: ${e.planIds.map((id) => data.planById.get(id)!.year).join(', ')}`,
    })),
  };
}

export interface ThemesIndex {
  /** Each healthy prison test, in order, with its themes and how many items each has. */
  tests: { label: string; themes: { name: string; url: string; summary: string; items: string }[] }[];
}

export function themesIndex(data: SiteData): ThemesIndex {
  return {
    tests: TESTS.map(([test, label]) => ({
      label,
      themes: data.themes
        .filter((t) => t.test === test)
        .map((t) => ({ name: t.name, url: t.url, summary: t.summary, items: plural(themeItemCount(t), 'item') })),
    })),
  };
}
