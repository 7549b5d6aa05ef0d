// The Word, OpenDocument and PDF versions of the built-in plans
// (tests/fixtures/office, made by scripts/fixtures/make-office-fixtures.py),
// read and parsed, set against the text versions.
import { readFileSync } from 'node:fs';
import { buildDataset } from '../../src/dataset/build.ts';
import { sniffFormat } from '../../src/documents/formats.ts';
import { readFile } from '../../src/ingest/read.ts';
import { readDocx } from '../../src/documents/readers/docx.ts';
import { readOdt } from '../../src/documents/readers/odt.ts';
import { readPdf } from '../../src/documents/readers/pdf.ts';
import type { SourceDocument, SourceRow } from '../../src/documents/readers/source.ts';
import type { Item } from '../../src/model/schema.ts';
import { parseDocument, type ParsedDocument } from '../../src/parse/document.ts';
import { findLayout } from '../../src/parse/layout.ts';
import { coverage, datasetWords, wordsOf, type Coverage } from './words.ts';

export const OFFICE_DIR = 'tests/fixtures/office';
export const TEXT_DIR = `${OFFICE_DIR}/text`;
export const STEMS = [
  '000_653c83a5637c60bc',
  '001_ff6fe2fa878ff173',
  '002_3cba4798597cd07c',
  '003_d5c8efc2574a808a',
  '004_118ba5f91bde9054',
];
/** Each version and the producer that made it. */
export const VERSIONS = [
  { ext: '.docx', made: 'Word, by python-docx' },
  { ext: '.lo.docx', made: 'Word, by LibreOffice from HTML' },
  { ext: '.odt', made: 'OpenDocument, by LibreOffice from HTML' },
  { ext: '.pdf', made: 'PDF, by LibreOffice from Word' },
  { ext: '.chromium.pdf', made: 'PDF, by Chromium from HTML' },
  { ext: '.unruled.pdf', made: 'PDF without lines round the cells, by Chromium from HTML' },
  { ext: '.rows-ruled.pdf', made: 'PDF with a box and rules under the rows only, by Chromium from HTML' },
  // As Word lays them out: one row per recommendation, narrow owner and target columns, the summary a table of its
  // own without a label (scripts/fixtures/make-word-layout-fixtures.py).
  { ext: '.word.docx', made: 'Word as Word lays it out, by python-docx' },
  { ext: '.word.pdf', made: 'PDF with narrow columns, by LibreOffice from that Word document' },
] as const;

/** A document's rows as its reader gives them, the reader chosen by the file's first bytes as ingest chooses it. */
export async function sourceOf(file: string): Promise<SourceDocument> {
  const bytes = new Uint8Array(readFileSync(file));
  const format = sniffFormat(bytes);
  const r = format === 'pdf' ? await readPdf(bytes) : format === 'odt' ? readOdt(bytes) : readDocx(bytes);
  if (!r.ok) throw new Error(`${file}: ${r.notes.map((n) => n.message).join(' ')}`);
  return r.document;
}

/** The status summary after the table: a "Recommendations" row with counts in the rows just below, or the counts alone. */
const isSummaryStart = (rows: SourceRow[], i: number) =>
  (/^(?:recommendations|concerns)$/i.test((rows[i]!.cells[0] ?? []).join(' ')) &&
    rows.slice(i + 1, i + 4).some((r) => /^\d+$/.test((r.cells[1] ?? []).join(' ')))) ||
  (/^(?:agreed|accepted)$/i.test((rows[i]!.cells[0] ?? []).join(' ')) &&
    /^\d+$/.test((rows[i]!.cells[1] ?? []).join(' ')));

/**
 * Words of the table as the reader gave it: every row after the header row up
 * to the summary, and past it the page furniture (lines outside any table),
 * which the parser sets aside wherever it stands.
 */
export function sourceTableWords(doc: SourceDocument): string[] {
  const rows = doc.rows;
  const out: string[] = [];
  let inSummary = false;
  for (let i = findLayout(rows)!.line; i < rows.length; i++) {
    inSummary ||= isSummaryStart(rows, i);
    if (inSummary && rows[i]!.table !== null) continue;
    out.push(...wordsOf(rows[i]!.cells.flat().join(' ')));
  }
  return out;
}

export interface Comparison {
  items: number;
  expected: number;
  ids: boolean;
  statuses: number;
  texts: number;
  refs: number;
  pairs: number;
  responses: number;
  coverage: Coverage;
  mismatches: string[];
}

const pairs = (i: Item | { actions: { owner: string | null; target: string | null }[] }) =>
  JSON.stringify(i.actions.map((a) => [a.owner, a.target]));
const spaced = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Each text version parsed once, for all the versions set against it. */
const texts = new Map<string, Promise<NonNullable<ParsedDocument['plan']>>>();
const textOf = (stem: string) => {
  if (!texts.has(stem))
    texts.set(
      stem,
      readFile(TEXT_DIR, `${stem}.txt`).then((r) => r.parsed.plan!),
    );
  return texts.get(stem)!;
};

/** One version of a plan against its text. The document is read once, for its words and for the parser. */
export async function compareVersion(stem: string, ext: string): Promise<Comparison> {
  const text = await textOf(stem);
  const source = await sourceOf(`${OFFICE_DIR}/${stem}${ext}`);
  // The table's words as the reader gave them, taken before the parser sees the rows.
  const tableWords = sourceTableWords(source);
  const dataset = buildDataset([parseDocument(`${stem}${ext}`, source)]);
  const plan = dataset.plans[0]!;
  const byId = new Map(plan.items.map((i) => [i.id, i]));
  const c: Comparison = {
    items: plan.items.length,
    expected: text.items.length,
    ids: JSON.stringify(plan.items.map((i) => i.id)) === JSON.stringify(text.items.map((i) => i.id)),
    statuses: 0,
    texts: 0,
    refs: 0,
    pairs: 0,
    responses: 0,
    coverage: coverage([], []),
    mismatches: [],
  };
  for (const t of text.items) {
    const o = byId.get(t.id);
    if (!o) {
      c.mismatches.push(`${t.id}: missing`);
      continue;
    }
    if (o.status === t.status && o.statusAsWritten === t.statusAsWritten) c.statuses++;
    else c.mismatches.push(`${t.id}: status "${o.statusAsWritten}"`);
    if (o.text === t.text) c.texts++;
    else c.mismatches.push(`${t.id}: text "${o.text}"`);
    if (JSON.stringify(o.refs) === JSON.stringify(t.refs) && o.referenceAsWritten === t.referenceAsWritten) c.refs++;
    else c.mismatches.push(`${t.id}: reference "${o.referenceAsWritten}"`);
    if (pairs(o) === pairs(t)) c.pairs++;
    else c.mismatches.push(`${t.id}: owners and targets ${pairs(o)}`);
    if (spaced(o.response) === spaced(t.response)) c.responses++;
    else c.mismatches.push(`${t.id}: response differs`);
  }
  c.coverage = coverage(tableWords, datasetWords(plan, dataset.anomalies));
  return c;
}
