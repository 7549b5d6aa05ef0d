// The public open-data format. Every type in the project is inferred from
// these schemas; the JSON Schema published with the data is generated from them.
import { z } from 'astro/zod';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('An ISO 8601 calendar date, YYYY-MM-DD.');

export const statusSchema = z
  .enum(['agreed', 'partly_agreed', 'not_agreed'])
  .describe('The response to a recommendation, normalised across the wording of different years.');

export const dueStateSchema = z.enum(['completed', 'ongoing', 'completed-and-ongoing']);

export const actionSchema = z.object({
  text: z
    .string()
    .nullable()
    .describe('The part of the response this action belongs to, or null where the document does not say.'),
  owner: z.string().nullable().describe('The responsible owner as written (white space collapsed).'),
  target: z.string().nullable().describe('The target date as written.'),
  due: z
    .string()
    .regex(/^(\d{4}-\d{2}(-\d{2})?|completed|ongoing|completed-and-ongoing)$/)
    .nullable()
    .describe(
      'YYYY-MM or YYYY-MM-DD when the target is a date (the end of a range), a state (completed, ongoing, completed-and-ongoing), or null.',
    ),
});

export const itemSchema = z.object({
  id: z.string().describe('The number as printed (5.12, 3), or as inferred when idInferred is true.'),
  idInferred: z.boolean(),
  key: z.string().describe('Unique across the dataset: the plan id and the item number as used in its URL, e.g. rochester-2017/5-3.'),
  line: z.number().int().positive().describe('Line of the source document where the item starts.'),
  group: z.string().nullable().describe('The addressee or kind heading as written.'),
  section: z.string().nullable().describe('The topic heading as written.'),
  text: z.string().describe('The recommendation or concern, stitched, single-spaced, without its reference.'),
  refs: z.array(z.string()).describe('Report paragraph references, e.g. ["1.37"].'),
  repeatedRefs: z.array(z.string()).describe('References of the earlier recommendation this one repeats.'),
  referenceAsWritten: z.string().nullable().describe('The reference exactly as printed, e.g. "(1.37, repeated recommendation 1.40)".'),
  status: statusSchema.nullable().describe('Null for concerns, which have no status column.'),
  statusAsWritten: z.string().nullable(),
  response: z
    .string()
    .describe('The full response. Paragraphs are separated by a blank line; list items start with "• ".'),
  actions: z.array(actionSchema),
  url: z.string(),
});

export const summaryRowSchema = z.object({
  label: z.string().describe('The row label as printed.'),
  status: statusSchema.nullable(),
  count: z.number().int().nonnegative(),
});

export const summarySchema = z.object({
  agreed: z.number().int().nonnegative(),
  partlyAgreed: z.number().int().nonnegative(),
  notAgreed: z.number().int().nonnegative(),
  total: z.number().int().nonnegative().nullable(),
  rows: z.array(summaryRowSchema),
});

export const planKindSchema = z.enum(['recommendations', 'concerns']);

export const planSchema = z.object({
  id: z.string().describe('Stable id: establishment id and inspection year, e.g. rochester-2017.'),
  source: z.string().describe('File name of the document in the plans folder.'),
  url: z.string(),
  establishment: z.string().describe('The establishment name as written in the document.'),
  establishmentId: z.string(),
  establishmentName: z.string().describe('Canonical name, shared by all plans of the establishment.'),
  kind: planKindSchema,
  year: z.number().int().describe('Inspection year (or, where no inspection date is printed, the year published).'),
  inspectionStart: isoDate.nullable(),
  inspectionEnd: isoDate.nullable(),
  reportPublished: isoDate.nullable(),
  planSubmitted: isoDate.nullable(),
  summary: summarySchema.nullable().describe("The plan's own summary table of status counts, if printed."),
  items: z.array(itemSchema),
});

export const establishmentSchema = z.object({
  id: z.string(),
  name: z.string(),
  namesAsWritten: z.array(z.string()),
  planIds: z.array(z.string()).describe('Plans of this establishment, oldest inspection first.'),
  url: z.string(),
});

export const anomalySchema = z.object({
  file: z.string(),
  line: z.number().int().nonnegative().describe('1-based line in the source document; 0 for the whole file.'),
  plan: z.string().nullable(),
  item: z.string().nullable(),
  kind: z.string().describe('A stable code for the kind of repair or problem, e.g. id-inferred.'),
  severity: z
    .enum(['error', 'warning', 'repair'])
    .describe('error: the document could not be used; warning: something is missing or inconsistent; repair: damage the parser mended.'),
  message: z.string(),
  text: z
    .string()
    .nullable()
    .describe('The words concerned, so that nothing is lost: words set aside (a garbled or repeated copy), moved, copied (an inherited owner), or as printed before a repair.'),
});

export const datasetSchema = z.object({
  plans: z.array(planSchema),
  establishments: z.array(establishmentSchema),
  anomalies: z.array(anomalySchema),
});

export type Status = z.infer<typeof statusSchema>;
export type DueState = z.infer<typeof dueStateSchema>;
export type Action = z.infer<typeof actionSchema>;
export type Item = z.infer<typeof itemSchema>;
export type SummaryRow = z.infer<typeof summaryRowSchema>;
export type Summary = z.infer<typeof summarySchema>;
export type PlanKind = z.infer<typeof planKindSchema>;
export type Plan = z.infer<typeof planSchema>;
export type Establishment = z.infer<typeof establishmentSchema>;
export type Anomaly = z.infer<typeof anomalySchema>;
export type Dataset = z.infer<typeof datasetSchema>;
