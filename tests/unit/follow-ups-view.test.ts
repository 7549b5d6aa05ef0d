// What the pages show of what happened next, worked out on the tests' plans and their fictional follow-ups.
import { describe, expect, it } from 'vitest';
import { buildDate, BuildDateError } from '../../src/site/build-date.ts';
import { indexDataset } from '../../src/site/data.ts';
import {
  bestShare,
  byStatusAtTheTime,
  duePassed,
  followUpFilter,
  followUpSummaries,
  itemTimeline,
  latestVerdict,
  NO_VERDICT,
  scalesUsed,
  summaryHeading,
  summaryText,
  TARGET_PASSED,
  targetPassedWithoutVerdict,
  verdictRows,
} from '../../src/site/views/follow-ups.ts';
import { raisedAgainByPlan } from '../../src/site/views/item.ts';
import { datasetWithFollowUps } from '../support/follow-ups.ts';
import { dataset } from '../support/seeds.ts';

const data = indexDataset(datasetWithFollowUps());
const bare = indexDataset(structuredClone(dataset));
const at = (d: typeof data, key: string) => d.itemByKey.get(key)!;
const AS_OF = '2025-06-01';

describe('buildDate', () => {
  it('is SOURCE_DATE_EPOCH in UTC when set, today in UTC when not', () => {
    expect(buildDate({ SOURCE_DATE_EPOCH: '1748736000' })).toBe('2025-06-01');
    expect(buildDate({ SOURCE_DATE_EPOCH: '1748735999' })).toBe('2025-05-31');
    expect(buildDate({}, () => new Date('2026-12-06T23:59:59Z'))).toBe('2026-12-06');
    expect(buildDate({ SOURCE_DATE_EPOCH: '' }, () => new Date('2026-01-02T00:00:00Z'))).toBe('2026-01-02');
  });

  it('refuses a SOURCE_DATE_EPOCH that is not a count of seconds, saying what to write', () => {
    expect(() => buildDate({ SOURCE_DATE_EPOCH: '2025-06-01' })).toThrow(BuildDateError);
    expect(() => buildDate({ SOURCE_DATE_EPOCH: '2025-06-01' })).toThrow(
      'SOURCE_DATE_EPOCH is "2025-06-01", not a number of seconds since 1970 (e.g. 1748736000 for 1 June 2025); leave it unset to date the build today',
    );
  });
});

describe('duePassed', () => {
  it('passes a month once the whole month is over, a day the day after', () => {
    expect(duePassed('2025-05', '2025-05-31')).toBe(false);
    expect(duePassed('2025-05', '2025-06-01')).toBe(true);
    expect(duePassed('2025-06-01', '2025-06-01')).toBe(false);
    expect(duePassed('2025-05-31', '2025-06-01')).toBe(true);
  });
});

describe('latest verdict and the search filter', () => {
  it("is the inspectorate's latest judgement, never HMPPS's own update", () => {
    const i = at(data, 'rochester-2017/5-3').item;
    expect(latestVerdict(i)?.verdict).toBe('partially_achieved');
    expect(followUpFilter(i, AS_OF)).toBe('Partially achieved');
    // 5.5 of Elmley 2019 has HMPPS's "Not started" only, and targets long passed.
    const elmley = at(data, 'elmley-2019/5-5').item;
    expect(elmley.followUps.map((f) => f.verdict)).toEqual(['not_started']);
    expect(latestVerdict(elmley)).toBeNull();
    expect(followUpFilter(elmley, AS_OF)).toBe(TARGET_PASSED);
  });

  it('says "target date passed, no verdict" only once a dated target has passed on the build date', () => {
    // Concern 2 of Rochester 2024: targets 2025-09, completed, 2025-06, 2025-03; the review judged concerns 1 to 6.
    const c7 = at(data, 'rochester-2024/7').item; // targets 2025-01 to 2025-03, not judged
    expect(targetPassedWithoutVerdict(c7, '2025-01-31')).toBe(false);
    expect(followUpFilter(c7, '2025-01-31')).toBe(NO_VERDICT);
    expect(followUpFilter(c7, '2025-02-01')).toBe(TARGET_PASSED);
    // Rochester 2017's 5.2 is "completed and ongoing": no date to pass.
    expect(followUpFilter(at(bare, 'rochester-2017/5-2').item, AS_OF)).toBe(NO_VERDICT);
  });
});

describe('itemTimeline', () => {
  it('puts the promise first, then targets, judgements and a later inspection by date', () => {
    const { item, plan } = at(data, 'rochester-2017/5-3');
    const t = itemTimeline(item, plan, raisedAgainByPlan(item, data.itemByKey), AS_OF);
    expect(
      t.entries.map((e) =>
        e.kind === 'promise'
          ? ['promise', e.date]
          : e.kind === 'target'
            ? ['target', e.date, e.passed, e.actions.map((a) => a.owner)]
            : e.kind === 'judgement'
              ? ['judgement', e.date, e.label, e.scale.selfReported]
              : ['raised-again', e.date, e.plan.id, e.items.map((i) => i.id)],
      ),
    ).toEqual([
      ['promise', '2018-06-19'],
      ['target', '2018-07', true, ['Governor']],
      ['judgement', '2018-12-03', 'Ongoing', true],
      ['judgement', '2019-03-15', 'Reasonable progress', false],
      ['target', '2019-06', true, ['Governor']],
      ['raised-again', '2024-08-12', 'rochester-2024', ['12']],
      ['judgement', '2024-11-11', 'Partially achieved', false],
    ]);
    expect(t.nothingRecorded).toBe(false);
    expect(t.passedWithoutVerdict).toBe(false);
  });

  it('says nothing is recorded, and whether a target passed without a verdict, where no follow-up is', () => {
    const { item, plan } = at(bare, 'leicester-2018/5-1');
    const t = itemTimeline(item, plan, [], AS_OF);
    expect(t.entries.map((e) => [e.kind, e.date])).toEqual([
      ['promise', '2018-07-18'],
      ['target', '2018-08'],
    ]);
    expect(t.nothingRecorded).toBe(true);
    expect(t.passedWithoutVerdict).toBe(true);
    expect(itemTimeline(item, plan, [], '2018-08-31').passedWithoutVerdict).toBe(false);
  });

  it('keeps targets given as a state apart: they have no date to pass', () => {
    const { item, plan } = at(bare, 'rochester-2017/5-2');
    const t = itemTimeline(item, plan, [], AS_OF);
    expect(t.entries.map((e) => e.kind)).toEqual(['promise']);
    expect(t.undated.map((a) => a.due)).toEqual(['completed-and-ongoing']);
    expect(t.passedWithoutVerdict).toBe(false);
  });
});

describe('followUpSummaries', () => {
  it('gives one line per follow-up of a plan, within its own scale, items not followed up counted as such', () => {
    const plan = data.planById.get('rochester-2017')!;
    const s = followUpSummaries(plan);
    expect(s.map((x) => [summaryHeading(x), x.scale.selfReported, summaryText(x, plan.kind)])).toEqual([
      [
        'HMPPS progress update, December 2018',
        true,
        '5 of 46 recommendations reported on: completed 2, ongoing 2, not started 1; 41 not reported on.',
      ],
      [
        'Independent review of progress, March 2019',
        false,
        '10 of 46 recommendations followed up: good progress 3, reasonable progress 3, insufficient progress 3, no meaningful progress 1; 36 not followed up.',
      ],
      [
        'Next full inspection, November 2024',
        false,
        '31 of 46 recommendations followed up: achieved 12, partially achieved 9, not achieved 10; 15 not followed up.',
      ],
    ]);
    expect(s[1]!.url).toBe('https://example.org/test-data/rochester-irp-2019.pdf');
  });

  it('names the concerns of a concerns plan, and is empty for a plan without follow-ups', () => {
    const plan = data.planById.get('rochester-2024')!;
    expect(followUpSummaries(plan).map((x) => summaryText(x, plan.kind))).toEqual([
      '6 of 13 priority and key concerns followed up: good progress 1, reasonable progress 2, insufficient progress 2, no meaningful progress 1; 7 not followed up.',
    ]);
    expect(followUpSummaries(data.planById.get('leicester-2018')!)).toEqual([]);
  });
});

describe('verdict charts', () => {
  const all = [...data.itemByKey.values()];

  it("draw the inspectorate's scales only, and only where something was judged on them", () => {
    expect(scalesUsed(all).map((s) => s.source)).toEqual(['full-inspection', 'irp']);
    expect(scalesUsed([...bare.itemByKey.values()])).toEqual([]);
    expect(scalesUsed(all.filter((x) => x.plan.id === 'elmley-2019'))).toEqual([]);
  });

  it('count each judged item once by its latest verdict, by status at the time, leaving out categories none judged', () => {
    const rows = verdictRows('full-inspection', byStatusAtTheTime(all));
    const statusOf = (n: number) => at(data, `rochester-2017/5-${n}`).item.status;
    const judged = Array.from({ length: 31 }, (_, k) => k + 1);
    const count = (s: string) => judged.filter((n) => statusOf(n) === s).length;
    expect(rows.map((r) => [r.label, r.judged])).toEqual([
      ['Agreed', count('agreed')],
      ['Partly agreed', count('partly_agreed')],
      ['Not agreed', count('not_agreed')],
    ]);
    expect(rows.reduce((n, r) => n + r.judged, 0)).toBe(31);
    expect(rows.map((r) => r.counts.reduce((a, b) => a + b, 0))).toEqual(rows.map((r) => r.judged));
    expect(bestShare({ label: '', counts: [12, 9, 10], judged: 31 })).toBe(39);
    // The review's concerns have no status: counted apart.
    expect(verdictRows('irp', byStatusAtTheTime(all)).map((r) => [r.label, r.counts])).toEqual([
      ...verdictRows('irp', byStatusAtTheTime(all.filter((x) => x.plan.id === 'rochester-2017'))).map((r) => [
        r.label,
        r.counts,
      ]),
      ['Concerns (no status)', [1, 2, 2, 1]],
    ]);
  });
});
