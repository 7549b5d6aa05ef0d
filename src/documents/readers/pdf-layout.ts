// Pages of positioned words and ruling lines → rows of cells. A PDF with ruling lines that make a grid is read as
// ruled tables (pdf/ruled.ts); one without is read by where its text starts (pdf/unruled.ts). Both read words into
// lines (pdf/lines.ts), a cell's lines into blocks (pdf/cells.ts), and join a row cut by a page break
// (pdf/page-breaks.ts).
import { note, type Note } from '../../model/notes.ts';
import type { SourceRow } from './source.ts';
import type { PageContent } from './pdf-page.ts';
import { sourceRow } from './pdf/cells.ts';
import { headerRepeated } from './pdf/header-repeated.ts';
import { hasGrid, ruledRows } from './pdf/ruled.ts';
import { unruledRows } from './pdf/unruled.ts';

export { pageList } from './pdf/header-repeated.ts';

export function layoutRows(
  pages: PageContent[],
  isHeader: (cells: string[][]) => boolean = () => false,
): { rows: SourceRow[]; notes: Note[] } {
  const notes: Note[] = [];
  if (!hasGrid(pages)) {
    const read = unruledRows(pages, isHeader);
    if (read.unruled)
      notes.push(
        note(
          0,
          'pdf-unruled',
          "This PDF's table has no lines drawn round its cells, so its columns were taken from where the header row's cells start and its rows from where the cells start: check the items against the PDF, or add the Word document (.docx) of the plan instead.",
        ),
      );
    if (read.repeats.length) notes.push(headerRepeated(read.repeats));
    return { rows: read.rows.map(sourceRow), notes };
  }
  const read = ruledRows(pages);
  if (read.repeats.length) notes.push(headerRepeated(read.repeats));
  return { rows: read.rows.map(sourceRow), notes };
}
