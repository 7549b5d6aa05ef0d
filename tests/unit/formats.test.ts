import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../src/documents/decode.ts';
import { sniffFormat } from '../../src/documents/formats.ts';

/** A zip's first bytes, then `size` bytes of filler with `name` written at `at`. */
function zipNaming(name: string, at: number, size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  bytes.set([0x50, 0x4b, 0x03, 0x04]);
  bytes.set(Buffer.from('[Content_Types].xml'), 30);
  bytes.set(Buffer.from(name), at);
  return bytes;
}

describe('sniffFormat', () => {
  it('finds the main part of a large zip named far past its first entries', () => {
    expect(sniffFormat(zipNaming('word/document.xml', 700_000, 900_000))).toBe('docx');
    expect(sniffFormat(zipNaming('xl/workbook.xml', 300_000, 2_000_000))).toBe('xlsx');
    expect(sniffFormat(zipNaming('ppt/presentation.xml', 5000, 400_000))).toBe('pptx');
  });

  it('looks no further than the first megabyte', () => {
    expect(sniffFormat(zipNaming('word/document.xml', (1 << 20) + 10, 1_200_000))).toBe('zip');
  });

  it('finds a PDF header after up to a kilobyte of junk, with any byte values before it', () => {
    const bytes = new Uint8Array(2000).fill(0xe9);
    bytes.set(Buffer.from('%PDF-1.4'), 1000);
    expect(sniffFormat(bytes)).toBe('pdf');
    bytes.set(Buffer.from('%PDF-1.4'), 1100);
    bytes.fill(0xe9, 1000, 1008);
    expect(sniffFormat(bytes)).toBeNull();
  });
});

describe('decodeDocument: control characters', () => {
  const text = (body: string) => Uint8Array.from(Buffer.from(body, 'utf8'));

  it('takes up to 2% of control characters as text, and tab, line feed, form feed and carriage return as none', () => {
    const words = 'a'.repeat(98);
    expect(decodeDocument(text(`${words}\x0b\x01`))).toMatchObject({ ok: true });
    expect(decodeDocument(text(`${words.slice(1)}\x0b\x01\x1f`))).toEqual({
      ok: false,
      reason: 'the file is binary (too many control characters), not text',
    });
    expect(decodeDocument(text(`${'a'.repeat(10)}\t\n\f\r\t\n\f\r`))).toMatchObject({ ok: true });
  });
});
