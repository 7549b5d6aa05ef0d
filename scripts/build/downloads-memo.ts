// The downloads of an earlier build, used again when nothing they are made
// from has changed: the code that writes them (every module
// scripts/write-downloads.ts loads, with their packages' versions), the site's
// address, the dataset's bytes and the documents of the plans folder (by name
// and bytes). A publisher's second build, or a build after a change to the
// site's pages alone, then links four thousand files at 1,000 plans instead of
// writing 300 MB again (docs/performance.md).
//
// An entry is a folder in `downloads/` beside the parse cache: the files as
// written, hard links to the build's own (no second copy on disk while the
// site holds them), and a record of each one's inode, size and time. A kept
// file whose record no longer matches (written over in place since) makes the
// entry unused and removed; the files are then written again. Nothing in the
// folder is ever the only copy of anything: deleting it, or any part of it, is
// always safe. Where links cannot be made (the cache and the site on two file
// systems), nothing is kept.
import { createHash } from 'node:crypto';
import {
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { stamp } from '../../src/ingest/stamp.ts';
import { keepLast } from './keep-last.ts';

/** Raised when the layout of an entry changes. */
const FORMAT = 'action-plans-downloads-1';
/** Entries kept: the last build's and the one before. */
const KEEP = 2;
const RECORD = 'record.json';
const FILES = 'files';

export interface DownloadsInputs {
  /** The version of the code that writes them (codeVersion of scripts/write-downloads.ts). */
  code: string;
  /** The site's root address, as every absolute link in them is made from it. */
  root: string;
  /** The dataset file. */
  dataset: string;
  /** The folder of the documents copied as the originals. */
  plansDir: string;
}

interface Entry {
  key: string;
  /** Each file, relative to the downloads' folder, with its stamp. */
  files: [path: string, stamp: string | null][];
  /** What the build's report needs of the dataset (report-facts.ts), as written beside them; null if not asked for. */
  facts: string | null;
}

/** The key of one set of downloads; throws if the dataset, the plans folder or a document in it cannot be read. */
export function downloadsKey({ code, root, dataset, plansDir }: DownloadsInputs): string {
  const hash = createHash('sha256').update(`${FORMAT}\0${code}\0${root}\0${resolve(plansDir)}\0`);
  hash.update(readFileSync(dataset));
  // Each document by name and bytes, not by time: copied again unchanged (as the bench writes its archive
  // anew for each run), it is the same original.
  for (const name of readdirSync(plansDir).sort()) {
    const path = join(plansDir, name);
    hash.update(`\0${name}\0`);
    if (statSync(path).isFile()) hash.update(createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return hash.digest('hex');
}

/** Every file under `dir`, relative to it, in order. */
function filesUnder(dir: string, rel = ''): string[] {
  return readdirSync(join(dir, rel), { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((d) => (d.isDirectory() ? filesUnder(dir, join(rel, d.name)) : [join(rel, d.name)]));
}

const entryFolder = (folder: string, key: string) => join(folder, 'downloads', key.slice(0, 40));

function readEntry(here: string, key: string): Entry | null {
  try {
    const entry = JSON.parse(readFileSync(join(here, RECORD), 'utf8')) as Entry;
    if (entry.key !== key) return null;
    // Every file as it was kept: one written over in place since (another time, another size) is not these downloads.
    for (const [path, kept] of entry.files) if (stamp(join(here, FILES, path)) !== kept) return null;
    return entry;
  } catch {
    return null;
  }
}

/**
 * The downloads an earlier build wrote for `key`, linked into `out` (a folder
 * that does not exist yet), and the report's facts written to `factsFile` if
 * asked for; the number of files, or null if none are kept or they could not
 * all be linked (then `out` is removed, to be written whole).
 */
export function reuseDownloads(folder: string | null, key: string, out: string, factsFile?: string): number | null {
  if (!folder || existsSync(out)) return null;
  const here = entryFolder(folder, key);
  const entry = readEntry(here, key);
  if (!entry || (factsFile && entry.facts === null)) {
    if (existsSync(here)) rmSync(here, { recursive: true, force: true });
    return null;
  }
  try {
    const made = new Set<string>();
    for (const [path] of entry.files) {
      const target = join(out, path);
      const dir = dirname(target);
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      linkSync(join(here, FILES, path), target);
    }
    if (factsFile && entry.facts !== null) writeFileSync(factsFile, entry.facts);
    const now = new Date();
    utimesSync(here, now, now);
    return entry.files.length;
  } catch {
    rmSync(out, { recursive: true, force: true });
    return null;
  }
}

/**
 * Keeps the downloads just written in `out` for `key` (hard links, and the
 * report's facts from `factsFile`), in place of an older entry; keeps the last
 * two. Silently keeps nothing where links cannot be made.
 */
export function keepDownloads(folder: string | null, key: string, out: string, factsFile?: string): void {
  if (!folder) return;
  const here = entryFolder(folder, key);
  const temporary = `${here}.${process.pid}.tmp`;
  try {
    rmSync(temporary, { recursive: true, force: true });
    const files = filesUnder(out);
    for (const path of files) {
      const kept = join(temporary, FILES, path);
      mkdirSync(dirname(kept), { recursive: true });
      linkSync(join(out, path), kept);
    }
    const entry: Entry = {
      key,
      files: files.map((path) => [path, stamp(join(temporary, FILES, path))]),
      facts: factsFile && existsSync(factsFile) ? readFileSync(factsFile, 'utf8') : null,
    };
    writeFileSync(join(temporary, RECORD), JSON.stringify(entry));
    rmSync(here, { recursive: true, force: true });
    renameSync(temporary, here);
    keepLast(dirname(here), here, KEEP);
  } catch {
    // Two file systems, a full disk or a read-only folder: the next build writes them again.
    rmSync(temporary, { recursive: true, force: true });
  }
}
