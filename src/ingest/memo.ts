// What an earlier run worked out, kept beside the parse cache and used again
// where its inputs are the same: the connections, and the dataset file.
//
// The connections. Where what connecting takes (the documents' readings, the
// theme definitions, the curated glossary) and the code are the same as in an
// earlier run, that run's connections are used again and nothing is connected.
// The similar items, raised before and the glossary's terms are worked out
// from the whole archive (their weights count every item), so any change to
// the archive connects it all again; this serves the runs where nothing the
// connections depend on changed (a build after a change to the site alone, a
// second build, the dev server after an edit to a theme's description).
//
// The dataset file. Where, besides, the follow-ups are the same, the dataset
// would be written again byte for byte: it is left as it is when the file at
// its path is the very one an earlier run wrote for these inputs (the same
// inode, size and modification time to the nanosecond: the dataset is always
// written beside and renamed, so each writing is a new inode). Its bytes are
// kept too (a hard link, so nothing is copied), and put back when something
// else was written there since or the file was moved away: a build of other
// plans, the tests' or the dev server's, costs the next build nothing.
//
// The readings are known by their digest (cache.ts, readingsDigest: the code
// that reads, each file's name and the hash of its bytes); the code that comes
// after by its version (every module ingest loads, followed to the end, with
// their packages: the caller gives it). An entry is checked like the parse
// cache's (a mark and the hash of what follows) and written to a temporary
// file and renamed. Deleting the folder is always safe: the next run connects
// and writes again.
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { serialize } from 'node:v8';
import { readSealed, writeSealed } from './sealed.ts';
import { writeBeside } from './write-beside.ts';
import type { Dataset, Definition, GlossaryEntry, Item, Link, Theme, ThemeReason } from '../model/schema.ts';
import type { ThemeInput, ThemeMeanings } from '../connect/themes.ts';
import { cacheFolder } from './cache.ts';
import { stamp } from './stamp.ts';

const MAGIC = Buffer.from('APM1');
/** Connections kept: the last run's and the one before (a publisher switching between two sets of plans keeps both). */
const KEEP = 2;
/** Records of a dataset written kept (a few bytes each: one per output path and inputs). */
const KEEP_WRITTEN = 16;
/**
 * Files whose bytes are kept to be put back, the most recently used first: the
 * three outputs (dataset, schema, search terms) of the last two sets of inputs.
 * A kept file costs disk space only once its output has been written over
 * (101 MB for the dataset at 1,000 plans).
 */
const KEEP_BYTES = 6;
const BYTES = '.bytes';

/** What connecting adds to each item; every other field of an item is as the dataset before connecting has it. */
type ConnectedFields = Pick<Item, 'themes' | 'themeReasons' | 'related' | 'raisedBefore' | 'raisedAgain' | 'glossary'>;

/**
 * The connections in a compact form: every string once (item keys, theme ids,
 * reasons, terms), each item's fields as runs of numbers (a count, then
 * string ids, and the links' scores apart): written as objects (35.9 MB at
 * 1,001 plans) they made each run where a plan was added cost seconds more.
 */
interface Remembered {
  key: string;
  items: number;
  strings: string[];
  ids: Int32Array;
  scores: Float64Array;
  themes: Theme[];
  glossary: GlossaryEntry[];
}

const LINKS = ['related', 'raisedBefore', 'raisedAgain'] as const;

function encode(key: string, connected: Dataset): Remembered {
  const strings: string[] = [];
  const idOf = new Map<string, number>();
  const id = (s: string) => {
    let n = idOf.get(s);
    if (n === undefined) idOf.set(s, (n = strings.push(s) - 1));
    return n;
  };
  const ids: number[] = [];
  const scores: number[] = [];
  let items = 0;
  for (const plan of connected.plans)
    for (const item of plan.items) {
      items++;
      ids.push(item.themes.length, ...item.themes.map(id));
      ids.push(item.themeReasons.length);
      for (const r of item.themeReasons) ids.push(id(r.theme), r.primary ? 1 : 0, id(r.reason));
      for (const field of LINKS) {
        ids.push(item[field].length);
        for (const l of item[field]) {
          ids.push(id(l.key), id(l.reason));
          scores.push(l.score);
        }
      }
      ids.push(item.glossary.length, ...item.glossary.map(id));
    }
  return {
    key,
    items,
    strings,
    ids: Int32Array.from(ids),
    scores: Float64Array.from(scores),
    themes: connected.themes,
    glossary: connected.glossary,
  };
}

/** Each item's connections, in dataset order, as connecting gives them. */
function decode(r: Remembered): ConnectedFields[] {
  const { strings, ids, scores } = r;
  let at = 0;
  let score = 0;
  const list = <T>(one: () => T): T[] => Array.from({ length: ids[at++]! }, one);
  const links = () =>
    list((): Link => {
      const key = strings[ids[at++]!]!;
      const reason = strings[ids[at++]!]!;
      return { key, score: scores[score++]!, reason };
    });
  return Array.from({ length: r.items }, (): ConnectedFields => {
    const themes = list(() => strings[ids[at++]!]!);
    const themeReasons = list((): ThemeReason => {
      const theme = strings[ids[at++]!]!;
      const primary = ids[at++] === 1;
      return { theme, primary, reason: strings[ids[at++]!]! };
    });
    const related = links();
    const raisedBefore = links();
    const raisedAgain = links();
    return { themes, themeReasons, related, raisedBefore, raisedAgain, glossary: list(() => strings[ids[at++]!]!) };
  });
}

/** What connecting takes, each part known in a few bytes: the readings' digest and the code's version. */
export interface ConnectInputs {
  readings: string;
  themes: ThemeInput[];
  glossary: Definition[];
  code: string;
  /** The words that mean what the themes' keywords mean (src/connect/theme-layer.ts); none when not given. */
  meanings?: ThemeMeanings;
}

/** The key of one connecting. */
export function connectKey({ readings, themes, glossary, code, meanings }: ConnectInputs): string {
  return createHash('sha256')
    .update(`${code}\0${readings}\0`)
    .update(serialize(themes))
    .update(serialize(glossary))
    .update(serialize([...(meanings ?? [])]))
    .digest('hex');
}

function read(file: string, key: string): Remembered | null {
  const r = readSealed(MAGIC, file) as Remembered | null;
  return r?.key === key ? r : null;
}

/** Removes all but the last few entries used; never `current`, just written. */
function prune(folder: string, keep: number, current: string): void {
  const others = readdirSync(folder)
    .filter((n) => !n.endsWith('.tmp') && !n.endsWith(BYTES) && join(folder, n) !== current)
    .map((n) => ({ path: join(folder, n), used: statSync(join(folder, n)).mtimeMs }))
    .sort((a, b) => b.used - a.used);
  for (const old of others.slice(keep - 1)) rmSync(old.path, { force: true });
}

function write(folder: string, file: string, r: Remembered): void {
  try {
    writeSealed(file, MAGIC, r);
    prune(folder, KEEP, file);
  } catch {
    // A full disk or a read-only folder: the next run connects again.
  }
}

/** The dataset with the remembered connections put in their places, as connecting gives it. */
function withConnections(dataset: Dataset, r: Remembered): Dataset {
  const items = decode(r);
  let k = 0;
  return {
    ...dataset,
    plans: dataset.plans.map((plan) => ({
      ...plan,
      items: plan.items.map((item) => ({ ...item, ...items[k++]! })),
    })),
    themes: r.themes,
    glossary: r.glossary,
  };
}

/**
 * `connect(dataset)`, or the connections an earlier run found for the same
 * inputs (null: not known, connect always). `remembered` says which; `key` is
 * the connecting's key, for rememberedWrite. `folder`: the parse cache's
 * folder (null: no memory, connect always).
 */
export async function connectRemembering(
  dataset: Dataset,
  inputs: ConnectInputs | null,
  connect: (dataset: Dataset) => Promise<Dataset>,
  folder: string | null = cacheFolder(),
): Promise<{ dataset: Dataset; remembered: boolean; key: string | null }> {
  if (!folder || !inputs) return { dataset: await connect(dataset), remembered: false, key: null };
  const here = join(folder, 'connected');
  const key = connectKey(inputs);
  const file = join(here, key.slice(0, 40));
  const r = read(file, key);
  if (r && r.items === dataset.plans.reduce((n, p) => n + p.items.length, 0)) {
    try {
      const now = new Date();
      utimesSync(file, now, now);
    } catch {
      // Another run removed it meanwhile: it is used all the same.
    }
    return { dataset: withConnections(dataset, r), remembered: true, key };
  }
  const connected = await connect(dataset);
  try {
    mkdirSync(here, { recursive: true });
    write(here, file, encode(key, connected));
  } catch {
    // The folder cannot be made: nothing is remembered.
  }
  return { dataset: connected, remembered: false, key };
}

/** `from`'s file at `to` too: the same file (a hard link), or a copy where the two are on different file systems. */
function sameBytes(from: string, to: string): void {
  writeBeside(to, (temporary) => {
    try {
      linkSync(from, temporary);
    } catch {
      copyFileSync(from, temporary);
    }
  });
}

/** Keeps the last KEEP_BYTES kept files, by when their record was last used; a file without its record goes. */
function pruneBytes(folder: string): void {
  const used = (name: string) => {
    try {
      return statSync(join(folder, name.slice(0, -BYTES.length))).mtimeMs;
    } catch {
      return -1;
    }
  };
  const kept = readdirSync(folder)
    .filter((n) => n.endsWith(BYTES))
    .map((n) => ({ path: join(folder, n), used: used(n) }))
    .sort((a, b) => b.used - a.used);
  for (const old of kept.filter((k, i) => k.used < 0 || i >= KEEP_BYTES)) rmSync(old.path, { force: true });
}

/**
 * Writes the dataset with `write` unless the file at `out` is the one an
 * earlier run wrote from the same connecting (`key`, from connectRemembering)
 * and the same rest (`rest`: what else the dataset holds, the follow-ups), or
 * that run's bytes are kept (then they are put back at `out`); says whether it
 * wrote. Null key or folder: always writes.
 */
export function rememberedWrite(
  out: string,
  key: string | null,
  rest: unknown,
  write: () => void,
  folder: string | null = cacheFolder(),
): boolean {
  if (!folder || !key) {
    write();
    return true;
  }
  const here = join(folder, 'written');
  const file = join(
    here,
    createHash('sha256')
      .update(`${key}\0${resolve(out)}\0`)
      .update(serialize(rest))
      .digest('hex')
      .slice(0, 40),
  );
  const bytes = `${file}${BYTES}`;
  // The record: the stamp of the file written at `out`, then that of its bytes kept (the same file when linked).
  let recorded: string[] = [];
  try {
    recorded = readFileSync(file, 'utf8').split('\n');
  } catch {
    // Not written from these inputs before.
  }
  const record = (lines: string[]) => {
    try {
      mkdirSync(here, { recursive: true });
      writeBeside(file, (temporary) => writeFileSync(temporary, lines.join('\n')));
      prune(here, KEEP_WRITTEN, file);
      pruneBytes(here);
    } catch {
      // A full disk or a read-only folder: the next run writes the dataset again.
    }
  };
  const [wrote, kept] = recorded;
  if (wrote !== undefined && wrote === stamp(out)) {
    try {
      const time = new Date();
      utimesSync(file, time, time);
    } catch {
      // Removed meanwhile: it was used all the same.
    }
    return false;
  }
  // The bytes kept, if they are as they were kept (a file written over in place has another time).
  if (kept && kept === stamp(bytes)) {
    try {
      mkdirSync(dirname(out), { recursive: true });
      sameBytes(bytes, out);
      record([stamp(out)!, kept]);
      return false;
    } catch {
      // Not put back: written below.
    }
  }
  // The file at `out` may be kept bytes (a hard link): its name is removed first, so that a writing in
  // place never changes what is kept.
  try {
    if (statSync(out).nlink > 1) rmSync(out);
  } catch {
    // No file there.
  }
  write();
  const now = stamp(out);
  if (now === null) return true;
  let keptNow: string | null = null;
  try {
    mkdirSync(here, { recursive: true });
    sameBytes(out, bytes);
    keptNow = stamp(bytes);
  } catch {
    // Not kept: only the file at `out` is known.
  }
  record(keptNow ? [now, keptNow] : [now]);
  return true;
}
