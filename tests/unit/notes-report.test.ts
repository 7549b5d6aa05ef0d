// The ingest's notes as terminal lines: a few per kind and document, then a count.
import { describe, expect, it } from 'vitest';
import type { Anomaly } from '../../src/model/schema.ts';
import { failedDocumentLines, notesReport } from '../../src/report/notes.ts';

const a = (
  file: string,
  line: number,
  kind: Anomaly['kind'],
  severity: Anomaly['severity'],
  plan: string | null = 'p-2020',
): Anomaly => ({
  where: null,
  file,
  line,
  plan,
  item: severity === 'error' ? null : `1.${line}`,
  kind,
  severity,
  message: `${kind} on ${line}.`,
  text: null,
});

const notes = [
  ...Array.from({ length: 5 }, (_, i) => a('one.txt', i + 10, 'status-missing', 'warning')),
  a('one.txt', 30, 'owners-split', 'repair'),
  a('one.txt', 31, 'reference-missing', 'warning'),
  a('one.txt', 32, 'spacing-repaired', 'repair'),
  ...Array.from({ length: 4 }, (_, i) => a('two.txt', i + 1, 'status-missing', 'warning')),
  a('bad.txt', 0, 'unreadable', 'error', null),
];

describe('notesReport', () => {
  it('prints three of each kind per document, then how many more and where; repairs only where they change what is published', () => {
    expect(notesReport(notes, { source: 'plans/', verbose: false })).toEqual([
      'plans/one.txt:10: warning: item 1.10: status-missing on 10.',
      'plans/one.txt:11: warning: item 1.11: status-missing on 11.',
      'plans/one.txt:12: warning: item 1.12: status-missing on 12.',
      '  … and 2 more like this (status-missing) in one.txt; --verbose lists all',
      'plans/one.txt:30: repair: item 1.30: owners-split on 30.',
      'plans/one.txt:31: warning: item 1.31: reference-missing on 31.',
      'plans/two.txt:1: warning: item 1.1: status-missing on 1.',
      'plans/two.txt:2: warning: item 1.2: status-missing on 2.',
      'plans/two.txt:3: warning: item 1.3: status-missing on 3.',
      '  … and 1 more like this (status-missing) in two.txt; --verbose lists all',
      'plans/bad.txt:1: error: unreadable on 0.',
    ]);
  });

  it('lists everything, repairs included, with --verbose', () => {
    const lines = notesReport(notes, { source: 'plans', verbose: true });
    expect(lines).toHaveLength(notes.length);
    expect(lines).toContain('plans/one.txt:32: repair: item 1.32: spacing-repaired on 32.');
  });

  it('counts errors on items like the rest, so a document of thousands stays short', () => {
    const unread = Array.from({ length: 4_000 }, (_, i) => a('big.txt', i + 1, 'status-missing', 'error'));
    expect(notesReport(unread, { source: 'p', verbose: false })).toEqual([
      'p/big.txt:1: error: status-missing on 1.',
      'p/big.txt:2: error: status-missing on 2.',
      'p/big.txt:3: error: status-missing on 3.',
      '  … and 3,997 more like this (status-missing) in big.txt; --verbose lists all',
    ]);
  });

  it('counts in thousands with separators', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => a('big.txt', i + 1, 'reference-missing', 'warning'));
    expect(notesReport(many, { source: 'p', verbose: false }).at(-1)).toBe(
      '  … and 19,997 more like this (reference-missing) in big.txt; --verbose lists all',
    );
  });
});

describe('failedDocumentLines', () => {
  it('gives one line per document that produced no plan', () => {
    expect(
      failedDocumentLines(
        [...notes, a('bad.txt', 0, 'not-an-action-plan', 'error', null), a('odd.txt', 3, 'status-unknown', 'error')],
        'plans',
      ),
    ).toEqual(['not published: plans/bad.txt: unreadable on 0.']);
  });
});
