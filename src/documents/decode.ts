// Bytes → text. Publishers save plans from Word, Excel, Notepad and PDF tools
// in UTF-8 (with or without a BOM), UTF-16 ("Unicode text", with a BOM) or
// Windows-1252; all must read the same.

export type Encoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export type Decoded =
  { ok: true; text: string; encoding: Encoding; guessed?: true; damage?: string[] } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const cp1252 = new TextDecoder('windows-1252');

/** Share of control characters (other than tab, CR, LF, FF) above which a file is treated as binary. */
const BINARY_CONTROL_SHARE = 0.02;
/** Control characters other than tab, line feed, form feed and carriage return (a regex scan is faster than a loop over the text). */
// eslint-disable-next-line no-control-regex -- control characters are what it counts
const CONTROL = /[\x00-\x08\x0B\x0E-\x1F]/g;
/** Share of NUL bytes in alternate positions from which BOM-less text is taken for UTF-16. */
const UTF16_NUL_SHARE = 0.9;

function utf16Without(whole: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  // A stray last byte (an odd length) is damage at the end, not a sign against UTF-16.
  const bytes = whole.length % 2 ? whole.subarray(0, whole.length - 1) : whole;
  if (bytes.length < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = bytes.length / 2;
  if (odd / pairs >= UTF16_NUL_SHARE && even === 0) return 'utf-16le';
  if (even / pairs >= UTF16_NUL_SHARE && odd === 0) return 'utf-16be';
  return null;
}

function utf16Of(bytes: Uint8Array): { encoding: 'utf-16le' | 'utf-16be'; guessed: boolean } | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', guessed: false };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', guessed: false };
  const without = utf16Without(bytes);
  return without ? { encoding: without, guessed: true } : null;
}

export function decodeDocument(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };

  let text: string;
  let encoding: Encoding;
  let guessed = false;
  const damage: string[] = [];
  const utf16 = utf16Of(bytes);
  if (utf16) {
    ({ encoding, guessed } = utf16);
    // Damage is read round, and noted: a stray byte at the end, half of a character's pair of code units.
    const stray = bytes.length % 2 === 1;
    const units = stray ? bytes.subarray(0, bytes.length - 1) : bytes;
    text = new TextDecoder(utf16.encoding).decode(units);
    const lone = loneSurrogates(units, utf16.encoding === 'utf-16le');
    if (stray)
      damage.push(
        `one stray byte (0x${bytes.at(-1)!.toString(16).padStart(2, '0').toUpperCase()}) after the last character, left out`,
      );
    if (lone)
      damage.push(
        `${lone === 1 ? 'one character stored as half of a pair' : `${lone} characters stored as half of a pair`} (a lone surrogate), read as "\uFFFD"`,
      );
  } else {
    if (bytes.includes(0)) return { ok: false, reason: 'the file is binary (it contains NUL bytes), not text' };
    try {
      text = utf8.decode(bytes);
      encoding = 'utf-8';
    } catch {
      text = cp1252.decode(bytes);
      encoding = 'windows-1252';
    }
  }

  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls / text.length > BINARY_CONTROL_SHARE) {
    return { ok: false, reason: 'the file is binary (too many control characters), not text' };
  }
  if (text.trim() === '' || text === '\uFEFF') return { ok: false, reason: 'the file contains only white space' };
  const out = text.replace(/^\uFEFF/, '');
  if (out.trim() === '') return { ok: false, reason: 'the file contains only white space' };
  return {
    ok: true,
    text: out,
    encoding,
    ...(guessed ? { guessed: true as const } : {}),
    ...(damage.length ? { damage } : {}),
  };
}

/** Code units of a surrogate pair standing alone, which no decoder can make a character of. */
function loneSurrogates(units: Uint8Array, little: boolean): number {
  let lone = 0;
  const at = (i: number) => (little ? units[i]! | (units[i + 1]! << 8) : (units[i]! << 8) | units[i + 1]!);
  for (let i = 0; i + 1 < units.length; i += 2) {
    const u = at(i);
    if (u >= 0xd800 && u <= 0xdbff) {
      const next = i + 3 < units.length ? at(i + 2) : -1;
      if (next >= 0xdc00 && next <= 0xdfff) i += 2;
      else lone++;
    } else if (u >= 0xdc00 && u <= 0xdfff) lone++;
  }
  return lone;
}
