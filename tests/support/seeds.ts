// The built-in plans, parsed once per test file.
import { connect } from '../../src/connect/connect.ts';
import { buildDataset } from '../../src/dataset/build.ts';
import { readCuratedGlossary, readThemes } from '../../src/documents/editorial.ts';
import { readDocuments } from '../../src/documents/read.ts';

export const PLANS_DIR = 'content/plans';
export const documents = await readDocuments(PLANS_DIR);
export const dataset = connect(buildDataset(documents), readThemes(), readCuratedGlossary());

export function plan(id: string) {
  const p = dataset.plans.find((x) => x.id === id);
  if (!p) throw new Error(`no plan ${id}`);
  return p;
}

export function item(planId: string, id: string) {
  const i = plan(planId).items.find((x) => x.id === id);
  if (!i) throw new Error(`no item ${id} in ${planId}`);
  return i;
}
