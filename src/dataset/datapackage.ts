// The Frictionless Data Package descriptor published beside the CSV files
// (/data/datapackage.json): each column's type comes from the zod schema of the
// field it is written from, so a reader that follows it (frictionless, and
// anything that reads Table Schema) takes an item's number "5.10" as the text
// it is, never as the number 5.1. Columns the CSV makes itself (counts, lists
// joined with "; ", addresses) say their own type.
import { z } from 'astro/zod';
import { actionSchema, followUpSchema, itemSchema, planSchema } from '../model/schema.ts';
import { ACTION_COLUMNS, ITEM_COLUMNS, PLAN_COLUMNS } from './csv.ts';
import { FOLLOW_UP_COLUMNS } from './follow-ups-csv.ts';

export interface TableField {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date';
  format?: 'uri';
  description: string;
  constraints?: { enum: string[] };
}

type JsonSchema = { type?: string; pattern?: string; enum?: string[]; anyOf?: JsonSchema[] };

/** A zod field's Table Schema type, from its JSON Schema: a date by its pattern, an enum's values as constraints. */
export function fieldType(schema: z.ZodType): Pick<TableField, 'type' | 'constraints'> {
  let json = z.toJSONSchema(schema) as JsonSchema;
  // A nullable field is its type, empty where null.
  if (json.anyOf) json = json.anyOf.find((s) => s.type !== 'null') ?? {};
  if (json.type === 'integer' || json.type === 'number' || json.type === 'boolean') return { type: json.type };
  if (json.type === 'string' && json.pattern === '^\\d{4}-\\d{2}-\\d{2}$') return { type: 'date' };
  return json.enum ? { type: 'string', constraints: { enum: json.enum } } : { type: 'string' };
}

const plan = planSchema.shape;
const item = itemSchema.shape;
const action = actionSchema.shape;
const followUp = followUpSchema.shape;

/** The schema field each column is written from; a column not named here is text, or says its type below. */
const ITEM_SOURCES: Record<string, z.ZodType> = {
  key: item.key,
  plan: plan.id,
  establishment: plan.establishmentName,
  establishment_as_written: plan.establishment,
  inspection_start: plan.inspectionStart,
  inspection_end: plan.inspectionEnd,
  report_published: plan.reportPublished,
  plan_submitted: plan.planSubmitted,
  id: item.id,
  id_inferred: item.idInferred,
  group: item.group,
  section: item.section,
  text: item.text,
  status: item.status,
  status_as_written: item.statusAsWritten,
  latest_verdict_date: followUp.date,
};
const ACTION_SOURCES: Record<string, z.ZodType> = {
  item_key: item.key,
  owner: action.owner,
  target: action.target,
  text: action.text,
};
const FOLLOW_UP_SOURCES: Record<string, z.ZodType> = {
  item_key: item.key,
  plan: plan.id,
  item: item.id,
  source: followUp.source,
  judged_by: followUp.judgedBy,
  date: followUp.date,
  verdict: followUp.verdict,
};
const PLAN_SOURCES: Record<string, z.ZodType> = {
  plan: plan.id,
  establishment: plan.establishmentName,
  year: plan.year,
  kind: plan.kind,
  inspection_as_written: plan.datesAsWritten.shape.inspection,
  report_published_as_written: plan.datesAsWritten.shape.reportPublished,
  plan_submitted_as_written: plan.datesAsWritten.shape.planSubmitted,
  sign_off: plan.signOff,
};
/** Columns the CSV makes itself. */
const OWN: Record<string, Pick<TableField, 'type' | 'format'>> = {
  actions: { type: 'integer' },
  action: { type: 'integer' },
  items: { type: 'integer' },
  url: { type: 'string', format: 'uri' },
  json: { type: 'string', format: 'uri' },
  items_csv: { type: 'string', format: 'uri' },
  actions_csv: { type: 'string', format: 'uri' },
  latest_verdict_url: { type: 'string', format: 'uri' },
  item_url: { type: 'string', format: 'uri' },
  self_reported: { type: 'boolean' },
};
/** In plans.csv, "text" is the address of the document as read. */
const PLAN_OWN = { ...OWN, text: { type: 'string' as const, format: 'uri' as const } };

function fields(
  columns: { name: string; description: string }[],
  sources: Record<string, z.ZodType>,
  own: Record<string, Pick<TableField, 'type' | 'format'>> = OWN,
): TableField[] {
  return columns.map((c) => ({
    name: c.name,
    ...(sources[c.name] ? fieldType(sources[c.name]!) : (own[c.name] ?? { type: 'string' as const })),
    description: c.description,
  }));
}

const CSV = {
  profile: 'tabular-data-resource',
  format: 'csv',
  mediatype: 'text/csv',
  encoding: 'utf-8',
  dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
};

/** The descriptor of the four CSV files of the archive, which stand beside it in /data/. */
export function dataPackage(): object {
  return {
    profile: 'tabular-data-package',
    name: 'prison-inspection-action-plans',
    title: 'Action plans answering HM Inspectorate of Prisons',
    description:
      'Each recommendation or concern of the plans, each action, each plan, and each judgement recorded after a plan. Item numbers ("id") are text: 5.10 is not 5.1.',
    resources: [
      {
        name: 'items',
        path: 'items.csv',
        ...CSV,
        schema: { fields: fields(ITEM_COLUMNS, ITEM_SOURCES), primaryKey: ['key'], missingValues: [''] },
      },
      {
        name: 'actions',
        path: 'actions.csv',
        ...CSV,
        schema: {
          fields: fields(ACTION_COLUMNS, ACTION_SOURCES),
          primaryKey: ['item_key', 'action'],
          foreignKeys: [{ fields: ['item_key'], reference: { resource: 'items', fields: ['key'] } }],
          missingValues: [''],
        },
      },
      {
        name: 'plans',
        path: 'plans.csv',
        ...CSV,
        schema: { fields: fields(PLAN_COLUMNS, PLAN_SOURCES, PLAN_OWN), primaryKey: ['plan'], missingValues: [''] },
      },
      {
        name: 'follow-ups',
        path: 'follow-ups.csv',
        ...CSV,
        schema: {
          fields: fields(FOLLOW_UP_COLUMNS, FOLLOW_UP_SOURCES),
          foreignKeys: [{ fields: ['item_key'], reference: { resource: 'items', fields: ['key'] } }],
          missingValues: [''],
        },
      },
    ],
  };
}
