// The dataset as the pages use it: read from the file ingest wrote, once per
// build, and indexed, so no page searches the whole dataset. It is not loaded
// through Astro's content layer: that would validate it a second time, then
// serialise all of it into the build's own bundle and parse it back, which at
// a thousand plans cost more than rendering the pages that use it.
import { statSync } from 'node:fs';
import { readDataset } from '../dataset/read.ts';
import { GENERATED_DATASET } from '../dataset/write.ts';
import { establishmentOrder, glossaryOrder, planOrder, themeOrder } from '../dataset/order.ts';
import type { Anomaly, Dataset, Establishment, FollowUpProblem, GlossaryEntry, Plan, Theme } from '../model/schema.ts';
import type { ItemInPlan } from './item-in-plan.ts';
import { latestByPrison } from './views/item.ts';

export type { ItemInPlan };

export interface SiteData {
  plans: Plan[];
  establishments: Establishment[];
  themes: Theme[];
  glossary: GlossaryEntry[];
  anomalies: Anomaly[];
  /** The follow-up rows and files left out, in file and line order. */
  followUpProblems: FollowUpProblem[];
  planById: Map<string, Plan>;
  establishmentById: Map<string, Establishment>;
  themeById: Map<string, Theme>;
  glossaryByTerm: Map<string, GlossaryEntry>;
  /** Every item with its plan, by key. */
  itemByKey: Map<string, ItemInPlan>;
  /** The anomalies of each document, by file name, in dataset order. */
  anomaliesByFile: Map<string, Anomaly[]>;
  /** Each theme's latest item at each prison, most recent first, by theme id (`latestByPrison`). */
  latestOnTheme: Map<string, ItemInPlan[]>;
}

let loaded: { version: number; data: Promise<SiteData> } | undefined;

/** The dataset in the order the pages show it, indexed. */
export function indexDataset(dataset: Dataset): SiteData {
  const plans = dataset.plans.sort(planOrder);
  const establishments = dataset.establishments.sort(establishmentOrder);
  const glossary = dataset.glossary.sort(glossaryOrder);
  const anomalies = dataset.anomalies;
  const themes = dataset.themes.sort(themeOrder);
  const itemByKey = new Map<string, ItemInPlan>();
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
    followUpProblems: dataset.followUpProblems,
    planById: new Map(plans.map((p) => [p.id, p])),
    establishmentById: new Map(establishments.map((e) => [e.id, e])),
    themeById: new Map(themes.map((t) => [t.id, t])),
    glossaryByTerm: new Map(glossary.map((g) => [g.term, g])),
    itemByKey,
    anomaliesByFile,
    latestOnTheme: new Map(themes.map((t) => [t.id, latestByPrison(t.itemKeys, itemByKey)])),
  };
}

/** The dataset of this build; in the dev server, read again once ingest has written a new one. */
export function siteData(): Promise<SiteData> {
  const version = import.meta.env.DEV ? statSync(GENERATED_DATASET).mtimeMs : 0;
  if (loaded?.version !== version)
    loaded = { version, data: Promise.resolve().then(() => indexDataset(readDataset())) };
  return loaded.data;
}
