// The open-data downloads and the original documents as files. A thousand
// plans give four thousand of them; written by one step after `astro build`
// (scripts/write-downloads.ts) they cost a fraction of what rendering each as
// a page costs. Their bytes are what the Data page and the plan pages promise.
import { join } from 'node:path';
import { actionsCsv, itemsCsv, plansCsv } from '../dataset/csv.ts';
import { followUpsCsv } from '../dataset/follow-ups-csv.ts';
import { datasetJsonSchema } from '../dataset/write.ts';
import { dataPackage } from '../dataset/datapackage.ts';
import type { Plan } from '../model/schema.ts';
import type { SiteData } from './data.ts';
import { DOWNLOADS, planFiles } from '../dataset/urls.ts';

/** A file of the built site: its address, and its text or the file it is a byte-for-byte copy of. */
export type SiteFile = { path: string; text: string } | { path: string; copyOf: string };

export interface FileSources {
  /** The dataset file ingest wrote, published as it is. */
  dataset: string;
  /** The folder of the documents the plans were read from. */
  plansDir: string;
}

/**
 * A CSV file of every plan, from the rows of each plan's own file: the same
 * bytes as writing it whole, without writing every row twice. Checked on the
 * first two plans; if the files do not join that way, written whole.
 */
export function joinedCsv(csv: (plans: Plan[]) => string, plans: Plan[], perPlan: string[]): string {
  const header = csv([]);
  const rows = perPlan.map((text) => (text.startsWith(header) ? text.slice(header.length) : null));
  const joins = rows.every((r) => r !== null) && csv(plans.slice(0, 2)) === header + rows.slice(0, 2).join('');
  return joins ? header + rows.join('') : csv(plans);
}

/** `root` is the absolute address of the site root, ending in a slash. One file at a time, so few are in memory at once. */
export function* downloadFiles(data: SiteData, root: string, from: FileSources): Generator<SiteFile> {
  const items = (plans: Plan[]) => itemsCsv(plans, root);
  const itemFiles: string[] = [];
  const actionFiles: string[] = [];
  for (const plan of data.plans) {
    const files = planFiles(plan.id, plan.source);
    itemFiles.push(items([plan]));
    actionFiles.push(actionsCsv([plan]));
    yield { path: files.json, text: `${JSON.stringify(plan, null, 2)}\n` };
    yield { path: files.items, text: itemFiles.at(-1)! };
    yield { path: files.actions, text: actionFiles.at(-1)! };
    // The original as the reader received it: copied, never decoded, so any format survives.
    yield { path: files.text, copyOf: join(from.plansDir, plan.source) };
  }
  yield { path: DOWNLOADS.dataset, copyOf: from.dataset };
  yield { path: DOWNLOADS.schema, text: `${JSON.stringify(datasetJsonSchema(), null, 2)}\n` };
  yield { path: DOWNLOADS.items, text: joinedCsv(items, data.plans, itemFiles) };
  yield { path: DOWNLOADS.actions, text: joinedCsv(actionsCsv, data.plans, actionFiles) };
  yield { path: DOWNLOADS.plans, text: plansCsv(data.plans, root) };
  yield { path: DOWNLOADS.followUps, text: followUpsCsv(data.plans, root) };
  yield { path: DOWNLOADS.datapackage, text: `${JSON.stringify(dataPackage(), null, 2)}\n` };
}
