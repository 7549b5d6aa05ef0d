// The search filters an item carries: who it is addressed to and what kind of
// body owns its actions, read from the words as printed.
import type { Item, Plan, Theme } from '../model/schema.ts';
import { itemKind } from '../model/item-kind.ts';
import { statusText } from './status.ts';
import { testName } from './healthy-prison-tests.ts';
import { buildDate } from './build-date.ts';
import { FOLLOW_UP_FACET, FOLLOW_UP_VALUES, followUpFilter } from './views/follow-ups.ts';

const OWNER_TYPES: [RegExp, string][] = [
  [/\bgovernor\b/i, 'Governor'],
  [/\bNHS|health|oxleas|nottinghamshire|pharmac|clinical|in-reach|transfer coordinator/i, 'Health provider'],
  [/college|novus|education|learning and skills/i, 'Education provider'],
  [
    /HMPPS|NOMS|executive director|prison group director|deputy director of custody|national (?:offender|service|director)|community interventions/i,
    'HMPPS',
  ],
  [/\bCRC\b|probation|\bSPO\b/i, 'Probation and CRC'],
  [/GFSL|GSFL|facilities|estates?\b/i, 'Facilities and estates'],
];

export function ownerTypes(item: Pick<Item, 'actions'>): string[] {
  const types = new Set<string>();
  for (const a of item.actions) {
    if (!a.owner) continue;
    const found = OWNER_TYPES.filter(([re]) => re.test(a.owner!)).map(([, t]) => t);
    (found.length ? found : ['Other']).forEach((t) => types.add(t));
  }
  return [...types].sort();
}

/** Addressees named in the item's heading ("Main recommendation to the governor and HMPPS"). */
export function addressees(item: Pick<Item, 'group'>): string[] {
  const g = item.group ?? '';
  const out: string[] = [];
  if (/governor/i.test(g)) out.push('Governor');
  if (/HMPPS|\bMOJ\b|NOMS/i.test(g)) out.push('HMPPS and MoJ');
  return out.length ? out : ['Not stated'];
}

export function statusLabel(item: Pick<Item, 'status' | 'statusAsWritten'>): string {
  return statusText(item);
}

/** The search facets, in the order the search page shows them. */
export const FACETS = [
  ['establishment', 'Prison'],
  ['theme', 'Theme'],
  ['test', 'Healthy prison test'],
  ['status', 'Status'],
  ['year', 'Inspection year'],
  ['kind', 'Kind'],
  ['addressee', 'Addressed to'],
  ['owner', 'Owner type'],
  FOLLOW_UP_FACET,
] as const;
export type FacetKey = (typeof FACETS)[number][0];

/** An item's search filters: each a facet and one value; several values of one facet are several entries. `asOf` is the build date. */
export function itemFilters(
  item: Item,
  plan: Plan,
  themeById: Map<string, Theme>,
  asOf = buildDate(),
): [FacetKey, string][] {
  const themes = item.themes.map((t) => themeById.get(t)!);
  return [
    ['establishment', plan.establishmentName],
    ['year', String(plan.year)],
    ['status', statusLabel(item)],
    ['kind', itemKind(item)],
    // The main theme only: a theme's count is the same in the filter as on its page (themeItemCount).
    ['theme', themes[0]!.name],
    ...[...new Set(themes.map((t) => testName(t.test)))].map((t): [FacetKey, string] => ['test', t]),
    ...addressees(item).map((a): [FacetKey, string] => ['addressee', a]),
    ...ownerTypes(item).map((o): [FacetKey, string] => ['owner', o]),
    [FOLLOW_UP_FACET[0], followUpFilter(item, asOf)],
  ];
}

/** Every value of every facet with how many items carry it, for the search page to list before any search. */
export function facetTotals(
  plans: Plan[],
  themeById: Map<string, Theme>,
  asOf = buildDate(),
): Record<FacetKey, [string, number][]> {
  const counts = new Map<FacetKey, Map<string, number>>(FACETS.map(([key]) => [key, new Map()]));
  for (const plan of plans) {
    for (const item of plan.items) {
      for (const [key, value] of itemFilters(item, plan, themeById, asOf))
        counts.get(key)!.set(value, (counts.get(key)!.get(value) ?? 0) + 1);
    }
  }
  const byValue = (key: FacetKey) => (a: [string, number], b: [string, number]) =>
    key === 'year'
      ? b[0].localeCompare(a[0])
      : key === FOLLOW_UP_FACET[0]
        ? FOLLOW_UP_VALUES.indexOf(a[0]) - FOLLOW_UP_VALUES.indexOf(b[0])
        : a[0].localeCompare(b[0], 'en');
  return Object.fromEntries(FACETS.map(([key]) => [key, [...counts.get(key)!].sort(byValue(key))])) as Record<
    FacetKey,
    [string, number][]
  >;
}
