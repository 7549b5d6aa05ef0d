// The entries a build keeps beside the parse cache (the search lexicon's, the
// downloads'): the last few used, by the time each was last used, and nothing
// a stopped run left half-made.
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Removes all but the `keep` entries of `folder` used last, and temporary ones a stopped run left (a minute old); never `current`. */
export function keepLast(folder: string, current: string, keep: number): void {
  const others = readdirSync(folder)
    .map((name) => join(folder, name))
    .filter((path) => path !== current)
    .map((path) => ({ path, used: statSync(path).mtimeMs }));
  for (const t of others)
    if (t.path.endsWith('.tmp') && Date.now() - t.used > 60_000) rmSync(t.path, { recursive: true, force: true });
  const entries = others.filter((e) => !e.path.endsWith('.tmp')).sort((a, b) => b.used - a.used);
  for (const old of entries.slice(keep - 1)) rmSync(old.path, { recursive: true, force: true });
}
