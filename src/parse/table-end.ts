// Where the items' table ends. The last item ends there: a summary of counts,
// a sign-off or a note printed after the table is never read as its last row.
// Word, OpenDocument and PDF say which table a row belongs to: the items'
// table is the one under the header row, with any other table of the same
// columns that holds numbered rows or the header printed again (a table split
// in two). A text export has no tables: a table row is a line with tabs in it.
import type { SourceRow } from '../documents/readers/source.ts';
import { cellText } from './blocks.ts';
import { headerRoles, type Layout } from './layout.ts';
import { isSummaryLabel, summaryCounts } from './summary.ts';

const ITEM_NUMBER = /^(?:[A-Z]{1,3}\s?)?\d{1,3}(?:\.\d{1,3})*\.?$/;
const filled = (row: SourceRow) => row.cells.some((c) => c.length);

/** The n of the last row of the items' table (the header's own n when no row follows it). */
export function itemsTableEnd(rows: SourceRow[], layout: Layout): number {
  const header = rows.find((r) => r.n === layout.line);
  const after = rows.filter((r) => r.n > layout.line && filled(r));
  let last = layout.line;
  if (header?.table === null || header?.table === undefined) {
    // A summary's lines have tabs too, but are no rows of the items' table.
    for (const r of after) {
      const cells = r.cells.map(cellText);
      if (r.cells.length > 1 && !summaryCounts(cells) && !isSummaryLabel(cells)) last = r.n;
    }
    return last;
  }
  const idCol = layout.roles.indexOf('id');
  const width = layout.roles.length;
  const tables = new Set<number>([header.table]);
  for (const r of after) {
    if (r.table === null || tables.has(r.table) || r.cells.length !== width) continue;
    const number = idCol >= 0 && ITEM_NUMBER.test(cellText(r.cells[idCol] ?? []).trim());
    if (number || headerRoles(r.cells) !== null) tables.add(r.table);
  }
  for (const r of after) if (r.table !== null && tables.has(r.table)) last = r.n;
  return last;
}
