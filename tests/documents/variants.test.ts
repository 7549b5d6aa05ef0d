// Next year's plans: each line is a built-in plan changed as another template,
// a page break, a date style or an encoding would change it, and what the
// parser must make of it. The items read must equal the original's (changed
// only where the variant changes the meaning), the anomalies must name what
// was repaired and nothing else, and every word of the table must be placed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/dataset/build.ts';
import { decodeDocument } from '../../src/documents/decode.ts';
import { readText } from '../../src/documents/readers/text.ts';
import { parseDocument, type ParsedDocument, type ParsedItem } from '../../src/parse/document.ts';
import { cp1252 } from '../support/cp1252.ts';
import {
  MONTHS, MONTH_YEAR, breakInsideSplitRows, insertColumn, lastDay, mapColumn, mapRows, pad, reorder, utf16, withHeader, type DateStyle,
} from '../support/variants.ts';
import { coverage, datasetWords, tableWords } from '../support/words.ts';

const FIXTURES = 'tests/fixtures/plans';
const R17 = '000_653c83a5637c60bc.txt'; // Rochester 2017: recommendations
const R24 = '001_ff6fe2fa878ff173.txt'; // Rochester 2024: concerns
const ELM = '002_3cba4798597cd07c.txt'; // Elmley 2019
const FORD = '003_d5c8efc2574a808a.txt'; // Ford 2016: Accepted/Rejected, markdown headings
const LEI = '004_118ba5f91bde9054.txt'; // Leicester 2018

const fixture = (name: string) => readFileSync(`${FIXTURES}/${name}`, 'utf8');
const read = (name: string, input: string | Uint8Array): ParsedDocument => {
  const r = readText(typeof input === 'string' ? Buffer.from(input, 'utf8') : input);
  return r.ok ? parseDocument(name, r.document) : { source: name, plan: null, notes: r.notes };
};

/** What a reader of the site sees of an item: everything but where it was printed. */
type Seen = ReturnType<typeof seen>;
const seen = (i: ParsedItem) => ({
  id: i.id, idInferred: i.idInferred, group: i.group, section: i.section, text: i.text, refs: i.refs, repeatedRefs: i.repeatedRefs,
  status: i.status, unread: i.status === 'not_recognised' ? i.statusAsWritten : null, response: i.response, actions: i.actions, columns: i.columns,
});

// Transformations, each usable in one line below.
// Only status words: a row shifted one column left has response text in the status column.
const statuses = (fn: (s: string) => string) => (t: string) => mapColumn(t, 'status', (c) => (/[a-z]/i.test(c) && c.trim().split(/\s+/).length <= 6 ? fn(c.trim()) : c));
const firstStatus = (from: string, to: string) => (t: string) => {
  let done = false;
  return mapColumn(t, 'status', (c) => (!done && c.trim() === from ? ((done = true), to) : c));
};
// Owner cells too: a row shifted one column left has its target there.
const targets = (style: DateStyle) => (t: string) =>
  (['owner', 'target'] as const).reduce((text, role) => mapColumn(text, role, (c) => c.replace(MONTH_YEAR, (_m, month: string, year: string) => style.write(MONTHS.indexOf(month), Number(year)))), t);
const firstTarget = (to: string) => (t: string) => {
  let done = false;
  return mapColumn(t, 'target', (c) => c.replace(MONTH_YEAR, (m) => (done ? m : ((done = true), to))));
};
const blankCell = (id: string, k: number) => (t: string) => mapRows(t, (cells) => (cells[0] === id ? cells.map((c, i) => (i === k ? '' : c)) : cells));
const dropHeader = (t: string) => withHeader(t, ['']);

// Expected items, from the original's.
type Expect = (items: Seen[]) => Seen[];
const same: Expect = (items) => items;
const unread = (status: Seen['status'], written: string): Expect => (items) => {
  const k = items.findIndex((i) => i.status === status);
  return items.map((i, j) => (j === k ? { ...i, status: 'not_recognised', unread: written } : i));
};
const dated = (style: DateStyle): Expect => (items) =>
  items.map((i) => ({
    ...i,
    actions: i.actions.map((a) => {
      const months = a.target ? [...a.target.matchAll(MONTH_YEAR)] : [];
      if (!months.length) return a;
      const last = months.at(-1)!;
      return { ...a, target: a.target!.replace(MONTH_YEAR, (_m, mo: string, y: string) => style.write(MONTHS.indexOf(mo), Number(y))), due: style.due(MONTHS.indexOf(last[1]!), Number(last[2])) };
    }),
  }));
const firstDateUnread = (written: string): Expect => (items) => {
  let done = false;
  return items.map((i) => ({ ...i, actions: i.actions.map((a) => (!done && a.target && MONTH_YEAR.test(a.target) && (MONTH_YEAR.lastIndex = 0, (done = true)) ? { ...a, target: written, due: null } : a)) }));
};
const withColumn = (header: string, text: (i: Seen) => string | null): Expect => (items) =>
  items.map((i) => {
    const t = text(i);
    return t ? { ...i, columns: [{ header, text: t }] } : i;
  });
const actions = (id: string, change: Partial<Seen['actions'][number]>): Expect => (items) =>
  items.map((i) => (i.id === id ? { ...i, actions: i.actions.map((a) => ({ ...a, ...change })) } : i));

// Date styles: how a month is written, and the due date it means.
const ym = (m: number, y: number) => `${y}-${pad(m + 1)}`;
const ymd = (m: number, y: number, d = lastDay(y, m)) => `${ym(m, y)}-${pad(d)}`;
const firstMonday = (m: number, y: number) => [1, 2, 3, 4, 5, 6, 7].find((d) => new Date(Date.UTC(y, m, d)).getUTCDay() === 1)!;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const fyStart = (m: number, y: number) => (m >= 3 ? y : y - 1);
const quarterEnd = (m: number, y: number) => ym(Math.floor(m / 3) * 3 + 2, y);
const style = (write: DateStyle['write'], due: DateStyle['due']): DateStyle => ({ write, due });
const DATES = {
  slashes: style((m, y) => `${lastDay(y, m)}/${pad(m + 1)}/${y}`, (m, y) => ymd(m, y)),
  dotsShortYear: style((m, y) => `${lastDay(y, m)}.${pad(m + 1)}.${y % 100}`, (m, y) => ymd(m, y)),
  dayMonthShortYear: style((m, y) => `${lastDay(y, m)}/${m + 1}/${y % 100}`, (m, y) => ymd(m, y)),
  excel: style((m, y) => `${MONTHS[m]!.slice(0, 3)}-${y % 100}`, ym),
  endOf: style((m, y) => `End of ${MONTHS[m]} ${y}`, ym),
  byOrdinal: style((m, y) => `By ${lastDay(y, m)}${lastDay(y, m) === 31 ? 'st' : 'th'} ${MONTHS[m]} ${y}`, (m, y) => ymd(m, y)),
  weekCommencing: style((m, y) => `w/c ${firstMonday(m, y)} ${MONTHS[m]} ${y}`, (m, y) => ymd(m, y, firstMonday(m, y) + 6)),
  andOngoing: style((m, y) => `${MONTHS[m]} ${y} and ongoing`, ym),
  quarter: style((m, y) => `Q${Math.floor(m / 3) + 1} ${y}`, quarterEnd),
  completed: style((m, y) => `Completed ${MONTHS[m]} ${y}`, () => 'completed'),
  weekday: style((m, y) => `${WEEKDAYS[new Date(Date.UTC(y, m, lastDay(y, m))).getUTCDay()]} ${lastDay(y, m)} ${MONTHS[m]} ${y}`, (m, y) => ymd(m, y)),
  iso: style((m, y) => ymd(m, y), (m, y) => ymd(m, y)),
  financialQuarter: style((m, y) => `Q${Math.floor(((m + 9) % 12) / 3) + 1} ${fyStart(m, y)}/${(fyStart(m, y) + 1) % 100}`, quarterEnd),
  financialYear: style((m, y) => `${fyStart(m, y)}/${fyStart(m, y) + 1}`, (m, y) => ym(2, fyStart(m, y) + 1)),
  before: style((m, y) => `Before 1 ${MONTHS[(m + 1) % 12]} ${m === 11 ? y + 1 : y}`, (m, y) => ymd(m, y)),
  midAbbreviated: style((m, y) => `mid-${MONTHS[m]!.slice(0, 3)} ${y}`, ym),
  byTheEndOf: style((m, y) => `by the end of ${MONTHS[m]}, ${y}`, ym),
};

type Variant = [change: string, plan: string, make: (text: string) => string | Uint8Array, items: Expect, kinds: string[]];

const VARIANTS: Variant[] = [
  // 1. The table by its roles.
  ['header without numbers, in another template’s words', R17, (t) => withHeader(t, ['Recommendation number', 'Recommendation', 'Agreed / Partly agreed / Not agreed', 'Action taken / planned', 'Owner', 'Target date']), same, []],
  ['header "Concern No. | Key concern | Action taken / planned | Owner | Target date"', R24, (t) => withHeader(t, ['Concern No.', 'Key concern', 'Action taken / planned', 'Owner', 'Target date']), same, []],
  ['header in capitals: REF | FINDING | ACCEPTED / REJECTED | ACTIONS | LEAD | DEADLINE', FORD, (t) => withHeader(t, ['REF', 'FINDING', 'ACCEPTED / REJECTED', 'ACTIONS', 'LEAD', 'DEADLINE']), same, []],
  ['header in lower case: rec. no | recommendation | status | response | responsible owner | timescale', ELM, (t) => withHeader(t, ['rec. no', 'recommendation', 'status', 'response', 'responsible owner', 'timescale']), same, []],
  ['header numbered "1)": Ref | Finding | Decision | Action(s) | Function responsible / Policy lead | By when', LEI, (t) => withHeader(t, ['1) Ref', '2) Finding', '3) Decision', '4) Action(s)', '5) Function responsible / Policy lead', '6) By when']), same, []],
  ['header "No. | Priority concern | Actions | Lead | Deadline"', R24, (t) => withHeader(t, ['No.', 'Priority concern', 'Actions', 'Lead', 'Deadline']), same, []],
  ['a blank first header: the number column unnamed', R17, (t) => withHeader(t, ['', 'Recommendation', 'Agreed/ Partly agreed/ Not agreed', 'Response', 'Owner', 'Target date']), same, ['number-column-unnamed']],
  ['header "Para ref | Area for improvement | Decision | HMPPS response | Accountable | Completion date"', ELM, (t) => withHeader(t, ['Para ref', 'Area for improvement', 'Decision', 'HMPPS response', 'Accountable', 'Completion date']), same, []],
  ['columns in another order: target, owner and response swapped', R24, (t) => reorder(t, [0, 1, 4, 3, 2]), same, []],
  ['columns in another order: status first, target before owner before response', R17, (t) => reorder(t, [2, 0, 1, 5, 4, 3]), same, []],
  ['an extra "Progress update" column at the end', R17, (t) => insertColumn(t, 6, 'Progress update', (c) => (/^5\.\d+$/.test(c[0]!) ? `Update on ${c[0]}: on track` : '')), withColumn('Progress update', (i) => (/^5\.\d+$/.test(i.id) && !i.idInferred ? `Update on ${i.id}: on track` : null)), []],
  ['an extra "RAG rating" column between status and response', LEI, (t) => insertColumn(t, 3, '4. RAG rating', (c) => (/[a-z]/i.test(c[2]!) ? 'Green' : '')), withColumn('RAG rating', () => 'Green'), []],
  ['an extra "Evidence" column in a concerns plan', R24, (t) => insertColumn(t, 2, 'Evidence', (c) => (/^\d+$/.test(c[0]!) ? `Minutes of meeting ${c[0]}` : '')), withColumn('Evidence', (i) => `Minutes of meeting ${i.id}`), []],
  ['a header with no response column is refused, naming what it lacks', R17, (t) => withHeader(t, ['Rec no', 'Recommendation', 'Agreed', 'Commentary', 'Owner', 'Target date']), () => [], ['not-an-action-plan']],
  ['no header row at all is refused', R24, dropHeader, () => [], ['not-an-action-plan']],
  // 2. Statuses.
  ['statuses with a full stop ("Agreed.")', R17, statuses((s) => `${s}.`), same, []],
  ['statuses in capitals', LEI, statuses((s) => s.toUpperCase()), same, []],
  ['statuses in lower case with extra spaces', ELM, statuses((s) => `  ${s.toLowerCase().replace(' ', '   ')} `), same, []],
  ['statuses in brackets', FORD, statuses((s) => `(${s})`), same, []],
  ['"Agreed (in part)"', LEI, statuses((s) => s.replace(/^Partly Agreed$/i, 'Agreed (in part)')), same, []],
  ['statuses in quotes with an asterisk', R17, statuses((s) => `“${s}”*`), same, []],
  ['"Partially agreed"', R17, statuses((s) => s.replace(/^Partly Agreed$/i, 'Partially agreed')), same, []],
  ['"Agreed in part"', LEI, statuses((s) => s.replace(/^Partly Agreed$/i, 'Agreed in part')), same, []],
  ['"Part-agreed"', ELM, statuses((s) => s.replace(/^Partly Agreed$/i, 'Part-agreed')), same, []],
  ['"Accepted", "Accepted in part", "Not accepted"', R17, statuses((s) => ({ agreed: 'Accepted', 'partly agreed': 'Accepted in part', 'not agreed': 'Not accepted' })[s.toLowerCase()] ?? s), same, []],
  ['a misspelt status ("Agred") is published as written, not recognised', R17, firstStatus('Agreed', 'Agred'), unread('agreed', 'Agred'), ['status-unknown', 'summary-mismatch']],
  ['a misspelt "Not agred"', LEI, firstStatus('Not Agreed', 'Not agred'), unread('not_agreed', 'Not agred'), ['status-unknown', 'summary-mismatch']],
  ['a status with a comment ("Agreed – see below")', ELM, firstStatus('Agreed', 'Agreed – see below'), unread('agreed', 'Agreed – see below'), ['status-unknown', 'summary-mismatch']],
  // 3. Page furniture inside split rows.
  ['page number, OFFICIAL and the header row inside split rows', R17, (t) => breakInsideSplitRows(t, (p, h) => [`Page ${p} of 18`, 'OFFICIAL', h]), same, ['page-number-removed', 'marking-removed', 'header-repeated']],
  ['"- 7 -" and "Official - Sensitive" inside split rows', FORD, (t) => breakInsideSplitRows(t, (p) => ['', `- ${p} -`, 'Official - Sensitive', '']), same, ['page-number-removed', 'marking-removed']],
  ['a running header and a footer with a page counter', ELM, (t) => breakInsideSplitRows(t, (p, h) => [`Printed 05/11/2019 – sheet ${p}`, 'HMP Elmley – action plan following the 2019 inspection', h]), same, ['running-line-removed', 'header-repeated']],
  ['"7 of 18" and a row of column numbers', LEI, (t) => breakInsideSplitRows(t, (p) => [`${p} of 18\t\t\t\t\t`, '1\t2\t3\t4\t5\t6']), same, ['page-number-removed', 'header-repeated']],
  ['form-feed page breaks with a running footer', R24, (t) => breakInsideSplitRows(t, () => ['\fRochester action plan: OFFICIAL']), same, ['running-line-removed']],
  ['"Page 7 of 18." and "OFFICIAL-SENSITIVE (when complete)" on one line each, and "7/18" alone', LEI, (t) => breakInsideSplitRows(t, (p) => [`Page ${p} of 18.`, 'OFFICIAL-SENSITIVE (when complete)', `${p}/18`]), same, ['page-number-removed', 'marking-removed']],
  ['furniture run into the words of a split row', R17, (t) => mapRows(t, (c) => (c[0] === '' && (c[1] ?? '').trim() && c.slice(2).some((x) => x.trim()) ? ['', `OFFICIAL Page 3 of 18 ${c[1]}`, ...c.slice(2)] : c)), same, ['page-number-removed', 'marking-removed']],
  // 4. Target dates.
  ['targets as 31/03/2025', R24, targets(DATES.slashes), dated(DATES.slashes), []],
  ['targets as 31.03.25', R17, targets(DATES.dotsShortYear), dated(DATES.dotsShortYear), []],
  ['targets as 31/3/25', ELM, targets(DATES.dayMonthShortYear), dated(DATES.dayMonthShortYear), []],
  ['targets as Mar-25', ELM, targets(DATES.excel), dated(DATES.excel), []],
  ['targets as "End of March 2025"', LEI, targets(DATES.endOf), dated(DATES.endOf), []],
  ['targets as "By 31st March 2025"', R24, targets(DATES.byOrdinal), dated(DATES.byOrdinal), []],
  ['targets as "w/c 3 March 2025"', R17, targets(DATES.weekCommencing), dated(DATES.weekCommencing), []],
  ['targets as "March 2025 and ongoing"', ELM, targets(DATES.andOngoing), dated(DATES.andOngoing), []],
  ['targets as "Q1 2025"', LEI, targets(DATES.quarter), dated(DATES.quarter), []],
  ['targets as "Completed March 2025"', R24, targets(DATES.completed), dated(DATES.completed), []],
  ['targets as "Monday 31 March 2025"', R17, targets(DATES.weekday), dated(DATES.weekday), []],
  ['targets as ISO dates', LEI, targets(DATES.iso), dated(DATES.iso), []],
  ['targets as financial quarters ("Q4 2024/25")', ELM, targets(DATES.financialQuarter), dated(DATES.financialQuarter), []],
  ['targets as financial years ("2024/2025")', LEI, targets(DATES.financialYear), dated(DATES.financialYear), []],
  ['targets as "Before 1 April 2025"', R24, targets(DATES.before), dated(DATES.before), []],
  ['targets as "mid-Mar 2025"', R17, targets(DATES.midAbbreviated), dated(DATES.midAbbreviated), []],
  ['targets as "End March 2025"', R24, targets(style((m, y) => `End ${MONTHS[m]} ${y}`, ym)), dated(style((m, y) => `End ${MONTHS[m]} ${y}`, ym)), []],
  ['targets as 2025/03/31', LEI, targets(style((m, y) => `${y}/${pad(m + 1)}/${lastDay(y, m)}`, (m, y) => ymd(m, y))), dated(style((m, y) => `${y}/${pad(m + 1)}/${lastDay(y, m)}`, (m, y) => ymd(m, y))), []],
  ['targets as "by the end of March, 2025"', ELM, targets(DATES.byTheEndOf), dated(DATES.byTheEndOf), []],
  ['a target that is no date keeps its words, with a warning', R24, firstTarget('When funding allows'), firstDateUnread('When funding allows'), ['target-unreadable']],
  // 5. Missing pieces.
  ['an agreed recommendation with an empty target date', R17, blankCell('5.1', 5), actions('5.1', { target: null, due: null }), ['target-missing']],
  ['an agreed recommendation with no owner', LEI, blankCell('5.2', 4), actions('5.2', { owner: null }), ['owner-missing']],
  // 6. Encodings.
  ['UTF-16 (little-endian) with a byte-order mark', R17, (t) => utf16(t, 'le'), same, []],
  ['UTF-16 (big-endian) with a byte-order mark', R24, (t) => utf16(t, 'be'), same, []],
  ['UTF-16 with CRLF line ends', FORD, (t) => utf16(t.replace(/\n/g, '\r\n'), 'le'), same, []],
  ['Windows-1252', LEI, (t) => cp1252(t), same, []],
  ['UTF-8 with a byte-order mark', ELM, (t) => Buffer.from(`\uFEFF${t}`, 'utf8'), same, []],
];

/** How many anomalies of each kind a document has. */
const kindCounts = (doc: ParsedDocument) => {
  const counts = new Map<string, number>();
  for (const n of doc.notes) counts.set(n.kind, (counts.get(n.kind) ?? 0) + 1);
  return counts;
};

const originals = new Map<string, ParsedDocument>();
const original = (name: string) => {
  if (!originals.has(name)) originals.set(name, read(name, fixture(name)));
  return originals.get(name)!;
};

describe.each(VARIANTS)('%s (%s)', (_change, plan, make, expected, kinds) => {
  const input = make(fixture(plan));
  const doc = read(plan, input);
  const before = original(plan);

  it('reads the items the original has, changed only where the variant changes the meaning', () => {
    if (kinds.includes('not-an-action-plan')) {
      expect(doc.plan).toBeNull();
      return;
    }
    expect(doc.plan!.items.map(seen)).toEqual(expected(before.plan!.items.map(seen)));
    expect(doc.plan!.kind).toBe(before.plan!.kind);
  });

  it('reports what it repaired or could not read, and nothing else new', () => {
    const was = kindCounts(before);
    const now = kindCounts(doc);
    const changed = [...new Set([...was.keys(), ...now.keys()])].filter((k) => was.get(k) !== now.get(k)).sort();
    if (kinds.includes('not-an-action-plan')) expect(doc.notes.map((n) => n.kind)).toEqual(['not-an-action-plan']);
    else expect(changed).toEqual([...kinds].sort());
    for (const k of kinds) expect(now.get(k) ?? 0).toBeGreaterThan(was.get(k) ?? 0);
  });

  it.skipIf(kinds.includes('not-an-action-plan'))('places every word of the table, and invents none', () => {
    const text = typeof input === 'string' ? input : (decodeDocument(input) as { text: string }).text;
    const dataset = buildDataset([doc]);
    const c = coverage(tableWords(text), datasetWords(dataset.plans[0]!, dataset.anomalies));
    expect({ missing: c.missing, extra: c.extra }).toEqual({ missing: [], extra: [] });
  });
});

describe('a table that cannot be found', () => {
  it('says which roles the best header row names and which it lacks', () => {
    const doc = read(R17, withHeader(fixture(R17), ['Rec no', 'Recommendation', 'Agreed', 'Commentary', 'Owner', 'Target date']));
    expect(doc.notes[0]).toMatchObject({
      line: 24,
      severity: 'error',
      message: expect.stringMatching(/^No action plan table was found: the row at line 24 \("Rec no \| Recommendation \| Agreed \| Commentary \| Owner \| Target date"\) has columns for the number .*, the recommendation or concern, the status .*, the responsible owner and the target date, but none for the response/),
    });
  });
});
