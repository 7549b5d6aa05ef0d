// The dataset as the pages use it: loaded from the content collections once
// per build and indexed, so no page searches the whole dataset.
import { getCollection } from 'astro:content';
import { compare } from '../model/compare.ts';
import type { Anomaly, Establishment, GlossaryEntry, Item, Plan, Theme } from '../model/schema.ts';

export interface SiteData {
  plans: Plan[];
  establishments: Establishment[];
  themes: Theme[];
  glossary: GlossaryEntry[];
  anomalies: Anomaly[];
  planById: Map<string, Plan>;
  establishmentById: Map<string, Establishment>;
  themeById: Map<string, Theme>;
  glossaryByTerm: Map<string, GlossaryEntry>;
  /** Every item with its plan, by key. */
  itemByKey: Map<string, { item: Item; plan: Plan }>;
  /** The anomalies of each document, by file name, in dataset order. */
  anomaliesByFile: Map<string, Anomaly[]>;
}

let loaded: Promise<SiteData> | undefined;

async function load(): Promise<SiteData> {
  // Collections come back in store order; the dataset's own order is restored explicitly.
  const plans = (await getCollection('plans')).map((e) => e.data).sort((a, b) => compare(a.establishmentId, b.establishmentId) || a.year - b.year || compare(a.id, b.id));
  const establishments = (await getCollection('establishments')).map((e) => e.data).sort((a, b) => compare(a.name, b.name));
  const glossary = (await getCollection('glossary')).map((e) => e.data).sort((a, b) => compare(a.term.toLowerCase(), b.term.toLowerCase()));
  const anomalies = (await getCollection('anomalies')).sort((a, b) => Number(a.id) - Number(b.id)).map((e) => e.data);
  const themes = (await getCollection('themes')).map((e) => e.data).sort((a, b) => a.order - b.order);
  const itemByKey = new Map<string, { item: Item; plan: Plan }>();
  for (const plan of plans) for (const item of plan.items) itemByKey.set(item.key, { item, plan });
  const anomaliesByFile = new Map<string, Anomaly[]>();
  for (const a of anomalies) {
    const list = anomaliesByFile.get(a.file);
    if (list) list.push(a);
    else anomaliesByFile.set(a.file, [a]);
  }
  return {
    plans,
    establishments,
    themes,
    glossary,
    anomalies,
    planById: new Map(plans.map((p) => [p.id, p])),
    establishmentById: new Map(establishments.map((e) => [e.id, e])),
    themeById: new Map(themes.map((t) => [t.id, t])),
    glossaryByTerm: new Map(glossary.map((g) => [g.term, g])),
    itemByKey,
    anomaliesByFile,
  };
}

export function siteData(): Promise<SiteData> {
  loaded ??= load();
  return loaded;
}
