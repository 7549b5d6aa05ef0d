// The last step of `npm run build`: names the documents and follow-up rows the built site lacks
// and warns loudly when the site has no public address. It reads the built
// site's own dataset, so it reports on this build, whatever else was built since.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../src/model/schema.ts';
import { buildOutcome } from '../src/report/build.ts';
import { DEFAULT_FOLLOW_UPS_DIR } from '../src/follow-ups/read.ts';
import { siteAddress } from '../src/site/address.ts';

const outDir = process.argv[2] ?? 'dist';
const dataset = JSON.parse(readFileSync(join(outDir, 'data/dataset.json'), 'utf8')) as Dataset;
const yes = (v: string | undefined) => !!v && !/^(0|false|no)$/i.test(v);
const outcome = buildOutcome(
  dataset.anomalies,
  process.env.PLANS_DIR ?? 'content/plans',
  siteAddress(process.env),
  outDir,
  {
    publishWithErrors: yes(process.env.PUBLISH_WITH_ERRORS),
    ci: yes(process.env.CI),
  },
  // Older datasets have no followUpProblems.
  { problems: dataset.followUpProblems ?? [], dir: process.env.FOLLOW_UPS_DIR ?? DEFAULT_FOLLOW_UPS_DIR },
);
console.log(outcome.lines.join('\n'));
process.exitCode = outcome.exitCode;
