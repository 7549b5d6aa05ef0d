// The dataset → files: the JSON the site's pages read (src/site/data.ts), and
// the JSON Schema of the public format.
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'astro/zod';
import { datasetSchema, type Dataset } from '../model/schema.ts';

/** Where `npm run ingest` leaves the dataset for the site (src/settings.ts). */
export { GENERATED_DATASET, GENERATED_SCHEMA } from '../settings.ts';

// The dataset is written compact: at a thousand plans, indentation would
// add half again to its size and to the time to write and read it.
function write(file: string, value: unknown, indent?: number) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(value, null, indent)}\n`);
}

/**
 * The text of `JSON.stringify(dataset)` and a line break, a top-level value or
 * an array element at a time. One 100 MB string, then its UTF-8 copy, made
 * ingest's peak memory: at 1,000 plans, 1,369–1,380 MB against 923–946 MB in pieces.
 */
export function* datasetJson(dataset: Dataset): Generator<string> {
  yield '{';
  let first = true;
  for (const [key, value] of Object.entries(dataset) as [string, unknown][]) {
    if (value === undefined) continue;
    yield `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    if (!Array.isArray(value)) {
      yield JSON.stringify(value);
      continue;
    }
    yield '[';
    // An element JSON leaves out (undefined, a function) is null in an array, as JSON.stringify writes it.
    for (let i = 0; i < value.length; i++) yield `${i ? ',' : ''}${JSON.stringify(value[i]) ?? 'null'}`;
    yield ']';
  }
  yield '}\n';
}

/**
 * The pieces are encoded into one buffer, used again for each write: joining
 * them into strings and writing each (a new buffer for every string's UTF-8)
 * took most of the time to write the dataset (at 1,000 plans, 1.8 s of 2.0).
 */
const BUFFER_BYTES = 4 << 20;
/** A UTF-16 code unit is at most three bytes of UTF-8 (a surrogate pair, two units, is four). */
const MAX_BYTES_PER_UNIT = 3;

/** All of `bytes` written: a write may take fewer bytes than it is given. */
function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done);
}

export function writeDataset(file: string, dataset: Dataset): void {
  mkdirSync(dirname(file), { recursive: true });
  // Written beside it and renamed: the dev server's pages may read the dataset while ingest writes it again.
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    const buffer = Buffer.allocUnsafe(BUFFER_BYTES);
    let used = 0;
    for (const piece of datasetJson(datasetSchema.parse(dataset))) {
      const most = piece.length * MAX_BYTES_PER_UNIT;
      if (used + most > buffer.length) {
        writeAll(fd, buffer.subarray(0, used));
        used = 0;
      }
      if (most > buffer.length) writeAll(fd, Buffer.from(piece));
      else used += buffer.write(piece, used);
    }
    writeAll(fd, buffer.subarray(0, used));
  } catch (e) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw e;
  }
  closeSync(fd);
  renameSync(temporary, file);
}

export function datasetJsonSchema(): unknown {
  return z.toJSONSchema(datasetSchema, { target: 'draft-2020-12' });
}

export function writeJsonSchema(file: string): void {
  write(file, datasetJsonSchema(), 2);
}
