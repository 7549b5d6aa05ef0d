// What the search page shows before its script runs: every facet value with its
// count over the whole archive (the filters are listed before Pagefind has
// loaded any of its filter files), and every status as printed with the status
// it is filed under (a query that names one searches among those items). The
// prisons whose one-word name is an English word are marked, so that the page
// reads "ford" or "send" in a query as a word and "Ford" as the prison.
import { isEnglish } from '../../documents/readers/english.ts';
import { capitalOnly } from '../../search/facet-query.ts';
import { printedStatuses } from '../../search/status-query.ts';
import type { SiteData } from '../data.ts';
import { FACETS, facetTotals, statusLabel } from '../facets.ts';
import { formatDate } from '../format.ts';
import { FOLLOW_UP_FACET } from './follow-ups.ts';

export interface SearchFacet {
  key: string;
  label: string;
  /** Each value with its count over the whole archive. */
  values: [string, number][];
  /** For the latest verdict's facet, the date its target dates are measured against, as shown; else null. */
  asOf: string | null;
  /** The values a query names only with a capital (facet-query.ts: "HMP Ford"); empty for other facets. */
  capitalOnly: string[];
}

export interface SearchPage {
  facets: SearchFacet[];
  statuses: ReturnType<typeof printedStatuses>;
}

export function searchPage(data: SiteData, asOf: string): SearchPage {
  const totals = facetTotals(data.plans, data.themeById, asOf);
  const statuses = printedStatuses(
    data.plans.flatMap((p) =>
      p.items.flatMap((i) => (i.status ? [{ printed: i.statusAsWritten, label: statusLabel(i) }] : [])),
    ),
  );
  const facets = FACETS.map(([key, label]) => ({
    key,
    label,
    values: totals[key],
    asOf: key === FOLLOW_UP_FACET[0] ? formatDate(asOf) : null,
    capitalOnly:
      key === 'establishment'
        ? capitalOnly(
            totals[key].map(([value]) => value),
            isEnglish,
          )
        : [],
  })).filter((f) => f.values.length);
  return { facets, statuses };
}
