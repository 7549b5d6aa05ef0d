// How a build learns its public address, and how it ends: the documents left
// out are named, and the exit status says whether the site may be published.
import { describe, expect, it } from 'vitest';
import type { Anomaly } from '../../src/model/schema.ts';
import { buildOutcome } from '../../src/report/build.ts';
import { AddressError, PREVIEW_ORIGIN, siteAddress, sitePath } from '../../src/site/address.ts';

describe('sitePath', () => {
  it('is BASE_PATH as given, or the root without it', () => {
    expect(sitePath({})).toBe('/');
    expect(sitePath({ BASE_PATH: '/action-plans/' })).toBe('/action-plans/');
  });
});

describe('siteAddress', () => {
  it('is a preview on localhost without SITE_URL, and the public origin with it', () => {
    expect(siteAddress({})).toEqual({ origin: PREVIEW_ORIGIN, preview: true });
    expect(siteAddress({ SITE_URL: '  ' })).toEqual({ origin: PREVIEW_ORIGIN, preview: true });
    expect(siteAddress({ SITE_URL: 'https://plans.example.org' })).toEqual({
      origin: 'https://plans.example.org',
      preview: false,
    });
    expect(siteAddress({ SITE_URL: 'https://plans.example.org/' })).toEqual({
      origin: 'https://plans.example.org',
      preview: false,
    });
  });

  it('refuses an address it cannot use, saying what to set instead', () => {
    expect(() => siteAddress({ SITE_URL: 'plans.example.org' })).toThrow(
      new AddressError(
        'SITE_URL "plans.example.org" is not an address: expected the public origin of the site, such as https://plans.example.org',
      ),
    );
    expect(() => siteAddress({ SITE_URL: 'ftp://plans.example.org' })).toThrow(/is not a web address/);
    expect(() => siteAddress({ SITE_URL: 'https://example.org/action-plans' })).toThrow(
      'set SITE_URL=https://example.org and BASE_PATH=/action-plans/ for a site under a sub-path',
    );
  });
});

const error = (file: string, message: string): Anomaly => ({
  file,
  line: 0,
  where: null,
  plan: null,
  item: null,
  kind: 'unreadable',
  severity: 'error',
  message,
  text: null,
});
const PUBLIC = { origin: 'https://plans.example.org', preview: false };
const PREVIEW = { origin: PREVIEW_ORIGIN, preview: true };

describe('buildOutcome', () => {
  it('names each document left out at the end and fails, unless the publisher chose to publish with errors', () => {
    const anomalies = [
      error('scan.pdf', 'Cannot read this document: the file is binary.'),
      error('scan.pdf', 'again'),
      error('minutes.txt', 'No action plan table was found.'),
    ];
    const failed = buildOutcome(anomalies, 'content/plans', PUBLIC, 'dist', { publishWithErrors: false, ci: false });
    expect(failed.exitCode).toBe(1);
    expect(failed.lines).toEqual([
      'build: 2 document(s) could not be used; the site was built without them:',
      '  not published: content/plans/scan.pdf: Cannot read this document: the file is binary.',
      '  not published: content/plans/minutes.txt: No action plan table was found.',
      'build: fix or remove them, or set PUBLISH_WITH_ERRORS=1 to publish the other plans anyway. The data quality page lists them.',
      'build: dist/ is ready to publish at https://plans.example.org.',
    ]);
    const chosen = buildOutcome(anomalies, 'content/plans', PUBLIC, 'dist', { publishWithErrors: true, ci: true });
    expect(chosen.exitCode).toBe(0);
    expect(chosen.lines[3]).toBe(
      'build: PUBLISH_WITH_ERRORS is set, so this is not a failure. The data quality page lists them.',
    );
  });

  it('says loudly that a build without SITE_URL is not for publishing, and fails in CI', () => {
    const local = buildOutcome([], 'content/plans', PREVIEW, 'dist', { publishWithErrors: false, ci: false });
    expect(local.exitCode).toBe(0);
    expect(local.lines).toContain('*** PREVIEW BUILD: NOT FOR PUBLISHING ***');
    expect(local.lines).toContain('  SITE_URL=https://plans.example.org npm run build');
    expect(buildOutcome([], 'content/plans', PREVIEW, 'dist', { publishWithErrors: true, ci: true }).exitCode).toBe(1);
    const unread = {
      ...error('a.txt', 'The status "Agred" is not one the parser can read.'),
      plan: 'a-2020',
      item: '5.1',
      kind: 'status-unknown' as const,
    };
    expect(buildOutcome([unread], 'content/plans', PUBLIC, 'dist', { publishWithErrors: false, ci: true })).toEqual({
      exitCode: 0,
      lines: [
        'build: 1 item(s) in a.txt were published with a status the reader could not read, shown as printed and marked "not recognised"; the data quality page lists them.',
        'build: dist/ is ready to publish at https://plans.example.org.',
      ],
    });
    expect(buildOutcome([], 'content/plans', PUBLIC, 'dist', { publishWithErrors: false, ci: true })).toEqual({
      exitCode: 0,
      lines: ['build: dist/ is ready to publish at https://plans.example.org.'],
    });
  });

  it('counts the follow-up rows left out and says where each is, without failing the build', () => {
    const row = (file: string, line: number) => ({ file, line, message: 'judgement "Mostly" is not one of …' });
    const problems = [row('a-irp.csv', 1), ...Array.from({ length: 12 }, (_, i) => row('b\u001b[31m.csv', i + 2))];
    const outcome = buildOutcome(
      [],
      'content/plans',
      PUBLIC,
      'dist',
      { publishWithErrors: false, ci: true },
      { problems, dir: 'content/follow-ups/' },
    );
    expect(outcome).toEqual({
      exitCode: 0,
      lines: [
        'build: 13 follow-up row(s) or file(s) left out; the site was built without them. The ingest lines above say why, and the data quality page lists them:',
        '  left out: content/follow-ups/a-irp.csv, line 1',
        // A file name can hold anything: shown escaped, never obeyed by the terminal.
        '  left out: content/follow-ups/b\\x1B[31m.csv, lines 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 2 more',
        'build: dist/ is ready to publish at https://plans.example.org.',
      ],
    });
    // With none left out, nothing is said of them.
    expect(
      buildOutcome(
        [],
        'content/plans',
        PUBLIC,
        'dist',
        { publishWithErrors: false, ci: false },
        { problems: [], dir: 'x' },
      ).lines,
    ).toEqual(['build: dist/ is ready to publish at https://plans.example.org.']);
  });
});
