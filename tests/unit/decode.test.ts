import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../src/documents/decode.ts';
import { textDocument } from '../../src/documents/readers/text.ts';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'utf8')] : p)));

describe('decodeDocument', () => {
  it('reads UTF-8 and drops a byte-order mark', () => {
    expect(decodeDocument(bytes([0xef, 0xbb, 0xbf], 'Governor’s plan'))).toEqual({
      ok: true,
      text: 'Governor’s plan',
      encoding: 'utf-8',
    });
  });

  it('reads Windows-1252 when the bytes are not UTF-8', () => {
    // 0x92 is a right single quote and 0x96 an en dash in Windows-1252.
    expect(decodeDocument(bytes('Governor', [0x92], 's plan 12 ', [0x96], ' 22 August'))).toEqual({
      ok: true,
      text: 'Governor’s plan 12 – 22 August',
      encoding: 'windows-1252',
    });
  });

  it('refuses empty, blank and binary files with a reason', () => {
    expect(decodeDocument(new Uint8Array())).toEqual({ ok: false, reason: 'the file is empty' });
    expect(decodeDocument(bytes('  \n\t\n'))).toEqual({ ok: false, reason: 'the file contains only white space' });
    expect(decodeDocument(bytes('%PDF-1.7', [0, 1, 2, 3]))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('binary'),
    });
  });
});

describe('textDocument', () => {
  it('numbers lines from 1 and splits cells on tabs, whatever the line ending', () => {
    expect(textDocument('a\tb\r\nc\rd\n').rows).toEqual([
      { n: 1, where: 'line 1', page: null, table: null, cells: [['a'], ['b']] },
      { n: 2, where: 'line 2', page: null, table: null, cells: [['c']] },
      { n: 3, where: 'line 3', page: null, table: null, cells: [['d']] },
      { n: 4, where: 'line 4', page: null, table: null, cells: [[]] },
    ]);
  });
});
