// What the pages show of what happened next: an item's timeline (the promise,
// each target against the build date, each judgement, a later inspection that
// raised it again), a plan's follow-ups one line each within one scale, and
// the shares of each verdict for the charts. The site never says "overdue" or
// "not done": it knows what was promised, by when, and what was judged.
import { inspectionDate } from '../../dataset/order.ts';
import type { Action, FollowUp, FollowUpSource, Item, Plan, Verdict } from '../../model/schema.ts';
import { INSPECTION_SOURCES, SCALES, latestVerdict, verdictLabel, type Scale } from '../../model/follow-up-scales.ts';

export { latestVerdict };
import { compare } from '../../model/compare.ts';
import type { ItemInPlan } from '../item-in-plan.ts';
import { formatDate, plural } from '../format.ts';
import { ANSWERS } from '../../model/item-kind.ts';

/** A due date ("2018-07" or "2018-07-31") has passed on `asOf` (YYYY-MM-DD) once its whole month, or day, is over. */
export function duePassed(due: string, asOf: string): boolean {
  return due.length === 7 ? asOf.slice(0, 7) > due : asOf > due;
}

const datedDue = (a: Pick<Action, 'due'>) => (a.due && /^\d{4}-\d{2}/.test(a.due) ? a.due : null);

/** No verdict by the inspectorate, and a dated target of the item has passed on `asOf`. */
export function targetPassedWithoutVerdict(item: Pick<Item, 'followUps' | 'actions'>, asOf: string): boolean {
  return (
    latestVerdict(item) === null &&
    item.actions.some((a) => {
      const due = datedDue(a);
      return due !== null && duePassed(due, asOf);
    })
  );
}

/** The search filter "What happened next": the latest verdict, or whether a target passed without one. */
export const FOLLOW_UP_FACET = ['followup', 'What happened next'] as const;
export const TARGET_PASSED = 'Target date passed, no verdict';
export const NO_VERDICT = 'No verdict recorded';

/** The filter's values in the order the search page lists them: each scale's verdicts best first, then no verdict. */
export const FOLLOW_UP_VALUES: string[] = [
  ...INSPECTION_SOURCES.flatMap((s) => SCALES[s].verdicts.map((v) => v.label)),
  TARGET_PASSED,
  NO_VERDICT,
];

export function followUpFilter(item: Pick<Item, 'followUps' | 'actions'>, asOf: string): string {
  const latest = latestVerdict(item);
  if (latest) return verdictLabel(latest.verdict);
  return targetPassedWithoutVerdict(item, asOf) ? TARGET_PASSED : NO_VERDICT;
}

export type TimelineEntry =
  | { kind: 'promise'; date: string | null }
  | { kind: 'target'; date: string; actions: Action[]; passed: boolean }
  | { kind: 'judgement'; date: string; followUp: FollowUp; scale: Scale; label: string }
  | { kind: 'raised-again'; date: string; plan: Plan; items: Item[] };

export interface Timeline {
  entries: TimelineEntry[];
  /** No judgement of any kind is recorded. */
  nothingRecorded: boolean;
  /** No verdict by the inspectorate, and a target date has passed: said as such, never as "overdue". */
  passedWithoutVerdict: boolean;
  /** Targets given as a state (completed, ongoing) or not printed: no date to pass. */
  undated: Action[];
}

const ORDER: Record<TimelineEntry['kind'], number> = { promise: 0, target: 1, judgement: 2, 'raised-again': 3 };

/**
 * The item's timeline, oldest first. `again` are the later plans that raised
 * it again (raisedAgainByPlan), `asOf` the build date.
 */
export function itemTimeline(
  item: Pick<Item, 'followUps' | 'actions'>,
  plan: Pick<Plan, 'planSubmitted' | 'reportPublished' | 'inspectionEnd'>,
  again: { plan: Plan; items: { item: Item }[] }[],
  asOf: string,
): Timeline {
  const targets = new Map<string, Action[]>();
  const undated: Action[] = [];
  for (const a of item.actions) {
    const due = datedDue(a);
    if (due) targets.set(due, [...(targets.get(due) ?? []), a]);
    else undated.push(a);
  }
  const entries: TimelineEntry[] = [
    { kind: 'promise', date: plan.planSubmitted ?? plan.reportPublished ?? plan.inspectionEnd },
    ...[...targets].map(([date, actions]): TimelineEntry => ({
      kind: 'target',
      date,
      actions,
      passed: duePassed(date, asOf),
    })),
    ...item.followUps.map((f): TimelineEntry => ({
      kind: 'judgement',
      date: f.date,
      followUp: f,
      scale: SCALES[f.source],
      label: verdictLabel(f.verdict),
    })),
    ...again.map((g): TimelineEntry => ({
      kind: 'raised-again',
      date: inspectionDate(g.plan) ?? String(g.plan.year),
      plan: g.plan,
      items: g.items.map((x) => x.item),
    })),
  ];
  // The promise first; then by date (a month before the days in it), and kind.
  entries.sort((a, b) =>
    a.kind === 'promise' ? -1 : b.kind === 'promise' ? 1 : compare(a.date!, b.date!) || ORDER[a.kind] - ORDER[b.kind],
  );
  return {
    entries,
    nothingRecorded: item.followUps.length === 0,
    passedWithoutVerdict: targetPassedWithoutVerdict(item, asOf),
    undated,
  };
}

/** One follow-up of a plan (a report, or an update): how many of its items it judged, on its own scale. */
export interface FollowUpSummary {
  scale: Scale;
  date: string;
  url: string;
  total: number;
  judged: number;
  counts: { verdict: Verdict; label: string; count: number }[];
}

/** The plan's follow-ups, oldest first, each a report: its source, date and address. */
export function followUpSummaries(plan: Pick<Plan, 'items'>): FollowUpSummary[] {
  const groups = new Map<string, { source: FollowUpSource; date: string; url: string; verdicts: Verdict[] }>();
  for (const item of plan.items) {
    for (const f of item.followUps) {
      const key = `${f.source}\u0000${f.date}\u0000${f.url}`;
      const g = groups.get(key) ?? { source: f.source, date: f.date, url: f.url, verdicts: [] };
      g.verdicts.push(f.verdict);
      groups.set(key, g);
    }
  }
  return [...groups.values()]
    .sort((a, b) => compare(a.date, b.date) || compare(a.source, b.source) || compare(a.url, b.url))
    .map((g) => {
      const scale = SCALES[g.source];
      return {
        scale,
        date: g.date,
        url: g.url,
        total: plan.items.length,
        judged: g.verdicts.length,
        counts: scale.verdicts.map((v) => ({
          verdict: v.verdict,
          label: v.label,
          count: g.verdicts.filter((x) => x === v.verdict).length,
        })),
      };
    });
}

/** "Independent review of progress, March 2019" */
export const summaryHeading = (s: Pick<FollowUpSummary, 'scale' | 'date'>) =>
  `${s.scale.name}, ${formatDate(s.date.slice(0, 7))}`;

/**
 * "10 of 46 recommendations followed up: good progress 3, reasonable progress 3,
 * insufficient progress 3, no meaningful progress 1; 36 not followed up."
 * Items a follow-up did not cover are counted as such, never as failures.
 */
export function summaryText(s: FollowUpSummary, kind: Plan['kind']): string {
  const noun = ANSWERS[kind];
  const followed = s.scale.selfReported ? 'reported on' : 'followed up';
  const counts = s.counts.map((c) => `${c.label.toLowerCase()} ${c.count}`).join(', ');
  const rest = s.total - s.judged;
  return `${s.judged} of ${plural(s.total, noun.one, noun.many)} ${followed}: ${counts}${rest ? `; ${rest} not ${followed}` : ''}.`;
}

/** A row of a verdict chart: the latest verdict on one scale of each judged item in a category. */
export interface VerdictRow {
  label: string;
  counts: number[];
  judged: number;
}

/** The item's latest judgement on this scale, or null. */
const latestOn = (item: Pick<Item, 'followUps'>, source: FollowUpSource) =>
  item.followUps.filter((f) => f.source === source).at(-1) ?? null;

/** Items judged on this scale, by category, counted by their latest verdict on it; categories with none judged left out. */
export function verdictRows(source: FollowUpSource, categories: { label: string; rows: ItemInPlan[] }[]): VerdictRow[] {
  const scale = SCALES[source];
  return categories
    .map(({ label, rows }) => {
      const counts = scale.verdicts.map(() => 0);
      for (const { item } of rows) {
        const f = latestOn(item, source);
        if (f) counts[scale.verdicts.findIndex((v) => v.verdict === f.verdict)]!++;
      }
      return { label, counts, judged: counts.reduce((a, b) => a + b, 0) };
    })
    .filter((r) => r.judged > 0);
}

/** The inspectorate's scales that judged any of these items: the charts draw one per scale, never mixing two. */
export function scalesUsed(rows: ItemInPlan[]): Scale[] {
  const used = new Set(rows.flatMap(({ item }) => item.followUps.map((f) => f.source)));
  return INSPECTION_SOURCES.filter((s) => used.has(s)).map((s) => SCALES[s]);
}

/** Items by their status when the plan answered: agreed, partly agreed, not agreed; concerns (no status) apart. */
export function byStatusAtTheTime(rows: ItemInPlan[]): { label: string; rows: ItemInPlan[] }[] {
  const groups: [string, (x: ItemInPlan) => boolean][] = [
    ['Agreed', (x) => x.item.status === 'agreed'],
    ['Partly agreed', (x) => x.item.status === 'partly_agreed'],
    ['Not agreed', (x) => x.item.status === 'not_agreed'],
    ['Status not recognised', (x) => x.item.status === 'not_recognised'],
    ['Concerns (no status)', (x) => x.item.status === null],
  ];
  return groups.map(([label, test]) => ({ label, rows: rows.filter(test) }));
}

/** The share of a row with the scale's best verdict (achieved, good progress), as a whole percentage. */
export const bestShare = (r: VerdictRow) => (r.judged ? Math.round((100 * r.counts[0]!) / r.judged) : 0);
