// The parse cache: each document's reading (its format and parsed plan, or
// its refusal) kept between runs, so that ingest reads again only what
// changed. An entry is found by the document's name and the hash of its bytes,
// in a folder named for the code that reads (every source file read.ts loads,
// and the versions of the packages they import), the limits documents are
// read within, and Node's version. The code's version is worked out from the
// files themselves, once per run, rather than kept as a constant a developer
// must remember to raise: an edit to any reader or parse step, however small,
// reads every document again, and nothing stale can be served.
//
// The folder is node_modules/.cache/action-plans/ (ACTION_PLANS_CACHE moves
// it; "off" turns the cache off). Deleting it is always safe: the next run
// reads every document again. An entry that is damaged, cut short or not
// the document's own is ignored and written again; entries are written to a
// temporary file and renamed, so a run stopped midway leaves none half-written.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { DEFAULT_PARSE_CACHE, parseCacheDir } from '../settings.ts';
import { readWhole } from '../documents/read-whole.ts';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serialize } from 'node:v8';
import { readSealed, unseal, writeSealed } from './sealed.ts';
import type { ReadDocument } from '../dataset/duplicates.ts';
import type { ParsedDocument } from '../parse/document.ts';
import { bytesOf, type Limits } from '../documents/limits.ts';

/** Raised when the layout of an entry changes. */
const FORMAT = 'action-plans-cache-1';
const MAGIC = Buffer.from('APC1');
/** Folders of other code versions kept (a publisher switching between two checkouts keeps both warm). */
const KEEP_VERSIONS = 3;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The module whose imports, followed to the end, are all the code that reads a document (the reading process loads only it). */
const ENTRY = fileURLToPath(new URL('./read.ts', import.meta.url));

/** The cache folder from the environment (settings.ts): the default under the project, or as set; null when turned off. */
export function cacheFolder(env: Record<string, string | undefined> = process.env): string | null {
  const dir = parseCacheDir(env);
  return dir === null ? null : dir === DEFAULT_PARSE_CACHE ? join(ROOT, dir) : resolve(dir);
}

const IMPORT =
  /(?:^|[\s;}])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;

/** A package's name from an import of it or of one of its files ("pdfjs-dist/legacy/build/pdf.mjs" → "pdfjs-dist"). */
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/** Every project file the entry module imports, followed to the end, and the packages they import. */
export function readerModules(entry: string = ENTRY): { files: string[]; packages: string[] } {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const specifier = m[1] ?? m[2] ?? m[3]!;
      if (specifier.startsWith('.')) queue.push(resolve(dirname(file), specifier));
      else if (!specifier.startsWith('node:')) packages.add(packageOf(specifier));
    }
  }
  return { files: [...seen].sort(), packages: [...packages].sort() };
}

/**
 * The version of the code that reads documents: a hash of every project file
 * the entry module imports (followed to the end), by path and content, and of
 * the name and version of every package they import.
 */
export function codeVersion(entry: string = ENTRY): string {
  const hash = createHash('sha256').update(FORMAT).update('\0').update(process.version);
  const { files, packages } = readerModules(entry);
  for (const file of files) hash.update(`\0${relative(ROOT, file)}\0`).update(readFileSync(file));
  for (const name of packages) {
    let version = 'unknown';
    try {
      version = (
        JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }
      ).version;
    } catch {
      // A built-in without the node: prefix, or a package not installed: its name alone.
    }
    hash.update(`\0${name}@${version}`);
  }
  return hash.digest('hex').slice(0, 32);
}

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

/**
 * A digest of a run's readings: the code's version and limits (the folder of
 * this version's entries), each file's name and the hash of its bytes, in the
 * folder's order, and the links refused. The same digest means the same
 * readings, so the same documents for what comes after, since each reading
 * counted is one the same bytes always get (keepable).
 */
export function readingsDigest(folder: string, names: string[], hashes: string[], refused: ParsedDocument[]): string {
  const hash = createHash('sha256').update(FORMAT).update('\0').update(basename(folder));
  names.forEach((name, i) => hash.update(`\0${name}\0${hashes[i]}`));
  return hash.update('\0').update(serialize(refused)).digest('hex');
}

/** The hash of a file's bytes as the cache knows them. */
export const bytesHash = (bytes: Uint8Array): string => sha256(bytes);

/** What a reading that ended in a fault of the reader, or in running out of stack or memory, says: never kept. */
const NOT_KEPT = /ran out of stack|needs more memory than one document may take/;

/**
 * Whether a reading may be kept: a plan, or a refusal the same bytes always
 * get (an empty file, a format it is not, a limit on rows or cells). A fault of
 * the reader, or a reading stopped for its stack or memory, may go otherwise
 * next time, and is read again.
 */
export function keepable(doc: ReadDocument): boolean {
  return !doc.parsed.notes.some(
    (n) => n.kind === 'reader-failed' || (n.kind === 'over-limit' && NOT_KEPT.test(n.message)),
  );
}

export interface DocumentCache {
  /** The folder of this code version's entries. */
  readonly folder: string;
  /** A file's cached reading, with the hash of its bytes; or, when not cached, the hash (null when the file could not be read here). */
  lookup(dir: string, name: string): { doc: ReadDocument | null; hash: string | null };
  /** Keeps a reading of the bytes whose hash is given (the reading process's own hash of what it read). */
  store(name: string, hash: string, doc: ReadDocument): void;
  /** Marks this version's folder as used and removes the folders of all but the last few versions. */
  finish(): void;
}

interface Entry {
  name: string;
  hash: string;
  doc: ReadDocument;
}

/** The whole file, or null when it is larger than the limit or cannot be read (the reading process then says why). */
function bytesOfFile(path: string, max: number): Buffer | null {
  try {
    const size = statSync(path).size;
    if (size > max) return null;
    return readWhole(path, size);
  } catch {
    return null;
  }
}

/** An entry from its bytes (a mark, the hash of what follows, the entry as V8 serialises it: sealed.ts), or null when they are not a whole entry. */
export const decodeEntry = (bytes: Buffer): Entry | null => unseal(MAGIC, bytes) as Entry | null;

/**
 * The cache for this run, or null when it is turned off or its folder cannot
 * be made (ingest then reads every document, as without it).
 */
export function openDocumentCache(
  of: Readonly<Limits>,
  folder: string | null = cacheFolder(),
  version: string = codeVersion(),
): DocumentCache | null {
  if (!folder) return null;
  const documents = join(folder, 'documents');
  const here = join(documents, sha256(`${version}\0${JSON.stringify(of)}`).slice(0, 32));
  try {
    mkdirSync(here, { recursive: true });
  } catch {
    return null;
  }
  const max = bytesOf('fileSize', of);
  const fileOf = (name: string, hash: string) => join(here, sha256(`${name}\0${hash}`).slice(0, 40));
  return {
    folder: here,
    lookup(dir, name) {
      const bytes = bytesOfFile(join(dir, name), max);
      if (!bytes) return { doc: null, hash: null };
      const hash = bytesHash(bytes);
      const entry = readSealed(MAGIC, fileOf(name, hash)) as Entry | null;
      if (!entry || entry.name !== name || entry.hash !== hash) return { doc: null, hash };
      return { doc: entry.doc, hash };
    },
    store(name, hash, doc) {
      if (!keepable(doc)) return;
      try {
        writeSealed(fileOf(name, hash), MAGIC, { name, hash, doc });
      } catch {
        // A full disk or a read-only folder: the next run reads the document again.
      }
    },
    finish() {
      try {
        const now = new Date();
        utimesSync(here, now, now);
        const others = readdirSync(documents, { withFileTypes: true })
          .filter((d) => d.isDirectory() && join(documents, d.name) !== here)
          .map((d) => ({ path: join(documents, d.name), used: statSync(join(documents, d.name)).mtimeMs }))
          .sort((a, b) => b.used - a.used);
        for (const old of others.slice(KEEP_VERSIONS - 1)) rmSync(old.path, { recursive: true, force: true });
      } catch {
        // Another run tidying at the same time: nothing is lost.
      }
    },
  };
}
