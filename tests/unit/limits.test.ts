// The readers' limits, each met before the work it would cost: zip parts inflated as
// streams, XML depth and elements, spans and repeats, lines, cells and text, PDF streams.
import { constants, deflateRawSync, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { LimitError, limitsFrom, LIMITS, type Limits } from '../../src/documents/limits.ts';
import { placeCells } from '../../src/documents/readers/grid.ts';
import { parseXml } from '../../src/documents/readers/package.ts';
import { checkPdfStreams } from '../../src/documents/readers/pdf-streams.ts';
import { textDocument } from '../../src/documents/readers/text.ts';
import { unzipParts, ZipDamaged } from '../../src/documents/readers/zip.ts';
import { failure } from '../../src/ingest/read.ts';
import { escapeControls } from '../../src/report/terminal.ts';

const defaults = limitsFrom({}).limits;
const small: Limits = {
  ...defaults,
  inflatedPart: 1,
  inflatedTotal: 2,
  xmlDepth: 5,
  xmlElements: 20,
  pdfStream: 1,
  pdfFont: 1,
};
const MB = 1024 * 1024;

/** Raw deflate of `times` megabytes of "A", made of independent segments (no inflating needed to build it). */
function bomb(times: number): Buffer {
  const seg = deflateRawSync(Buffer.alloc(MB, 'A'), { finishFlush: constants.Z_FULL_FLUSH });
  return Buffer.concat([...Array<Buffer>(times).fill(seg), Buffer.from([0x03, 0x00])]);
}

/** A zip of parts (name, stored bytes, method), with the sizes its headers claim. */
function zip(parts: { name: string; data: Buffer; method: number; claimed?: number }[]): Uint8Array {
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let at = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(p.method, 8);
    local.writeUInt32LE(p.data.length, 18);
    local.writeUInt32LE(p.claimed ?? p.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(p.method, 10);
    entry.writeUInt32LE(p.data.length, 20);
    entry.writeUInt32LE(p.claimed ?? p.data.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(at, 42);
    out.push(local, name, p.data);
    central.push(entry, name);
    at += 30 + name.length + p.data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(at, 16);
  return new Uint8Array(Buffer.concat([...out, cd, end]));
}

const limitMessage = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof LimitError) return `${e.limit}: ${e.message}`;
    throw e;
  }
  return null;
};

describe('zip parts', () => {
  it('inflates the parts asked for, whatever sizes the headers claim', () => {
    const z = zip([
      { name: 'word/document.xml', data: deflateRawSync('<w:document/>'), method: 8, claimed: 1 },
      { name: 'word/styles.xml', data: Buffer.from('<w:styles/>'), method: 0 },
      { name: 'other.xml', data: bomb(3), method: 8 },
    ]);
    const parts = unzipParts(z, ['word/document.xml', 'word/styles.xml'], small);
    expect(new TextDecoder().decode(parts.get('word/document.xml'))).toBe('<w:document/>');
    expect(new TextDecoder().decode(parts.get('word/styles.xml'))).toBe('<w:styles/>');
  });

  it('stops a part that inflates past the limit, however small its header says it is', () => {
    const z = zip([{ name: 'word/document.xml', data: bomb(20), method: 8, claimed: 10 }]);
    expect(limitMessage(() => unzipParts(z, ['word/document.xml'], small))).toBe(
      'inflatedPart: Cannot read this document: its part word/document.xml inflates to over 1 MB, over the limit on the size of one part of a Word or OpenDocument file, once inflated (1 MB; PLANS_LIMIT_PART_MB). A real action plan is far smaller: check that this is the right file, and if it is, raise the limit (docs/reading-plans.md#limits).',
    );
  });

  it('counts the parts together', () => {
    const part = deflateRawSync(Buffer.alloc(MB - 10, 'A'));
    const z = zip(['a.xml', 'b.xml', 'c.xml'].map((name) => ({ name, data: part, method: 8 })));
    expect(limitMessage(() => unzipParts(z, ['a.xml', 'b.xml', 'c.xml'], small))).toMatch(
      /^inflatedTotal: Cannot read this document: its parts inflate to over 2 MB/,
    );
  });

  it('refuses two parts of one name, and a package without its directory', () => {
    const doc = { name: 'word/document.xml', data: deflateRawSync('<a/>'), method: 8 };
    expect(() => unzipParts(zip([doc, doc]), ['word/document.xml'])).toThrow(
      new ZipDamaged(
        'it holds two parts named word/document.xml, so which one is the document is not known (the file was put together by hand or by a faulty tool)',
      ),
    );
    const whole = zip([doc]);
    expect(() => unzipParts(whole.subarray(0, whole.length - 22), ['word/document.xml'])).toThrow(
      new ZipDamaged('it is not a complete zip package (its directory is missing)'),
    );
  });
});

describe('XML', () => {
  it('stops at the depth and element limits', () => {
    expect(parseXml('<a><b><c/></b></a>', small).root?.name).toBe('a');
    expect(limitMessage(() => parseXml('<a>'.repeat(6), small))).toMatch(
      /^xmlDepth: Cannot read this document: it has elements nested over 5 deep/,
    );
    expect(limitMessage(() => parseXml(`<a>${'<b/>'.repeat(20)}</a>`, small))).toMatch(
      /^xmlElements: Cannot read this document: it has over 20 elements/,
    );
    // Siblings do not add to the depth.
    expect(parseXml(`<a>${'<b><c/></b>'.repeat(9)}</a>`, small).root?.children).toHaveLength(9);
  });
});

describe('tables', () => {
  it('refuses a span or a grid beyond the limits before building it', () => {
    const cell = (span: number) => ({ blocks: ['x'], span, vmerge: null });
    expect(
      limitMessage(() => placeCells([{ before: 0, header: false, cells: [cell(1), cell(100_000_000)] }], 2, 'table 1')),
    ).toMatch(
      /^columns: Cannot read this document: row 1 of table 1 spans 100,000,001 columns, over the limit on columns in one row/,
    );
    const rows = Array.from({ length: 200 }, () => ({ before: 0, header: false, cells: [cell(9_999)] }));
    expect(limitMessage(() => placeCells(rows, 9_999, 'table 2'))).toMatch(
      /^cells: Cannot read this document: table 2 has 1,999,800 cells \(200 rows of 9,999 columns\)/,
    );
  });
});

describe('text', () => {
  it('refuses a line of more cells than the limit without splitting it all', () => {
    expect(limitMessage(() => textDocument(`a\n${'\t'.repeat(LIMITS.columns.default + 5)}`))).toMatch(
      /^columns: Cannot read this document: line 2 has over 10,000 cells/,
    );
  });
  it('refuses a cell of more characters than the limit', () => {
    expect(limitMessage(() => textDocument(`a\tb\n${'x'.repeat(100_001)}`))).toMatch(
      /^cellText: Cannot read this document: a cell on line 2 has 100,001 characters/,
    );
  });
});

describe('PDF streams', () => {
  const pdf = (dict: string, data: Buffer) =>
    new Uint8Array(
      Buffer.concat([
        Buffer.from(`%PDF-1.7\n4 0 obj\n<< ${dict} /Length ${data.length} >>\nstream\n`, 'latin1'),
        data,
        Buffer.from('\nendstream\nendobj\n'),
      ]),
    );
  const zlibBomb = (mb: number) => Buffer.concat([Buffer.from([0x78, 0xda]), bomb(mb)]);

  it('stops a stream or a font that inflates past its limit', () => {
    expect(limitMessage(() => checkPdfStreams(pdf('/Filter /FlateDecode', zlibBomb(3)), small))).toMatch(
      /^pdfStream: Cannot read this document: one of its streams \(the first\) inflates to over 1 MB/,
    );
    expect(limitMessage(() => checkPdfStreams(pdf('/Filter /FlateDecode /Length1 9', zlibBomb(5)), small))).toMatch(
      /^pdfFont: Cannot read this document: a font embedded in it \(the first\) inflates to over 1 MB/,
    );
    expect(
      limitMessage(() => checkPdfStreams(pdf('/Filter [/FlateDecode /FlateDecode]', deflateSync(zlibBomb(5))), small)),
    ).toMatch(/^pdfStream:/);
  });
  it('passes streams within the limits and leaves damaged ones to PDF.js', () => {
    expect(limitMessage(() => checkPdfStreams(pdf('/Filter /FlateDecode', deflateSync('BT ET')), small))).toBeNull();
    expect(
      limitMessage(() => checkPdfStreams(pdf('/Filter /FlateDecode', Buffer.from('not deflate')), small)),
    ).toBeNull();
  });
});

describe('settings and messages', () => {
  it('reads the limits from the environment, and names a setting that is no number', () => {
    const { limits, problems } = limitsFrom({
      PLANS_LIMIT_ROWS: '500',
      PLANS_LIMIT_PDF_PAGES: '0',
      PLANS_LIMIT_CELLS: 'x',
    });
    expect([limits.rows, limits.pdfPages, limits.cells, limits.items]).toEqual([500, 1000, 1_000_000, 20_000]);
    expect(problems).toEqual([
      'PLANS_LIMIT_CELLS="x" is not a whole number above 0 (its default is 1000000)',
      'PLANS_LIMIT_PDF_PAGES="0" is not a whole number above 0 (its default is 1000)',
    ]);
  });

  it("turns what a reader throws into the document's one error, without a stack trace", () => {
    const stack = failure('deep.docx', new RangeError('Maximum call stack size exceeded'));
    expect(stack.notes.map((n) => [n.kind, n.message])).toEqual([
      [
        'over-limit',
        'Cannot read this document: it is nested too deeply to be read (the reader ran out of stack). A real action plan is not nested like this: check that this is the right file.',
      ],
    ]);
    expect(failure('x.pdf', new TypeError('a is undefined')).notes[0]!.message).toBe(
      'Cannot read this document: the reader stopped with an unexpected error (TypeError: a is undefined). This is a fault in Action Plans rather than in the document: please report it with the file. The other documents were read.',
    );
  });

  it('prints names and messages on one line, control and bidi characters escaped', () => {
    expect(escapeControls('new\nline\u001b[2J\u202etxt.exe\tend')).toBe('new\\nline\\x1B[2J\\u202Etxt.exe\tend');
    expect(escapeControls('Plan – café ✓')).toBe('Plan – café ✓');
  });
});
