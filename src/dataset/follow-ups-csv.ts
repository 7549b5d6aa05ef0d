// follow-ups.csv: one row per judgement recorded in the follow-up files, with
// the item it is on. Written like the other CSV files (csv.ts).
import { csv, type Column } from './csv.ts';
import type { FollowUp, Item, Plan } from '../model/schema.ts';
import { SCALES, verdictLabel } from '../model/follow-up-scales.ts';
import { absoluteUrl } from './urls.ts';

type Row = { plan: Plan; item: Item; followUp: FollowUp; site: string };

export const FOLLOW_UP_COLUMNS: Column<Row>[] = [
  { name: 'item_key', description: 'Key of the item judged, as in items.csv.', value: (r) => r.item.key },
  { name: 'plan', description: 'Plan id.', value: (r) => r.plan.id },
  { name: 'item', description: 'The item number as printed.', value: (r) => r.item.id },
  {
    name: 'source',
    description:
      'full-inspection, irp (independent review of progress), urgent-notification or hmpps-update (self-reported by HMPPS).',
    value: (r) => r.followUp.source,
  },
  { name: 'judged_by', description: 'HMIP or HMPPS.', value: (r) => r.followUp.judgedBy },
  {
    name: 'self_reported',
    description:
      "true for HMPPS's own account (an update, an urgent notification action plan), never an inspection's verdict.",
    value: (r) => String(SCALES[r.followUp.source].selfReported),
  },
  { name: 'date', description: 'Date of the report (YYYY-MM-DD).', value: (r) => r.followUp.date },
  {
    name: 'judgement',
    description: 'The judgement as its scale words it: Achieved, Partially achieved, Not achieved, Good progress …',
    value: (r) => verdictLabel(r.followUp.verdict),
  },
  {
    name: 'verdict',
    description: 'The same, as a code: achieved, partially_achieved, good_progress …',
    value: (r) => r.followUp.verdict,
  },
  { name: 'url', description: 'Address of the report.', value: (r) => r.followUp.url },
  {
    name: 'quote',
    description: 'A short extract of the report, verbatim; may be empty.',
    value: (r) => r.followUp.quote ?? '',
  },
  { name: 'note', description: "The publisher's note; may be empty.", value: (r) => r.followUp.note ?? '' },
  { name: 'item_url', description: 'Address of the item’s page.', value: (r) => absoluteUrl(r.item.url, r.site) },
];

/** `site` is the absolute address of the site root, ending in a slash. */
export function followUpsCsv(plans: Plan[], site: string): string {
  return csv(
    FOLLOW_UP_COLUMNS,
    plans.flatMap((plan) =>
      plan.items.flatMap((item) => item.followUps.map((followUp) => ({ plan, item, followUp, site }))),
    ),
  );
}
