// Atom feeds, written by the `feed` library. Dates come from the plans, never
// from the clock, so the same data gives the same feed.
import { Feed } from 'feed';
import { absoluteUrl } from '../dataset/urls.ts';
import type { Plan } from '../model/schema.ts';
import { counted } from './format.ts';
import type { ItemInPlan } from './data.ts';
import { ANSWERS, itemName } from './item-kind.ts';

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

export function feed(spec: FeedSpec, updated: Date): Feed {
  return new Feed({
    id: spec.self,
    title: spec.title,
    description: spec.description,
    link: spec.home,
    feedLinks: { atom: spec.self },
    updated,
    copyright: 'Published under the Open Government Licence by HM Prison and Probation Service; compiled by this site.',
    language: 'en-GB',
  });
}

export function plansFeed(spec: FeedSpec, plans: Plan[]): string {
  const sorted = [...plans].sort((a, b) => planDate(b).getTime() - planDate(a).getTime() || (a.id < b.id ? -1 : 1));
  const f = feed(spec, sorted[0] ? planDate(sorted[0]) : new Date(0));
  for (const p of sorted) {
    f.addItem({
      title: `${p.establishmentName}: action plan for the ${p.year} inspection`,
      id: absoluteUrl(p.url, spec.root),
      link: absoluteUrl(p.url, spec.root),
      date: planDate(p),
      description: `${counted(p.items.length, ANSWERS[p.kind])} answered.`,
    });
  }
  return f.atom1();
}

export function itemsFeed(spec: FeedSpec, rows: ItemInPlan[]): string {
  const sorted = [...rows]
    .sort((a, b) => planDate(b.plan).getTime() - planDate(a.plan).getTime() || (a.item.key < b.item.key ? -1 : 1))
    .slice(0, 200);
  const f = feed(spec, sorted[0] ? planDate(sorted[0].plan) : new Date(0));
  for (const { item, plan } of sorted) {
    f.addItem({
      title: `${plan.establishmentName} ${plan.year}, ${itemName(item, plan.kind)}`,
      id: absoluteUrl(item.url, spec.root),
      link: absoluteUrl(item.url, spec.root),
      date: planDate(plan),
      description: item.text,
    });
  }
  return f.atom1();
}

/** A feed as the response of a static route. */
export const atomResponse = (body: string) =>
  new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
