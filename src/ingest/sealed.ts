// How the caches keep a value on disk (the parse cache's readings, the
// remembered connections, the search lexicon): a mark naming the kind of file,
// the SHA-256 of what follows, and the value as V8 serialises it, written to a
// temporary file beside and renamed. A file cut short, damaged or of another
// kind reads as nothing, and what it held is worked out again.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { writeBeside } from './write-beside.ts';

const HASH_BYTES = 32;
const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest();

/** A value's bytes under `mark`. */
function seal(mark: Buffer, value: unknown): Buffer {
  const payload = serialize(value);
  return Buffer.concat([mark, sha256(payload), payload]);
}

/** The value of bytes sealed under `mark`, or null when they are not whole. */
export function unseal(mark: Buffer, bytes: Buffer): unknown {
  if (bytes.length < mark.length + HASH_BYTES || !bytes.subarray(0, mark.length).equals(mark)) return null;
  const payload = bytes.subarray(mark.length + HASH_BYTES);
  if (!sha256(payload).equals(bytes.subarray(mark.length, mark.length + HASH_BYTES))) return null;
  try {
    return deserialize(payload) as unknown;
  } catch {
    return null;
  }
}

/** The value a file holds under `mark`, or null when it cannot be read or is not whole. */
export function readSealed(mark: Buffer, file: string): unknown {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return null;
  }
  return unseal(mark, bytes);
}

/** Writes `value` sealed under `mark` to `file`, beside and renamed; throws (nothing left behind) when it cannot. */
export function writeSealed(file: string, mark: Buffer, value: unknown): void {
  writeBeside(file, (temporary) => writeFileSync(temporary, seal(mark, value)));
}
