// The search lexicon of an earlier build, used again when its inputs are the
// same: the site's word list and item count, the glossary, the themes, the
// everyday-words list and the code that writes it (every module it loads, with
// their packages: WordNet's and the dictionary's versions among them). Working
// it out reads all of WordNet and a dictionary, seconds of CPU in every build
// whatever its size, for the same files as the build before when nothing they
// come from changed (a second build, a build after a change to the site alone).
//
// An entry is one file in `lexicon/` beside the parse cache: a mark, the
// SHA-256 of what follows, and the lexicon's files (names and texts) as V8
// serialises them, written to a temporary file and renamed. One that is cut
// short or damaged is ignored and written again; the last two are kept.
// Deleting the folder is always safe: the next build works the lexicon out again.
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSealed, writeSealed } from '../../src/ingest/sealed.ts';
import { keepLast } from './keep-last.ts';

const MAGIC = Buffer.from('APL1');
/** Entries kept: the last build's and the one before (a publisher switching between two sets of plans keeps both). */
const KEEP = 2;

/** The lexicon's files: each file's name and text. */
export type LexiconFiles = [name: string, text: string][];

/** The key of one lexicon: its code's version and its inputs, as given. */
export function lexiconKey(code: string, inputs: unknown): string {
  return createHash('sha256').update(`${code}\0`).update(JSON.stringify(inputs)).digest('hex');
}

function read(file: string, key: string): LexiconFiles | null {
  const entry = readSealed(MAGIC, file) as { key: string; files: LexiconFiles } | null;
  return entry?.key === key ? entry.files : null;
}

/**
 * The files of the lexicon an earlier build worked out for `key`, or those
 * `compute` gives (then kept for the next build), written into `out`, which
 * they replace. `folder`: the parse cache's folder (null: nothing kept).
 * `remembered`: whether they are an earlier build's.
 */
export function rememberedLexicon(
  key: string,
  out: string,
  compute: () => LexiconFiles,
  folder: string | null,
): { files: LexiconFiles; remembered: boolean } {
  const here = folder && join(folder, 'lexicon');
  const file = here && join(here, key.slice(0, 40));
  const kept = file ? read(file, key) : null;
  const files = kept ?? compute();
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const [name, text] of files) writeFileSync(join(out, name), text);
  if (!here || !file) return { files, remembered: false };
  if (kept) {
    try {
      const now = new Date();
      utimesSync(file, now, now);
    } catch {
      // Removed meanwhile by another build: it was used all the same.
    }
    return { files, remembered: true };
  }
  try {
    mkdirSync(here, { recursive: true });
    writeSealed(file, MAGIC, { key, files });
    keepLast(here, file, KEEP);
  } catch {
    // A full disk or a read-only folder: the next build works it out again.
  }
  return { files, remembered: false };
}
