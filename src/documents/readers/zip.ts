// The parts of a zip package (Word, OpenDocument), inflated within limits.
// Nothing in the zip's headers is trusted for sizes: each part is inflated as
// a stream, a slice at a time, and its size counted as it grows, so a part
// that inflates to gigabytes, or whose headers lie about its size, is stopped
// at the limit instead of filling the memory. The central directory says where
// each part starts; its end is where its deflate stream ends, within the file.
import { Inflate } from 'fflate';
import { bytesOf, formatCount, LimitError, limits as current, type Limits } from '../limits.ts';

/** A package that is not a readable zip: why, in a publisher's words. */
export class ZipDamaged extends Error {}

/** Compressed bytes given to the inflater at a time: at most about 1,000 times as many come out (deflate's ratio). */
const SLICE = 4 * 1024;

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
const u64 = (b: Uint8Array, at: number) => u32(b, at) + u32(b, at + 4) * 2 ** 32;

interface Entry {
  name: string;
  method: number;
  compressed: number;
  local: number;
}

/** The central directory's entries: where each part's local header is, and how it is compressed. */
function entries(bytes: Uint8Array): Entry[] {
  // The end record is in the last 64 KB (its comment is at most that long).
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(bytes, at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new ZipDamaged('it is not a complete zip package (its directory is missing)');
  let count = u16(bytes, end + 10);
  let offset = u32(bytes, end + 16);
  // Zip64: the counts and offsets are in the record the locator before the end record points to.
  if ((count === 0xffff || offset === 0xffffffff) && end >= 20 && u32(bytes, end - 20) === 0x07064b50) {
    const z = u64(bytes, end - 12);
    if (z + 56 <= bytes.length && u32(bytes, z) === 0x06064b50) {
      count = u64(bytes, z + 32);
      offset = u64(bytes, z + 48);
    }
  }
  const out: Entry[] = [];
  const utf8 = new TextDecoder();
  let at = offset;
  // Each entry takes at least 46 bytes: a count the file cannot hold is a lie, and the loop stops at the file's end.
  for (let i = 0; i < count && at + 46 <= bytes.length; i++) {
    if (u32(bytes, at) !== 0x02014b50) throw new ZipDamaged('its directory of parts is damaged');
    const nameLength = u16(bytes, at + 28);
    const extra = u16(bytes, at + 30);
    const comment = u16(bytes, at + 32);
    const name = utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    let compressed = u32(bytes, at + 20);
    let local = u32(bytes, at + 42);
    // Zip64 sizes and offset, for the fields the entry marks as too large for 32 bits.
    for (let e = at + 46 + nameLength; e + 4 <= at + 46 + nameLength + extra;) {
      const id = u16(bytes, e);
      const size = u16(bytes, e + 2);
      if (id === 1) {
        let f = e + 4;
        if (u32(bytes, at + 24) === 0xffffffff) f += 8;
        if (compressed === 0xffffffff) {
          compressed = u64(bytes, f);
          f += 8;
        }
        if (local === 0xffffffff) local = u64(bytes, f);
      }
      e += 4 + size;
    }
    out.push({ name, method: u16(bytes, at + 10), compressed, local });
    at += 46 + nameLength + extra + comment;
  }
  return out;
}

/** The part's data as it is stored: from its local header to the end of its compressed bytes, within the file. */
function stored(bytes: Uint8Array, e: Entry): Uint8Array {
  if (e.local + 30 > bytes.length || u32(bytes, e.local) !== 0x04034b50)
    throw new ZipDamaged(`its part ${e.name} is damaged`);
  const start = e.local + 30 + u16(bytes, e.local + 26) + u16(bytes, e.local + 28);
  return bytes.subarray(start, Math.min(bytes.length, start + e.compressed));
}

/** Whether fflate's inflater has read the last block of its stream (its state; false if that is not visible). */
const finished = (inflater: Inflate) => {
  const s = (inflater as unknown as { s?: { f?: number; l?: unknown } }).s;
  return !!s?.f && !s.l;
};

/**
 * Inflates a deflate stream, a slice at a time, stopping at its end or when
 * it grows past `max` bytes (then `over` is called with the size reached).
 */
export function inflateWithin(data: Uint8Array, max: number, over: (reached: number) => never): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size <= max) chunks.push(chunk);
  });
  for (let at = 0; at < data.length && !finished(inflater); at += SLICE) {
    const last = at + SLICE >= data.length;
    try {
      inflater.push(data.subarray(at, at + SLICE), last);
    } catch (e) {
      throw new ZipDamaged(`its compressed data is damaged (${e instanceof Error ? e.message : String(e)})`);
    }
    if (size > max) over(size);
  }
  if (!finished(inflater) && size === 0 && data.length)
    throw new ZipDamaged('its compressed data is damaged (it inflates to nothing)');
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) out.set(c, (at += c.length) - c.length);
  return out;
}

const mb = (n: number) => `${formatCount(Math.ceil(n / (1024 * 1024)))} MB`;

/**
 * The wanted parts of a zip package, inflated; parts it does not hold are
 * missing from the map. Throws ZipDamaged for a package that cannot be read
 * (including two parts of one name: which one Word would use is not known)
 * and LimitError for parts larger than the limits.
 */
export function unzipParts(
  bytes: Uint8Array,
  wanted: readonly string[],
  of: Readonly<Limits> = current,
): Map<string, Uint8Array> {
  const parts = new Map<string, Uint8Array>();
  const found = entries(bytes).filter((e) => wanted.includes(e.name));
  for (const name of wanted) {
    if (found.filter((e) => e.name === name).length > 1)
      throw new ZipDamaged(
        `it holds two parts named ${name}, so which one is the document is not known (the file was put together by hand or by a faulty tool)`,
      );
  }
  const part = bytesOf('inflatedPart', of);
  const total = bytesOf('inflatedTotal', of);
  let sum = 0;
  for (const e of found) {
    const data = stored(bytes, e);
    let out: Uint8Array;
    if (e.method === 0) out = data;
    else if (e.method === 8)
      out = inflateWithin(data, Math.min(part, total - sum), (reached) => {
        if (reached > part) throw new LimitError('inflatedPart', `its part ${e.name} inflates to over ${mb(part)}`, of);
        throw new LimitError('inflatedTotal', `its parts inflate to over ${mb(total)}`, of);
      });
    else
      throw new ZipDamaged(
        `its part ${e.name} is compressed in a way Word and LibreOffice do not use (method ${e.method})`,
      );
    if (out.length > part) throw new LimitError('inflatedPart', `its part ${e.name} is over ${mb(part)}`, of);
    sum += out.length;
    if (sum > total) throw new LimitError('inflatedTotal', `its parts are over ${mb(total)}`, of);
    parts.set(e.name, out);
  }
  return parts;
}
