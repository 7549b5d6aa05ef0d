// The Atom feed of judgements: one entry per judgement recorded in the
// follow-up files, newest first, written by the same code as the other feeds.
// Dates are the reports', never the clock's.
import { absoluteUrl } from '../dataset/urls.ts';
import { SCALES, verdictLabel } from '../follow-ups/scales.ts';
import { compare } from '../model/compare.ts';
import type { FollowUp, Item, Plan } from '../model/schema.ts';
import { feed, type FeedSpec } from './feeds.ts';
import { formatDate } from './format.ts';
import { itemName } from './item-kind.ts';

/** The newest this many judgements: a feed reader wants what is new, and the whole list is in follow-ups.csv. */
const MAX_ENTRIES = 200;

export function followUpsFeed(spec: FeedSpec, plans: Plan[]): string {
  const rows: { plan: Plan; item: Item; followUp: FollowUp }[] = plans.flatMap((plan) =>
    plan.items.flatMap((item) => item.followUps.map((followUp) => ({ plan, item, followUp }))),
  );
  rows.sort(
    (a, b) =>
      compare(b.followUp.date, a.followUp.date) ||
      compare(a.item.key, b.item.key) ||
      compare(a.followUp.source, b.followUp.source),
  );
  const shown = rows.slice(0, MAX_ENTRIES);
  const date = (f: FollowUp) => new Date(`${f.date}T00:00:00Z`);
  const f = feed(spec, shown[0] ? date(shown[0].followUp) : new Date(0));
  for (const { plan, item, followUp } of shown) {
    const scale = SCALES[followUp.source];
    const link = absoluteUrl(item.url, spec.root);
    const who = scale.selfReported ? `self-reported by ${followUp.judgedBy}` : `judged by ${followUp.judgedBy}`;
    f.addItem({
      title: `${plan.establishmentName} ${plan.year}, ${itemName(item, plan.kind)}: ${verdictLabel(followUp.verdict)} (${scale.name.toLowerCase()}, ${formatDate(followUp.date)})`,
      // One entry per judgement: the item's address and the judgement's source and date.
      id: `${link}#follow-up-${followUp.source}-${followUp.date}`,
      link: `${link}#what-happened-next`,
      date: date(followUp),
      description: `${verdictLabel(followUp.verdict)}, ${who}. ${followUp.quote ? `“${followUp.quote}” ` : ''}Source: ${followUp.url}`,
    });
  }
  return f.atom1();
}
