// Everything a plan page shows, worked out once: its title and links, its items
// under their headings, the later inspections that raised them again, what
// happened next, and the notes the reader left on its document.
import { placeLabel } from '../../dataset/place.ts';
import { FEEDS, PAGES, planFiles } from '../../dataset/urls.ts';
import type { Anomaly, Item, Plan } from '../../model/schema.ts';
import { escapeControls } from '../../report/terminal.ts';
import { actionsByDueMonth } from '../charts.ts';
import type { SiteData } from '../data.ts';
import { counted, plural } from '../format.ts';
import { ANSWERS } from '../../model/item-kind.ts';
import { originalDocumentLabel } from '../original.ts';
import { targetPassedWithoutVerdict } from './follow-ups.ts';
import { publishedRepairs } from './plan-readings.ts';
import { itemGroups, raisedAgainCounts, raisedAgainLead, raisedAgainYears } from './plan.ts';

export interface PlanPage {
  plan: Plan;
  title: string;
  description: string;
  crumbs: { label: string; path: string }[];
  feeds: { title: string; path: string }[];
  /** The plan's own downloads and the document it was read from. */
  files: ReturnType<typeof planFiles>;
  originalLabel: string;
  /** "12 recommendations", "1 priority or key concern". */
  counted: string;
  /** "recommendation" or "priority or key concern". */
  one: string;
  groups: { heading: string; items: Item[] }[];
  /** Each later inspection that raised items again: the sentence before its link, and its plan. */
  raisedAgain: { lead: string; plan: Plan }[];
  /** The years of the later inspections that raised an item again. */
  raisedAgainYears: (item: Item) => number[];
  /** Items whose target date has passed with no recorded verdict, as of the build date. */
  passed: number;
  dueRows: ReturnType<typeof actionsByDueMonth>;
  /** How many notes changed what the page shows. */
  changed: number;
  /** The notes on the document, each with its place in words; the caption names the file, made safe to show. */
  notes: { place: string; item: string; severity: Anomaly['severity']; message: string; text: string | null }[];
  notesCaption: string;
}

/** The page of the plan `planId`; `asOf` is the build date targets are measured against. */
export function planPage(data: SiteData, planId: string, asOf: string): PlanPage {
  const plan = data.planById.get(planId)!;
  const planOf = (key: string) => data.itemByKey.get(key)?.plan;
  const anomalies = (data.anomaliesByFile.get(plan.source) ?? []).filter((a) => a.plan === plan.id);
  const answers = ANSWERS[plan.kind];
  const total = counted(plan.items.length, answers);
  return {
    plan,
    title: `${plan.establishmentName}: action plan for the ${plan.year} inspection`,
    description: `How HM Prison and Probation Service answered the ${total} of the ${plan.year} inspection of ${plan.establishmentName}.`,
    crumbs: [
      { label: 'Prisons', path: PAGES.prisons },
      { label: plan.establishmentName, path: data.establishmentById.get(plan.establishmentId)!.url },
    ],
    feeds: [{ title: `Plans for ${plan.establishmentName}`, path: FEEDS.establishment(plan.establishmentId) }],
    files: planFiles(plan.id, plan.source),
    originalLabel: originalDocumentLabel(plan),
    counted: total,
    one: answers.one,
    groups: itemGroups(plan.items),
    raisedAgain: raisedAgainCounts(plan, planOf).map((a) => ({
      lead: raisedAgainLead(a.count, plan.items.length, plan.kind),
      plan: a.plan,
    })),
    raisedAgainYears: (item) => raisedAgainYears(item, planOf),
    passed: plan.items.filter((i) => targetPassedWithoutVerdict(i, asOf)).length,
    dueRows: actionsByDueMonth(plan.items),
    changed: publishedRepairs(anomalies).length,
    notes: anomalies.map((a) => ({
      place: placeLabel(a),
      item: a.item ?? '–',
      severity: a.severity,
      message: a.message,
      text: a.text,
    })),
    notesCaption: `${plural(anomalies.length, 'note')} on ${escapeControls(plan.source)}`,
  };
}
