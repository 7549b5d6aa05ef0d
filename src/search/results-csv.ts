// The search page's export: the results shown, as an RFC 4180 CSV file that
// Excel opens right (UTF-8 with a byte-order mark, CRLF, any field holding a
// comma, quote, CR or LF quoted: papaparse's unparse does this). A cell a
// spreadsheet could run as a formula is neutralised as in the downloads.
import { unparse } from 'papaparse';
import { neutralised } from '../dataset/csv-formula.ts';

export const RESULT_COLUMNS = ['kind', 'number', 'prison and year', 'status', 'theme', 'url'] as const;

export type ResultRow = Record<(typeof RESULT_COLUMNS)[number], string>;

export function resultsCsv(rows: ResultRow[]): string {
  const data = rows.map((r) => RESULT_COLUMNS.map((c) => neutralised(r[c])));
  // papaparse quotes a field that holds a comma, quote or line break; one that starts with the formula quote too.
  return `\uFEFF${unparse({ fields: [...RESULT_COLUMNS], data }, { newline: '\r\n', quotes: (v: unknown) => typeof v === 'string' && v.startsWith("'") })}`;
}
