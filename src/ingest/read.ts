// The plans folder → parsed documents. The only step of the pipeline that
// touches the file system for input. Each file's reader is chosen by what the
// file is (its first bytes), not by its name.
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { readWhole } from '../documents/read-whole.ts';
import { extname, isAbsolute, join, relative } from 'node:path';
import { compare } from '../model/compare.ts';
import { parseDocument, type ParsedDocument } from '../parse/document.ts';
import { note, type KindOf } from '../model/notes.ts';
import { dropDuplicates, type ReadDocument } from '../dataset/duplicates.ts';
import { sniffFormat } from '../documents/formats.ts';
import { bytesOf, formatCount, LimitError, within } from '../documents/limits.ts';
import { readDocx } from '../documents/readers/docx.ts';
import { readOdt } from '../documents/readers/odt.ts';
import { readPdf } from '../documents/readers/pdf.ts';
import { readText } from '../documents/readers/text.ts';
import { readError, type ReadResult, type SourceDocument, type SourceFormat } from '../documents/readers/source.ts';

/** Files a publisher may drop in the folder that are not plans: hidden files (.DS_Store), README, backups ending "~". */
const IGNORED = /^\.|^readme(\.\w+)?$|~$/i;

/** What the plans folder holds: the files to read, links refused (as documents that could not be used), files skipped. */
export interface Listing {
  names: string[];
  refused: ParsedDocument[];
  /** Files that are not plans, skipped by their names (hidden files, README, backups); ingest names them. */
  skipped: string[];
}

const refusal = (source: string, kind: 'link-refused' | 'unreadable', message: string) =>
  refusalOf(source, kind, message);

/**
 * A symbolic link in the folder: the file it leads to when that file is in the
 * folder too; otherwise why it is refused. Nothing outside the folder is read
 * (nor copied into the site), whatever the link says.
 */
function followLink(dir: string, name: string): { file: boolean } | ParsedDocument {
  const path = join(dir, name);
  let real: string;
  try {
    real = realpathSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ELOOP')
      return refusal(
        name,
        'link-refused',
        'This is a symbolic link that leads round in a loop (to itself, or through other links back to itself), so it leads to no file. Remove it, or put the plan itself in the folder.',
      );
    if (code === 'ENOENT')
      return refusal(
        name,
        'link-refused',
        'This is a symbolic link to a file that does not exist (it was moved or deleted). Remove the link, or put the plan itself in the folder.',
      );
    return refusal(
      name,
      'unreadable',
      `This symbolic link cannot be followed (${code ?? 'error'}). Remove it, or put the plan itself in the folder.`,
    );
  }
  const inside = relative(realpathSync(dir), real);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside))
    return refusal(
      name,
      'link-refused',
      'This is a symbolic link to a file outside the plans folder. Only files inside the folder are read, so that nothing else on this computer is published: copy the plan itself into the folder instead.',
    );
  return { file: statSync(real).isFile() };
}

/**
 * The plans folder: its files in order, each symbolic link followed when it
 * leads to a file inside the folder and refused otherwise. Never throws for
 * what is in the folder (a link to nowhere, a file it may not open).
 */
export function listFolder(dir: string): Listing {
  const names: string[] = [];
  const refused: ParsedDocument[] = [];
  const skipped: string[] = [];
  const entries: Dirent[] = readdirSync(dir, { withFileTypes: true }).sort((a, b) => compare(a.name, b.name));
  for (const entry of entries) {
    const name = entry.name;
    if (entry.isSymbolicLink()) {
      let followed: { file: boolean } | ParsedDocument;
      try {
        followed = followLink(dir, name);
      } catch (e) {
        followed = refusal(
          name,
          'unreadable',
          `This file cannot be opened (${(e as NodeJS.ErrnoException).code ?? 'error'}).`,
        );
      }
      if ('source' in followed) refused.push(followed);
      else if (followed.file) (IGNORED.test(name) ? skipped : names).push(name);
      continue;
    }
    if (!entry.isFile()) continue; // folders, and pipes and devices, which are no documents
    (IGNORED.test(name) ? skipped : names).push(name);
  }
  return { names, refused, skipped };
}

/** The files of the plans folder to read, in order. */
export function listDocuments(dir: string): string[] {
  return listFolder(dir).names;
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

const mb = (n: number) => `${formatCount(Math.ceil(n / (1024 * 1024)))} MB`;

/** Formats a file's name promises: a file named so whose bytes are no such file is told as such, not as text. */
const NAMED: Record<string, string> = {
  '.docx': 'a Word document (a Word document is a zip package, whose first bytes are "PK")',
  '.odt': 'an OpenDocument file (an OpenDocument file is a zip package, whose first bytes are "PK")',
  '.pdf': 'a PDF (a PDF starts "%PDF")',
};

/** A document within the limits on rows and on the text of a cell, whatever its format. */
function checkSize(document: SourceDocument): void {
  within('rows', document.rows.length, (n) => `it has ${n} rows`);
  for (const row of document.rows) {
    for (const cell of row.cells) {
      const chars = cell.reduce((s, b) => s + b.length, 0);
      within('cellText', chars, (n) => `a cell (${row.where}) has ${n} characters`);
    }
  }
}

async function readWithin(dir: string, name: string, seen?: (bytes: Uint8Array) => void): Promise<ReadDocument> {
  const path = join(dir, name);
  const size = statSync(path).size;
  if (size > bytesOf('fileSize')) throw new LimitError('fileSize', `the file is ${mb(size)}`);
  const bytes = new Uint8Array(readWhole(path, size));
  seen?.(bytes);
  const named = NAMED[extname(name).toLowerCase()];
  if (bytes.length === 0) {
    const what = named ? `, though its name says it is ${named.replace(/ \(.*/, '')}` : '';
    return {
      format: 'text',
      parsed: {
        source: name,
        plan: null,
        notes: [
          note(
            0,
            'empty-document',
            `This file is empty (0 bytes)${what}: nothing was saved in it, or it was cut short when it was copied. Copy or download the plan again.`,
          ),
        ],
      },
    };
  }
  const [format, read] = readerFor(bytes);
  let result = await read(bytes);
  if (!result.ok && format === 'text' && named)
    result = readError(
      'unreadable',
      `Cannot read this document: its name ends "${extname(name)}", but it is not ${named}. It may be damaged or cut short: copy or download it again.`,
    );
  if (!result.ok) return { format, parsed: { source: name, plan: null, notes: result.notes } };
  checkSize(result.document);
  const parsed = parseDocument(name, result.document);
  if (parsed.plan) within('items', parsed.plan.items.length, (n) => `it has ${n} recommendations or concerns`);
  return { format, parsed };
}

const MEMORY = /Invalid string length|Invalid array length|Array buffer allocation failed|Invalid typed array length/;

/** What went wrong in reading a document, as its one error: a limit, a file that cannot be opened, or a fault of the reader. */
export function failure(source: string, e: unknown): ParsedDocument {
  const err = e instanceof Error ? e : new Error(String(e));
  const fail = (kind: 'over-limit' | 'unreadable' | 'reader-failed', message: string) =>
    refusalOf(source, kind, message);
  if (err instanceof LimitError) return fail('over-limit', err.message);
  if (err instanceof RangeError && /call stack/.test(err.message))
    return fail(
      'over-limit',
      'Cannot read this document: it is nested too deeply to be read (the reader ran out of stack). A real action plan is not nested like this: check that this is the right file.',
    );
  if (err instanceof RangeError && MEMORY.test(err.message))
    return fail(
      'over-limit',
      `Cannot read this document: it needs more memory than one document may take (${err.message}). A real action plan is far smaller: check that this is the right file.`,
    );
  const code = (err as NodeJS.ErrnoException).code;
  if (code && /^E[A-Z]+$/.test(code))
    return fail(
      'unreadable',
      `This file cannot be opened (${code}): check that it is still in the folder and that it may be read.`,
    );
  return fail(
    'reader-failed',
    `Cannot read this document: the reader stopped with an unexpected error (${err.name}: ${err.message}). This is a fault in Action Plans rather than in the document: please report it with the file. The other documents were read.`,
  );
}

const refusalOf = (source: string, kind: KindOf<'error'>, message: string): ParsedDocument => ({
  source,
  plan: null,
  notes: [note(0, kind, message)],
});

/**
 * One file: its reader gives rows of cells, the parser gives the plan. Never
 * throws: whatever goes wrong (a limit, an error of the reader) is the
 * document's one error, and the other documents are read as before. `seen` is
 * given the bytes read, before they are read as a document (the parse cache
 * keeps the reading under the hash of exactly these bytes).
 */
export async function readFile(dir: string, name: string, seen?: (bytes: Uint8Array) => void): Promise<ReadDocument> {
  try {
    return await readWithin(dir, name, seen);
  } catch (e) {
    return { format: 'text', parsed: failure(name, e) };
  }
}

export async function readDocument(dir: string, name: string): Promise<ParsedDocument> {
  return (await readFile(dir, name)).parsed;
}

/** The documents of a listing and those it refused, in the folder's order, duplicates set aside. */
export function inFolderOrder(listing: Listing, read: ReadDocument[]): ParsedDocument[] {
  const all = [...read, ...listing.refused.map((parsed): ReadDocument => ({ format: 'text', parsed }))];
  all.sort((a, b) => compare(a.parsed.source, b.parsed.source));
  return dropDuplicates(all);
}

/** Every document of the folder, read one after another in this thread (the tests; ingest reads them apart: isolated.ts). */
export async function readDocuments(dir: string): Promise<ParsedDocument[]> {
  const listing = listFolder(dir);
  const read: ReadDocument[] = [];
  for (const name of listing.names) read.push(await readFile(dir, name));
  return inFolderOrder(listing, read);
}
