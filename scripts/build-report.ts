// The last step of `npm run build`: names the documents and follow-up rows the built site lacks
// and warns loudly when the site has no public address. It reads the built
// site's own dataset, so it reports on this build, whatever else was built since.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../src/model/schema.ts';
import { buildOutcome } from '../src/report/build.ts';
import { siteAddress } from '../src/site/address.ts';
import { DEFAULT_OUT_DIR, followUpsDir, inCi, plansDir, publishWithErrors } from '../src/settings.ts';

const outDir = process.argv[2] ?? DEFAULT_OUT_DIR;
const dataset = JSON.parse(readFileSync(join(outDir, 'data/dataset.json'), 'utf8')) as Dataset;
const outcome = buildOutcome(
  dataset.anomalies,
  plansDir(),
  siteAddress(process.env),
  outDir,
  { publishWithErrors: publishWithErrors(), ci: inCi() },
  // Older datasets have no followUpProblems.
  { problems: dataset.followUpProblems ?? [], dir: followUpsDir() },
);
console.log(outcome.lines.join('\n'));
process.exitCode = outcome.exitCode;
