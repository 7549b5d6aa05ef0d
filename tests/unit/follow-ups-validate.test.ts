// The follow-up files checked against the tests' own plans: each bad row gets
// one message naming its file and line, what is allowed and the nearest match,
// and the other rows are read.
import { describe, expect, it } from 'vitest';
import { indexPlans, isoDateOf, readFollowUps, withFollowUps } from '../../src/follow-ups/validate.ts';
import { dataset } from '../support/seeds.ts';
import { datasetWithFollowUps } from '../support/follow-ups.ts';

const index = indexPlans(dataset.plans);
const HEADER = 'plan,item,source,judged_by,date,judgement,url,quote,note';
const URL = 'https://example.org/test-data/report.pdf';
const row = (cells: Partial<Record<string, string>>) => {
  const r = {
    plan: 'rochester-2017',
    item: '5.3',
    source: 'irp',
    judged_by: 'HMIP',
    date: '2019-03-15',
    judgement: 'Good progress',
    url: URL,
    quote: '',
    note: '',
    ...cells,
  };
  return [r.plan, r.item, r.source, r.judged_by, r.date, r.judgement, r.url, r.quote, r.note].join(',');
};
const read = (...rows: string[]) => readFollowUps([{ name: 'f.csv', text: [HEADER, ...rows].join('\r\n') }], index);
/** The one message for a file of one bad row (line 2). */
const problem = (cells: Partial<Record<string, string>>) => {
  const r = read(row(cells));
  expect(r.count).toBe(0);
  expect(r.problems).toHaveLength(1);
  expect(r.problems[0]!.file).toBe('f.csv');
  expect(r.problems[0]!.line).toBe(2);
  return r.problems[0]!.message;
};

describe('readFollowUps', () => {
  it('reads a good row onto its item, judge from the source, judgement as written and its verdict', () => {
    const r = read(
      row({
        judgement: 'reasonable PROGRESS',
        source: 'IRP',
        judged_by: 'hmip',
        quote: 'Some words',
        date: '15/03/2019',
      }),
    );
    expect(r.problems).toEqual([]);
    expect(r.count).toBe(1);
    expect([...r.byItem.keys()]).toEqual(['rochester-2017/5-3']);
    expect(r.byItem.get('rochester-2017/5-3')).toEqual([
      {
        source: 'irp',
        judgedBy: 'HMIP',
        date: '2019-03-15',
        verdict: 'reasonable_progress',
        judgement: 'reasonable PROGRESS',
        url: URL,
        quote: 'Some words',
        note: null,
        file: 'f.csv',
        line: 2,
      },
    ]);
  });

  it('names an unknown plan, with the nearest plan id', () => {
    expect(problem({ plan: 'rochester-2071' })).toBe(
      'plan "rochester-2071" is not a plan of the dataset; nearest: "rochester-2017"; the row is left out',
    );
  });

  it('names an unknown item, with the nearest number of that plan', () => {
    expect(problem({ item: '5.99' })).toBe(
      'plan rochester-2017 has no item "5.99"; nearest: "5.9"; the row is left out',
    );
    expect(problem({ plan: 'rochester-2024', item: 'S47' })).toBe(
      'plan rochester-2024 has no item "S47"; nearest: "4"; the row is left out',
    );
  });

  it('names a source outside the list, with the list and the nearest', () => {
    expect(problem({ source: 'IRP review' })).toBe(
      'source "IRP review" is not one of "full-inspection", "irp", "urgent-notification", "hmpps-update"; nearest: "irp"; the row is left out',
    );
  });

  it("names a judgement outside its source's list, with the list and the nearest, or the source it belongs to", () => {
    expect(problem({ source: 'full-inspection', judgement: 'Partialy achieved' })).toBe(
      'judgement "Partialy achieved" is not one of the judgements of "full-inspection": "Achieved", "Partially achieved", "Not achieved"; nearest: "Partially achieved"; the row is left out',
    );
    expect(problem({ source: 'full-inspection', judgement: 'good progress' })).toBe(
      'judgement "good progress" is not one of the judgements of "full-inspection": "Achieved", "Partially achieved", "Not achieved"; it is a judgement of "irp", so the source may be wrong; the row is left out',
    );
  });

  it('never counts HMPPS as the judge of an inspection, nor HMIP as the author of an HMPPS update', () => {
    expect(problem({ judged_by: 'HMPPS' })).toBe(
      'judged_by is "HMPPS", but the judgements of "irp" (independent review of progress) are made by "HMIP"; the row is left out',
    );
    expect(problem({ source: 'hmpps-update', judgement: 'Completed' })).toBe(
      'judged_by is "HMIP", but the judgements of "hmpps-update" (hmpps progress update) are made by "HMPPS"; the row is left out',
    );
    expect(problem({ judged_by: 'HMIPP' })).toBe(
      'judged_by "HMIPP" is not "HMIP" or "HMPPS"; nearest: "HMIP"; the row is left out',
    );
  });

  it('names a date that is no date, or one before the plan', () => {
    expect(problem({ date: '2019-02-30' })).toBe(
      'date "2019-02-30" is not a date: write the report\'s date as YYYY-MM-DD (2020-03-12) or DD/MM/YYYY (12/03/2020); the row is left out',
    );
    expect(problem({ date: '2017-01-01' })).toBe(
      'date 2017-01-01 is before the plan: the report of the 2017 inspection (rochester-2017) is dated 2018-03-15; the row is left out',
    );
  });

  it('gives all of one row’s problems in its one message, in column order', () => {
    expect(problem({ url: 'www.example.org', date: 'March 2019', source: 'irp', judgement: '' + 'Good' })).toBe(
      'date "March 2019" is not a date: write the report\'s date as YYYY-MM-DD (2020-03-12) or DD/MM/YYYY (12/03/2020); judgement "Good" is not one of the judgements of "irp": "Good progress", "Reasonable progress", "Insufficient progress", "No meaningful progress"; nearest: "Good progress"; url "www.example.org" is not the address of the report: give it in full, starting https://; the row is left out',
    );
  });

  it('names a duplicate row, in the same file or another, with where the first one is', () => {
    const r = readFollowUps(
      [
        { name: 'a.csv', text: [HEADER, row({})].join('\n') },
        { name: 'b.csv', text: [HEADER, row({ judgement: 'Reasonable progress' })].join('\n') },
      ],
      index,
    );
    expect(r.count).toBe(1);
    expect(r.problems).toEqual([
      {
        file: 'b.csv',
        line: 2,
        message:
          'item 5.3 of rochester-2017 already has a judgement of "irp" dated 2019-03-15, at a.csv line 2: each judgement is one row; the row is left out',
      },
    ]);
  });

  it("catches a spreadsheet's 5.10 turned into 5.1 by the key column", () => {
    const text = [
      'plan,item,key,source,judged_by,date,judgement,url',
      `rochester-2017,5.1,rochester-2017/5-10,irp,HMIP,2019-03-15,Good progress,${URL}`,
    ].join('\n');
    const r = readFollowUps([{ name: 'k.csv', text }], index);
    expect(r.problems).toEqual([
      {
        file: 'k.csv',
        line: 2,
        message:
          'item "5.1" of rochester-2017 is not the item whose key is "rochester-2017/5-10" (rochester-2017, item 5.10); did a spreadsheet turn "5.10" into a number?; the row is left out',
      },
    ]);
  });

  it('reads the other rows of a file with bad ones, and leaves out rows without a judgement (a template’s) silently', () => {
    const r = read(
      row({ plan: 'nowhere-2017' }),
      row({ judgement: '', source: '', judged_by: '', date: '', url: '' }),
      row({ item: '5.4' }),
      row({ judgement: '', quote: 'a quote' }),
    );
    expect(r.count).toBe(1);
    expect([...r.byItem.keys()]).toEqual(['rochester-2017/5-4']);
    expect(r.problems.map((p) => [p.line, p.message])).toEqual([
      [2, 'plan "nowhere-2017" is not a plan of the dataset; nearest: "rochester-2017"; the row is left out'],
      [5, 'the row has a quote or a note but no judgement; the row is left out'],
    ]);
  });

  it('names a file without a required column once, with the nearest header, and reads the other files', () => {
    const r = readFollowUps(
      [
        { name: 'bad.csv', text: 'plan,item,source,judged_by,date,judgment,url\n' + 'x,y,z,w,v,u,t\n' },
        { name: 'good.csv', text: [HEADER, row({})].join('\n') },
      ],
      index,
    );
    expect(r.count).toBe(1);
    expect(r.problems).toEqual([
      {
        file: 'bad.csv',
        line: 1,
        message:
          'the header row has no column "judgement" (nearest: "judgment"); the columns are "plan", "item", "source", "judged_by", "date", "judgement", "url", "quote", "note", "key". The file is not read.',
      },
    ]);
  });

  it('writes control and direction characters from a file as escapes in its messages', () => {
    expect(problem({ source: 'irp\u001b[31m\u202e' })).toBe(
      'source "irp\\u001b[31m\\u202e" is not one of "full-inspection", "irp", "urgent-notification", "hmpps-update"; nearest: "irp"; the row is left out',
    );
  });
});

describe('isoDateOf', () => {
  it('reads ISO and UK day-first dates, and nothing else', () => {
    expect(
      [
        '2020-03-12',
        '12/03/2020',
        '1/3/2020',
        '2020-3-1',
        '2020-02-29',
        '2019-02-29',
        '03/13/2020',
        '12 March 2020',
      ].map(isoDateOf),
    ).toEqual(['2020-03-12', '2020-03-12', '2020-03-01', '2020-03-01', '2020-02-29', null, null, null]);
  });
});

describe("the fixtures' follow-ups", () => {
  const plans = datasetWithFollowUps().plans;
  const item = (plan: string, id: string) => plans.find((p) => p.id === plan)!.items.find((i) => i.id === id)!;

  it('give recommendation 5.3 of rochester-2017 its three judgements, oldest first', () => {
    expect(
      item('rochester-2017', '5.3').followUps.map((f) => [f.date, f.source, f.judgedBy, f.verdict, f.file, f.line]),
    ).toEqual([
      ['2018-12-03', 'hmpps-update', 'HMPPS', 'ongoing', 'rochester-2017-hmpps-update-2018.csv', 4],
      ['2019-03-15', 'irp', 'HMIP', 'reasonable_progress', 'rochester-2017-irp-2019.csv', 4],
      ['2024-11-11', 'full-inspection', 'HMIP', 'partially_achieved', 'rochester-2017-inspection-2024.csv', 4],
    ]);
  });

  it('leave the plans without follow-ups as they were', () => {
    expect(plans.find((p) => p.id === 'leicester-2018')!.items.every((i) => i.followUps.length === 0)).toBe(true);
    expect(plans.reduce((n, p) => n + p.items.reduce((m, i) => m + i.followUps.length, 0), 0)).toBe(60);
  });

  it('are attached to new objects, leaving the plans given unchanged', () => {
    const attached = withFollowUps(dataset.plans, new Map([['ford-2016/5-1', []]]));
    expect(attached.find((p) => p.id === 'ford-2016')).not.toBe(dataset.plans.find((p) => p.id === 'ford-2016'));
    expect(dataset.plans.every((p) => p.items.every((i) => i.followUps.length === 0))).toBe(true);
  });
});
