// Characters no printed plan shows, taken out of every cell once, where a
// reader hands its rows to the parser, so that every format gets the same rule
// and nothing downstream (pages, feeds, CSV, search, the terminal) meets them:
// - control characters other than tab and line feed (NUL, ESC, C1 controls such
//   as CSI), and characters Unicode never assigns to text (lone surrogates, U+FFFE);
// - bidirectional controls (overrides, embeddings, isolates, marks), which can
//   reverse what a title or a name shows;
// - zero-width spaces and joiners that only hide inside words (ZWSP, WJ, BOM);
//   the zero-width joiner and non-joiner stay in text (emoji, several scripts
//   need them) and leave names only (establishments.ts);
// - combining marks piled on one letter beyond MAX_MARKS.
// A carriage return is a line ending and is read as a line feed. Each row that
// loses characters gets one note saying which, so nothing goes silently.
import type { SourceDocument, SourceRow } from '../documents/readers/source.ts';
import { note, type Note } from '../model/notes.ts';

/**
 * The most combining marks kept on one letter: the bound of Unicode's
 * Stream-Safe Text Format (UAX #15), which no real text exceeds.
 */
export const MAX_MARKS = 30;

const CONTROL =
  // eslint-disable-next-line no-control-regex -- control characters are what it finds
  /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFDD0-\uFDEF\uFFFE\uFFFF]/g;
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
const ZERO_WIDTH = /[\u200B\u2060\uFEFF\u180E]/g;
const MARK_RUN = new RegExp(`\\p{M}{${MAX_MARKS + 1},}`, 'gu');
// One test for all of them (a carriage return too), so that clean text, nearly all of it, costs one scan.
const ANY = new RegExp(
  `[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F\\uD800-\\uDFFF\\uFDD0-\\uFDEF\\uFFFE\\uFFFF${BIDI.source.slice(1, -1)}${ZERO_WIDTH.source.slice(1, -1)}]|\\p{M}{${MAX_MARKS + 1}}`,
  'u',
);

/** What was taken out of a text, by kind: the code points removed, and the marks cut from long runs. */
export interface Removed {
  controls: string[];
  bidi: string[];
  zeroWidth: string[];
  /** Length of each run of combining marks that was cut to MAX_MARKS. */
  markRuns: number[];
}

const none = (): Removed => ({ controls: [], bidi: [], zeroWidth: [], markRuns: [] });

/** `text` without the characters above, and what went, added to `removed`. */
export function cleanText(text: string, removed: Removed = none()): string {
  if (!ANY.test(text)) return text;
  const take = (into: string[]) => (c: string) => {
    into.push(c);
    return '';
  };
  return text
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, take(removed.controls))
    .replace(BIDI, take(removed.bidi))
    .replace(ZERO_WIDTH, take(removed.zeroWidth))
    .replace(MARK_RUN, (run) => {
      const marks = [...run];
      removed.markRuns.push(marks.length);
      return marks.slice(0, MAX_MARKS).join('');
    });
}

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** "U+0000 ×2, U+001B": each code point removed, with how many times. */
function listed(chars: string[]): string {
  const counts = new Map<string, number>();
  for (const c of chars) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => a.codePointAt(0)! - b.codePointAt(0)!)
    .map(([c, n]) => (n > 1 ? `${codePoint(c)} ×${n}` : codePoint(c)))
    .join(', ');
}

const thousands = (n: number) => n.toLocaleString('en-GB');

/** The note's sentence for what a row lost. */
export function removedMessage(r: Removed): string {
  const parts: string[] = [];
  if (r.controls.length) parts.push(`${r.controls.length} control character(s) (${listed(r.controls)})`);
  if (r.bidi.length) parts.push(`${r.bidi.length} bidirectional control(s) (${listed(r.bidi)})`);
  if (r.zeroWidth.length) parts.push(`${r.zeroWidth.length} zero-width character(s) (${listed(r.zeroWidth)})`);
  const removedText = parts.length ? `Characters that no printed text shows were removed: ${parts.join('; ')}.` : '';
  const marks = r.markRuns.length
    ? `${r.markRuns.length === 1 ? 'A run' : `${r.markRuns.length} runs`} of ${r.markRuns.map(thousands).join(', ')} combining marks on one letter ${r.markRuns.length === 1 ? 'was' : 'were'} cut to ${MAX_MARKS}.`
    : '';
  return [removedText, marks].filter(Boolean).join(' ');
}

const isEmpty = (r: Removed) => !r.controls.length && !r.bidi.length && !r.zeroWidth.length && !r.markRuns.length;

/** The longest text a note quotes: enough to find the place. */
const QUOTED = 200;

/** The start of a text, cut between code points (never inside a surrogate pair). */
function quoted(text: string): string {
  const chars = [...text];
  return chars.length > QUOTED ? `${chars.slice(0, QUOTED).join('')}…` : text;
}

/** A reader's document with every cell cleaned, and a note for each row that lost characters. */
export function cleanDocument(doc: SourceDocument): SourceDocument {
  const notes: Note[] = [];
  let changed = false;
  const rows = doc.rows.map((row): SourceRow => {
    if (!row.cells.some((blocks) => blocks.some((b) => ANY.test(b)))) return row;
    const removed = none();
    const cells = row.cells.map((blocks) => blocks.map((b) => cleanText(b, removed)).filter((b) => b !== ''));
    if (isEmpty(removed)) return { ...row, cells };
    changed = true;
    const text = cells
      .map((blocks) => blocks.join(' '))
      .filter(Boolean)
      .join(' | ');
    notes.push(note(row.n, 'characters-removed', removedMessage(removed), quoted(text), null, row.where));
    return { ...row, cells };
  });
  return changed || rows.some((r, i) => r !== doc.rows[i]) ? { ...doc, rows, notes: [...doc.notes, ...notes] } : doc;
}
