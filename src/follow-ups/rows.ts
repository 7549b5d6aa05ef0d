// A follow-up file's text → its rows, each with the line it starts on and its
// cells by column name. Excel saves CSV with a comma, or a semicolon where the
// decimal mark is a comma, or tabs ("Unicode text"): the header row says which.
import Papa from 'papaparse';

export interface CsvRow {
  /** 1-based line of the file where the row starts (a quoted cell may run over several lines). */
  line: number;
  /** Cells by lower-cased, trimmed column name; a missing cell is "". */
  cells: Record<string, string>;
}

export interface CsvTable {
  /** Column names as the header row gives them, lower-cased and trimmed. */
  columns: string[];
  rows: CsvRow[];
}

/** Counts line breaks (CRLF, LF or CR) in `text` from `from` to `to`. */
function breaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

/** The delimiter the header row uses most: the header names hold none of them. */
function delimiterOf(body: string): string {
  const header = body.slice(0, body.search(/[\r\n]|$/));
  const count = (d: string) => header.split(d).length;
  return [',', ';', '\t'].reduce((best, d) => (count(d) > count(best) ? d : best));
}

export function readCsv(text: string): CsvTable {
  const body = text.replace(/^\uFEFF/, '');
  const records: { start: number; cells: string[] }[] = [];
  let start = 0;
  Papa.parse<string[]>(body, {
    delimiter: delimiterOf(body),
    step: (result) => {
      records.push({ start, cells: result.data });
      start = result.meta.cursor;
    },
  });
  let line = 1;
  let at = 0;
  const lined = records.map((r) => {
    // The cursor stands before the record's line break: skip it, and any blank lines, to the first cell.
    let s = r.start;
    while (s < body.length && (body[s] === '\r' || body[s] === '\n')) s++;
    line += breaks(body, at, s);
    at = s;
    return { line, cells: r.cells };
  });
  const [header, ...rest] = lined;
  const columns = (header?.cells ?? []).map((c) => c.trim().toLowerCase());
  return {
    columns,
    rows: rest
      .filter((r) => r.cells.some((c) => c.trim() !== ''))
      .map((r) => ({
        line: r.line,
        cells: Object.fromEntries(columns.map((c, i) => [c, r.cells[i] ?? ''])),
      })),
  };
}
