// The note for a table's header row printed again at the top of later pages, which both table readers read once.
import { note, type Note } from '../../../model/notes.ts';

/** "pages 2, 3 and 5". */
export function pageList(pages: number[]): string {
  return pages.length === 1 ? `page ${pages[0]}` : `pages ${pages.slice(0, -1).join(', ')} and ${pages.at(-1)}`;
}

/** One note for the header row printed again on later pages, naming them. */
export function headerRepeated(pages: number[]): Note {
  return note(
    0,
    'header-repeated',
    `The table's header row, printed again at the top of ${pages.length} page${pages.length === 1 ? '' : 's'}, was read once.`,
    null,
    null,
    pageList(pages),
  );
}
