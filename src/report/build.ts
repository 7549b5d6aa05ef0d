// The closing lines of `npm run build`, worked out from the built site's own
// dataset: the documents that could not be published, the follow-up rows left
// out, and whether the site may be published at all. The exit status follows
// from them.
import { followUpClosingLines } from './follow-ups.ts';
import type { Anomaly, FollowUpProblem } from '../model/schema.ts';
import type { SiteAddress } from '../site/address.ts';
import { failedDocumentLines } from './notes.ts';
import { terminalLine } from './terminal.ts';

export interface BuildOutcome {
  lines: string[];
  exitCode: number;
}

export interface BuildChoices {
  /** PUBLISH_WITH_ERRORS=1: the publisher accepts publishing the other plans while some documents failed. */
  publishWithErrors: boolean;
  /** CI is set (as by every CI service): a preview build there is a mistake, not a preview. */
  ci: boolean;
}

export function buildOutcome(
  anomalies: Anomaly[],
  source: string,
  address: SiteAddress,
  outDir: string,
  choices: BuildChoices,
  /** The follow-up rows left out (the dataset's followUpProblems) and the folder they were read from. */
  followUps: { problems: FollowUpProblem[]; dir: string } = { problems: [], dir: '' },
): BuildOutcome {
  const lines: string[] = [];
  let exitCode = 0;
  const failed = failedDocumentLines(anomalies, source);
  if (failed.length) {
    lines.push(
      `build: ${failed.length} document(s) could not be used; the site was built without them:`,
      ...failed.map((l) => `  ${l}`),
    );
    if (choices.publishWithErrors)
      lines.push('build: PUBLISH_WITH_ERRORS is set, so this is not a failure. The data quality page lists them.');
    else {
      lines.push(
        'build: fix or remove them, or set PUBLISH_WITH_ERRORS=1 to publish the other plans anyway. The data quality page lists them.',
      );
      exitCode = 1;
    }
  }
  // Items published with a part the reader could not read (a status not recognised): published as printed, never
  // guessed, and named here so that the publisher can check them.
  const unread = anomalies.filter((a) => a.severity === 'error' && a.plan !== null);
  if (unread.length) {
    const files = [...new Set(unread.map((a) => a.file))].sort();
    lines.push(
      `build: ${unread.length} item(s) in ${files.join(', ')} were published with a status the reader could not read, shown as printed and marked "not recognised"; the data quality page lists them.`,
    );
  }
  // A row left out is named, not a failure: the rest of the follow-ups and every plan are published (docs/follow-ups.md).
  lines.push(...followUpClosingLines(followUps.problems, followUps.dir));
  if (address.preview) {
    lines.push(
      '',
      '*** PREVIEW BUILD: NOT FOR PUBLISHING ***',
      `SITE_URL is not set, so every absolute address in ${outDir}/ (canonical links, sitemap, robots.txt, feeds, CSV, citations)`,
      `points to ${address.origin}. Look at it with \`npm run preview\`. To publish, build with the site's public address:`,
      '  SITE_URL=https://plans.example.org npm run build',
    );
    if (choices.ci) {
      lines.push('build: CI is set and SITE_URL is not: failing, so that localhost addresses are not deployed.');
      exitCode = 1;
    }
  } else {
    lines.push(`build: ${outDir}/ is ready to publish at ${address.origin}.`);
  }
  // File names are quoted above: each line as a terminal line (terminal.ts).
  return { lines: lines.map(terminalLine), exitCode };
}
