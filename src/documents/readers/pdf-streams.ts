// The streams of a PDF (page contents, fonts, images) measured before PDF.js
// reads them: PDF.js inflates a stream whole, and a few kilobytes of a file can
// inflate to gigabytes. Each stream compressed with Flate (alone or twice over,
// the usual bombs) is inflated here a slice at a time and its size counted, up
// to the limit on streams, or on fonts for an embedded font file. A stream
// this scan does not find is still bounded by the time and memory limits of
// the process that reads the document.
import { bytesOf, formatCount, LimitError, limits as current, type Limits } from '../limits.ts';
import { inflateWithin, ZipDamaged } from './zip.ts';

/** "N G obj", its dictionary, then "stream" and its end of line. The dictionary is short; a lazy match stops at the first "stream". */
const STREAM = /\d+\s+\d+\s+obj\b([\s\S]{0,4096}?)\bstream(?:\r\n|\n|\r)/g;
const ENDSTREAM = Buffer.from('endstream', 'latin1');

/** A dictionary that describes an embedded font file (FontFile, FontFile2, FontFile3's subtypes). */
const FONT = /\/Length[123]\b|\/Subtype\s*\/(?:Type1C|CIDFontType0C|OpenType)\b/;

/** How many Flate filters the stream starts with: /Filter /FlateDecode or /Filter [/FlateDecode /FlateDecode …]. */
function flateLayers(dict: string): number {
  const m = /\/Filter\s*(\[[^\]]*\]|\/\w+)/.exec(dict);
  if (!m) return 0;
  const names = m[1]!.match(/\/\w+/g) ?? [];
  let n = 0;
  while (n < names.length && (names[n] === '/FlateDecode' || names[n] === '/Fl')) n++;
  return n;
}

/** Flate streams are zlib streams: a two-byte header before the deflate data (and a checksum after it, not read). */
const withoutZlibHeader = (d: Uint8Array) =>
  d.length >= 2 && (d[0]! & 0x0f) === 8 && ((d[0]! << 8) | d[1]!) % 31 === 0 ? d.subarray(2) : d;

const mb = (n: number) => `${formatCount(Math.ceil(n / (1024 * 1024)))} MB`;

/** Throws a LimitError for the first stream that inflates past its limit. Damaged streams are left to PDF.js. */
export function checkPdfStreams(bytes: Uint8Array, of: Readonly<Limits> = current): void {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  let count = 0;
  STREAM.lastIndex = 0;
  for (let m = STREAM.exec(text); m; m = STREAM.exec(text)) {
    const dict = m[1]!;
    const start = m.index + m[0].length;
    const endAt = buffer.indexOf(ENDSTREAM, start);
    // The next object starts after this stream's data, which is not searched for objects.
    STREAM.lastIndex = endAt < 0 ? text.length : endAt;
    const layers = flateLayers(dict);
    if (!layers) continue;
    count++;
    let data: Uint8Array = bytes.subarray(start, endAt < 0 ? bytes.length : endAt);
    const font = FONT.test(dict);
    const limit = font ? 'pdfFont' : 'pdfStream';
    const max = bytesOf(limit, of);
    const over = (): never => {
      throw new LimitError(
        limit,
        `${font ? 'a font embedded in it' : 'one of its streams'} (${count === 1 ? 'the first' : `number ${count}`}) inflates to over ${mb(max)}`,
        of,
      );
    };
    try {
      for (let k = 0; k < layers && data.length; k++) data = inflateWithin(withoutZlibHeader(data), max, over);
    } catch (e) {
      if (e instanceof ZipDamaged) continue; // PDF.js says what it makes of a damaged stream
      throw e;
    }
  }
}
