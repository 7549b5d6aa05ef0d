// Characters no printed plan shows leave every cell once, at the parser's door,
// with a note naming them; the words around them stay.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/documents/readers/docx.ts';
import { textDocument } from '../../src/documents/readers/text.ts';
import type { SourceDocument } from '../../src/documents/readers/source.ts';
import { cleanDocument, cleanText, MAX_MARKS, type Removed } from '../../src/parse/clean-text.ts';
import { parseDocument } from '../../src/parse/document.ts';

const removedFrom = (text: string) => {
  const removed: Removed = { controls: [], bidi: [], zeroWidth: [], markRuns: [] };
  return { text: cleanText(text, removed), removed };
};

describe('cleanText', () => {
  it('drops control characters other than tab and line feed, C1 controls and non-characters', () => {
    expect(
      removedFrom(
        'a\u0000b\u001b[31mc\u0007d\u007fe\u009b1m\u0085f\tg\nh\u000bi\u000cj\ud800k\udc00l\ufffem\uffffn\ufdd0o',
      ),
    ).toEqual({
      text: 'ab[31mcde1mf\tg\nhijklmno',
      removed: {
        // In the order they stand.
        controls: [
          '\u0000',
          '\u001b',
          '\u0007',
          '\u007f',
          '\u009b',
          '\u0085',
          '\u000b',
          '\u000c',
          '\ud800',
          '\udc00',
          '\ufffe',
          '\uffff',
          '\ufdd0',
        ],
        bidi: [],
        zeroWidth: [],
        markRuns: [],
      },
    });
  });

  it('reads a carriage return as a line ending, without a note', () => {
    expect(removedFrom('one\r\ntwo\rthree')).toEqual({
      text: 'one\ntwo\nthree',
      removed: { controls: [], bidi: [], zeroWidth: [], markRuns: [] },
    });
  });

  it('drops bidirectional controls and zero-width spaces, and keeps the joiners words and emoji need', () => {
    const { text, removed } = removedFrom(
      'HMP \u202eMirror\u202c\u200bton \u2066a\u2069 \u2067b\u2069 \u2068c\u2069 \u200e\u200f\u061c \u2060\ufeff\u180e 👩\u200d💻 \u0646\u200c\u0645',
    );
    expect(text).toBe('HMP Mirrorton a b c   👩\u200d💻 \u0646\u200c\u0645');
    expect(removed.bidi.sort()).toEqual(
      [
        '\u061c',
        '\u200e',
        '\u200f',
        '\u202c',
        '\u202e',
        '\u2066',
        '\u2067',
        '\u2068',
        '\u2069',
        '\u2069',
        '\u2069',
      ].sort(),
    );
    expect(removed.zeroWidth.sort()).toEqual(['\u180e', '\u200b', '\u2060', '\ufeff'].sort());
  });

  it(`cuts a run of combining marks to ${MAX_MARKS}, and keeps real accents and paired surrogates`, () => {
    const { text, removed } = removedFrom(`Z${'\u0301'.repeat(5000)} café Ti\u1ebfng Vi\u1ec7t 😀 e\u0301\u0302`);
    expect(text).toBe(`Z${'\u0301'.repeat(MAX_MARKS)} café Ti\u1ebfng Vi\u1ec7t 😀 e\u0301\u0302`);
    expect(removed.markRuns).toEqual([5000]);
    expect(cleanText(`x${'\u0301'.repeat(MAX_MARKS)}`)).toBe(`x${'\u0301'.repeat(MAX_MARKS)}`);
  });

  it('gives clean text back as it is', () => {
    const text = 'Staff should “stop” <script>alert(1)</script> — 5.1\t(1.23)';
    expect(cleanText(text)).toBe(text);
  });
});

describe('cleanDocument', () => {
  it('leaves a clean document as it is', () => {
    const doc = textDocument('Action Plan: HMP Ford\n5.1\tText\tAgreed');
    expect(cleanDocument(doc)).toBe(doc);
  });

  it('cleans every cell of every row, and leaves one note per row naming what went', () => {
    const doc: SourceDocument = {
      format: 'docx',
      rowsCutByPages: false,
      notes: [],
      rows: [
        { n: 1, where: 'paragraph 1', page: null, table: null, cells: [['Action Plan: HMP Nul\u0000ford\u001b[2J']] },
        {
          n: 2,
          where: 'table 1, row 2',
          page: null,
          table: 1,
          cells: [['5.1'], ['A \u202eb\u202c', '\u200b'], ['Gov\u001bernor'], [`Z${'\u0301'.repeat(40)}`]],
        },
        { n: 3, where: 'table 1, row 3', page: null, table: 1, cells: [['5.2'], ['Clean']] },
      ],
    };
    const out = cleanDocument(doc);
    expect(out.rows.map((r) => r.cells)).toEqual([
      [['Action Plan: HMP Nulford[2J']],
      [['5.1'], ['A b'], ['Governor'], [`Z${'\u0301'.repeat(MAX_MARKS)}`]],
      [['5.2'], ['Clean']],
    ]);
    expect(out.rows[2]).toBe(doc.rows[2]);
    expect(out.notes).toEqual([
      {
        line: 1,
        where: 'paragraph 1',
        item: null,
        kind: 'characters-removed',
        severity: 'repair',
        message: 'Characters that no printed text shows were removed: 2 control character(s) (U+0000, U+001B).',
        text: 'Action Plan: HMP Nulford[2J',
      },
      {
        line: 2,
        where: 'table 1, row 2',
        item: null,
        kind: 'characters-removed',
        severity: 'repair',
        message:
          'Characters that no printed text shows were removed: 1 control character(s) (U+001B); 2 bidirectional control(s) (U+202C, U+202E); 1 zero-width character(s) (U+200B). A run of 40 combining marks on one letter was cut to 30.',
        text: `5.1 | A b | Governor | Z${'\u0301'.repeat(MAX_MARKS)}`,
      },
    ]);
    // The reader's document is not changed.
    expect(doc.rows[0]!.cells[0]![0]).toBe('Action Plan: HMP Nul\u0000ford\u001b[2J');
  });

  it('runs for every document the parser reads: the plan carries clean text, and the note is in its notes', () => {
    const parsed = parseDocument(
      'x.txt',
      textDocument(
        [
          'Action Plan: HMP \u202eMirror\u202c',
          'Report Published: 15 March 2018',
          '1. Rec no\t2 Recommendation\t3. Agreed/ Partly Agreed/ Not Agreed\t4. Response\t5. Responsible Owner\t6. Target Date',
          '5.1\tStop \u001b[2J now. (1.2)\tAgreed\tDone\u0007.\tGovernor\tJuly 2018',
        ].join('\n'),
      ),
    );
    expect(parsed.plan!.establishment).toBe('HMP Mirror');
    expect(parsed.plan!.items.map((i) => [i.text, i.actions[0]!.text])).toEqual([['Stop [2J now.', 'Done.']]);
    expect(
      parsed.notes.filter((n) => n.kind === 'characters-removed').map((n) => [n.line, n.where, n.message]),
    ).toEqual([
      [1, 'line 1', 'Characters that no printed text shows were removed: 2 bidirectional control(s) (U+202C, U+202E).'],
      [4, 'line 4', 'Characters that no printed text shows were removed: 2 control character(s) (U+0007, U+001B).'],
    ]);
  });
});

describe('a Word document', () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  const row = (cells: string[]) => `<w:tr>${cells.map((c) => `<w:tc>${p(c)}</w:tc>`).join('')}</w:tr>`;
  const docx = (body: string) =>
    zipSync({
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      ),
      'word/document.xml': strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
    });

  it('gets the same rule: character references to controls, bidi overrides and zero-width spaces leave its text', () => {
    const read = readDocx(
      docx(
        p('Action Plan: HMP Mirror&#x202E;ton&#x200B;') +
          p('Report Published: 15 March 2018') +
          `<w:tbl><w:tblGrid>${'<w:gridCol/>'.repeat(6)}</w:tblGrid>${[
            row([
              'Rec no',
              'Recommendation',
              'Agreed/ Partly Agreed/ Not Agreed',
              'Response',
              'Responsible Owner',
              'Target Date',
            ]),
            row(['5.1', 'Stop &#x1B;[2J now. (1.2)', 'Agreed', 'Done&#x7;.', 'Gov&#x200B;ernor', 'July 2018']),
          ].join('')}</w:tbl>`,
      ),
    );
    if (!read.ok) throw new Error(read.notes[0]!.message);
    const parsed = parseDocument('x.docx', read.document);
    expect(parsed.plan!.establishment).toBe('HMP Mirrorton');
    expect(parsed.plan!.items.map((i) => [i.text, i.actions[0]!.text, i.actions[0]!.owner])).toEqual([
      ['Stop [2J now.', 'Done.', 'Governor'],
    ]);
    expect(parsed.notes.filter((n) => n.kind === 'characters-removed').map((n) => [n.where, n.message])).toEqual([
      [
        'paragraph 1',
        'Characters that no printed text shows were removed: 1 bidirectional control(s) (U+202E); 1 zero-width character(s) (U+200B).',
      ],
      [
        'table 1, row 2',
        'Characters that no printed text shows were removed: 2 control character(s) (U+0007, U+001B); 1 zero-width character(s) (U+200B).',
      ],
    ]);
  });
});
