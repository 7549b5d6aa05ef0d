// The dataset as CSV: one row per item, one row per action. RFC 4180 via
// csv-stringify, UTF-8 with a byte-order mark so that Excel reads it right.
// The column lists below are also the documentation on the Data page.
import { stringify } from 'csv-stringify/sync';
import type { Item, Plan } from '../model/schema.ts';
import { neutralised } from './csv-formula.ts';
import { absoluteUrl, planFiles } from './urls.ts';
import { latestVerdict, verdictLabel } from '../model/follow-up-scales.ts';

const latestVerdictLabel = (item: Item) => {
  const v = latestVerdict(item);
  return v ? verdictLabel(v.verdict) : '';
};

export type Column<T> = { name: string; description: string; value: (row: T) => string | number };

type ItemRow = { plan: Plan; item: Item; site: string };
type ActionRow = { plan: Plan; item: Item; index: number };

const dues = (i: Item) =>
  i.actions
    .map((a) => a.due)
    .filter((d): d is string => !!d && /^\d{4}/.test(d))
    .sort();

export const ITEM_COLUMNS: Column<ItemRow>[] = [
  {
    name: 'key',
    description: 'Unique key of the item: plan id and number as in its address, e.g. rochester-2017/5-3.',
    value: (r) => r.item.key,
  },
  { name: 'plan', description: 'Plan id: establishment and inspection year.', value: (r) => r.plan.id },
  {
    name: 'establishment',
    description: 'Canonical name of the establishment.',
    value: (r) => r.plan.establishmentName,
  },
  {
    name: 'establishment_as_written',
    description: 'The name as the plan prints it.',
    value: (r) => r.plan.establishment,
  },
  {
    name: 'inspection_start',
    description: 'First day of the inspection (YYYY-MM-DD), empty if not printed.',
    value: (r) => r.plan.inspectionStart ?? '',
  },
  { name: 'inspection_end', description: 'Last day of the inspection.', value: (r) => r.plan.inspectionEnd ?? '' },
  {
    name: 'report_published',
    description: 'Date the inspection report was published.',
    value: (r) => r.plan.reportPublished ?? '',
  },
  {
    name: 'plan_submitted',
    description: 'Date the action plan was submitted.',
    value: (r) => r.plan.planSubmitted ?? '',
  },
  { name: 'id', description: 'The number as printed (5.12, 3).', value: (r) => r.item.id },
  {
    name: 'id_inferred',
    description: 'true when the number was missing and inferred from its neighbours.',
    value: (r) => String(r.item.idInferred),
  },
  { name: 'group', description: 'The addressee or kind heading as written.', value: (r) => r.item.group ?? '' },
  { name: 'section', description: 'The topic heading as written.', value: (r) => r.item.section ?? '' },
  {
    name: 'themes',
    description: 'Theme ids, main theme first, separated by "; ".',
    value: (r) => r.item.themes.join('; '),
  },
  { name: 'text', description: 'The recommendation or concern.', value: (r) => r.item.text },
  {
    name: 'refs',
    description: 'Report paragraph references, separated by "; ".',
    value: (r) => r.item.refs.join('; '),
  },
  {
    name: 'repeated_refs',
    description: 'References of the earlier recommendation it repeats.',
    value: (r) => r.item.repeatedRefs.join('; '),
  },
  {
    name: 'status',
    description:
      'agreed, partly_agreed, not_agreed, or not_recognised when the printed status (see status_as_written) could not be read; empty for concerns.',
    value: (r) => r.item.status ?? '',
  },
  { name: 'status_as_written', description: 'The status as printed.', value: (r) => r.item.statusAsWritten ?? '' },
  { name: 'actions', description: 'Number of actions.', value: (r) => r.item.actions.length },
  {
    name: 'earliest_due',
    description: 'Earliest due date of its actions (YYYY-MM or YYYY-MM-DD).',
    value: (r) => dues(r.item)[0] ?? '',
  },
  { name: 'latest_due', description: 'Latest due date of its actions.', value: (r) => dues(r.item).at(-1) ?? '' },
  {
    name: 'raised_again',
    description: 'Keys of the items of the establishment\'s later plans that raised it again, separated by "; ".',
    value: (r) => r.item.raisedAgain.map((l) => l.key).join('; '),
  },
  {
    name: 'url',
    description: 'Address of its page.',
    value: (r) => absoluteUrl(r.item.url, r.site),
  },
  // What happened next (docs/follow-ups.md): the inspectorate's latest verdict; HMPPS's own updates are not verdicts.
  {
    name: 'latest_verdict',
    description:
      "The inspectorate's latest judgement on it, as its scale words it (Achieved, Reasonable progress …); empty where none is recorded. Every judgement is in follow-ups.csv.",
    value: (r) => latestVerdictLabel(r.item),
  },
  {
    name: 'latest_verdict_source',
    description: 'Where that judgement was made: full-inspection or irp (an independent review of progress).',
    value: (r) => latestVerdict(r.item)?.source ?? '',
  },
  {
    name: 'latest_verdict_date',
    description: 'Date of the report that made it (YYYY-MM-DD).',
    value: (r) => latestVerdict(r.item)?.date ?? '',
  },
  {
    name: 'latest_verdict_url',
    description: 'Address of that report.',
    value: (r) => latestVerdict(r.item)?.url ?? '',
  },
];

export const ACTION_COLUMNS: Column<ActionRow>[] = [
  { name: 'item_key', description: 'Key of the item the action belongs to.', value: (r) => r.item.key },
  { name: 'action', description: 'Position of the action within its item, from 1.', value: (r) => r.index + 1 },
  { name: 'owner', description: 'Responsible owner as written.', value: (r) => r.item.actions[r.index]!.owner ?? '' },
  { name: 'target', description: 'Target date as written.', value: (r) => r.item.actions[r.index]!.target ?? '' },
  {
    name: 'due',
    description:
      'YYYY-MM or YYYY-MM-DD for a date; completed, ongoing or completed-and-ongoing for a state; empty otherwise.',
    value: (r) => r.item.actions[r.index]!.due ?? '',
  },
  {
    name: 'text',
    description: 'The part of the response the action belongs to; empty where the plan does not say.',
    value: (r) => r.item.actions[r.index]!.text ?? '',
  },
];

type PlanRow = { plan: Plan; site: string };

/** One row per plan with the addresses of its own files: an index for archives too long to list on a page. */
export const PLAN_COLUMNS: Column<PlanRow>[] = [
  { name: 'plan', description: 'Plan id: establishment and inspection year.', value: (r) => r.plan.id },
  {
    name: 'establishment',
    description: 'Canonical name of the establishment.',
    value: (r) => r.plan.establishmentName,
  },
  { name: 'year', description: 'Inspection year.', value: (r) => r.plan.year },
  { name: 'kind', description: 'recommendations (to 2021) or concerns (from 2022).', value: (r) => r.plan.kind },
  { name: 'items', description: 'Number of recommendations or concerns.', value: (r) => r.plan.items.length },
  { name: 'url', description: 'Address of its page.', value: (r) => absoluteUrl(r.plan.url, r.site) },
  ...(
    [
      ['json', 'json', 'The plan as JSON.'],
      ['items_csv', 'items', 'Its items as CSV, with the columns of items.csv.'],
      ['actions_csv', 'actions', 'Its actions as CSV, with the columns of actions.csv.'],
      ['text', 'text', 'The text of the document as it was read.'],
    ] as const
  ).map(([name, file, description]): Column<PlanRow> => ({
    name,
    description,
    value: (r) => absoluteUrl(planFiles(r.plan.id, r.plan.source)[file], r.site),
  })),
  // What the plan prints outside its items, as its JSON carries it.
  {
    name: 'notes',
    description:
      'The plan\'s own notes outside its table (a note that target dates may move), a paragraph each, separated by a line break (a note can hold "; ").',
    value: (r) => r.plan.notes.join('\n'),
  },
  {
    name: 'inspection_as_written',
    description: 'The inspection dates exactly as printed; empty if not printed.',
    value: (r) => r.plan.datesAsWritten.inspection ?? '',
  },
  {
    name: 'report_published_as_written',
    description: 'The date the report was published, as printed.',
    value: (r) => r.plan.datesAsWritten.reportPublished ?? '',
  },
  {
    name: 'plan_submitted_as_written',
    description: 'The date the plan was submitted, as printed.',
    value: (r) => r.plan.datesAsWritten.planSubmitted ?? '',
  },
  {
    name: 'inspection_parts',
    description:
      'An inspection made in several visits: each visit\'s first and last day (YYYY-MM-DD/YYYY-MM-DD), in order, separated by "; "; empty when it was one visit.',
    value: (r) => r.plan.inspectionParts.map((p) => `${p.start}/${p.end}`).join('; '),
  },
  {
    name: 'sign_off',
    description: 'The sign-off printed after the table, its lines separated by a line break; empty if none.',
    value: (r) => r.plan.signOff ?? '',
  },
];

const BOM = '\uFEFF';

// RFC 4180: records end in CRLF, and any field holding a comma, a quote, a CR or
// a LF is quoted. csv-stringify quotes a field for the record delimiter only when
// it holds the whole CRLF, so a bare LF or CR (a paragraph break in a response)
// is matched here: unquoted, it would end the record in Python, pandas, Excel.
// A cell a spreadsheet could run as a formula gets a quote in front
// (csv-formula.ts) and is quoted, as OWASP recommends.
const OPTIONS = { record_delimiter: 'windows', quoted_match: [/[\r\n]/, /^'/] };

const cell = (v: string | number) => (typeof v === 'string' ? neutralised(v) : v);

/** The rows under the columns' names, as every CSV of the site is written (also the follow-ups' files). */
export function csv<T>(columns: Column<T>[], rows: T[]): string {
  return (
    BOM + stringify([columns.map((c) => c.name), ...rows.map((r) => columns.map((c) => cell(c.value(r))))], OPTIONS)
  );
}

/** `site` is the absolute address of the site root, ending in a slash. */
export function itemsCsv(plans: Plan[], site: string): string {
  return csv(
    ITEM_COLUMNS,
    plans.flatMap((plan) => plan.items.map((item) => ({ plan, item, site }))),
  );
}

export function actionsCsv(plans: Plan[]): string {
  return csv(
    ACTION_COLUMNS,
    plans.flatMap((plan) => plan.items.flatMap((item) => item.actions.map((_, index) => ({ plan, item, index })))),
  );
}

export function plansCsv(plans: Plan[], site: string): string {
  return csv(
    PLAN_COLUMNS,
    plans.map((plan) => ({ plan, site })),
  );
}
