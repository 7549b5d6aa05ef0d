// What the build's report needs of the site's dataset, kept beside the site by
// the downloads so that the report does not parse the whole dataset again; and
// never taken from an earlier build's dataset.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Anomaly, Dataset, FollowUpProblem } from '../../src/model/schema.ts';
import {
  forgetReportFacts,
  readReportFacts,
  reportFactsFile,
  writeReportFacts,
} from '../../scripts/build/report-facts.ts';

const anomaly = (file: string, message: string): Anomaly =>
  ({
    file,
    line: 0,
    where: null,
    plan: null,
    item: null,
    kind: 'empty-document',
    severity: 'error',
    message,
    text: '',
  }) as Anomaly;
const problem = { file: 'follow-ups/a.csv', line: 3, message: 'no such plan' } as unknown as FollowUpProblem;

/** A site holding a dataset of these anomalies; returns the site and the dataset. */
function site(anomalies: Anomaly[], followUpProblems: FollowUpProblem[] = []) {
  const dir = join(mkdtempSync(join(tmpdir(), 'report-facts-')), 'dist');
  mkdirSync(join(dir, 'data'), { recursive: true });
  const dataset = { plans: [], anomalies, followUpProblems } as unknown as Dataset;
  writeFileSync(join(dir, 'data/dataset.json'), JSON.stringify(dataset));
  return { dir, dataset };
}

describe('report facts', () => {
  it('are kept beside the site, never in it', () => {
    expect(reportFactsFile('/srv/out/dist')).toBe('/srv/out/.dist-report.json');
    expect(reportFactsFile('/srv/out/dist/')).toBe('/srv/out/.dist-report.json');
  });

  it('give the anomalies and follow-up problems of the dataset they were written from', () => {
    const { dir, dataset } = site([anomaly('a.docx', 'in the site')]);
    // Facts that differ from the site's dataset file, but taken when it was written: the answer is theirs, so it
    // shows the report did not read the dataset.
    const facts = { ...dataset, anomalies: [anomaly('a.docx', 'kept beside')], followUpProblems: [problem] };
    writeReportFacts(reportFactsFile(dir), facts, join(dir, 'data/dataset.json'));
    expect(readReportFacts(dir)).toEqual({
      anomalies: [anomaly('a.docx', 'kept beside')],
      followUpProblems: [problem],
    });
  });

  it('are not used once the site holds another dataset: the dataset is read instead', () => {
    const { dir, dataset } = site([anomaly('a.docx', 'first build')]);
    writeReportFacts(reportFactsFile(dir), dataset, join(dir, 'data/dataset.json'));
    // A later build wrote another dataset (longer, so its size differs whatever the clock says).
    writeFileSync(
      join(dir, 'data/dataset.json'),
      JSON.stringify({ plans: [], anomalies: [anomaly('b.docx', 'second build, longer')], followUpProblems: [] }),
    );
    expect(readReportFacts(dir)).toEqual({
      anomalies: [anomaly('b.docx', 'second build, longer')],
      followUpProblems: [],
    });
  });

  it('are read from the dataset when there are none, and an older dataset without follow-up problems has none', () => {
    const { dir } = site([anomaly('c.pdf', 'no facts written')]);
    writeFileSync(join(dir, 'data/dataset.json'), JSON.stringify({ plans: [], anomalies: [anomaly('c.pdf', 'old')] }));
    forgetReportFacts(dir);
    expect(readReportFacts(dir)).toEqual({ anomalies: [anomaly('c.pdf', 'old')], followUpProblems: [] });
  });
});
