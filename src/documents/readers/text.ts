// Text files → SourceDocument. A text plan is what a converter wrote: one
// table row or paragraph per line, cells separated by tabs, with fragments of
// the original formatting (HTML tags, bullets, markdown emphasis) inside the
// cells. pdftotext marks each new page with a form feed, which gives the rows
// their page.
import { note } from '../../model/notes.ts';
import { decodeDocument } from '../decode.ts';
import { FILE_KIND_NAME, sniffFormat } from '../formats.ts';
import { formatCount, limits, within } from '../limits.ts';
import { readError, type ReadResult, type SourceDocument, type SourceRow } from './source.ts';
import { blocks } from './markup.ts';
import { formatPlace } from '../../model/text-format.ts';

const EXPECTED = 'Expected the text of an action plan (UTF-8, UTF-16 or Windows-1252)';

/** A markdown heading's hashes ("## ACTION PLAN") are formatting, not words; a "#" cell before a tab is a column's name. */
const MARKDOWN_HEADING = /^ *#{1,6} +(?=\S)/;

/** Decoded text → rows: one per line, its cells split at tabs and turned into blocks. */
export function textDocument(text: string): SourceDocument {
  const lines = text.split(/\r\n|\r|\n/);
  within('rows', lines.length, (n) => `it has ${n} lines`);
  const paged = text.includes('\f');
  let page = 1;
  const rows: SourceRow[] = lines.map((line, i) => {
    // A form feed starts a new page; the line it stands on belongs to that page.
    if (paged) page += (line.match(/\f/g) ?? []).length;
    // Split no further than the limit: a line of a million tabs is refused, not made into a million cells.
    const cells = line.replace(MARKDOWN_HEADING, '').split('\t', limits.columns + 1);
    if (cells.length > limits.columns)
      within('columns', cells.length, () => `line ${formatCount(i + 1)} has over ${formatCount(limits.columns)} cells`);
    for (const cell of cells)
      within('cellText', cell.length, (n) => `a cell on line ${formatCount(i + 1)} has ${n} characters`);
    return {
      n: i + 1,
      where: formatPlace({ kind: 'line', line: i + 1 }),
      page: paged ? page : null,
      table: null,
      cells: cells.map(blocks),
    };
  });
  return { format: 'text', rows, rowsCutByPages: true, notes: [] };
}

/** The bytes of a text file → its rows, or why it cannot be read as text. */
export function readText(bytes: Uint8Array): ReadResult {
  const kind = sniffFormat(bytes);
  if (kind) {
    return readError(
      'unreadable',
      `Cannot read this document as text: this is ${FILE_KIND_NAME[kind]}, not a text file. ${EXPECTED}.`,
    );
  }
  const decoded = decodeDocument(bytes);
  if (!decoded.ok) {
    return readError('unreadable', `Cannot read this document: ${decoded.reason}. ${EXPECTED}.`);
  }
  const document = textDocument(decoded.text);
  if (decoded.guessed) {
    document.notes.push(
      note(
        0,
        'encoding-guessed',
        `The file has no byte-order mark, but its bytes are ${decoded.encoding === 'utf-16le' ? 'UTF-16 (little-endian)' : 'UTF-16 (big-endian)'} text; it was read as such.`,
      ),
    );
  }
  if (decoded.damage) {
    document.notes.push(
      note(
        0,
        'encoding-damaged',
        `The file's ${decoded.encoding === 'utf-16le' ? 'UTF-16 (little-endian)' : decoded.encoding === 'utf-16be' ? 'UTF-16 (big-endian)' : decoded.encoding} text is damaged: ${decoded.damage.join('; ')}. The rest was read as it stands; check the words around the damage against the original.`,
      ),
    );
  }
  return { ok: true, document };
}
