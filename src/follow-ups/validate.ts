// The rows of the follow-up files → judgements on the dataset's items. Each row
// is checked with zod, then against the plans: a row that fails gets one
// message naming its file and line, what is allowed and the nearest match, and
// is left out; the other rows are read.
import { closest } from 'fastest-levenshtein';
import { z } from 'astro/zod';
import { compare } from '../model/compare.ts';
import type { FollowUp, FollowUpProblem, FollowUpSource, Item, Plan } from '../model/schema.ts';
import { readCsv } from './rows.ts';
import { SCALES, SOURCES, fold, sourcesWith, verdictOf } from '../model/follow-up-scales.ts';

/** A follow-up file as read: its name in the follow-ups folder and its text. */
export interface FollowUpFile {
  name: string;
  text: string;
}

/** A row or file left out: the file's name, the 1-based line (1 for the header row or the whole file), why. */
export type { FollowUpProblem } from '../model/schema.ts';

export const REQUIRED_COLUMNS = ['plan', 'item', 'source', 'judged_by', 'date', 'judgement', 'url'] as const;
/** Optional: a short extract, the publisher's note, and the item's key (which catches Excel turning 5.10 into 5.1). */
export const OPTIONAL_COLUMNS = ['quote', 'note', 'key'] as const;

/** A value from the file in a message: quoted, with control and direction characters written as escapes, never obeyed by the terminal. */
const quoted = (s: string) =>
  JSON.stringify(s).replace(
    /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
const listed = (values: readonly string[]) => values.map(quoted).join(', ');

/** "; nearest: "irp"" where a value is near one of those allowed. */
function nearest(value: string, allowed: readonly string[]): string {
  if (!value || !allowed.length) return '';
  const best = closest(fold(value), allowed.map(fold) as string[]);
  const found = allowed.find((a) => fold(a) === best)!;
  return `; nearest: ${quoted(found)}`;
}

/** "2020-03-12", or the UK day-first "12/03/2020" Excel writes → an ISO date; null if it is no calendar date. */
export function isoDateOf(text: string): string | null {
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  let [y, mo, d] = m ? [m[1]!, m[2]!, m[3]!] : ['', '', ''];
  if (!m) {
    m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
    if (!m) return null;
    [d, mo, y] = [m[1]!, m[2]!, m[3]!];
  }
  const iso = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : null;
}

const cell = z.string().transform((s) => s.trim());
const optionalCell = cell.transform((s) => (s === '' ? null : s));

/** One row's cells: the checks that need nothing but the row. */
const rowSchema = z
  .object({
    plan: cell.pipe(z.string().min(1, 'plan is empty: give the plan id, e.g. rochester-2017')),
    item: cell.pipe(z.string().min(1, 'item is empty: give the number as printed, e.g. 5.3')),
    key: optionalCell.optional(),
    source: cell.pipe(
      z.string().refine((s) => (SOURCES as string[]).includes(s.toLowerCase()), {
        error: (iss) =>
          `source ${quoted(String(iss.input))} is not one of ${listed(SOURCES)}${nearest(String(iss.input), SOURCES)}`,
      }),
    ),
    judged_by: cell.pipe(
      z.string().refine((s) => ['HMIP', 'HMPPS'].includes(s.toUpperCase()), {
        error: (iss) =>
          `judged_by ${quoted(String(iss.input))} is not "HMIP" or "HMPPS"${nearest(String(iss.input), ['HMIP', 'HMPPS'])}`,
      }),
    ),
    date: cell.pipe(
      z.string().refine((s) => isoDateOf(s) !== null, {
        error: (iss) =>
          `date ${quoted(String(iss.input))} is not a date: write the report's date as YYYY-MM-DD (2020-03-12) or DD/MM/YYYY (12/03/2020)`,
      }),
    ),
    judgement: cell,
    url: cell.pipe(
      z.string().refine((s) => /^https?:$/.test(URL.parse(s)?.protocol ?? ''), {
        error: (iss) =>
          `url ${quoted(String(iss.input))} is not the address of the report: give it in full, starting https://`,
      }),
    ),
    quote: optionalCell.optional(),
    note: optionalCell.optional(),
  })
  .superRefine((row, ctx) => {
    const source = row.source.toLowerCase() as FollowUpSource;
    const scale = SCALES[source];
    if (!scale) return; // reported by its own check
    if (row.judged_by.toUpperCase() !== scale.judgedBy && ['HMIP', 'HMPPS'].includes(row.judged_by.toUpperCase()))
      ctx.addIssue({
        code: 'custom',
        path: ['judged_by'],
        message: `judged_by is ${quoted(row.judged_by)}, but the judgements of ${quoted(source)} (${scale.name.toLowerCase()}) are made by ${quoted(scale.judgedBy)}`,
      });
    if (verdictOf(source, row.judgement) === null) {
      const labels = scale.verdicts.map((v) => v.label);
      const elsewhere = sourcesWith(row.judgement);
      ctx.addIssue({
        code: 'custom',
        path: ['judgement'],
        message:
          `judgement ${quoted(row.judgement)} is not one of the judgements of ${quoted(source)}: ${listed(labels)}` +
          (elsewhere.length
            ? `; it is a judgement of ${listed(elsewhere)}, so the source may be wrong`
            : nearest(row.judgement, labels)),
      });
    }
  });

type Row = z.infer<typeof rowSchema>;

/** The row's problems, in column order, as one message. */
function rowProblems(error: z.ZodError): string {
  const order = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS] as string[];
  return [...error.issues]
    .sort((a, b) => order.indexOf(String(a.path[0])) - order.indexOf(String(b.path[0])))
    .map((i) => i.message)
    .join('; ');
}

/** The date a judgement cannot come before: the report that made the recommendation, or the inspection. */
const planDate = (p: Plan) => p.reportPublished ?? p.inspectionEnd ?? p.inspectionStart ?? p.planSubmitted;

export interface FollowUpIndex {
  planById: ReadonlyMap<string, Plan>;
  itemByKey: ReadonlyMap<string, { item: Item; plan: Plan }>;
}

export function indexPlans(plans: Plan[]): FollowUpIndex {
  const planById = new Map<string, Plan>();
  const itemByKey = new Map<string, { item: Item; plan: Plan }>();
  for (const plan of plans) {
    planById.set(plan.id.toLowerCase(), plan);
    for (const item of plan.items) itemByKey.set(item.key.toLowerCase(), { item, plan });
  }
  return { planById, itemByKey };
}

/** The item a row names, or the reason it names none. */
function findItem(row: Row, index: FollowUpIndex): { item: Item; plan: Plan } | string {
  const plan = index.planById.get(row.plan.toLowerCase());
  if (!plan) {
    const ids = [...index.planById.values()].map((p) => p.id);
    return `plan ${quoted(row.plan)} is not a plan of the dataset${nearest(row.plan, ids) || ' (it has no plans)'}`;
  }
  const matches = plan.items.filter((i) => i.id.toLowerCase() === row.item.toLowerCase());
  const byKey = row.key ? index.itemByKey.get(row.key.toLowerCase()) : undefined;
  if (row.key && !byKey)
    return `key ${quoted(row.key)} is not the key of an item${nearest(
      row.key,
      plan.items.map((i) => i.key),
    )}`;
  if (byKey && !matches.includes(byKey.item))
    return `item ${quoted(row.item)} of ${plan.id} is not the item whose key is ${quoted(row.key!)} (${byKey.plan.id}, item ${byKey.item.id}); did a spreadsheet turn "${byKey.item.id}" into a number?`;
  if (byKey) return byKey;
  if (matches.length === 1) return { item: matches[0]!, plan };
  if (matches.length > 1)
    return `plan ${plan.id} prints item ${quoted(row.item)} ${matches.length} times: add a key column naming one of ${listed(matches.map((i) => i.key))}`;
  return `plan ${plan.id} has no item ${quoted(row.item)}${nearest(
    row.item,
    plan.items.map((i) => i.id),
  )}`;
}

export interface ReadFollowUps {
  /** Judgements by item key, oldest first. */
  byItem: Map<string, FollowUp[]>;
  problems: FollowUpProblem[];
  /** Rows read into a judgement. */
  count: number;
}

/** A row with no judgement is an item the follow-up did not cover (a template's rows): not read, and not a problem. */
const notJudged = (cells: Record<string, string>) => !(cells.judgement ?? '').trim();

export function readFollowUps(files: FollowUpFile[], index: FollowUpIndex): ReadFollowUps {
  const problems: FollowUpProblem[] = [];
  const byItem = new Map<string, FollowUp[]>();
  const seen = new Map<string, { file: string; line: number }>();
  let count = 0;
  for (const file of [...files].sort((a, b) => compare(a.name, b.name))) {
    const table = readCsv(file.text);
    const missing = REQUIRED_COLUMNS.filter((c) => !table.columns.includes(c));
    if (missing.length) {
      const others = table.columns.filter((c) => !(REQUIRED_COLUMNS as readonly string[]).includes(c));
      problems.push({
        file: file.name,
        line: 1,
        message: `the header row has no column ${missing
          .map((m) => quoted(m) + (others.length ? ` (nearest: ${quoted(closest(m, others))})` : ''))
          .join(', ')}; the columns are ${listed([...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS])}. The file is not read.`,
      });
      continue;
    }
    for (const { line, cells } of table.rows) {
      if (notJudged(cells)) {
        if ((cells.quote ?? '').trim() || (cells.note ?? '').trim())
          problems.push({
            file: file.name,
            line,
            message: 'the row has a quote or a note but no judgement; the row is left out',
          });
        continue;
      }
      const problem = (message: string) =>
        problems.push({ file: file.name, line, message: `${message}; the row is left out` });
      const parsed = rowSchema.safeParse(cells);
      if (!parsed.success) {
        problem(rowProblems(parsed.error));
        continue;
      }
      const row = parsed.data;
      const found = findItem(row, index);
      if (typeof found === 'string') {
        problem(found);
        continue;
      }
      const { item, plan } = found;
      const source = row.source.toLowerCase() as FollowUpSource;
      const date = isoDateOf(row.date)!;
      const since = planDate(plan);
      if (since && date < since) {
        problem(
          `date ${date} is before the plan: the report of the ${plan.year} inspection (${plan.id}) is dated ${since}`,
        );
        continue;
      }
      const key = `${item.key}\u0000${source}\u0000${date}`;
      const first = seen.get(key);
      if (first) {
        problem(
          `item ${item.id} of ${plan.id} already has a judgement of ${quoted(source)} dated ${date}, at ${first.file} line ${first.line}: each judgement is one row`,
        );
        continue;
      }
      seen.set(key, { file: file.name, line });
      const scale = SCALES[source];
      const verdict = verdictOf(source, row.judgement)!;
      const followUp: FollowUp = {
        source,
        judgedBy: scale.judgedBy,
        date,
        verdict,
        judgement: row.judgement,
        url: row.url,
        quote: row.quote ?? null,
        note: row.note ?? null,
        file: file.name,
        line,
      };
      const list = byItem.get(item.key);
      if (list) list.push(followUp);
      else byItem.set(item.key, [followUp]);
      count++;
    }
  }
  const order = (a: FollowUp, b: FollowUp) =>
    compare(a.date, b.date) ||
    SOURCES.indexOf(a.source) - SOURCES.indexOf(b.source) ||
    compare(a.file, b.file) ||
    a.line - b.line;
  for (const list of byItem.values()) list.sort(order);
  problems.sort((a, b) => compare(a.file, b.file) || a.line - b.line);
  return { byItem, problems, count };
}

/** The plans with each item's judgements attached (a new item object where it has any). */
export function withFollowUps(plans: Plan[], byItem: ReadonlyMap<string, FollowUp[]>): Plan[] {
  if (!byItem.size) return plans;
  return plans.map((p) =>
    p.items.some((i) => byItem.has(i.key))
      ? { ...p, items: p.items.map((i) => (byItem.has(i.key) ? { ...i, followUps: byItem.get(i.key)! } : i)) }
      : p,
  );
}
