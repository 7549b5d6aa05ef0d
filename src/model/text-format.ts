// The strings the public dataset keeps (dataset.json, the CSV files): a text's
// paragraphs and list items, a link's reason, a note's place in its file.
// Inside the pipeline each travels as a value; this module alone writes the
// string the dataset shows and reads it back, so the two never drift apart.

/** A paragraph or a list item of a cell, a response or a column. */
export interface Block {
  list: boolean;
  text: string;
}

const BULLET = '• ';

/** A reader's block ("• " starts a list item) as a value. */
export const blockOf = (s: string): Block =>
  s.startsWith(BULLET) ? { list: true, text: s.slice(BULLET.length) } : { list: false, text: s };

/** A block as a reader writes it: a list item starts "• ". */
export const blockString = (b: Block): string => (b.list ? BULLET + b.text : b.text);

/** Blocks as the dataset's text: paragraphs apart by a blank line, list items on lines of their own. */
export function formatBlocks(blocks: readonly Block[]): string {
  return blocks.reduce((acc, b) => (!acc ? blockString(b) : acc + (b.list ? '\n' : '\n\n') + blockString(b)), '');
}

/** The dataset's text back to its blocks: each non-empty line is one. */
export function readBlocks(text: string): Block[] {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map(blockOf);
}

/** Why two items are linked. */
export type LinkReason =
  | { kind: 'similar-words' }
  | { kind: 'same-theme'; theme: string }
  | { kind: 'repeated'; ref: string }
  /** A reason this build does not know how to read (kept as written). */
  | { kind: 'other'; text: string };

/** A link's reason as the dataset writes it: "similar words, same theme (security-and-drugs)". */
export function formatLinkReason(r: LinkReason): string {
  switch (r.kind) {
    case 'similar-words':
      return 'similar words';
    case 'same-theme':
      return `similar words, same theme (${r.theme})`;
    case 'repeated':
      return `repeated recommendation ${r.ref}`;
    case 'other':
      return r.text;
  }
}

/** The dataset's reason back to its value; one this module did not write is kept as it is. */
export function readLinkReason(s: string): LinkReason {
  if (s === 'similar words') return { kind: 'similar-words' };
  const theme = /^similar words, same theme \(([a-z0-9-]+)\)$/.exec(s);
  if (theme) return { kind: 'same-theme', theme: theme[1]! };
  const repeated = /^repeated recommendation (.+)$/.exec(s);
  if (repeated) return { kind: 'repeated', ref: repeated[1]! };
  return { kind: 'other', text: s };
}

/** Where something stands in its file, in the terms of the file's format. */
export type Place =
  | { kind: 'line'; line: number }
  | { kind: 'page'; pages: number[] }
  | { kind: 'table-row'; table: number; row: number }
  | { kind: 'paragraph'; paragraph: number }
  /** A place this build does not know how to read (kept as written). */
  | { kind: 'other'; text: string };

/** A place as the dataset writes it: "line 12", "page 3", "pages 2, 3 and 5", "table 2, row 5", "paragraph 4". */
export function formatPlace(p: Place): string {
  switch (p.kind) {
    case 'line':
      return `line ${p.line}`;
    case 'page':
      return p.pages.length === 1
        ? `page ${p.pages[0]}`
        : `pages ${p.pages.slice(0, -1).join(', ')} and ${p.pages.at(-1)}`;
    case 'table-row':
      return `table ${p.table}, row ${p.row}`;
    case 'paragraph':
      return `paragraph ${p.paragraph}`;
    case 'other':
      return p.text;
  }
}

/** The dataset's place back to its value; one this module did not write is kept as it is. */
export function readPlace(s: string): Place {
  let m = /^line (\d+)$/.exec(s);
  if (m) return { kind: 'line', line: Number(m[1]) };
  m = /^page (\d+)$/.exec(s);
  if (m) return { kind: 'page', pages: [Number(m[1])] };
  m = /^pages ((?:\d+, )*\d+) and (\d+)$/.exec(s);
  if (m) return { kind: 'page', pages: [...m[1]!.split(', ').map(Number), Number(m[2])] };
  m = /^table (\d+), row (\d+)$/.exec(s);
  if (m) return { kind: 'table-row', table: Number(m[1]), row: Number(m[2]) };
  m = /^paragraph (\d+)$/.exec(s);
  if (m) return { kind: 'paragraph', paragraph: Number(m[1]) };
  return { kind: 'other', text: s };
}

/** "on" a line or page, "in" a table row or paragraph: "also on page 3", "also in table 2, row 5". */
export const placePreposition = (p: Place): 'on' | 'in' => (p.kind === 'line' || p.kind === 'page' ? 'on' : 'in');
