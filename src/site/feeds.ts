// Atom feeds (written by atom.ts, every text as text). Dates come from the
// plans, never from the clock, so the same data gives the same feed.
import { atomXml, type AtomEntry, type AtomFeed } from './atom.ts';
import { absoluteUrl } from '../dataset/urls.ts';
import type { Plan } from '../model/schema.ts';
import { counted } from './format.ts';
import type { ItemInPlan } from './item-in-plan.ts';
import { ANSWERS, itemName } from '../model/item-kind.ts';

export interface FeedSpec {
  id: string;
  title: string;
  description: string;
  /** Absolute addresses. */
  self: string;
  home: string;
  root: string;
}

/**
 * The feed at site path `path` about the page at `page`, under `root`, the
 * absolute address of the site root.
 */
export const feedSpec = (
  root: string,
  about: { id: string; title: string; description: string; path: string; page: string },
): FeedSpec => ({
  id: about.id,
  title: `Prison Action Plans: ${about.title}`,
  description: about.description,
  self: absoluteUrl(about.path, root),
  home: absoluteUrl(about.page, root),
  root,
});

const planDate = (p: Plan) =>
  new Date(`${p.planSubmitted ?? p.reportPublished ?? p.inspectionEnd ?? `${p.year}-01-01`}T00:00:00Z`);

export const feed = (spec: FeedSpec, updated: Date, entries: AtomEntry[]): AtomFeed => ({
  self: spec.self,
  home: spec.home,
  title: spec.title,
  subtitle: spec.description,
  rights: 'Published under the Open Government Licence by HM Prison and Probation Service; compiled by this site.',
  author: 'HM Prison and Probation Service',
  updated,
  entries,
});

export function plansFeed(spec: FeedSpec, plans: Plan[]): string {
  const sorted = [...plans].sort((a, b) => planDate(b).getTime() - planDate(a).getTime() || (a.id < b.id ? -1 : 1));
  return atomXml(
    feed(
      spec,
      sorted[0] ? planDate(sorted[0]) : new Date(0),
      sorted.map((p) => ({
        title: `${p.establishmentName}: action plan for the ${p.year} inspection`,
        url: absoluteUrl(p.url, spec.root),
        updated: planDate(p),
        summary: `${counted(p.items.length, ANSWERS[p.kind])} answered.`,
      })),
    ),
  );
}

export function itemsFeed(spec: FeedSpec, rows: ItemInPlan[]): string {
  const sorted = [...rows]
    .sort((a, b) => planDate(b.plan).getTime() - planDate(a.plan).getTime() || (a.item.key < b.item.key ? -1 : 1))
    .slice(0, 200);
  return atomXml(
    feed(
      spec,
      sorted[0] ? planDate(sorted[0].plan) : new Date(0),
      sorted.map(({ item, plan }) => ({
        title: `${plan.establishmentName} ${plan.year}, ${itemName(item)}`,
        url: absoluteUrl(item.url, spec.root),
        updated: planDate(plan),
        summary: item.text,
      })),
    ),
  );
}

/** A feed as the response of a static route. */
export const atomResponse = (body: string) =>
  new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
