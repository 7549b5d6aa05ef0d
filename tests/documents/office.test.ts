// Word, OpenDocument and PDF plans give the same dataset items as their text:
// the five built-in plans, each made by several producers (see
// scripts/fixtures/make-office-fixtures.py), read and parsed.
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/dataset/build.ts';
import { parseDocument } from '../../src/parse/document.ts';
import { notesReport } from '../../src/report/notes.ts';
import { compareVersion, OFFICE_DIR, sourceOf, STEMS, VERSIONS } from '../support/office.ts';

/**
 * Where a version differs from the text, and why. Kept exact: a difference
 * that goes away, or a new one, fails the test.
 */
const KNOWN: Record<string, string[]> = {};

describe.each(VERSIONS.map((v) => [v.ext, v.made] as const))('%s (%s)', (ext) => {
  it.each(STEMS)(
    '%s: the same items, statuses, texts, references and owner/target pairs as the text; every word placed',
    async (stem) => {
      const c = await compareVersion(stem, ext);
      const share = c.coverage.placed / c.coverage.total;
      console.log(
        `${stem}${ext}: items ${c.items}/${c.expected}, statuses ${c.statuses}, texts ${c.texts}, references ${c.refs}, owner/target pairs ${c.pairs}, responses ${c.responses}; ` +
          `words ${c.coverage.placed}/${c.coverage.total} (${(share * 100).toFixed(2)}%)${c.coverage.missing.length ? `, not placed: ${c.coverage.missing.join(' ')}` : ''}${c.coverage.extra.length ? `, added: ${c.coverage.extra.join(' ')}` : ''}` +
          (c.mismatches.length ? `\n  ${c.mismatches.slice(0, 10).join('\n  ')}` : ''),
      );
      const known = KNOWN[`${stem}${ext}`] ?? (ext.endsWith('.pdf') ? [] : (KNOWN[stem] ?? []));
      expect(c.mismatches.map((m) => m.replace(/ \[.*$/, ''))).toEqual(known);
      expect(c.ids).toBe(true);
      expect(c.items).toBe(c.expected);
      expect(c.coverage.missing).toEqual([]);
      expect(c.coverage.extra).toEqual([]);
    },
  );
});

describe('a row cut by a page break in a narrow-column PDF (002 5.20 as Word lays it out)', () => {
  it('reads the rest of the row from the next page; the owners run together are split as a repair shown by default, and the response, whose paragraphs outnumber the actions, is given to no action, with a warning', async () => {
    const file = '002_3cba4798597cd07c.word.pdf';
    const dataset = buildDataset([parseDocument(file, await sourceOf(`${OFFICE_DIR}/${file}`))]);
    const item = dataset.plans[0]!.items.find((i) => i.id === '5.20')!;
    expect(item.actions).toEqual([
      {
        text: null,
        owner: 'NHSE Operational manager/ In-reach manager/ Transfer coordinator',
        target: 'Completed',
        due: 'completed',
      },
      { text: null, owner: 'NHSE/ Governor', target: 'Completed', due: 'completed' },
    ]);
    expect(item.response).toContain('produces an assessment within 7 working days\n• Provide a decision');
    const notes = dataset.anomalies.filter(
      (a) => a.item === '5.20' && a.kind !== 'page-number-removed' && a.kind !== 'marking-removed',
    );
    expect(notes.map((a) => [a.kind, a.severity, a.where])).toEqual([
      ['owners-split', 'repair', 'page 7'],
      ['action-text-unclear', 'warning', 'page 7'],
    ]);
    // Both printed by ingest without --verbose.
    const report = notesReport(notes, { source: OFFICE_DIR, verbose: false });
    expect(report).toHaveLength(2);
    expect(report[0]).toContain('repair: item 5.20: The owner cell');
    expect(report[0]).toContain('"NHSE/ Governor"');
  });
});
