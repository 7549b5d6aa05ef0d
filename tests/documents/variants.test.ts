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
import { headerLabel } from '../../src/parse/layout.ts';
import { statusKey } from '../../src/parse/status.ts';
import { cp1252 } from '../support/cp1252.ts';
import {
  MONTHS,
  MONTH_YEAR,
  breakInsideSplitRows,
  table,
  insertColumn,
  lastDay,
  mapColumn,
  mapRows,
  pad,
  reorder,
  utf16,
  withHeader,
  type DateStyle,
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
  id: i.id,
  idInferred: i.idInferred,
  group: i.group,
  section: i.section,
  text: i.text,
  refs: i.refs,
  repeatedRefs: i.repeatedRefs,
  status: i.status,
  unread: i.status === 'not_recognised' ? i.statusAsWritten : null,
  response: i.response,
  actions: i.actions,
  columns: i.columns,
});

// Transformations, each usable in one line below.
// Only status words: a row shifted one column left has response text in the status column.
const statuses = (fn: (s: string) => string) => (t: string) =>
  mapColumn(t, 'status', (c) => (/[a-z]/i.test(c) && c.trim().split(/\s+/).length <= 6 ? fn(c.trim()) : c));
const firstStatus = (from: string, to: string) => (t: string) => {
  let done = false;
  return mapColumn(t, 'status', (c) => (!done && c.trim() === from ? ((done = true), to) : c));
};
// Owner cells too: a row shifted one column left has its target there.
const targets = (style: DateStyle) => (t: string) =>
  (['owner', 'target'] as const).reduce(
    (text, role) =>
      mapColumn(text, role, (c) =>
        c.replace(MONTH_YEAR, (_m, month: string, year: string) => style.write(MONTHS.indexOf(month), Number(year))),
      ),
    t,
  );
const firstTarget = (to: string) => (t: string) => {
  let done = false;
  return mapColumn(t, 'target', (c) => c.replace(MONTH_YEAR, (m) => (done ? m : ((done = true), to))));
};
const blankCell = (id: string, k: number) => (t: string) =>
  mapRows(t, (cells) => (cells[0] === id ? cells.map((c, i) => (i === k ? '' : c)) : cells));
const dropHeader = (t: string) => withHeader(t, ['']);

// Helpers for the next templates' variants.
const ABBR = (m: number) => (m === 8 ? 'Sept' : MONTHS[m]!.slice(0, 3));
const ordinal = (d: number) =>
  `${d}${[1, 21, 31].includes(d) ? 'st' : [2, 22].includes(d) ? 'nd' : [3, 23].includes(d) ? 'rd' : 'th'}`;
const ids = (fn: (id: string) => string) => (t: string) =>
  mapColumn(t, 'id', (c) => (/^\d+(?:\.\d+)?$/.test(c.trim()) ? fn(c.trim()) : c));
const renumbered =
  (fn: (id: string) => string): Expect =>
  (items) =>
    items.map((i) => ({ ...i, id: fn(i.id) }));
/** Lines printed above the table's header (another table, a glossary). */
const before = (lines: string[]) => (t: string) => {
  const all = t.split('\n');
  const k = table(t).header;
  return [...all.slice(0, k), ...lines, '', ...all.slice(k)].join('\n');
};
/** The header row printed over two lines, each cell split after its first word. */
const splitHeader = (line: string) => {
  const split = line
    .split('\t')
    .map((c) => headerLabel(c))
    .map((c) => (/\s/.test(c) ? [c.slice(0, c.indexOf(' ')), c.slice(c.indexOf(' ') + 1)] : [c, '']));
  return [split.map((c) => c[0]).join('\t'), split.map((c) => c[1]).join('\t')];
};
const headerOverTwoLines = (t: string) => {
  const all = t.split('\n');
  const k = table(t).header;
  all.splice(k, 1, ...splitHeader(all[k]!));
  return all.join('\n');
};
/** The first item row whose status has two words: its second word moved to its continuation row, with a page break between. */
const statusOverBreak = (furniture: string[]) => (t: string) => {
  const tb = table(t);
  const s = tb.roles.indexOf('status');
  for (let i = tb.header + 1; i < tb.end - 1; i++) {
    const c = tb.lines[i]!.split('\t');
    const next = tb.lines[i + 1]!.split('\t');
    const w = (c[s] ?? '').trim().split(/\s+/);
    if (
      c[0] &&
      w.length === 2 &&
      next[0] === '' &&
      next.length > 2 &&
      !(next[s] ?? '').trim() &&
      next.slice(2).some((x) => x.trim())
    ) {
      c[s] = w[0]!;
      next[s] = w[1]!;
      tb.lines.splice(i, 2, c.join('\t'), ...furniture, next.join('\t'));
      return tb.lines.join('\n');
    }
  }
  throw new Error('no status to split');
};
/** Only the first n items of the table (and the lines after the table). */
const firstItems = (n: number) => (t: string) => {
  const tb = table(t);
  let seen = 0;
  const keep = tb.lines.filter((l, i) => {
    if (i <= tb.header || i >= tb.end) return true;
    if (/^\S+\t/.test(l) && /\d/.test(l.split('\t')[0]!)) seen++;
    return seen <= n;
  });
  return keep.join('\n');
};
const withColumns =
  (...cols: [string, (i: Seen) => string | null][]): Expect =>
  (items) =>
    items.map((i) => {
      const columns = cols.flatMap(([header, text]) => (text(i) ? [{ header, text: text(i)! }] : []));
      return columns.length ? { ...i, columns } : i;
    });
const firstDate =
  (written: string, due: string | null): Expect =>
  (items) => {
    let done = false;
    return items.map((i) => ({
      ...i,
      actions: i.actions.map((a) =>
        !done && a.target && MONTH_YEAR.test(a.target) && ((MONTH_YEAR.lastIndex = 0), (done = true))
          ? { ...a, target: written, due }
          : a,
      ),
    }));
  };
const statusWord = (fn: (s: string) => string) =>
  statuses((s) => {
    const k = statusKey(s);
    return k === 'agreed' ||
      k === 'partly agreed' ||
      k === 'not agreed' ||
      k === 'accepted' ||
      k === 'rejected' ||
      k === 'partially accepted'
      ? fn(k)
      : s;
  });

// Expected items, from the original's.
type Expect = (items: Seen[]) => Seen[];
const same: Expect = (items) => items;
const unread =
  (status: Seen['status'], written: string): Expect =>
  (items) => {
    const k = items.findIndex((i) => i.status === status);
    return items.map((i, j) => (j === k ? { ...i, status: 'not_recognised', unread: written } : i));
  };
const dated =
  (style: DateStyle): Expect =>
  (items) =>
    items.map((i) => ({
      ...i,
      actions: i.actions.map((a) => {
        const months = a.target ? [...a.target.matchAll(MONTH_YEAR)] : [];
        if (!months.length) return a;
        const last = months.at(-1)!;
        return {
          ...a,
          target: a.target!.replace(MONTH_YEAR, (_m, mo: string, y: string) =>
            style.write(MONTHS.indexOf(mo), Number(y)),
          ),
          due: style.due(MONTHS.indexOf(last[1]!), Number(last[2])),
        };
      }),
    }));
const firstDateUnread = (written: string): Expect => firstDate(written, null);
const withColumn = (header: string, text: (i: Seen) => string | null): Expect => withColumns([header, text]);
/** A column the parser does not know, beside a concerns plan's items: `text` on each numbered row, kept on each item. */
const keptColumn = (at: number, header: string, text: (id: string) => string): [Variant[2], Expect] => [
  (t) => insertColumn(t, at, header, (c) => (/^\d+$/.test(c[0]!) ? text(c[0]!) : '')),
  withColumn(header, (i) => text(i.id)),
];
const actions =
  (id: string, change: Partial<Seen['actions'][number]>): Expect =>
  (items) =>
    items.map((i) => (i.id === id ? { ...i, actions: i.actions.map((a) => ({ ...a, ...change })) } : i));

// Date styles: how a month is written, and the due date it means.
const ym = (m: number, y: number) => `${y}-${pad(m + 1)}`;
const ymd = (m: number, y: number, d = lastDay(y, m)) => `${ym(m, y)}-${pad(d)}`;
const firstMonday = (m: number, y: number) =>
  [1, 2, 3, 4, 5, 6, 7].find((d) => new Date(Date.UTC(y, m, d)).getUTCDay() === 1)!;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const fyStart = (m: number, y: number) => (m >= 3 ? y : y - 1);
const quarterEnd = (m: number, y: number) => ym(Math.floor(m / 3) * 3 + 2, y);
const style = (write: DateStyle['write'], due: DateStyle['due']): DateStyle => ({ write, due });
const DATES = {
  slashes: style(
    (m, y) => `${lastDay(y, m)}/${pad(m + 1)}/${y}`,
    (m, y) => ymd(m, y),
  ),
  dotsShortYear: style(
    (m, y) => `${lastDay(y, m)}.${pad(m + 1)}.${y % 100}`,
    (m, y) => ymd(m, y),
  ),
  dayMonthShortYear: style(
    (m, y) => `${lastDay(y, m)}/${m + 1}/${y % 100}`,
    (m, y) => ymd(m, y),
  ),
  excel: style((m, y) => `${MONTHS[m]!.slice(0, 3)}-${y % 100}`, ym),
  endOf: style((m, y) => `End of ${MONTHS[m]} ${y}`, ym),
  byOrdinal: style(
    (m, y) => `By ${lastDay(y, m)}${lastDay(y, m) === 31 ? 'st' : 'th'} ${MONTHS[m]} ${y}`,
    (m, y) => ymd(m, y),
  ),
  weekCommencing: style(
    (m, y) => `w/c ${firstMonday(m, y)} ${MONTHS[m]} ${y}`,
    (m, y) => ymd(m, y, firstMonday(m, y) + 6),
  ),
  andOngoing: style((m, y) => `${MONTHS[m]} ${y} and ongoing`, ym),
  quarter: style((m, y) => `Q${Math.floor(m / 3) + 1} ${y}`, quarterEnd),
  completed: style(
    (m, y) => `Completed ${MONTHS[m]} ${y}`,
    () => 'completed',
  ),
  weekday: style(
    (m, y) => `${WEEKDAYS[new Date(Date.UTC(y, m, lastDay(y, m))).getUTCDay()]} ${lastDay(y, m)} ${MONTHS[m]} ${y}`,
    (m, y) => ymd(m, y),
  ),
  iso: style(
    (m, y) => ymd(m, y),
    (m, y) => ymd(m, y),
  ),
  financialQuarter: style(
    (m, y) => `Q${Math.floor(((m + 9) % 12) / 3) + 1} ${fyStart(m, y)}/${(fyStart(m, y) + 1) % 100}`,
    quarterEnd,
  ),
  financialYear: style(
    (m, y) => `${fyStart(m, y)}/${fyStart(m, y) + 1}`,
    (m, y) => ym(2, fyStart(m, y) + 1),
  ),
  before: style(
    (m, y) => `Before 1 ${MONTHS[(m + 1) % 12]} ${m === 11 ? y + 1 : y}`,
    (m, y) => ymd(m, y),
  ),
  midAbbreviated: style((m, y) => `mid-${MONTHS[m]!.slice(0, 3)} ${y}`, ym),
  byTheEndOf: style((m, y) => `by the end of ${MONTHS[m]}, ${y}`, ym),
};

type Variant = [
  change: string,
  plan: string,
  make: (text: string) => string | Uint8Array,
  items: Expect,
  kinds: string[],
];

/** Every target date written in one style: the same items, with the targets as written and the due dates they mean. */
const targetsAs = (written: string, plan: string, style: DateStyle): Variant => [
  `targets as ${written}`,
  plan,
  targets(style),
  dated(style),
  [],
];

const VARIANTS: Variant[] = [
  // 1. The table by its roles.
  [
    'header without numbers, in another template’s words',
    R17,
    (t) =>
      withHeader(t, [
        'Recommendation number',
        'Recommendation',
        'Agreed / Partly agreed / Not agreed',
        'Action taken / planned',
        'Owner',
        'Target date',
      ]),
    same,
    [],
  ],
  [
    'header "Concern No. | Key concern | Action taken / planned | Owner | Target date"',
    R24,
    (t) => withHeader(t, ['Concern No.', 'Key concern', 'Action taken / planned', 'Owner', 'Target date']),
    same,
    [],
  ],
  [
    'header in capitals: REF | FINDING | ACCEPTED / REJECTED | ACTIONS | LEAD | DEADLINE',
    FORD,
    (t) => withHeader(t, ['REF', 'FINDING', 'ACCEPTED / REJECTED', 'ACTIONS', 'LEAD', 'DEADLINE']),
    same,
    [],
  ],
  [
    'header in lower case: rec. no | recommendation | status | response | responsible owner | timescale',
    ELM,
    (t) => withHeader(t, ['rec. no', 'recommendation', 'status', 'response', 'responsible owner', 'timescale']),
    same,
    [],
  ],
  [
    'header numbered "1)": Ref | Finding | Decision | Action(s) | Function responsible / Policy lead | By when',
    LEI,
    (t) =>
      withHeader(t, [
        '1) Ref',
        '2) Finding',
        '3) Decision',
        '4) Action(s)',
        '5) Function responsible / Policy lead',
        '6) By when',
      ]),
    same,
    [],
  ],
  [
    'header "No. | Priority concern | Actions | Lead | Deadline"',
    R24,
    (t) => withHeader(t, ['No.', 'Priority concern', 'Actions', 'Lead', 'Deadline']),
    same,
    [],
  ],
  [
    'a blank first header: the number column unnamed',
    R17,
    (t) =>
      withHeader(t, ['', 'Recommendation', 'Agreed/ Partly agreed/ Not agreed', 'Response', 'Owner', 'Target date']),
    same,
    ['number-column-unnamed'],
  ],
  [
    'header "Para ref | Area for improvement | Decision | HMPPS response | Accountable | Completion date"',
    ELM,
    (t) =>
      withHeader(t, [
        'Para ref',
        'Area for improvement',
        'Decision',
        'HMPPS response',
        'Accountable',
        'Completion date',
      ]),
    same,
    [],
  ],
  ['columns in another order: target, owner and response swapped', R24, (t) => reorder(t, [0, 1, 4, 3, 2]), same, []],
  [
    'columns in another order: status first, target before owner before response',
    R17,
    (t) => reorder(t, [2, 0, 1, 5, 4, 3]),
    same,
    [],
  ],
  [
    'an extra "Progress update" column at the end',
    R17,
    (t) => insertColumn(t, 6, 'Progress update', (c) => (/^5\.\d+$/.test(c[0]!) ? `Update on ${c[0]}: on track` : '')),
    withColumn('Progress update', (i) =>
      /^5\.\d+$/.test(i.id) && !i.idInferred ? `Update on ${i.id}: on track` : null,
    ),
    [],
  ],
  [
    'an extra "RAG rating" column between status and response',
    LEI,
    (t) => insertColumn(t, 3, '4. RAG rating', (c) => (/[a-z]/i.test(c[2]!) ? 'Green' : '')),
    withColumn('RAG rating', () => 'Green'),
    [],
  ],
  [
    'an extra "Evidence" column in a concerns plan',
    R24,
    ...keptColumn(2, 'Evidence', (id) => `Minutes of meeting ${id}`),
    [],
  ],
  [
    'a header with no response column is refused, naming what it lacks',
    R17,
    (t) => withHeader(t, ['Rec no', 'Recommendation', 'Agreed', 'Commentary', 'Owner', 'Target date']),
    () => [],
    ['not-an-action-plan'],
  ],
  ['no header row at all is refused', R24, dropHeader, () => [], ['not-an-action-plan']],
  // 2. Statuses.
  ['statuses with a full stop ("Agreed.")', R17, statuses((s) => `${s}.`), same, []],
  ['statuses in capitals', LEI, statuses((s) => s.toUpperCase()), same, []],
  [
    'statuses in lower case with extra spaces',
    ELM,
    statuses((s) => `  ${s.toLowerCase().replace(' ', '   ')} `),
    same,
    [],
  ],
  ['statuses in brackets', FORD, statuses((s) => `(${s})`), same, []],
  ['"Agreed (in part)"', LEI, statuses((s) => s.replace(/^Partly Agreed$/i, 'Agreed (in part)')), same, []],
  ['statuses in quotes with an asterisk', R17, statuses((s) => `“${s}”*`), same, []],
  ['"Partially agreed"', R17, statuses((s) => s.replace(/^Partly Agreed$/i, 'Partially agreed')), same, []],
  ['"Agreed in part"', LEI, statuses((s) => s.replace(/^Partly Agreed$/i, 'Agreed in part')), same, []],
  ['"Part-agreed"', ELM, statuses((s) => s.replace(/^Partly Agreed$/i, 'Part-agreed')), same, []],
  [
    '"Accepted", "Accepted in part", "Not accepted"',
    R17,
    statuses(
      (s) =>
        ({ agreed: 'Accepted', 'partly agreed': 'Accepted in part', 'not agreed': 'Not accepted' })[s.toLowerCase()] ??
        s,
    ),
    same,
    [],
  ],
  [
    'a misspelt status ("Agred") is published as written, not recognised',
    R17,
    firstStatus('Agreed', 'Agred'),
    unread('agreed', 'Agred'),
    ['status-unknown', 'summary-mismatch'],
  ],
  [
    'a misspelt "Not agred"',
    LEI,
    firstStatus('Not Agreed', 'Not agred'),
    unread('not_agreed', 'Not agred'),
    ['status-unknown', 'summary-mismatch'],
  ],
  [
    'a status with a note ("Agreed – see below") is read, the note kept as printed',
    ELM,
    firstStatus('Agreed', 'Agreed – see below'),
    same,
    ['status-note'],
  ],
  // 3. Page furniture inside split rows.
  [
    'page number, OFFICIAL and the header row inside split rows',
    R17,
    (t) => breakInsideSplitRows(t, (p, h) => [`Page ${p} of 18`, 'OFFICIAL', h]),
    same,
    ['page-number-removed', 'marking-removed', 'header-repeated'],
  ],
  [
    '"- 7 -" and "Official - Sensitive" inside split rows',
    FORD,
    (t) => breakInsideSplitRows(t, (p) => ['', `- ${p} -`, 'Official - Sensitive', '']),
    same,
    ['page-number-removed', 'marking-removed'],
  ],
  [
    'a running header and a footer with a page counter',
    ELM,
    (t) =>
      breakInsideSplitRows(t, (p, h) => [
        `Printed 05/11/2019 – sheet ${p}`,
        'HMP Elmley – action plan following the 2019 inspection',
        h,
      ]),
    same,
    ['running-line-removed', 'header-repeated'],
  ],
  [
    '"7 of 18" and a row of column numbers',
    LEI,
    (t) => breakInsideSplitRows(t, (p) => [`${p} of 18\t\t\t\t\t`, '1\t2\t3\t4\t5\t6']),
    same,
    ['page-number-removed', 'header-repeated'],
  ],
  [
    'form-feed page breaks with a running footer',
    R24,
    (t) => breakInsideSplitRows(t, () => ['\fRochester action plan: OFFICIAL']),
    same,
    ['running-line-removed'],
  ],
  [
    '"Page 7 of 18." and "OFFICIAL-SENSITIVE (when complete)" on one line each, and "7/18" alone',
    LEI,
    (t) => breakInsideSplitRows(t, (p) => [`Page ${p} of 18.`, 'OFFICIAL-SENSITIVE (when complete)', `${p}/18`]),
    same,
    ['page-number-removed', 'marking-removed'],
  ],
  [
    'furniture run into the words of a split row',
    R17,
    (t) =>
      mapRows(t, (c) =>
        c[0] === '' && (c[1] ?? '').trim() && c.slice(2).some((x) => x.trim())
          ? ['', `OFFICIAL Page 3 of 18 ${c[1]}`, ...c.slice(2)]
          : c,
      ),
    same,
    ['page-number-removed', 'marking-removed'],
  ],
  // 4. Target dates.
  targetsAs('31/03/2025', R24, DATES.slashes),
  targetsAs('31.03.25', R17, DATES.dotsShortYear),
  targetsAs('31/3/25', ELM, DATES.dayMonthShortYear),
  targetsAs('Mar-25', ELM, DATES.excel),
  targetsAs('"End of March 2025"', LEI, DATES.endOf),
  targetsAs('"By 31st March 2025"', R24, DATES.byOrdinal),
  targetsAs('"w/c 3 March 2025"', R17, DATES.weekCommencing),
  targetsAs('"March 2025 and ongoing"', ELM, DATES.andOngoing),
  targetsAs('"Q1 2025"', LEI, DATES.quarter),
  targetsAs('"Completed March 2025"', R24, DATES.completed),
  targetsAs('"Monday 31 March 2025"', R17, DATES.weekday),
  targetsAs('ISO dates', LEI, DATES.iso),
  targetsAs('financial quarters ("Q4 2024/25")', ELM, DATES.financialQuarter),
  targetsAs('financial years ("2024/2025")', LEI, DATES.financialYear),
  targetsAs('"Before 1 April 2025"', R24, DATES.before),
  targetsAs('"mid-Mar 2025"', R17, DATES.midAbbreviated),
  targetsAs(
    '"End March 2025"',
    R24,
    style((m, y) => `End ${MONTHS[m]} ${y}`, ym),
  ),
  targetsAs(
    '2025/03/31',
    LEI,
    style(
      (m, y) => `${y}/${pad(m + 1)}/${lastDay(y, m)}`,
      (m, y) => ymd(m, y),
    ),
  ),
  targetsAs('"by the end of March, 2025"', ELM, DATES.byTheEndOf),
  [
    'a target that is no date keeps its words, with a warning',
    R24,
    firstTarget('When funding allows'),
    firstDateUnread('When funding allows'),
    ['target-unreadable'],
  ],
  // 7. Next templates: wordings, layouts, furniture and date styles from other years, and their mixtures.
  [
    'header "Rec Ref | Recommendation/Concern | Agreed / Not agreed | HMPPS Response | Lead / Owner | Target completion date"',
    R17,
    (t) =>
      withHeader(t, [
        'Rec Ref',
        'Recommendation/Concern',
        'Agreed / Not agreed',
        'HMPPS Response',
        'Lead / Owner',
        'Target completion date',
      ]),
    same,
    [],
  ],
  [
    'header "Ref No. | Recommendation | Accept / Reject | Action(s) to be taken | Responsible | Completion date"',
    FORD,
    (t) =>
      withHeader(t, [
        'Ref No.',
        'Recommendation',
        'Accept / Reject',
        'Action(s) to be taken',
        'Responsible',
        'Completion date',
      ]),
    same,
    [],
  ],
  [
    'header "Para | Recommendation | Response (Agreed/Partly Agreed/Not Agreed) | Action(s) | Lead | Timeframe"',
    LEI,
    (t) =>
      withHeader(t, [
        'Para',
        'Recommendation',
        'Response (Agreed/Partly Agreed/Not Agreed)',
        'Action(s)',
        'Lead',
        'Timeframe',
      ]),
    same,
    [],
  ],
  [
    'header "# | Key concern | Actions planned | Responsible officer | Date for completion"',
    R24,
    (t) => withHeader(t, ['#', 'Key concern', 'Actions planned', 'Responsible officer', 'Date for completion']),
    same,
    [],
  ],
  [
    'header "Item | Concern | Action plan | Named lead | Target"',
    R24,
    (t) => withHeader(t, ['Item', 'Concern', 'Action plan', 'Named lead', 'Target']),
    same,
    [],
  ],
  [
    'header "Rec. | Recommendation | Agreed? | Establishment response | Accountable officer | Implementation date"',
    ELM,
    (t) =>
      withHeader(t, [
        'Rec.',
        'Recommendation',
        'Agreed?',
        'Establishment response',
        'Accountable officer',
        'Implementation date',
      ]),
    same,
    [],
  ],
  [
    'header with non-breaking spaces and trailing colons',
    R17,
    (t) =>
      withHeader(t, [
        'Rec\u00a0no:',
        'Recommendation:',
        'Agreed /\u00a0Partly agreed / Not\u00a0agreed:',
        'Response:',
        'Responsible\u00a0owner:',
        'Target\u00a0date:',
      ]),
    same,
    [],
  ],
  ['the header row printed over two lines', ELM, headerOverTwoLines, same, ['header-joined']],
  ['the header over two lines, in a concerns plan', R24, headerOverTwoLines, same, ['header-joined']],
  ['text column before the number column', R17, (t) => reorder(t, [1, 0, 2, 3, 4, 5]), same, []],
  ['owner and target before the response', LEI, (t) => reorder(t, [0, 1, 2, 4, 5, 3]), same, []],
  [
    'two extra columns: "Date completed" and "Risk"',
    R17,
    (t) =>
      insertColumn(
        insertColumn(t, 6, 'Date completed', (c) => (/^5\.\d+$/.test(c[0]!) ? 'Not yet' : '')),
        7,
        'Risk',
        (c) => (/^5\.\d+$/.test(c[0]!) ? 'Low' : ''),
      ),
    withColumns(
      ['Date completed', (i) => (/^5\.\d+$/.test(i.id) && !i.idInferred ? 'Not yet' : null)],
      ['Risk', (i) => (/^5\.\d+$/.test(i.id) && !i.idInferred ? 'Low' : null)],
    ),
    [],
  ],
  [
    'extra "Progress (RAG)" and "Evidence of completion" columns in the middle',
    R17,
    (t) =>
      insertColumn(
        insertColumn(t, 3, 'Progress (RAG)', (c) => (/^5\.\d+$/.test(c[0]!) ? 'Amber' : '')),
        4,
        'Evidence of completion',
        (c) => (/^5\.\d+$/.test(c[0]!) ? `Audit ${c[0]}` : ''),
      ),
    withColumns(
      ['Progress (RAG)', (i) => (i.idInferred ? null : 'Amber')],
      ['Evidence of completion', (i) => (i.idInferred ? null : `Audit ${i.id}`)],
    ),
    [],
  ],
  [
    'an extra "Comments" column before the number',
    R24,
    ...keptColumn(0, 'Comments', () => 'Reviewed by the board'),
    [],
  ],
  [
    'a glossary table with "Status" and "Owner" before the action table',
    R17,
    before([
      'No.\tRecommendation\tStatus\tResponse\tOwner',
      '1\tTerms used in this plan\tAgreed\tSee the table below\tGovernor',
      '2\tHow to read it\tAgreed\tEach row is one recommendation\tHead of Safety',
    ]),
    same,
    // Its rows are words outside the items' table: kept as a note of the plan.
    ['plan-note'],
  ],
  [
    'a summary table naming the same roles before a concerns table',
    R24,
    before([
      'Ref\tConcern\tResponse\tLead\tTarget date',
      '1\tSafety\tSee below\tGovernor\tOngoing',
      '2\tDecency\tSee below\tDeputy Governor\tOngoing',
    ]),
    same,
    // Its rows are words outside the items' table: kept as a note of the plan.
    ['plan-note'],
  ],
  [
    'items numbered 1, 2, 3 instead of 5.1, 5.2',
    R17,
    ids((id) => id.replace(/^5\./, '')),
    renumbered((id) => id.replace(/^5\./, '')),
    [],
  ],
  [
    'priority and key concerns numbered "PC1", "KC3"',
    R24,
    ids((id) => (Number(id) <= 2 ? `PC${id}` : `KC${id}`)),
    renumbered((id) => (Number(id) <= 2 ? `PC${id}` : `KC${id}`)),
    [],
  ],
  [
    'a plan with only three items',
    R24,
    firstItems(3),
    (items) => items.slice(0, 3),
    ['-sentence-joined', '-spacing-repaired', '-target-repeated', '-garbled-duplicate'],
  ],
  ['statuses "AGREED –" with a trailing dash', ELM, statuses((s) => `${s.toUpperCase()} –`), same, []],
  ['statuses with non-breaking spaces', LEI, statuses((s) => `${s.replace(/ /g, '\u00a0')}\u00a0`), same, []],
  ['"Partly-Agreed" and "Not-Agreed"', R17, statuses((s) => s.replace(/ /g, '-')), same, []],
  [
    '"Accepted subject to resources" for partly agreed',
    LEI,
    statusWord(
      (k) =>
        ({ agreed: 'Accepted', 'partly agreed': 'Accepted subject to resources', 'not agreed': 'Rejected' })[k] ?? k,
    ),
    same,
    [],
  ],
  [
    '"Agree / Partly agree / Disagree"',
    ELM,
    statusWord((k) => ({ agreed: 'Agree', 'partly agreed': 'Partly agree', 'not agreed': 'Disagree' })[k] ?? k),
    same,
    [],
  ],
  [
    '"Agreed – in part" for partly agreed',
    R17,
    statusWord((k) => ({ 'partly agreed': 'Agreed – in part' })[k] ?? k),
    same,
    [],
  ],
  [
    'statuses with a note in brackets ("Agreed (see response)")',
    LEI,
    statusWord((k) => `${k[0]!.toUpperCase()}${k.slice(1)} (see response)`),
    same,
    ['status-note'],
  ],
  [
    '"Agreed in principle" is kept as written, not recognised',
    R17,
    firstStatus('Agreed', 'Agreed in principle'),
    unread('agreed', 'Agreed in principle'),
    ['status-unknown', 'summary-mismatch'],
  ],
  [
    'a misspelt status with no number keeps its item',
    R17,
    (t) => mapRows(t, (c) => (c[0] === '5.7' ? ['', c[1]!, 'Agred', ...c.slice(3)] : c)),
    (items) =>
      items.map((i) => (i.id === '5.7' ? { ...i, idInferred: true, status: 'not_recognised', unread: 'Agred' } : i)),
    ['id-inferred', 'status-unknown', 'summary-mismatch'],
  ],
  [
    'a status split by a page break with a page number and marking between',
    LEI,
    statusOverBreak(['Page 4 of 18', 'OFFICIAL SENSITIVE']),
    same,
    ['status-joined', 'page-number-removed', 'marking-removed'],
  ],
  [
    '"p. 3" and "3 | Page" footers inside split rows',
    ELM,
    (t) => breakInsideSplitRows(t, (p) => [p % 2 ? `p. ${p}` : `${p} | Page`]),
    same,
    ['page-number-removed'],
  ],
  [
    '"Page 3 of 18 OFFICIAL" on one line, and "Official: Sensitive"',
    R17,
    (t) => breakInsideSplitRows(t, (p) => [`Page ${p} of 18 OFFICIAL`, 'Official: Sensitive']),
    same,
    ['running-line-removed', 'marking-removed'],
  ],
  [
    'a running title "HMP Rochester Action Plan" and "Protect"',
    R24,
    (t) => breakInsideSplitRows(t, () => ['Protect', 'HMP Rochester Action Plan']),
    same,
    ['running-line-removed'],
  ],
  [
    'a date-stamp footer "Version 1.2 – June 2018" and "Action Plan – HMP Ford"',
    FORD,
    (t) => breakInsideSplitRows(t, () => ['Version 1.2 – June 2018', 'Action Plan – HMP Ford']),
    same,
    ['running-line-removed'],
  ],
  [
    'the header repeated after page breaks, over two lines',
    R17,
    (t) => breakInsideSplitRows(t, (_p, h) => splitHeader(h)),
    same,
    ['header-repeated'],
  ],
  targetsAs(
    '"30th Sept 2025"',
    R17,
    style(
      (m, y) => `${ordinal(lastDay(y, m))} ${ABBR(m)} ${y}`,
      (m, y) => ymd(m, y),
    ),
  ),
  targetsAs(
    '"Sept 2025"',
    LEI,
    style((m, y) => `${ABBR(m)} ${y}`, ym),
  ),
  targetsAs(
    '"September \'25"',
    ELM,
    style((m, y) => `${MONTHS[m]} '${y % 100}`, ym),
  ),
  targetsAs(
    '"30 Sep 25"',
    R24,
    style(
      (m, y) => `${lastDay(y, m)} ${MONTHS[m]!.slice(0, 3)} ${y % 100}`,
      (m, y) => ymd(m, y),
    ),
  ),
  targetsAs(
    '"Sep/25"',
    FORD,
    style((m, y) => `${MONTHS[m]!.slice(0, 3)}/${y % 100}`, ym),
  ),
  targetsAs('"2025-09"', R17, style(ym, ym)),
  targetsAs(
    '"Quarter 3 2025-26"',
    LEI,
    style(
      (m, y) => `Quarter ${Math.floor(((m + 9) % 12) / 3) + 1} ${fyStart(m, y)}-${(fyStart(m, y) + 1) % 100}`,
      quarterEnd,
    ),
  ),
  targetsAs(
    '"FY 2025/26"',
    ELM,
    style(
      (m, y) => `FY ${fyStart(m, y)}/${(fyStart(m, y) + 1) % 100}`,
      (m, y) => ym(2, fyStart(m, y) + 1),
    ),
  ),
  targetsAs(
    '"By end Dec 2025"',
    R24,
    style((m, y) => `By end ${ABBR(m)} ${y}`, ym),
  ),
  targetsAs(
    '"no later than 31 December 2025"',
    R17,
    style(
      (m, y) => `no later than ${lastDay(y, m)} ${MONTHS[m]} ${y}`,
      (m, y) => ymd(m, y),
    ),
  ),
  targetsAs(
    '"December 2025 (review)"',
    LEI,
    style((m, y) => `${MONTHS[m]} ${y} (review)`, ym),
  ),
  targetsAs(
    '"31/12/2025 and quarterly thereafter"',
    ELM,
    style(
      (m, y) => `${lastDay(y, m)}/${pad(m + 1)}/${y} and quarterly thereafter`,
      (m, y) => ymd(m, y),
    ),
  ),
  targetsAs(
    '"31st March 2025 (reviewed monthly)"',
    R24,
    style(
      (m, y) => `${ordinal(lastDay(y, m))} ${MONTHS[m]} ${y} (reviewed monthly)`,
      (m, y) => ymd(m, y),
    ),
  ),
  targetsAs(
    '"March 2025 – complete"',
    R17,
    style(
      (m, y) => `${MONTHS[m]} ${y} – complete`,
      () => 'completed',
    ),
  ),
  [
    'targets with non-breaking spaces and a footnote mark',
    LEI,
    targets(style((m, y) => `${MONTHS[m]}\u00a0${y}*`, ym)),
    dated(style((m, y) => `${MONTHS[m]} ${y}*`, ym)),
    [],
  ],
  [
    'a target "Ongoing – reviewed monthly"',
    R17,
    firstTarget('Ongoing – reviewed monthly'),
    firstDate('Ongoing – reviewed monthly', 'ongoing'),
    [],
  ],
  ['a target "In place"', ELM, firstTarget('In place'), firstDate('In place', 'completed'), []],
  [
    'a target "Autumn 2025" keeps its words, unread',
    R24,
    firstTarget('Autumn 2025'),
    firstDateUnread('Autumn 2025'),
    ['target-unreadable'],
  ],
  [
    'a target "Within 3 months" keeps its words, unread',
    LEI,
    firstTarget('Within 3 months'),
    firstDateUnread('Within 3 months'),
    ['target-unreadable'],
  ],
  [
    'a target "Immediate" keeps its words, unread',
    R17,
    firstTarget('Immediate'),
    firstDateUnread('Immediate'),
    ['target-unreadable'],
  ],
  ['a target "TBC" keeps its words, unread', ELM, firstTarget('TBC'), firstDateUnread('TBC'), ['target-unreadable']],
  [
    'a target "End of Q2" (no year) keeps its words, unread',
    LEI,
    firstTarget('End of Q2'),
    firstDateUnread('End of Q2'),
    ['target-unreadable'],
  ],
  [
    'mixed: reworded header, furniture in split rows and "30th Sept 2025" targets',
    R17,
    (t) =>
      breakInsideSplitRows(
        targets(
          style(
            (m, y) => `${ordinal(lastDay(y, m))} ${ABBR(m)} ${y}`,
            (m, y) => ymd(m, y),
          ),
        )(
          withHeader(t, [
            'Ref',
            'Recommendation',
            'Agreed / Partly Agreed / Not Agreed',
            'HMPPS Response',
            'Lead',
            'Completion date',
          ]),
        ),
        (p, h) => [`Page ${p} of 18`, 'OFFICIAL-SENSITIVE', h],
      ),
    dated(
      style(
        (m, y) => `${ordinal(lastDay(y, m))} ${ABBR(m)} ${y}`,
        (m, y) => ymd(m, y),
      ),
    ),
    ['page-number-removed', 'marking-removed', 'header-repeated'],
  ],
  [
    'mixed: header over two lines, statuses "AGREED.", Sep-25 targets, UTF-16',
    ELM,
    (t) => utf16(targets(DATES.excel)(statuses((s) => `${s.toUpperCase()}.`)(headerOverTwoLines(t))), 'le'),
    dated(DATES.excel),
    ['header-joined'],
  ],
  [
    'mixed: concerns as "KC1", an extra "Update" column, running title and FY targets',
    R24,
    (t) =>
      breakInsideSplitRows(
        insertColumn(
          targets(
            style(
              (m, y) => `FY ${fyStart(m, y)}/${(fyStart(m, y) + 1) % 100}`,
              (m, y) => ym(2, fyStart(m, y) + 1),
            ),
          )(ids((id) => `KC${id}`)(t)),
          5,
          'Update',
          (c) => (/^KC\d+$/.test(c[0]!) ? 'On track' : ''),
        ),
        () => ['Action Plan – HMP Rochester 2024'],
      ),
    (items) =>
      withColumn(
        'Update',
        () => 'On track',
      )(
        renumbered((id) => `KC${id}`)(
          dated(
            style(
              (m, y) => `FY ${fyStart(m, y)}/${(fyStart(m, y) + 1) % 100}`,
              (m, y) => ym(2, fyStart(m, y) + 1),
            ),
          )(items),
        ),
      ),
    ['running-line-removed'],
  ],
  [
    'one column for status and response: "Agreed. The prison will…"',
    R17,
    (t) =>
      withHeader(
        mapRows(t, (c) =>
          c.length >= 6
            ? [
                c[0]!,
                c[1]!,
                c[2]!.trim() && c[3]!.trim() ? `${c[2]!.trim()}. ${c[3]}` : c[2]!.trim() || c[3]!,
                ...c.slice(4),
              ]
            : c,
        ),
        [
          'Rec no',
          'Recommendation',
          'Response (Agreed / Partly agreed / Not agreed)',
          'Responsible owner',
          'Target date',
        ],
      ),
    same,
    [],
  ],
  [
    'one column for status and response, with a status on its own line',
    LEI,
    (t) =>
      withHeader(
        mapRows(t, (c) =>
          c.length >= 6 ? [c[0]!, c[1]!, c[2]!.trim() ? `<p>${c[2]!.trim()}</p>${c[3]}` : c[3]!, ...c.slice(4)] : c,
        ),
        ['Ref', 'Recommendation', 'Status and response', 'Owner', 'Deadline'],
      ),
    same,
    [],
  ],
  [
    'the header repeated in capitals without its column numbers',
    ELM,
    (t) => breakInsideSplitRows(t, (_p, h) => [h.toUpperCase().replace(/\b\d\.?\s/g, '')]),
    same,
    ['header-repeated'],
  ],
  [
    'a status "Yes" under "Agreed?" is kept as written, not recognised',
    ELM,
    (t) =>
      firstStatus(
        'Agreed',
        'Yes',
      )(withHeader(t, ['Rec no', 'Recommendation', 'Agreed?', 'Response', 'Owner', 'Target date'])),
    unread('agreed', 'Yes'),
    ['status-unknown', 'summary-mismatch'],
  ],
  [
    'a status "Partly agreed – but not the funding" is kept as written, not recognised',
    LEI,
    firstStatus('Partly Agreed', 'Partly agreed – but not the funding'),
    unread('partly_agreed', 'Partly agreed – but not the funding'),
    ['status-unknown', 'summary-mismatch'],
  ],
  ['status column last', R17, (t) => reorder(t, [0, 1, 3, 4, 5, 2]), same, []],
  [
    'mixed: header over two lines, repeated over two lines after breaks with "Page 3 of 18"',
    LEI,
    (t) => headerOverTwoLines(breakInsideSplitRows(t, (p, h) => [`Page ${p} of 18`, ...splitHeader(h)])),
    same,
    ['header-joined', 'header-repeated', 'page-number-removed'],
  ],
  [
    'mixed: CRLF, form feeds with "Page n of N – OFFICIAL SENSITIVE" and "Mon 30 Sep 2025" targets',
    ELM,
    (t) =>
      breakInsideSplitRows(
        targets(
          style(
            (m, y) =>
              `${['Sun', 'Mon', 'Tues', 'Wed', 'Thurs', 'Fri', 'Sat'][new Date(Date.UTC(y, m, lastDay(y, m))).getUTCDay()]} ${lastDay(y, m)} ${MONTHS[m]!.slice(0, 3)} ${y}`,
            (m, y) => ymd(m, y),
          ),
        )(t),
        (p) => [`\fPage ${p} of 30 – OFFICIAL SENSITIVE`],
      ).replace(/\n/g, '\r\n'),
    dated(
      style(
        (m, y) =>
          `${['Sun', 'Mon', 'Tues', 'Wed', 'Thurs', 'Fri', 'Sat'][new Date(Date.UTC(y, m, lastDay(y, m))).getUTCDay()]} ${lastDay(y, m)} ${MONTHS[m]!.slice(0, 3)} ${y}`,
        (m, y) => ymd(m, y),
      ),
    ),
    ['running-line-removed'],
  ],
  targetsAs(
    'ranges "Jan 2025 – Mar 2025"',
    R24,
    style((m, y) => `${MONTHS[(m + 10) % 12]!.slice(0, 3)} ${m < 2 ? y - 1 : y} – ${MONTHS[m]!.slice(0, 3)} ${y}`, ym),
  ),
  [
    'the repeated header numbered "(1)" instead of "1."',
    R17,
    (t) =>
      breakInsideSplitRows(t, (_p, h) => [
        h
          .split('\t')
          .map((c, k) => `(${k + 1}) ${headerLabel(c)}`)
          .join('\t'),
      ]),
    same,
    ['header-repeated'],
  ],
  [
    'two misspelt statuses in a row, with no numbers, keep both items',
    R17,
    (t) =>
      mapRows(t, (c) =>
        c[0] === '5.7' || c[0] === '5.8' ? ['', c[1]!, c[0] === '5.7' ? 'Agred' : 'Agrede', ...c.slice(3)] : c,
      ),
    (items) =>
      items.map((i) =>
        i.id === '5.7' || i.id === '5.8'
          ? { ...i, idInferred: true, status: 'not_recognised', unread: i.id === '5.7' ? 'Agred' : 'Agrede' }
          : i,
      ),
    ['id-inferred', 'status-unknown', 'summary-mismatch'],
  ],
  [
    'numbers printed with their label: "Rec 5.1", "Concern 3"',
    R17,
    ids((id) => `Rec ${id}`),
    same,
    ['id-label-removed'],
  ],
  ['concerns numbered "Concern 1", "Concern 2"', R24, ids((id) => `Concern ${id}`), same, ['id-label-removed']],
  [
    'header "Recommendation No. | Recommendation | Agreed / Partly agreed / Not agreed | Action | Responsibility | Completed by"',
    ELM,
    (t) =>
      withHeader(t, [
        'Recommendation No.',
        'Recommendation',
        'Agreed / Partly agreed / Not agreed',
        'Action',
        'Responsibility',
        'Completed by',
      ]),
    same,
    [],
  ],
  [
    'a "Status" column of progress beside concerns is kept, not read as agreement',
    R24,
    ...keptColumn(5, 'Status', () => 'On track'),
    [],
  ],
  // 5. Missing pieces.
  [
    'an agreed recommendation with an empty target date',
    R17,
    blankCell('5.1', 5),
    actions('5.1', { target: null, due: null }),
    ['target-missing'],
  ],
  [
    'an agreed recommendation with no owner',
    LEI,
    blankCell('5.2', 4),
    actions('5.2', { owner: null }),
    ['owner-missing'],
  ],
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
    // A kind written "-kind" is reported less often: the variant removed what it was about.
    if (kinds.includes('not-an-action-plan')) expect(doc.notes.map((n) => n.kind)).toEqual(['not-an-action-plan']);
    else expect(changed).toEqual(kinds.map((k) => k.replace(/^-/, '')).sort());
    for (const k of kinds) {
      if (k.startsWith('-')) expect(now.get(k.slice(1)) ?? 0).toBeLessThan(was.get(k.slice(1)) ?? 0);
      else expect(now.get(k) ?? 0).toBeGreaterThan(was.get(k) ?? 0);
    }
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
    const doc = read(
      R17,
      withHeader(fixture(R17), ['Rec no', 'Recommendation', 'Agreed', 'Commentary', 'Owner', 'Target date']),
    );
    expect(doc.notes[0]).toMatchObject({
      line: 24,
      severity: 'error',
      message: expect.stringMatching(
        /^No action plan table was found: the row at line 24 \("Rec no \| Recommendation \| Agreed \| Commentary \| Owner \| Target date"\) has columns for the number .*, the recommendation or concern, the status .*, the responsible owner and the target date, but none for the response/,
      ),
    });
  });
});
