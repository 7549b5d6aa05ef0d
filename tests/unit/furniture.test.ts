import { describe, expect, it } from 'vitest';
import { textDocument } from '../../src/documents/readers/text.ts';
import type { SourceRow } from '../../src/documents/readers/source.ts';
import { removeFurniture } from '../../src/parse/furniture.ts';
import { columnNumbers, headerRoles } from '../../src/parse/layout.ts';

const rows = (...lines: string[]) => textDocument(lines.join('\n')).rows;
const isHeaderRow = (cells: string[][]) => headerRoles(cells) !== null || columnNumbers(cells);
const kept = (r: SourceRow[]) =>
  r.filter((x) => x.cells.some((c) => c.length)).map((x) => x.cells.map((c) => c.join(' | ')).join('\t'));
const ROW = '5.2\tThe standard should be improved for all\tAgreed\tWork is under way\tGovernor\tMarch 2025';
const REST = '\tprisoners. (S53)\t\tand will finish.\t\t';
const HEADER =
  '1. Rec no\t2. Recommendation\t3. Agreed/ Partly Agreed/ Not Agreed\t4. Response\t5. Responsible Owner\t6. Target Date';

describe('removeFurniture', () => {
  it.each([
    ['Page 7 of 18', 'page-number-removed'],
    ['Page 7 of 18.', 'page-number-removed'],
    ['7/18', 'page-number-removed'],
    ['page 7', 'page-number-removed'],
    ['7 of 18', 'page-number-removed'],
    ['- 7 -', 'page-number-removed'],
    ['Page 7/18', 'page-number-removed'],
    ['7 | Page', 'page-number-removed'],
    ['7 | P a g e', 'page-number-removed'],
    ['p. 7', 'page-number-removed'],
    ['OFFICIAL', 'marking-removed'],
    ['Official', 'marking-removed'],
    ['OFFICIAL-SENSITIVE', 'marking-removed'],
    ['Official – Sensitive', 'marking-removed'],
    ['OFFICIAL SENSITIVE: PERSONAL', 'marking-removed'],
    ['NOT PROTECTIVELY MARKED', 'marking-removed'],
    ['OFFICIAL-SENSITIVE (when complete)', 'marking-removed'],
    ['RESTRICTED', 'marking-removed'],
    ['Official: Sensitive', 'marking-removed'],
    ['OFFICIAL SENSITIVE', 'marking-removed'],
  ])('removes "%s" from inside a split row (%s), keeping the row whole', (furniture, kind) => {
    const out = removeFurniture(rows(HEADER, ROW, furniture, REST), { keepThrough: 1, isHeaderRow });
    expect(kept(out.rows)).toEqual(kept(rows(HEADER, ROW, REST)));
    expect(out.notes).toEqual([expect.objectContaining({ line: 3, kind, severity: 'repair', text: furniture })]);
  });

  it('removes the header row repeated after a page break, and a row of column numbers', () => {
    const out = removeFurniture(rows(HEADER, ROW, HEADER, REST, '1\t2\t3\t4\t5\t6', ROW), {
      keepThrough: 1,
      isHeaderRow,
    });
    expect(kept(out.rows)).toEqual(kept(rows(HEADER, ROW, REST, ROW)));
    expect(out.notes.map((n) => [n.line, n.kind])).toEqual([
      [3, 'header-repeated'],
      [5, 'header-repeated'],
    ]);
  });

  it('removes furniture run into the words of a cell, and leaves "official" in a sentence alone', () => {
    const out = removeFurniture(
      rows(HEADER, '\tOFFICIAL Page 3 of 18 prisoners. (S53)\t\tAn official visit Page 3 of 18 will follow.\t\t'),
      { keepThrough: 1 },
    );
    expect(out.rows[1]!.cells).toEqual([[], ['prisoners. (S53)'], [], ['An official visit will follow.'], [], []]);
    expect(out.notes.map((n) => [n.kind, n.text])).toEqual([
      ['page-number-removed', 'Page 3 of 18'],
      ['marking-removed', 'OFFICIAL'],
      ['page-number-removed', 'Page 3 of 18'],
    ]);
  });

  it('finds running headers and footers by repetition, whatever their words, and not lines printed once or twice', () => {
    const footer = (p: number) => `Printed 05/11/2019 – sheet ${p} – HMP Elmley`;
    const out = removeFurniture(
      rows(
        HEADER,
        ROW,
        'HMP Elmley action plan',
        footer(2),
        REST,
        ROW,
        'HMP Elmley action plan',
        footer(3),
        REST,
        'HMP Elmley action plan',
        '\tSafety\t\t\t\t',
        '\tSafety\t\t\t\t',
      ),
      { keepThrough: 1 },
    );
    expect(out.notes.map((n) => [n.line, n.kind])).toEqual([
      [3, 'running-line-removed'],
      [4, 'running-line-removed'],
      [7, 'running-line-removed'],
      [8, 'running-line-removed'],
      [10, 'running-line-removed'],
    ]);
    expect(out.notes[0]!.message).toBe(
      '"HMP Elmley action plan", printed 3 times as a running header or footer, was removed.',
    );
    expect(kept(out.rows).filter((r) => r.includes('Safety'))).toHaveLength(2);
  });

  it('with pages known (PDF, or form feeds), takes a line on half the pages or more for a running line, and a lone page number at a page edge', () => {
    const doc = rows(
      HEADER,
      ROW,
      'Rochester action plan',
      '\f2',
      ROW,
      'Rochester action plan',
      '\f3',
      ROW,
      'Rochester action plan',
    );
    const out = removeFurniture(doc, { keepThrough: 1 });
    expect(out.notes.map((n) => [n.line, n.kind])).toEqual([
      [3, 'running-line-removed'],
      [4, 'page-number-removed'],
      [6, 'running-line-removed'],
      [7, 'page-number-removed'],
      [9, 'running-line-removed'],
    ]);
    // A number that is an item's id is never a page number.
    expect(
      removeFurniture(rows(HEADER, '1\tText\tAgreed\tResponse\tGovernor\tMay 2025'), { keepThrough: 1 }).notes,
    ).toEqual([]);
  });

  it('keeps the front matter, where the same words may stand', () => {
    const out = removeFurniture(rows('OFFICIAL', 'Action Plan: HMP X', HEADER, ROW), { keepThrough: 3, isHeaderRow });
    expect(out.rows).toHaveLength(4);
    expect(out.notes).toEqual([]);
  });
});
