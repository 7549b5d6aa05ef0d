// The plans folder → parsed documents. The only step of the pipeline that
// touches the file system for input.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compare } from '../model/compare.ts';
import { parseDocument, type ParsedDocument } from '../parse/document.ts';
import { hasSecondCore, onWorker } from '../threads/worker.ts';
import { readText } from './readers/text.ts';

/** Files a publisher may drop in the folder that are not plans. */
const IGNORED = /^\.|^readme(\.\w+)?$|~$/i;

export function listDocuments(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => !IGNORED.test(name) && statSync(join(dir, name)).isFile())
    .sort(compare);
}

/** One file: its reader gives rows of cells, the parser gives the plan. */
export function readDocument(dir: string, name: string): ParsedDocument {
  const read = readText(readFileSync(join(dir, name)));
  if (!read.ok) return { source: name, plan: null, notes: read.notes };
  return parseDocument(name, read.document);
}

export function readDocuments(dir: string): ParsedDocument[] {
  return listDocuments(dir).map((name) => readDocument(dir, name));
}

/** Below this many documents a second thread costs more than it saves. */
const PARALLEL_FROM = 64;

/**
 * The same as readDocuments, with the second half of the folder parsed on a
 * worker thread while this one parses the first half. Same order, same result.
 */
export async function readDocumentsInParallel(dir: string): Promise<ParsedDocument[]> {
  const names = listDocuments(dir);
  if (names.length < PARALLEL_FROM || !hasSecondCore()) return names.map((name) => readDocument(dir, name));
  const half = Math.ceil(names.length / 2);
  const second = onWorker<ParsedDocument[]>(new URL('./parse-worker.ts', import.meta.url), { dir, names: names.slice(half) });
  const first = names.slice(0, half).map((name) => readDocument(dir, name));
  const rest = await second;
  return [...first, ...rest];
}
