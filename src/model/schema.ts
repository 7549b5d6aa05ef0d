// The public open-data format. Every type in the project is inferred from
// these schemas; the JSON Schema published with the data is generated from them.
import { z } from 'astro/zod';
import { ANOMALY_KIND_CODES } from './anomaly-kinds.ts';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('An ISO 8601 calendar date, YYYY-MM-DD.');

export const statusSchema = z
  .enum(['agreed', 'partly_agreed', 'not_agreed', 'not_recognised'])
  .describe(
    'The response to a recommendation, normalised across the wording of different years. not_recognised: the plan prints a status the parser cannot read (or none); statusAsWritten holds what is printed, and an error anomaly names the item.',
  );

export const columnSchema = z.object({
  header: z.string().describe('The column header as printed, without its number (e.g. "Progress update", "RAG rating").'),
  text: z.string().describe('The words of the column for this item. Paragraphs are separated by a blank line; list items start with "• ".'),
});

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

export const testSchema = z
  .enum(['safety', 'respect', 'purposeful-activity', 'rehabilitation-and-release'])
  .describe("HMIP's four healthy prison tests; the fourth was 'Resettlement' before 2017, 'Rehabilitation and release planning' from 2017 and is 'Preparation for release' now.");

/** A theme as an editor writes it, in the front matter of content/themes/<id>.mdx. */
export const themeDefinitionSchema = z.object({
  name: z.string(),
  test: testSchema,
  order: z.number().int(),
  summary: z.string().describe('One plain-English sentence for the public.'),
  headings: z.array(z.string()).describe('Section headings, across versions of the inspection framework, that map to this theme.'),
  keywords: z.array(z.string()).describe('Words and phrases that signal the theme; capitalised ones (ACCT, UoF) match case-sensitively.'),
});

export const themeSchema = themeDefinitionSchema.extend({
  id: z.string(),
  url: z.string(),
  itemKeys: z.array(z.string()).describe('Items whose primary theme this is, oldest plan first.'),
});

export const themeReasonSchema = z.object({
  theme: z.string(),
  primary: z.boolean(),
  reason: z.string().describe('Why: "heading: Managing behaviour" or "words: use of force, oversight".'),
});

export const linkSchema = z.object({
  key: z.string().describe('The key of the item linked to.'),
  score: z.number().describe('Similarity of the two texts, 0 to 1 (TF-IDF cosine).'),
  reason: z.string().describe('Why they are linked.'),
});

export const glossaryEntrySchema = z.object({
  term: z.string().describe('The abbreviation, as used (ACCT, OMiC, UoF).'),
  expansion: z.string(),
  source: z.enum(['document', 'curated']).describe('Defined in a plan itself, or in the curated list (content/glossary.json).'),
  file: z.string().nullable().describe('For a definition harvested from a plan, the file it was first found in.'),
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
  status: statusSchema.nullable().describe('Null for the items of a concerns plan, which has no status column; never null in a recommendations plan.'),
  statusAsWritten: z.string().nullable().describe('The status cell exactly as printed (white space collapsed), or null if it is empty.'),
  response: z
    .string()
    .describe('The full response. Paragraphs are separated by a blank line; list items start with "• ".'),
  actions: z.array(actionSchema),
  columns: z
    .array(columnSchema)
    .describe("Columns of the plan's table whose role the parser does not know (a progress update, a RAG rating, evidence), kept under their header; only those with words for this item."),
  url: z.string(),
  themes: z.array(z.string()).describe('Theme ids, the primary theme first.'),
  themeReasons: z.array(themeReasonSchema),
  related: z.array(linkSchema).describe('The most similar items at other plans, best first.'),
  raisedBefore: z.array(linkSchema).describe("Similar items, or the printed repeated recommendation, in the same establishment's earlier plans."),
  raisedAgain: z
    .array(linkSchema)
    .describe("Items of the same establishment's later plans that raised this one again: the reverse of their raisedBefore links, with the same score and reason, oldest plan first."),
  glossary: z.array(z.string()).describe('Glossary terms the item uses (in its text, response or owners).'),
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
  where: z
    .string()
    .nullable()
    .describe('Where in the file a publisher finds the problem, in the words of its format: "line 12" (text), "page 3" (PDF), "table 2, row 5" or "paragraph 4" (Word, OpenDocument); null for the whole file.'),
  plan: z.string().nullable(),
  item: z.string().nullable(),
  kind: z.enum(ANOMALY_KIND_CODES).describe('A stable code for the kind of repair or problem, e.g. id-inferred; docs/data-quality.md explains each.'),
  severity: z
    .enum(['error', 'warning', 'repair'])
    .describe(
      'error: the document could not be used, or (with an item) something in it could not be read and is published as printed; warning: something is missing or inconsistent; repair: damage the parser mended.',
    ),
  message: z.string(),
  text: z
    .string()
    .nullable()
    .describe('The words concerned, so that nothing is lost: words set aside (a garbled or repeated copy), moved, copied (an inherited owner), or as printed before a repair.'),
});

export const datasetSchema = z.object({
  plans: z.array(planSchema),
  establishments: z.array(establishmentSchema),
  themes: z.array(themeSchema),
  glossary: z.array(glossaryEntrySchema),
  anomalies: z.array(anomalySchema),
});

export type Status = z.infer<typeof statusSchema>;
export type Test = z.infer<typeof testSchema>;
export type ThemeDefinition = z.infer<typeof themeDefinitionSchema>;
export type Theme = z.infer<typeof themeSchema>;
export type ThemeReason = z.infer<typeof themeReasonSchema>;
export type Link = z.infer<typeof linkSchema>;
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export type DueState = z.infer<typeof dueStateSchema>;
export type Action = z.infer<typeof actionSchema>;
export type Column = z.infer<typeof columnSchema>;
export type Item = z.infer<typeof itemSchema>;
export type SummaryRow = z.infer<typeof summaryRowSchema>;
export type Summary = z.infer<typeof summarySchema>;
export type PlanKind = z.infer<typeof planKindSchema>;
export type Plan = z.infer<typeof planSchema>;
export type Establishment = z.infer<typeof establishmentSchema>;
export type Anomaly = z.infer<typeof anomalySchema>;
export type Dataset = z.infer<typeof datasetSchema>;
