// The tests' own (fictional) follow-up files, tests/fixtures/follow-ups/, read onto the tests' plans.
import { readFollowUpFiles } from '../../src/follow-ups/read.ts';
import { indexPlans, readFollowUps, withFollowUps } from '../../src/follow-ups/validate.ts';
import type { Dataset } from '../../src/model/schema.ts';
import { dataset } from './seeds.ts';

export const FOLLOW_UPS_DIR = 'tests/fixtures/follow-ups';

/** The fixtures' one bad row, there on purpose (test-data-bad-row.csv): the only problem they have. */
export const LEFT_OUT_ON_PURPOSE = [
  {
    file: 'test-data-bad-row.csv',
    line: 2,
    message:
      'judgement "Mostly achieved" is not one of the judgements of "full-inspection": "Achieved", "Partially achieved", "Not achieved"; nearest: "Not achieved"; the row is left out',
  },
];

/** The seeds' dataset with the fixtures' judgements: a copy, the seeds' own stay as they are. */
export function datasetWithFollowUps(): Dataset {
  const copy = structuredClone(dataset);
  const { files } = readFollowUpFiles(FOLLOW_UPS_DIR);
  const read = readFollowUps(files, indexPlans(copy.plans));
  if (JSON.stringify(read.problems) !== JSON.stringify(LEFT_OUT_ON_PURPOSE))
    throw new Error(`the fixtures' follow-ups have problems: ${JSON.stringify(read.problems)}`);
  return { ...copy, plans: withFollowUps(copy.plans, read.byItem) };
}
