// Everything an item page shows, worked out once: its name and headings, its
// search filters, its themes and terms, the items linked to it, its citation
// and its neighbours in the plan. The route only renders this.
import { inspectionDate } from '../../dataset/order.ts';
import { PAGES } from '../../dataset/urls.ts';
import type { Column, Item, Plan } from '../../model/schema.ts';
import { readBlocks, readLinkReason, type Block } from '../../model/text-format.ts';
import type { SiteData } from '../data.ts';
import { itemFilters } from '../facets.ts';
import { themeFilterKey } from '../../search/theme-meanings.ts';
import type { ItemInPlan } from '../item-in-plan.ts';
import { itemKind, itemName } from '../../model/item-kind.ts';
import { STATUS } from '../status.ts';
import { atOtherPrisons, raisedAgainByPlan, readableReason } from './item.ts';
import { itemTimeline, type Timeline } from './follow-ups.ts';
import { itemHeading } from './plan.ts';

/** An item of another plan as a linked list shows it, with why it is there. */
export interface LinkedRow extends ItemInPlan {
  reason?: string;
}

export interface ItemPage {
  item: Item;
  plan: Plan;
  /** "Recommendation 5.3", "Key concern KC2". */
  name: string;
  /** "recommendation", "key concern". */
  noun: string;
  title: string;
  /** The item's text, cut to 155 characters for the page's description. */
  description: string;
  crumbs: { label: string; path: string }[];
  /** Pagefind filters as name and value, the month of the inspection last. */
  filters: [string, string][];
  primaryTheme: { name: string; url: string };
  /** The status as printed, where it reads otherwise than the status's own label. */
  printedAs: string | null;
  /** What the status means, or null for an item with none (a concern). */
  statusDefinition: string | null;
  /** The headings it stands under, or "none". */
  heading: string;
  refs: string;
  repeatedRefs: string | null;
  themes: { name: string; url: string; primary: boolean; reason: string }[];
  columns: { header: string; blocks: Block[] }[];
  glossary: { term: string; expansion: string | undefined }[];
  timeline: Timeline;
  raisedAgain: { plan: Plan; rows: LinkedRow[] }[];
  raisedBefore: LinkedRow[];
  related: LinkedRow[];
  /** The main theme's latest items at other prisons. */
  elsewhere: LinkedRow[];
  citation: { year: string; title: string; name: string; url: string };
  pager: { prev: string | null; next: string | null; prevText: string; nextText: string };
}

/**
 * The page of the plan's item at `index`. `canonical` is the page's own address;
 * `asOf` the build date that targets are measured against.
 */
export function itemPage(
  data: SiteData,
  planId: string,
  index: number,
  { canonical, asOf }: { canonical: string; asOf: string },
): ItemPage {
  const plan = data.planById.get(planId)!;
  const item = plan.items[index]!;
  const prev = plan.items[index - 1];
  const next = plan.items[index + 1];
  const name = itemName(item);
  const theme = (id: string) => data.themeById.get(id)!;
  const primary = theme(item.themes[0]!);
  const linked = (key: string) => data.itemByKey.get(key)!;
  const why = (reason: string) => readableReason(readLinkReason(reason), (id) => data.themeById.get(id)?.name);
  const againByPlan = raisedAgainByPlan(item, data.itemByKey);
  const status = item.status ? STATUS[item.status] : null;
  // "Newest first" in search goes month by month through this filter: a Pagefind
  // sort would put a permutation of every page into the metadata each search loads.
  const month = (inspectionDate(plan) ?? `${plan.year}-01`).slice(0, 7);
  return {
    item,
    plan,
    name,
    noun: itemKind(item).toLowerCase(),
    title: `${name}, ${plan.establishmentName} ${plan.year}`,
    description: item.text.length > 155 ? `${item.text.slice(0, 152)}…` : item.text,
    crumbs: [
      { label: 'Prisons', path: PAGES.prisons },
      { label: plan.establishmentName, path: data.establishmentById.get(plan.establishmentId)!.url },
      { label: `${plan.year} plan`, path: plan.url },
    ],
    filters: [
      ...itemFilters(item, plan, data.themeById, asOf),
      ['month', month],
      // Its main theme in a filter of its own, for a question about the theme (src/search/find.ts): a small file to load.
      [themeFilterKey(item.themes[0]!), 'yes'],
    ],
    primaryTheme: { name: primary.name, url: primary.url },
    printedAs:
      item.status && item.status !== 'not_recognised' && item.statusAsWritten && item.statusAsWritten !== status!.label
        ? item.statusAsWritten
        : null,
    statusDefinition: status?.definition ?? null,
    heading: itemHeading(item) ?? 'none',
    refs: item.refs.length ? item.refs.join(', ') : 'not printed',
    repeatedRefs: item.repeatedRefs.length ? item.repeatedRefs.join(', ') : null,
    themes: item.themeReasons.map((r) => ({ ...pick(theme(r.theme)), primary: r.primary, reason: r.reason })),
    columns: item.columns.map((c: Column) => ({ header: c.header, blocks: readBlocks(c.text) })),
    glossary: item.glossary.map((t) => ({ term: t, expansion: data.glossaryByTerm.get(t)?.expansion })),
    timeline: itemTimeline(item, plan, againByPlan, asOf),
    raisedAgain: againByPlan.map((g) => ({
      plan: g.plan,
      rows: g.items.map((x) => ({
        item: x.item,
        plan: g.plan,
        reason: readableReason(x.reason, (id) => data.themeById.get(id)?.name),
      })),
    })),
    raisedBefore: item.raisedBefore.map((l) => ({ ...linked(l.key), reason: why(l.reason) })),
    related: item.related.map((l) => linked(l.key)),
    elsewhere: atOtherPrisons(data.latestOnTheme.get(primary.id) ?? [], plan.establishmentId),
    citation: {
      year: plan.planSubmitted?.slice(0, 4) ?? String(plan.year),
      title: `Action plan: ${plan.establishment}, in response to the HM Inspectorate of Prisons inspection of ${plan.year}`,
      name,
      url: canonical,
    },
    pager: {
      prev: prev?.url ?? null,
      next: next?.url ?? null,
      prevText: prev ? `Previous: ${itemName(prev)}` : '',
      nextText: next ? `Next: ${itemName(next)}` : '',
    },
  };
}

const pick = (t: { name: string; url: string }) => ({ name: t.name, url: t.url });
