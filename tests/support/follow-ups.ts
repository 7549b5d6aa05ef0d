// The tests' own (fictional) follow-up files, tests/fixtures/follow-ups/, read onto the tests' plans.
import { readFollowUpFiles } from '../../src/follow-ups/read.ts';
import { indexPlans, readFollowUps, withFollowUps } from '../../src/follow-ups/validate.ts';
import type { Dataset } from '../../src/model/schema.ts';
import { dataset } from './seeds.ts';

export const FOLLOW_UPS_DIR = 'tests/fixtures/follow-ups';

/** The seeds' dataset with the fixtures' judgements: a copy, the seeds' own stay as they are. */
export function datasetWithFollowUps(): Dataset {
  const copy = structuredClone(dataset);
  const { files } = readFollowUpFiles(FOLLOW_UPS_DIR);
  const read = readFollowUps(files, indexPlans(copy.plans));
  if (read.problems.length) throw new Error(`the fixtures' follow-ups have problems: ${JSON.stringify(read.problems)}`);
  return { ...copy, plans: withFollowUps(copy.plans, read.byItem) };
}
