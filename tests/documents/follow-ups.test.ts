// Follow-ups in the downloads and the feed. The commands a publisher runs with them (the template, `npm run ingest`
// with --follow-ups) are run as processes in tests/perf/follow-ups-commands.test.ts.
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { ITEM_COLUMNS, itemsCsv } from '../../src/dataset/csv.ts';
import { FOLLOW_UP_COLUMNS, followUpsCsv } from '../../src/dataset/follow-ups-csv.ts';
import { feedSpec } from '../../src/site/feeds.ts';
import { followUpEntries, followUpsFeed } from '../../src/site/follow-ups-feed.ts';
import { datasetWithFollowUps } from '../support/follow-ups.ts';
import { readCsvStrictly } from '../support/strict-csv.ts';

const SITE = 'https://plans.example.org/';
describe('the downloads and the feed', () => {
  const d = datasetWithFollowUps();
  const judgements = d.plans.flatMap((p) => p.items.flatMap((i) => i.followUps.map((f) => ({ p, i, f }))));

  it('follow-ups.csv has a row per judgement, read back as Python reads it', () => {
    const rows = readCsvStrictly(followUpsCsv(d.plans, SITE));
    expect(rows[0]).toEqual(FOLLOW_UP_COLUMNS.map((c) => c.name));
    expect(rows).toHaveLength(61);
    const r53 = rows.filter((r) => r[0] === 'rochester-2017/5-3');
    expect(r53.map((r) => r.slice(3, 9))).toEqual(
      [
        ['full-inspection', 'HMIP', 'false', '2024-11-11', 'Partially achieved', 'partially_achieved'],
        ['hmpps-update', 'HMPPS', 'true', '2018-12-03', 'Ongoing', 'ongoing'],
        ['irp', 'HMIP', 'false', '2019-03-15', 'Reasonable progress', 'reasonable_progress'],
      ].sort((a, b) => (a[3]! < b[3]! ? -1 : 1)),
    );
    expect(r53[0]!.at(-1)).toBe('https://plans.example.org/prisons/rochester/2017/5-3/');
    expect(judgements).toHaveLength(60);
  });

  it("items.csv ends with the inspectorate's latest verdict and its source, empty where there is none", () => {
    const rows = readCsvStrictly(itemsCsv(d.plans, SITE));
    const header = rows[0]!;
    expect(header.slice(-4)).toEqual([
      'latest_verdict',
      'latest_verdict_source',
      'latest_verdict_date',
      'latest_verdict_url',
    ]);
    expect(header.slice(0, -4)).toEqual(ITEM_COLUMNS.slice(0, -4).map((c) => c.name));
    const byKey = new Map(rows.slice(1).map((r) => [r[0], r.slice(-4)]));
    expect(byKey.get('rochester-2017/5-3')).toEqual([
      'Partially achieved',
      'full-inspection',
      '2024-11-11',
      'https://example.org/test-data/rochester-inspection-2024.pdf',
    ]);
    expect(byKey.get('rochester-2017/5-40')).toEqual(['', '', '', '']);
    // HMPPS's own update is not a verdict.
    expect(byKey.get('elmley-2019/5-1')).toEqual(['', '', '', '']);
  });

  it('the feed has an entry per judgement, newest first, its words escaped by the feed library', () => {
    const plans = structuredClone(d.plans);
    plans.find((p) => p.id === 'rochester-2024')!.items[0]!.followUps[0]!.quote = '<script>alert(1)</script> & "more"';
    const spec = feedSpec(SITE, {
      id: 'follow-ups',
      title: 'what happened next',
      description: 'd',
      path: '/feeds/follow-ups.xml',
      page: '/data/',
    });
    const xml = followUpsFeed(spec, plans);
    expect(xml).not.toContain('<script>');
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    const entries = feed.entry as { title: { '#text': string }; id: string; updated: string }[];
    expect(entries).toHaveLength(60);
    expect(feed.updated).toBe('2025-05-20T00:00:00.000Z');
    expect(entries[0]!.title['#text']).toBe(
      'HMP Rochester 2024, Priority concern 1: Good progress (independent review of progress, 20 May 2025)',
    );
    expect(entries[0]!.id).toBe('https://plans.example.org/prisons/rochester/2024/1/#follow-up-irp-2025-05-20');
    expect(followUpEntries(SITE, plans)[0]!.summary).toBe(
      'Good progress, judged by HMIP. “<script>alert(1)</script> & "more"” Source: https://example.org/test-data/rochester-irp-2025.pdf',
    );
    // Marked as HTML by the feed library, the words are escaped once: a reader shows them as written.
    expect(xml).toContain('“&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;”');
    expect(new Set(entries.map((e) => e.id)).size).toBe(60);
    expect(entries.at(-1)!.updated).toBe('2018-12-03T00:00:00.000Z');
  });
});
