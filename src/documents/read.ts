// The plans folder → parsed documents. The only step of the pipeline that
// touches the file system for input. Each file's reader is chosen by what the
// file is (its first bytes), not by its name.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compare } from '../model/compare.ts';
import { parseDocument, type ParsedDocument } from '../parse/document.ts';
import { hasSecondCore, onWorker } from '../threads/worker.ts';
import { dropDuplicates, type ReadDocument } from './duplicates.ts';
import { sniffFormat } from './formats.ts';
import { readDocx } from './readers/docx.ts';
import { readOdt } from './readers/odt.ts';
import { readPdf } from './readers/pdf.ts';
import { readText } from './readers/text.ts';
import type { ReadResult, SourceFormat } from './source.ts';

/** Files a publisher may drop in the folder that are not plans. */
const IGNORED = /^\.|^readme(\.\w+)?$|~$/i;

export function listDocuments(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => !IGNORED.test(name) && statSync(join(dir, name)).isFile())
    .sort(compare);
}

/** The reader for a file's bytes. Formats without a reader go to the text reader, which names them. */
function readerFor(bytes: Uint8Array): [SourceFormat, (bytes: Uint8Array) => ReadResult | Promise<ReadResult>] {
  switch (sniffFormat(bytes)) {
    case 'pdf':
      return ['pdf', readPdf];
    case 'docx':
      return ['docx', readDocx];
    case 'odt':
      return ['odt', readOdt];
    default:
      return ['text', readText];
  }
}

/** One file: its reader gives rows of cells, the parser gives the plan. */
export async function readFile(dir: string, name: string): Promise<ReadDocument> {
  const bytes = new Uint8Array(readFileSync(join(dir, name)));
  const [format, read] = readerFor(bytes);
  const result = await read(bytes);
  return {
    format,
    parsed: result.ok ? parseDocument(name, result.document) : { source: name, plan: null, notes: result.notes },
  };
}

export async function readDocument(dir: string, name: string): Promise<ParsedDocument> {
  return (await readFile(dir, name)).parsed;
}

export async function readDocuments(dir: string): Promise<ParsedDocument[]> {
  const read: ReadDocument[] = [];
  for (const name of listDocuments(dir)) read.push(await readFile(dir, name));
  return dropDuplicates(read);
}

/** Below this many documents a second thread costs more than it saves. */
const PARALLEL_FROM = 64;

/**
 * This thread's share of `names`: each file is taken from a counter both threads
 * share, so neither waits for the other while files are left, however the files
 * differ in size and however late the second thread starts. Returns each file
 * read with its position in `names`.
 */
export async function readShare(dir: string, names: string[], next: Int32Array): Promise<[number, ReadDocument][]> {
  const read: [number, ReadDocument][] = [];
  for (let i = Atomics.add(next, 0, 1); i < names.length; i = Atomics.add(next, 0, 1))
    read.push([i, await readFile(dir, names[i]!)]);
  return read;
}

/**
 * The same as readDocuments, with a worker thread reading and parsing files
 * while this one does. Same order, same result. `ownShareRead` is called when
 * this thread has read its share and waits for the other's last files.
 */
export async function readDocumentsInParallel(dir: string, ownShareRead?: () => void): Promise<ParsedDocument[]> {
  const names = listDocuments(dir);
  if (names.length < PARALLEL_FROM || !hasSecondCore()) return readDocuments(dir);
  const next = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const theirs = onWorker<[number, ReadDocument][]>(new URL('./parse-worker.ts', import.meta.url), {
    dir,
    names,
    next,
  });
  const read: ReadDocument[] = new Array<ReadDocument>(names.length);
  for (const [i, doc] of await readShare(dir, names, next)) read[i] = doc;
  ownShareRead?.();
  for (const [i, doc] of await theirs) read[i] = doc;
  return dropDuplicates(read);
}
