// The plans folder → parsed documents. The only step of the pipeline that
// touches the file system for input.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compare } from '../model/compare.ts';
import { parseDocument, type ParsedDocument } from '../parse/document.ts';
import { note } from '../parse/notes.ts';
import { decodeDocument } from './decode.ts';

/** Files a publisher may drop in the folder that are not plans. */
const IGNORED = /^\.|^readme(\.\w+)?$|~$/i;

export function listDocuments(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => !IGNORED.test(name) && statSync(join(dir, name)).isFile())
    .sort(compare);
}

export function readDocument(dir: string, name: string): ParsedDocument {
  const decoded = decodeDocument(readFileSync(join(dir, name)));
  if (!decoded.ok) {
    return { source: name, plan: null, notes: [note(0, 'unreadable', 'error', `Cannot read this document: ${decoded.reason}. Expected the text of an action plan (UTF-8 or Windows-1252).`)] };
  }
  return parseDocument(name, decoded.text);
}

export function readDocuments(dir: string): ParsedDocument[] {
  return listDocuments(dir).map((name) => readDocument(dir, name));
}
