// What every reader gives the parser, whatever the file format: the document
// in reading order as rows of cells, each cell a list of blocks. Prose outside
// a table (the title, the dates, the summary) is a row of one cell. No parse
// step looks at markup, tabs or file bytes: readers turn those into this.
import { note, type KindOf, type Note } from '../../model/notes.ts';

export type SourceFormat = 'text' | 'docx' | 'odt' | 'pdf';

export interface SourceRow {
  /** 1-based position in reading order; for a text file, its line number. Notes point at it. */
  n: number;
  /** Where a publisher finds the row in the file: "line 12", "page 3", "table 1, row 5". */
  where: string;
  /** The page the row stands on, where the format has pages (PDF); null otherwise. */
  page: number | null;
  /** Which table of the file the row belongs to (1-based); null for prose outside tables, or unknown (text). */
  table: number | null;
  /** Each cell's blocks: paragraphs as plain text, list items starting "• ". An empty cell is []. */
  cells: string[][];
  /** Cells that continue a cell merged down from the row above (Word, OpenDocument): empty here, printed once above. */
  mergedDown?: boolean[];
  /**
   * The lines each block of a cell is printed on, where the reader made blocks from printed lines (PDF): in a narrow
   * cell, a new paragraph and a wrapped line look alike, and the parser may read the lines apart. Null for a cell
   * read otherwise.
   */
  lines?: (string[][] | null)[];
}

export interface SourceDocument {
  format: SourceFormat;
  rows: SourceRow[];
  /**
   * Whether a page break can cut one of the table's rows into pieces that read as rows of their own:
   * yes for text exports; no for Word and OpenDocument, which hold each row whole, nor for PDF,
   * whose reader joins the pieces of a row cut by a page break from the page layout. The
   * parser's page-break repairs (an owner joined to the one above, a sentence joined across rows,
   * an empty owner cell taking the owner above) apply only where it can.
   */
  rowsCutByPages: boolean;
  /** What the reader repaired or set aside while reading (tracked deletions, furniture, hyphenation). */
  notes: Note[];
}

/** A reader's answer: a document, or why the file cannot be read (error notes naming the file's problem). */
export type ReadResult = { ok: true; document: SourceDocument } | { ok: false; notes: Note[] };

/** A file that cannot be read: one error note, of this kind, with what is wrong and what to do. */
export const readError = (kind: KindOf<'error'>, message: string): ReadResult => ({
  ok: false,
  notes: [note(0, kind, message)],
});

/** Collapse every run of white space (including no-break spaces) to one space. */
export function collapse(s: string): string {
  // \s covers the no-break spaces; a lone plain space is left alone, so most text is not rebuilt.
  return s.replace(/\s{2,}|[^\S ]/g, ' ').trim();
}
