// The search page's export: the results shown, as an RFC 4180 CSV file that
// Excel opens right (UTF-8 with a byte-order mark, CRLF, any field holding a
// comma, quote, CR or LF quoted: papaparse's unparse does this).
import { unparse } from 'papaparse';

export const RESULT_COLUMNS = ['kind', 'number', 'prison and year', 'status', 'theme', 'url'] as const;

export type ResultRow = Record<(typeof RESULT_COLUMNS)[number], string>;

export function resultsCsv(rows: ResultRow[]): string {
  return `\uFEFF${unparse({ fields: [...RESULT_COLUMNS], data: rows.map((r) => RESULT_COLUMNS.map((c) => r[c])) }, { newline: '\r\n' })}`;
}
