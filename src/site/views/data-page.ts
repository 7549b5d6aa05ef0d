// Everything the open data page shows, worked out once: the counts of what the
// downloads hold, the CSV files' columns, and the charts of the whole archive.
import { FOLLOW_UP_COLUMNS } from '../../dataset/follow-ups-csv.ts';
import { ACTION_COLUMNS, ITEM_COLUMNS, PLAN_COLUMNS } from '../../dataset/csv.ts';
import type { Scale } from '../../model/follow-up-scales.ts';
import { actionsByOwnerType, recommendationsOf } from '../charts.ts';
import type { SiteData } from '../data.ts';
import { byStatusAtTheTime, scalesUsed, verdictRows, type VerdictRow } from './follow-ups.ts';
import { statusByTheme, themeGrid } from './data.ts';

export interface DataPage {
  plans: number;
  items: number;
  actions: number;
  /** Follow-up judgements recorded. */
  judgements: number;
  /** Recommendations, which have a status (concerns have none). */
  recommendations: number;
  /** Each CSV file's columns, with what each holds. */
  columns: { file: string; columns: readonly { name: string; description: string }[] }[];
  grid: ReturnType<typeof themeGrid>;
  statusByTheme: ReturnType<typeof statusByTheme>;
  ownerTypes: ReturnType<typeof actionsByOwnerType>;
  /** For each scale used, its verdicts by theme and by status at the time. */
  verdicts: { scale: Scale; byTheme: VerdictRow[]; byStatus: VerdictRow[] }[];
}

export function dataPage(data: SiteData): DataPage {
  const items = data.plans.flatMap((p) => p.items);
  const all = [...data.itemByKey.values()];
  const byTheme = data.themes.map((t) => ({ label: t.name, rows: t.itemKeys.map((k) => data.itemByKey.get(k)!) }));
  const scales = scalesUsed(all);
  const byStatus = scales.length ? byStatusAtTheTime(all) : [];
  return {
    plans: data.plans.length,
    items: items.length,
    actions: items.reduce((n, i) => n + i.actions.length, 0),
    judgements: items.reduce((n, i) => n + i.followUps.length, 0),
    recommendations: recommendationsOf(data.plans).length,
    columns: [
      { file: 'items.csv', columns: ITEM_COLUMNS },
      { file: 'actions.csv', columns: ACTION_COLUMNS },
      { file: 'plans.csv', columns: PLAN_COLUMNS },
      { file: 'follow-ups.csv', columns: FOLLOW_UP_COLUMNS },
    ],
    grid: themeGrid(data.themes, data.establishments, data.plans, data.itemByKey),
    statusByTheme: statusByTheme(data.themes, data.itemByKey),
    ownerTypes: actionsByOwnerType(items),
    verdicts: scales.map((scale) => ({
      scale,
      byTheme: verdictRows(scale.source, byTheme),
      byStatus: verdictRows(scale.source, byStatus),
    })),
  };
}
