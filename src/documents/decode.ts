// Bytes → text. Publishers save plans from Word and PDF tools in UTF-8 (with
// or without a BOM) or Windows-1252; both must read the same.

export type Decoded =
  | { ok: true; text: string; encoding: 'utf-8' | 'windows-1252' }
  | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const cp1252 = new TextDecoder('windows-1252');

/** Share of control characters (other than tab, CR, LF, FF) above which a file is treated as binary. */
const BINARY_CONTROL_SHARE = 0.02;

export function decodeDocument(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
  if (bytes.includes(0)) return { ok: false, reason: 'the file is binary (it contains NUL bytes), not text' };

  let text: string;
  let encoding: 'utf-8' | 'windows-1252';
  try {
    text = utf8.decode(bytes);
    encoding = 'utf-8';
  } catch {
    text = cp1252.decode(bytes);
    encoding = 'windows-1252';
  }

  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) controls++;
  }
  if (controls / text.length > BINARY_CONTROL_SHARE) {
    return { ok: false, reason: 'the file is binary (too many control characters), not text' };
  }
  if (text.trim() === '') return { ok: false, reason: 'the file contains only white space' };
  return { ok: true, text: text.replace(/^\uFEFF/, ''), encoding };
}
