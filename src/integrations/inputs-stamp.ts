// Whether the dataset on disk was written from the inputs as they are now, so
// that a second start of the dev server can serve its first page at once from
// that dataset instead of waiting for ingest (which still runs, after the first
// page, and reloads the open pages if it writes anything different).
//
// The stamp lists every input file (plans, follow-ups, themes, glossary) by its
// path inside its folder, with its size and modification time, and the size and
// modification time of the dataset written from them. A plan added, removed,
// renamed or edited, or a dataset written since by another command (`npm run
// build` on other plans), no longer matches. It does not see a change to the
// parser's code: that is what the ingest after the first page is for.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { join, relative } from 'node:path';

/** One input file: its path inside its folder, size in bytes and modification time in ms. */
export type StampedFile = [path: string, size: number, mtimeMs: number];

export interface InputsStamp {
  /** Each input (a folder or a file) by its role, with the files under it, sorted by path. */
  inputs: Record<string, StampedFile[]>;
  /** The dataset written from them: [size, mtimeMs]. */
  dataset: [size: number, mtimeMs: number];
}

/** The files under a folder (or the file itself), each with its size and time, sorted by path. */
export function filesOf(root: string): StampedFile[] {
  let top: Stats;
  try {
    top = statSync(root);
  } catch {
    return [];
  }
  if (top.isFile()) return [['', top.size, top.mtimeMs]];
  const out: StampedFile[] = [];
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const s = statSync(path);
    out.push([relative(root, path), s.size, s.mtimeMs]);
  }
  return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** The stamp of the inputs as they are now and of the dataset, or null if there is no dataset. */
export function stampOf(inputs: Record<string, string>, dataset: string): InputsStamp | null {
  if (!existsSync(dataset)) return null;
  const d = statSync(dataset);
  const stamped: Record<string, StampedFile[]> = {};
  for (const [role, root] of Object.entries(inputs)) stamped[role] = filesOf(root);
  return { inputs: stamped, dataset: [d.size, d.mtimeMs] };
}

/** Whether two stamps are of the same inputs and the same dataset. */
export function sameStamp(a: InputsStamp | null, b: InputsStamp | null): boolean {
  return a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b);
}

export function readStamp(file: string): InputsStamp | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as InputsStamp;
  } catch {
    return null;
  }
}

export function writeStamp(file: string, stamp: InputsStamp | null): void {
  if (stamp) writeFileSync(file, JSON.stringify(stamp));
}
