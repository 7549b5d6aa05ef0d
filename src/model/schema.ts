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
  header: z
    .string()
    .describe('The column header as printed, without its number (e.g. "Progress update", "RAG rating").'),
  text: z
    .string()
    .describe(
      'The words of the column for this item. Paragraphs are separated by a blank line; list items start with "• ".',
    ),
});

export const dueStateSchema = z.enum(['completed', 'ongoing', 'completed-and-ongoing']);

export const actionSchema = z.object({
  text: z
    .string()
    .nullable()
    .describe(
      'The part of the response this action belongs to, or null where the document does not say (several owners and dates against one paragraph).',
    ),
  owner: z
    .string()
    .nullable()
    .describe(
      'The responsible owner as written, white space collapsed; joint owners such as "Governor/ Director Oxleas NHS Foundation Trust" stay one owner.',
    ),
  target: z
    .string()
    .nullable()
    .describe('The target as written: "July 2018", "April 2017 to December 2017", "Completed and ongoing".'),
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
  .describe(
    "HMIP's four healthy prison tests; the fourth was 'Resettlement' before 2017, 'Rehabilitation and release planning' from 2017 and is 'Preparation for release' now.",
  );

/** A theme as an editor writes it, in the front matter of content/themes/<id>.mdx. */
export const themeDefinitionSchema = z.object({
  name: z.string(),
  test: testSchema,
  order: z.number().int(),
  summary: z.string().describe('One plain-English sentence for the public.'),
  headings: z
    .array(z.string())
    .describe('Section headings, across versions of the inspection framework, that map to this theme.'),
  keywords: z
    .array(z.string())
    .describe('Words and phrases that signal the theme; capitalised ones (ACCT, UoF) match case-sensitively.'),
});

export const themeSchema = themeDefinitionSchema.extend({
  id: z.string().describe("The theme's id, its file name in content/themes/."),
  url: z.string().describe('Its page on the site, e.g. /themes/health-and-social-care/.'),
  itemKeys: z
    .array(z.string())
    .describe(
      "Items whose primary theme this is, in the dataset's order: by establishment id, each one's plans oldest first.",
    ),
});

export const themeReasonSchema = z.object({
  theme: z.string().describe('The theme id.'),
  primary: z.boolean().describe("True for the item's primary theme."),
  reason: z.string().describe('Why: "heading: Managing behaviour" or "words: use of force, oversight".'),
});

export const linkSchema = z.object({
  key: z.string().describe('The key of the item linked to.'),
  score: z.number().describe('Similarity of the two texts, 0 to 1 (TF-IDF cosine).'),
  reason: z.string().describe('Why they are linked.'),
});

export const glossaryEntrySchema = z.object({
  term: z.string().describe('The abbreviation, as used (ACCT, OMiC, UoF).'),
  expansion: z.string().describe('What the term stands for (Assessment, Care in Custody and Teamwork).'),
  source: z
    .enum(['document', 'curated'])
    .describe('Defined in a plan itself, or in the curated list (content/glossary.json).'),
  file: z.string().nullable().describe('For a definition harvested from a plan, the file it was first found in.'),
});

/** A term and what it stands for, before its source is known: the curated list's entries, a plan's own definitions. */
export const definitionSchema = glossaryEntrySchema.pick({ term: true, expansion: true });

export const followUpSourceSchema = z
  .enum(['full-inspection', 'irp', 'urgent-notification', 'hmpps-update'])
  .describe(
    "Where the judgement was made: full-inspection (HMIP's next full inspection), irp (an HMIP independent review of progress), urgent-notification (the Secretary of State's action plan answering an urgent notification), hmpps-update (HMPPS reporting its own progress: self-reported, never an inspection's verdict).",
  );

export const verdictSchema = z
  .enum([
    'achieved',
    'partially_achieved',
    'not_achieved',
    'good_progress',
    'reasonable_progress',
    'insufficient_progress',
    'no_meaningful_progress',
    'agreed',
    'partly_agreed',
    'not_agreed',
    'completed',
    'ongoing',
    'not_started',
  ])
  .describe(
    'The judgement on its scale, normalised. full-inspection: achieved, partially_achieved, not_achieved; irp: good_progress, reasonable_progress, insufficient_progress, no_meaningful_progress; urgent-notification: agreed, partly_agreed, not_agreed; hmpps-update: completed, ongoing, not_started.',
  );

export const followUpSchema = z.object({
  source: followUpSourceSchema,
  judgedBy: z
    .enum(['HMIP', 'HMPPS'])
    .describe(
      'Who judged: HMIP for a full inspection or an independent review of progress; HMPPS for an urgent notification action plan or its own update.',
    ),
  date: isoDate.describe('Date of the report or update that holds the judgement.'),
  verdict: verdictSchema,
  judgement: z
    .string()
    .describe(
      'The judgement in the words the follow-up file gives, from the closed list of its source, e.g. "Reasonable progress".',
    ),
  url: z.string().describe('Address of the report or update.'),
  quote: z.string().nullable().describe('A short extract of the report on this item, verbatim, or null.'),
  note: z.string().nullable().describe("The publisher's note, or null."),
  file: z.string().describe('The follow-up file the judgement was read from (content/follow-ups/<file>.csv).'),
  line: z.number().int().positive().describe('Line of that file where the row starts.'),
});

export const itemKindSchema = z
  .enum(['recommendation', 'priority-concern', 'key-concern', 'concern'])
  .describe(
    'What the item is: recommendation (every item of a recommendations plan); in a concerns plan, priority-concern or key-concern by the heading it stands under ("Priority concerns", "Key concerns"), concern under any other.',
  );

export const itemSchema = z.object({
  id: z
    .string()
    .describe(
      'The number as printed (5.12, 3); inferred from its neighbours when missing, and then idInferred is true.',
    ),
  idInferred: z.boolean().describe('True when the number was not printed.'),
  key: z
    .string()
    .describe(
      'Unique across the dataset: the plan id and the item number as used in its URL, e.g. rochester-2017/5-3.',
    ),
  line: z.number().int().positive().describe('Line of the source document where the item starts.'),
  group: z
    .string()
    .nullable()
    .describe(
      'The addressee or kind heading as written: "Main recommendations to the governor", "Recommendations", "Priority concerns"; two stacked headings are joined, "Main recommendations: To the governor and HMPPS".',
    ),
  section: z.string().nullable().describe('The topic heading as written ("Managing behaviour"), or null.'),
  kind: itemKindSchema,
  text: z
    .string()
    .describe(
      'The recommendation or concern: stitched across page breaks, single-spaced, formatting removed, reference removed.',
    ),
  refs: z.array(z.string()).describe('Report paragraph references, e.g. ["1.37"].'),
  repeatedRefs: z.array(z.string()).describe('References of the earlier recommendation this one repeats.'),
  referenceAsWritten: z
    .string()
    .nullable()
    .describe('The reference exactly as printed, e.g. "(1.37, repeated recommendation 1.40)".'),
  status: statusSchema
    .nullable()
    .describe(
      'agreed, partly_agreed, not_agreed, or not_recognised when the printed status cannot be read (an error anomaly names the item, and the site shows it as printed). Null for the items of a concerns plan, which has no status column; never null in a recommendations plan. The 2016 wordings map as Accepted → agreed, Partially Accepted and Accepted Subject to Resources → partly_agreed (the 2016 summary tables count them together), Rejected → not_agreed.',
    ),
  statusAsWritten: z
    .string()
    .nullable()
    .describe('The status cell exactly as printed (white space collapsed), or null if it is empty.'),
  response: z
    .string()
    .describe('The full response. Paragraphs are separated by a blank line; list items start with "• ".'),
  actions: z.array(actionSchema).describe('One per owner/target pair.'),
  columns: z
    .array(columnSchema)
    .describe(
      "Columns of the plan's table whose role the parser does not know (a progress update, a RAG rating, evidence), kept under their header; only those with words for this item.",
    ),
  url: z.string().describe('Its page on the site, e.g. /prisons/rochester/2017/5-3/.'),
  themes: z.array(z.string()).describe('Theme ids, the primary theme first.'),
  themeReasons: z.array(themeReasonSchema).describe('Why the item has each of its themes.'),
  related: z.array(linkSchema).describe('Up to 5 similar items at other plans, best first.'),
  raisedBefore: z
    .array(linkSchema)
    .describe(
      "Up to 3 items of the same establishment's earlier plans on the same subject, or the printed repeated recommendation.",
    ),
  raisedAgain: z
    .array(linkSchema)
    .describe(
      "Items of the same establishment's later plans that raised this one again: the reverse of their raisedBefore links, with the same score and reason, oldest plan first. In items.csv: raised_again, their keys.",
    ),
  glossary: z
    .array(z.string())
    .describe('Glossary terms the item uses, abbreviated or spelt out (ACCT), in its text, response or owners.'),
  followUps: z
    .array(followUpSchema)
    .describe(
      "What happened next: each judgement recorded on the item in the publisher's follow-up files (docs/follow-ups.md), oldest first; empty where none is recorded.",
    ),
});

export const summaryRowSchema = z.object({
  label: z.string().describe('The row label as printed.'),
  status: statusSchema.nullable(),
  count: z.number().int().nonnegative(),
});

export const summarySchema = z.object({
  agreed: z.number().int().nonnegative().describe('Agreed, as counted in the printed summary.'),
  partlyAgreed: z.number().int().nonnegative().describe('Partly agreed, as counted in the printed summary.'),
  notAgreed: z.number().int().nonnegative().describe('Not agreed, as counted in the printed summary.'),
  total: z.number().int().nonnegative().nullable().describe('The printed total, or null if none is printed.'),
  rows: z.array(summaryRowSchema).describe('The rows of the summary as printed.'),
});

export const planKindSchema = z.enum(['recommendations', 'concerns']);

export const planSchema = z.object({
  id: z
    .string()
    .describe(
      'Stable id: establishment id and inspection year, e.g. rochester-2017 (-2, -3 … if one establishment has two plans in a year).',
    ),
  source: z.string().describe('File name of the document in the plans folder.'),
  url: z.string().describe('Its page on the site, e.g. /prisons/rochester/2017/.'),
  establishment: z
    .string()
    .describe('The establishment name as written in this document ("HMP & YOI Rochester", "HMP FORD").'),
  establishmentId: z.string().describe('Canonical id, shared by all plans of the establishment (rochester).'),
  establishmentName: z
    .string()
    .describe("Canonical name, shared by all plans of the establishment: the latest plan's name (HMP Rochester)."),
  kind: planKindSchema.describe(
    'recommendations (with a status column) or concerns (priority and key concerns, since 2022; no status).',
  ),
  year: z.number().int().describe('Inspection year (or, where no inspection date is printed, the year published).'),
  inspectionStart: isoDate.nullable().describe('First day of the inspection, or null when not printed.'),
  inspectionEnd: isoDate.nullable().describe('Last day of the inspection, or null when not printed.'),
  reportPublished: isoDate.nullable().describe('When the inspection report was published, or null when not printed.'),
  planSubmitted: isoDate.nullable().describe('When the action plan was submitted, or null when not printed.'),
  inspectionParts: z
    .array(z.object({ start: isoDate, end: isoDate }))
    .describe(
      'The parts of an inspection made in several visits ("3-4 October; 14-18 October 2021"), each a first and last day, in order; empty when it was one visit or its dates are not read. inspectionStart and inspectionEnd span them all.',
    ),
  datesAsWritten: z
    .object({
      inspection: z.string().nullable(),
      reportPublished: z.string().nullable(),
      planSubmitted: z.string().nullable(),
    })
    .describe(
      'Each date exactly as printed (white space collapsed), or null when not printed; where the date is null but this is not, the date is printed but was not understood, and the site shows it as printed.',
    ),
  summary: summarySchema
    .nullable()
    .describe("The plan's printed status counts (its own summary table), or null if none is printed."),
  notes: z
    .array(z.string())
    .describe(
      "The plan's own words outside its table that are not the template's (a note that target dates may move, a caveat), a paragraph each, in document order.",
    ),
  signOff: z
    .string()
    .nullable()
    .describe(
      'The sign-off printed after the table ("Signed: …", "Name: …", "Date: …"), its lines apart by a line break, or null.',
    ),
  items: z.array(itemSchema).describe('The recommendations or concerns, in document order.'),
});

export const establishmentSchema = z.object({
  id: z.string().describe('Canonical id (rochester).'),
  name: z.string().describe("Canonical name: the latest plan's name (HMP Rochester)."),
  namesAsWritten: z.array(z.string()).describe('Every name it has had in its plans.'),
  planIds: z.array(z.string()).describe('Plans of this establishment, oldest inspection first.'),
  url: z.string().describe('Its page on the site, e.g. /prisons/rochester/.'),
});

export const anomalySchema = z.object({
  file: z.string().describe("The document's file name."),
  line: z.number().int().nonnegative().describe('1-based line in the source document; 0 for the whole file.'),
  where: z
    .string()
    .nullable()
    .describe(
      'Where in the file a publisher finds the problem, in the words of its format: "line 12" (text), "page 3" (PDF), "table 2, row 5" or "paragraph 4" (Word, OpenDocument); null for the whole file.',
    ),
  plan: z.string().nullable().describe('The plan id, or null when no plan was published from the file.'),
  item: z.string().nullable().describe('The item number, or null for a note on the whole document.'),
  kind: z
    .enum(ANOMALY_KIND_CODES)
    .describe('A stable code for the kind of repair or problem, e.g. id-inferred; docs/data-quality.md explains each.'),
  severity: z
    .enum(['error', 'warning', 'repair'])
    .describe(
      'error: the document could not be used, or (with an item) something in it could not be read and is published as printed; warning: something is missing, inconsistent or not told by the document (which paragraph belongs to which of two actions, a date not printed); repair: damage the parser mended (a number inferred, a heading moved past a split row, owners split, a target printed twice, a year inferred, words run together).',
    ),
  message: z.string().describe('What is wrong, in plain English.'),
  text: z
    .string()
    .nullable()
    .describe(
      'The words concerned, so that nothing is lost: words set aside (a garbled or repeated copy), moved, copied (an inherited owner), or as printed before a repair.',
    ),
});

export const followUpProblemSchema = z.object({
  file: z.string().describe("The follow-up file's name, in the follow-ups folder (docs/follow-ups.md)."),
  line: z
    .number()
    .int()
    .positive()
    .describe('1-based line of the file on which the row left out starts; 1 for the header row or the whole file.'),
  message: z
    .string()
    .describe(
      'Why the row (or the file) was left out, in plain English: the values allowed and the nearest match, with any value quoted from the file escaped.',
    ),
});

export const datasetSchema = z.object({
  plans: z.array(planSchema),
  establishments: z.array(establishmentSchema),
  themes: z.array(themeSchema),
  glossary: z.array(glossaryEntrySchema),
  anomalies: z.array(anomalySchema),
  followUpProblems: z
    .array(followUpProblemSchema)
    .describe(
      'The follow-up rows and files that were left out of the site, one entry each, in file and line order; empty when every row was read.',
    ),
});

export type Status = z.infer<typeof statusSchema>;
export type Test = z.infer<typeof testSchema>;
export type ThemeDefinition = z.infer<typeof themeDefinitionSchema>;
export type Theme = z.infer<typeof themeSchema>;
export type ThemeReason = z.infer<typeof themeReasonSchema>;
export type Link = z.infer<typeof linkSchema>;
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export type Definition = z.infer<typeof definitionSchema>;
export type DueState = z.infer<typeof dueStateSchema>;
export type Action = z.infer<typeof actionSchema>;
export type Column = z.infer<typeof columnSchema>;
export type Item = z.infer<typeof itemSchema>;
export type ItemKind = z.infer<typeof itemKindSchema>;
export type FollowUpSource = z.infer<typeof followUpSourceSchema>;
export type Verdict = z.infer<typeof verdictSchema>;
export type FollowUp = z.infer<typeof followUpSchema>;
export type SummaryRow = z.infer<typeof summaryRowSchema>;
export type Summary = z.infer<typeof summarySchema>;
export type PlanKind = z.infer<typeof planKindSchema>;
export type Plan = z.infer<typeof planSchema>;
export type Establishment = z.infer<typeof establishmentSchema>;
export type Anomaly = z.infer<typeof anomalySchema>;
export type FollowUpProblem = z.infer<typeof followUpProblemSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
