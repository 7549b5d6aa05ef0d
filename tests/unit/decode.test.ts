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

describe('damaged UTF-16', () => {
  const le = (text: string) => [...Buffer.from(text, 'utf16le')];

  it('reads a file with a stray last byte, and says what was left out', () => {
    expect(decodeDocument(Uint8Array.from([0xff, 0xfe, ...le('Agreed'), 0x0a]))).toEqual({
      ok: true,
      text: 'Agreed',
      encoding: 'utf-16le',
      damage: ['one stray byte (0x0A) after the last character, left out'],
    });
  });

  it('reads a lone surrogate as the replacement character, and says so', () => {
    const out = decodeDocument(Uint8Array.from([0xff, 0xfe, ...le('Prisoners'), 0x3d, 0xd8, ...le(' property')]));
    expect(out).toEqual({
      ok: true,
      text: 'Prisoners\uFFFD property',
      encoding: 'utf-16le',
      damage: ['one character stored as half of a pair (a lone surrogate), read as "\uFFFD"'],
    });
  });

  it('takes a file of odd length without a byte-order mark for UTF-16 when its bytes are', () => {
    expect(decodeDocument(Uint8Array.from([...le('Action plan'), 0x0d]))).toMatchObject({
      ok: true,
      text: 'Action plan',
      guessed: true,
      damage: ['one stray byte (0x0D) after the last character, left out'],
    });
  });
});
