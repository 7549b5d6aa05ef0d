// The five real plans the tests stand on (copies of the built-in ones, so that a
// publisher's own content/plans/ never changes what the tests expect), parsed once per test file.
import { connect } from '../../src/connect/connect.ts';
import { buildDataset } from '../../src/dataset/build.ts';
import { readCuratedGlossary, readThemes } from '../../src/connect/editorial.ts';
import { readDocuments } from '../../src/ingest/read.ts';

export const PLANS_DIR = 'tests/fixtures/plans';
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
