// The independent variants of issue 27 (tests/fixtures/variants-27, with expected.json written by
// someone who had not seen the code): each document read as ingest reads it and set against what
// a reader of the document sees in it, field by field.
import { readFileSync } from 'node:fs';
import { buildDataset } from '../../src/dataset/build.ts';
import { readFile } from '../../src/ingest/read.ts';
import type { Anomaly, Plan } from '../../src/model/schema.ts';

export const VARIANTS_27 = 'tests/fixtures/variants-27';

export interface ExpectedAction {
  text: string | null;
  owner: string | null;
  target: string | null;
}
export interface ExpectedItem {
  number: string;
  numberSource: 'printed' | 'reference' | 'order';
  kind: 'recommendation' | 'priority concern' | 'key concern';
  text: string;
  status: string | null;
  actions: ExpectedAction[];
}
export interface Expected {
  file: string;
  files: string[];
  rule: number;
  what: string;
  establishment: string;
  inspection: {
    printed: string;
    start: string | null;
    end: string | null;
    parts: { start: string; end: string }[] | null;
    understood: boolean;
  };
  published: string | null;
  submitted: string | null;
  notes: string[];
  summary: {
    agreed: number;
    'partly agreed': number;
    'not agreed': number;
    total: number | null;
    matchesItems: boolean;
  } | null;
  items: ExpectedItem[];
  damaged?: string[];
}

export const expectedVariants = (): Expected[] =>
  JSON.parse(readFileSync(`${VARIANTS_27}/expected.json`, 'utf8')) as Expected[];

/** What was read from one file, in the terms of expected.json. */
export interface Reading {
  plan: Plan | null;
  anomalies: Anomaly[];
  fields: Record<string, unknown>;
}

const STATUS: Record<string, string> = {
  agreed: 'agreed',
  partly_agreed: 'partly agreed',
  not_agreed: 'not agreed',
  not_recognised: 'not recognised',
};

export async function readVariant(file: string): Promise<Reading> {
  const doc = await readFile(VARIANTS_27, file);
  const dataset = buildDataset([doc.parsed]);
  const plan = dataset.plans[0] ?? null;
  const anomalies = dataset.anomalies;
  if (!plan) return { plan, anomalies, fields: {} };
  const start = plan.inspectionStart;
  const fields: Record<string, unknown> = {
    // The name as the template's "Action Plan: …" line prints it, which the dataset keeps as the canonical name.
    establishment: plan.establishmentName,
    inspection: {
      printed: plan.datesAsWritten.inspection,
      start,
      end: plan.inspectionEnd,
      parts: start ? (plan.inspectionParts.length ? plan.inspectionParts : [{ start, end: plan.inspectionEnd }]) : null,
      understood: start !== null,
    },
    published: plan.reportPublished,
    submitted: plan.planSubmitted,
    notes: plan.notes,
    summary: plan.summary && {
      agreed: plan.summary.agreed,
      'partly agreed': plan.summary.partlyAgreed,
      'not agreed': plan.summary.notAgreed,
      total: plan.summary.total,
      matchesItems: !anomalies.some((a) => a.kind === 'summary-mismatch'),
    },
    items: plan.items.map((i) => ({
      number: i.id,
      numberSource: !i.idInferred ? 'printed' : i.referenceAsWritten && i.refs.includes(i.id) ? 'reference' : 'order',
      kind:
        i.status !== null
          ? 'recommendation'
          : /\bkey\b/i.test(i.group ?? '')
            ? 'key concern'
            : /\bpriority\b/i.test(i.group ?? '')
              ? 'priority concern'
              : 'concern',
      text: [i.text, i.referenceAsWritten].filter(Boolean).join(' '),
      status: i.status && STATUS[i.status],
      actions: i.actions.map((a) => ({ text: a.text, owner: a.owner, target: a.target })),
    })),
  };
  return { plan, anomalies, fields };
}

/** The expected values of one entry, in the same shape (the description fields left out). */
export function expectedFields(e: Expected): Record<string, unknown> {
  const { printed, start, end, parts, understood } = e.inspection;
  return {
    establishment: e.establishment,
    inspection: { printed, start, end, parts, understood },
    published: e.published,
    submitted: e.submitted,
    notes: e.notes,
    summary: e.summary,
    items: e.items.map((i) => ({ ...i, status: i.status })),
  };
}
