// The last step of `npm run build`: names the documents and follow-up rows the built site lacks
// and warns loudly when the site has no public address. It reads the built
// site's own dataset, so it reports on this build, whatever else was built since:
// what it needs of it, written beside the site by the downloads (build/report-facts.ts).
import { buildOutcome } from '../src/report/build.ts';
import { siteAddress } from '../src/site/address.ts';
import { DEFAULT_OUT_DIR, followUpsDir, inCi, plansDir, publishWithErrors } from '../src/settings.ts';
import { readReportFacts } from './build/report-facts.ts';

const outDir = process.argv[2] ?? DEFAULT_OUT_DIR;
const facts = readReportFacts(outDir);
const outcome = buildOutcome(
  facts.anomalies,
  plansDir(),
  siteAddress(process.env),
  outDir,
  { publishWithErrors: publishWithErrors(), ci: inCi() },
  { problems: facts.followUpProblems, dir: followUpsDir() },
);
console.log(outcome.lines.join('\n'));
process.exitCode = outcome.exitCode;
