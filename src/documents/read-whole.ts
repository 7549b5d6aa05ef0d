// A document's bytes in one read of its size, so that a file that grows
// meanwhile is read as it was (ingest's reading and the parse cache's hash see
// the same bytes).
import { closeSync, openSync, readSync } from 'node:fs';

/** The whole file, in one read of its size (a file that grows meanwhile is read as it was). */
export function readWhole(path: string, size: number): Buffer {
  const buffer = Buffer.alloc(size);
  const fd = openSync(path, 'r');
  try {
    let at = 0;
    for (let n = 1; at < size && n > 0; at += n) n = readSync(fd, buffer, at, size - at, at);
    return at < size ? buffer.subarray(0, at) : buffer;
  } finally {
    closeSync(fd);
  }
}
