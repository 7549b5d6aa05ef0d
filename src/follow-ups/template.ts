// A plan's follow-up template: one row per item, with the columns of a
// follow-up file and the judgement columns empty, ready to fill in from the
// next report. The columns after "note" are there to read while filling it in;
// ingest ignores them, and a row left without a judgement is an item the
// follow-up did not cover.
import { csv, type Column } from '../dataset/csv.ts';
import type { Item, Plan } from '../model/schema.ts';
import { OPTIONAL_COLUMNS, REQUIRED_COLUMNS } from './validate.ts';

type Row = { plan: Plan; item: Item };

const empty = (name: string): Column<Row> => ({ name, description: '', value: () => '' });

const filled: Record<string, Column<Row>['value']> = {
  plan: (r) => r.plan.id,
  item: (r) => r.item.id,
  key: (r) => r.item.key,
};

export const TEMPLATE_COLUMNS: Column<Row>[] = [
  ...[...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS].map((name) =>
    filled[name] ? { name, description: '', value: filled[name] } : empty(name),
  ),
  { name: 'status_at_the_time', description: '', value: (r) => r.item.statusAsWritten ?? '' },
  {
    name: 'targets',
    description: '',
    value: (r) =>
      r.item.actions
        .map((a) => a.target)
        .filter((t): t is string => !!t)
        .join('; '),
  },
  { name: 'item_text', description: '', value: (r) => r.item.text },
];

export function followUpTemplate(plan: Plan): string {
  return csv(
    TEMPLATE_COLUMNS,
    plan.items.map((item) => ({ plan, item })),
  );
}
