import { describe, expect, it } from 'vitest';
import { sniffFormat } from '../../src/documents/formats.ts';
import { readText, textDocument } from '../../src/documents/readers/text.ts';

const utf16 = (text: string, order: 'le' | 'be', bom = true) => {
  const le = Buffer.from(text, 'utf16le');
  const bytes = order === 'le' ? le : Buffer.from(le).swap16();
  const mark = bom ? (order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  return Uint8Array.from([...mark, ...bytes]);
};
const SAMPLE = '5.1\t<p>Staff’s <b>plan</b>.</p>\tAgreed\t• One • Two\tGovernor\tMarch 2025';

describe('readText', () => {
  it('reads UTF-16 with a byte-order mark, either byte order, exactly as UTF-8', () => {
    const utf8 = readText(Buffer.from(SAMPLE, 'utf8'));
    expect(utf8).toMatchObject({ ok: true, document: { notes: [] } });
    expect(readText(utf16(SAMPLE, 'le'))).toEqual(utf8);
    expect(readText(utf16(SAMPLE, 'be'))).toEqual(utf8);
  });

  it('reads UTF-16 without a byte-order mark, and says so', () => {
    const read = readText(utf16(SAMPLE, 'le', false));
    expect(read.ok && read.document.rows).toEqual(textDocument(SAMPLE).rows);
    expect(read.ok && read.document.notes.map((n) => [n.kind, n.severity])).toEqual([['encoding-guessed', 'repair']]);
  });

  it('turns each cell’s markup into blocks, so no parse step sees tags or tabs', () => {
    expect(textDocument(`## ACTION PLAN\n${SAMPLE}`).rows.map((r) => r.cells)).toEqual([
      [['ACTION PLAN']],
      [['5.1'], ['Staff’s plan.'], ['Agreed'], ['• One', '• Two'], ['Governor'], ['March 2025']],
    ]);
  });

  it('gives rows their page when the text marks page breaks with form feeds (pdftotext)', () => {
    expect(textDocument('a\nb\fc\nd\n\fe').rows.map((r) => [r.n, r.page, r.cells])).toEqual([
      [1, 1, [['a']]],
      [2, 2, [['b c']]],
      [3, 2, [['d']]],
      [4, 3, [['e']]],
    ]);
  });

  it('names a Word, PDF, OpenDocument, Excel or zip file instead of calling it binary', () => {
    const zip = (entry: string) => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...Buffer.from(`\0\0\0\0${entry}\0\0`)]);
    const cases: [Uint8Array, string][] = [
      [zip('word/document.xml'), 'this is a Word document (.docx)'],
      [zip('mimetypeapplication/vnd.oasis.opendocument.text'), 'this is an OpenDocument file'],
      [zip('xl/workbook.xml'), 'this is an Excel workbook (.xlsx)'],
      [zip('photos/1.jpg'), 'this is a zip archive'],
      [Uint8Array.from([...Buffer.from('%PDF-1.7\n'), 0, 1, 2]), 'this is a PDF document'],
      [
        Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
        'this is an older Word or Excel document (.doc or .xls)',
      ],
    ];
    for (const [bytes, named] of cases) {
      const read = readText(bytes);
      expect(read.ok).toBe(false);
      expect(!read.ok && read.notes[0]!.message).toContain(named);
      expect(!read.ok && read.notes[0]!.message).not.toContain('binary');
    }
    expect(sniffFormat(Buffer.from(SAMPLE))).toBeNull();
  });

  it('still refuses real binary with a reason', () => {
    const read = readText(Uint8Array.from([1, 2, 3, 0, 5, 6, 7]));
    expect(!read.ok && read.notes[0]!.message).toContain('binary');
  });
});
