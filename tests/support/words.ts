// Word accounting for the "nothing lost, nothing invented" check: the words of
// a document's table against the words of its plan and anomalies.
import type { Anomaly, Plan } from '../../src/model/schema.ts';
import { plainText } from '../../src/documents/readers/markup.ts';
import { textDocument } from '../../src/documents/readers/text.ts';
import { findLayout } from '../../src/parse/layout.ts';
import { repairSpacing } from '../../src/parse/spacing.ts';
import { statusOf } from '../../src/parse/status.ts';

export const wordsOf = (s: string) =>
  plainText(s)
    .toLowerCase()
    .match(/[a-z0-9]+/g) ?? [];

function bag(words: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of words) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

/** "Recommendations" followed by a status and its count ("Agreed | 38"): the summary table after the plan's table. */
export function summaryStarts(lines: string[], k: number): boolean {
  if (!/^(?:recommendations|concerns)\t/i.test(plainText(lines[k]!.split('\t')[0] ?? '') + '\t')) return false;
  const next = lines.slice(k + 1).find((l) => l.trim());
  const [label = '', count = ''] = (next ?? '').split('\t').map((c) => plainText(c).trim());
  return !next || ((statusOf(label) !== null || /^total$/i.test(label)) && /^(?:\d+|[-–—]?)$/.test(count));
}

/** Words of the table: from the row after the column headers to the summary table. */
export function tableWords(text: string): string[] {
  const start = findLayout(textDocument(text).rows)!.line;
  const out: string[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  for (const [k, line] of lines.slice(start).entries()) {
    const cells = line.split('\t');
    if (summaryStarts(lines, start + k)) break;
    out.push(...wordsOf(cells.join(' ')));
  }
  return out;
}

/** Anomalies whose words were set aside: they are in the anomaly, not in the plan. */
const SET_ASIDE = new Set([
  'garbled-duplicate',
  'duplicate-text',
  'target-repeated',
  'orphan-row',
  'heading-unused',
  'summary-unreadable',
  'spacing-repaired',
  'page-number-removed',
  'marking-removed',
  'running-line-removed',
  'header-repeated',
  'id-label-removed',
]);
/** Anomalies whose words the parser copied: printed once, used more often. */
const COPIED = new Set(['owner-inherited', 'owner-shared']);

/** Words the dataset holds for a plan, each printed word once. */
export function datasetWords(plan: Plan, anomalies: Anomaly[]): string[] {
  const out: string[] = [];
  let group: string | null = null;
  let section: string | null = null;
  for (const i of plan.items) {
    // A heading row is printed once, above the run of items it heads.
    if (i.group !== group) out.push(...wordsOf(i.group ?? ''));
    if (i.section !== section || (i.group !== group && i.section)) out.push(...wordsOf(i.section ?? ''));
    ({ group, section } = i);
    out.push(
      ...wordsOf(
        `${i.idInferred ? '' : i.id} ${i.text} ${i.referenceAsWritten ?? ''} ${i.statusAsWritten ?? ''} ${i.response}`,
      ),
    );
    for (const a of i.actions) out.push(...wordsOf(`${a.owner ?? ''} ${a.target ?? ''}`));
    for (const c of i.columns) out.push(...wordsOf(c.text));
  }
  const bagOut = bag(out);
  const add = (words: string[], by: 1 | -1) => words.forEach((w) => bagOut.set(w, (bagOut.get(w) ?? 0) + by));
  const remove = (words: string[]) => add(words, -1);
  for (const a of anomalies.filter((x) => x.plan === plan.id)) {
    if (SET_ASIDE.has(a.kind)) add(wordsOf(a.text ?? ''), 1);
    if (COPIED.has(a.kind)) remove(wordsOf(a.text ?? ''));
    // A mend changes the words: count the mended words once, as the printed ones.
    if (a.kind === 'spacing-repaired') remove(wordsOf(repairSpacing(a.text ?? '').text));
  }
  return [...bagOut].flatMap(([w, n]) => Array(Math.max(0, n)).fill(w));
}

export interface Coverage {
  total: number;
  placed: number;
  /** Table words not found in the dataset. */
  missing: string[];
  /** Dataset words beyond those in the table. */
  extra: string[];
}

export function coverage(source: string[], output: string[]): Coverage {
  const have = bag(output);
  const want = bag(source);
  const missing: string[] = [];
  const extra: string[] = [];
  for (const [w, n] of want) for (let k = have.get(w) ?? 0; k < n; k++) missing.push(w);
  for (const [w, n] of have) for (let k = want.get(w) ?? 0; k < n; k++) extra.push(w);
  return { total: source.length, placed: source.length - missing.length, missing, extra };
}
