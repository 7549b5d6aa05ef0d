// CSV cells that a spreadsheet would run as a formula ("=HYPERLINK(…)",
// "+SUM(…)", "-2+3+cmd|…", "@SUM(…)") are made text as OWASP recommends: a
// single quote in front, and the cell quoted. Spreadsheets trim some spaces
// before reading a cell (a full-width or no-break space, a tab), so a sign
// behind them counts too. The rule is reversible: any cell that already starts
// with a quote gets one more, so a reader who removes one leading quote from
// every cell that has one gets the original text. docs/open-data.md says so.

/** What a spreadsheet may skip before reading a cell: white space of any script, invisible format characters, controls. */
// eslint-disable-next-line no-control-regex -- control characters are among what a spreadsheet skips
const SKIPPED = /^[\p{White_Space}\p{Cf}\x00-\x1F\x7F]*/u;

/** The signs that start a formula (and their full-width forms, which some spreadsheets take as the same). */
const FORMULA_START = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * Values that start with a sign but are values, never formulas, in Excel,
 * LibreOffice and Google Sheets: a lone sign ("-" for "no target") and a plain
 * number ("-5", "+3.5"). Kept as they are, so that they stay readable as such.
 */
const PLAIN_VALUE = /^(?:[-+]|[-+]?\d+(?:\.\d+)?)$/;

/** Whether `cell` would start a formula in a spreadsheet, or already starts with the quote that marks one. */
export function needsQuote(cell: string): boolean {
  if (cell.startsWith("'")) return true;
  if (PLAIN_VALUE.test(cell)) return false;
  // A tab or carriage return at the very start is itself one of OWASP's formula starts.
  if (/^[\t\r]/.test(cell)) return true;
  return FORMULA_START.test(cell.slice(SKIPPED.exec(cell)![0].length));
}

/** The cell as written to a CSV file: with a quote in front if a spreadsheet could read it as a formula. */
export const neutralised = (cell: string): string => (needsQuote(cell) ? `'${cell}` : cell);

/** What a CSV reader gets back: the text before neutralisation. */
export const original = (cell: string): string => (cell.startsWith("'") ? cell.slice(1) : cell);
