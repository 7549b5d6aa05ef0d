// The Atom feed of judgements: one entry per judgement recorded in the
// follow-up files, newest first. Dates are the reports', never the clock's.
// The entries are plain text, written as XML by the site's one Atom writer (atom.ts).
import { atomXml, type AtomEntry } from './atom.ts';
import { absoluteUrl } from '../dataset/urls.ts';
import { SCALES, verdictLabel } from '../model/follow-up-scales.ts';
import { compare } from '../model/compare.ts';
import type { FollowUp, Item, Plan } from '../model/schema.ts';
import { feed, type FeedSpec } from './feeds.ts';
import { formatDate } from './format.ts';
import { itemName } from '../model/item-kind.ts';

/** The newest this many judgements: a feed reader wants what is new, and every one is in follow-ups.csv. */
const MAX_ENTRIES = 200;

/** An entry as plain text: `url` is its id and its link, the judgement's place on the item's page. */
export type FollowUpEntry = AtomEntry;

/** The anchor of a judgement on its item's page. */
export const followUpAnchor = (f: Pick<FollowUp, 'source' | 'date'>) => `follow-up-${f.source}-${f.date}`;

export function followUpEntries(root: string, plans: Plan[]): FollowUpEntry[] {
  const rows: { plan: Plan; item: Item; followUp: FollowUp }[] = plans.flatMap((plan) =>
    plan.items.flatMap((item) => item.followUps.map((followUp) => ({ plan, item, followUp }))),
  );
  rows.sort(
    (a, b) =>
      compare(b.followUp.date, a.followUp.date) ||
      compare(a.item.key, b.item.key) ||
      compare(a.followUp.source, b.followUp.source),
  );
  return rows.slice(0, MAX_ENTRIES).map(({ plan, item, followUp }) => {
    const scale = SCALES[followUp.source];
    const verdict = verdictLabel(followUp.verdict);
    const who = scale.selfReported ? `self-reported by ${followUp.judgedBy}` : `judged by ${followUp.judgedBy}`;
    return {
      title: `${plan.establishmentName} ${plan.year}, ${itemName(item)}: ${verdict} (${scale.name.toLowerCase()}, ${formatDate(followUp.date)})`,
      url: `${absoluteUrl(item.url, root)}#${followUpAnchor(followUp)}`,
      updated: new Date(`${followUp.date}T00:00:00Z`),
      summary: `${verdict}, ${who}. ${followUp.quote ? `“${followUp.quote}” ` : ''}Source: ${followUp.url}`,
    };
  });
}

export const writeAtom = (spec: FeedSpec, entries: AtomEntry[]): string =>
  atomXml(feed(spec, entries[0]?.updated ?? new Date(0), entries));

export const followUpsFeed = (spec: FeedSpec, plans: Plan[]) => writeAtom(spec, followUpEntries(spec.root, plans));
