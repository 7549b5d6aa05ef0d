// An OpenDocument text file (.odt, as LibreOffice saves) → the reader's
// model, on the same lines as the Word reader: the document's XML read
// directly, cells spanning columns and rows placed on the grid, paragraphs
// and list items kept apart, tracked deletions left out.
import { note, type Note } from '../../model/notes.ts';
import { formatCount, limits, within } from '../limits.ts';
import { readError, type ReadResult, type SourceRow } from './source.ts';
import { blockText, placeCells, type GridCell, type GridRow } from './grid.ts';
import { childElements, descendants, openMainPart, textOf, unreadablePackage, type XmlElement } from './package.ts';
import { formatPlace } from '../../model/text-format.ts';

const CONTENT = 'content.xml';
const TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';
const TABLE = 'urn:oasis:names:tc:opendocument:xmlns:table:1.0';

/** Prefixes the document binds to the text and table namespaces (almost always "text" and "table"). */
const P: Record<string, string> = { [TEXT]: 'text', [TABLE]: 'table' };
const is = (e: XmlElement, ns: string, name: string) => e.name === `${P[ns]}:${name}`;
const num = (e: XmlElement, ns: string, name: string) => Number(e.attribs[`${P[ns]}:${name}`] || 1) || 1;

/** A paragraph or heading → its blocks (a line break starts a new one). */
function paragraphBlocks(p: XmlElement): string[] {
  const parts: string[] = [''];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (c.type === 'text' || c.type === 'cdata') {
        parts[parts.length - 1] += textOf(c);
        continue;
      }
      if (c.type !== 'tag') continue;
      // Spaces collapse to one in a block, however many text:c counts (a count of 999,999,999 would fill the memory).
      if (is(c, TEXT, 's')) parts[parts.length - 1] += ' ';
      else if (is(c, TEXT, 'tab')) parts[parts.length - 1] += ' ';
      else if (is(c, TEXT, 'line-break')) parts.push('');
      else if (is(c, TEXT, 'note') || is(c, TEXT, 'tracked-changes')) continue;
      else walk(c);
    }
  };
  walk(p);
  return parts.map(blockText).filter(Boolean);
}

/** Blocks of one element: a paragraph, a list, a nested table or a section. */
function elementBlocks(c: XmlElement): string[] {
  if (is(c, TEXT, 'p') || is(c, TEXT, 'h')) return paragraphBlocks(c);
  if (is(c, TEXT, 'list')) {
    const out: string[] = [];
    for (const item of childElements(c)) {
      if (!is(item, TEXT, 'list-item') && !is(item, TEXT, 'list-header')) continue;
      const blocks = containerBlocks(item);
      // The first paragraph of a list item is the item; a nested list keeps its own bullets.
      if (is(item, TEXT, 'list-item') && blocks[0] && !blocks[0].startsWith('• ')) blocks[0] = `• ${blocks[0]}`;
      out.push(...blocks);
    }
    return out;
  }
  if (is(c, TABLE, 'table')) {
    const out: string[] = [];
    for (const row of tableRows(c))
      for (const cell of childElements(row)) if (is(cell, TABLE, 'table-cell')) out.push(...containerBlocks(cell));
    return out;
  }
  if (is(c, TEXT, 'section')) return containerBlocks(c);
  return [];
}

/** Blocks of a cell, list item or section, in order. */
function containerBlocks(e: XmlElement): string[] {
  const out: string[] = [];
  for (const c of childElements(e)) out.push(...elementBlocks(c));
  return out;
}

/** A table's rows, each repeated as often as it says; a LimitError when the repeats make more rows than the limit. */
function tableRows(table: XmlElement): XmlElement[] {
  const rows: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of childElements(e)) {
      if (is(c, TABLE, 'table-row')) {
        const repeat = num(c, TABLE, 'number-rows-repeated');
        within(
          'rows',
          rows.length + repeat,
          (n) => `a table has ${n} rows (rows repeated ${formatCount(repeat)} times)`,
        );
        for (let k = 0; k < repeat; k++) rows.push(c);
      } else if (is(c, TABLE, 'table-header-rows') || is(c, TABLE, 'table-rows') || is(c, TABLE, 'table-row-group'))
        walk(c);
    }
  };
  walk(table);
  return rows;
}

function readTable(table: XmlElement, index: number, first: number, rows: SourceRow[]): number {
  let width = 0;
  const countColumns = (e: XmlElement) => {
    for (const c of childElements(e)) {
      if (is(c, TABLE, 'table-column')) width += num(c, TABLE, 'number-columns-repeated');
      else if (
        is(c, TABLE, 'table-columns') ||
        is(c, TABLE, 'table-header-columns') ||
        is(c, TABLE, 'table-column-group')
      )
        countColumns(c);
    }
  };
  countColumns(table);
  const trs = tableRows(table);
  const grid: GridRow[] = trs.map((tr) => {
    const cells: GridCell[] = [];
    let covered = 0;
    let columns = 0;
    for (const tc of childElements(tr)) {
      const repeat = num(tc, TABLE, 'number-columns-repeated');
      columns += repeat * Math.max(1, is(tc, TABLE, 'table-cell') ? num(tc, TABLE, 'number-columns-spanned') : 1);
      if (columns > limits.columns)
        within('columns', columns, (n) => `a row of table ${index} has ${n} columns (cells repeated or spanned)`);
      for (let k = 0; k < repeat; k++) {
        if (is(tc, TABLE, 'table-cell')) {
          const span = num(tc, TABLE, 'number-columns-spanned');
          cells.push({
            blocks: containerBlocks(tc),
            span,
            vmerge: num(tc, TABLE, 'number-rows-spanned') > 1 ? 'restart' : null,
          });
          covered = span - 1;
        } else if (is(tc, TABLE, 'covered-table-cell')) {
          // Covered from the left by a cell spanning columns, or from above by one spanning rows.
          if (covered > 0) covered--;
          else cells.push({ blocks: containerBlocks(tc), span: 1, vmerge: 'continue' });
        }
      }
    }
    return { before: 0, cells, header: false };
  });
  const placed = placeCells(grid, width, `table ${index}`);
  placed.cells.forEach((cells, i) => {
    if (cells.every((c) => c.length === 0)) return;
    rows.push({
      n: first + i,
      where: formatPlace({ kind: 'table-row', table: index, row: i + 1 }),
      page: null,
      table: index,
      cells,
      mergedDown: placed.mergedDown[i],
    });
  });
  return trs.length;
}

export function readOdt(bytes: Uint8Array): ReadResult {
  const damaged = (what: string) =>
    unreadablePackage(
      'OpenDocument file',
      what,
      'Open it in LibreOffice and save it again, or add the Word document or the PDF published on GOV.UK instead.',
    );
  const pkg = openMainPart(bytes, CONTENT);
  if (!pkg.ok) return damaged(pkg.reason);
  const doc = pkg.xml;
  P[TEXT] = doc.prefix(TEXT) ?? 'text';
  P[TABLE] = doc.prefix(TABLE) ?? 'table';
  // Tracked deletions are kept in a region of their own; that region is not read.
  const deleted = descendants(doc.root, `${P[TEXT]}:changed-region`).flatMap((region) =>
    descendants(region, `${P[TEXT]}:deletion`)
      .map((e) => ({
        id: region.attribs[`${P[TEXT]}:id`] ?? region.attribs['xml:id'] ?? '',
        text: blockText(
          childElements(e)
            .filter((c) => !c.name.endsWith(':change-info'))
            .map(textOf)
            .join(' '),
        ),
      }))
      .filter((d) => d.text),
  );
  const office = descendants(
    doc.root,
    `${doc.prefix('urn:oasis:names:tc:opendocument:xmlns:office:1.0') ?? 'office'}:text`,
  )[0];

  const rows: SourceRow[] = [];
  let n = 0;
  let tables = 0;
  let paragraphs = 0;
  // Where each tracked change stands: the body marks it with text:change(-start) naming its region.
  const changeAt = new Map<string, string>();
  const markChanges = (e: XmlElement, where: string) => {
    for (const tag of ['change', 'change-start']) {
      for (const c of descendants(e, `${P[TEXT]}:${tag}`)) {
        const id = c.attribs[`${P[TEXT]}:change-id`];
        if (id && !changeAt.has(id)) changeAt.set(id, where);
      }
    }
  };
  const walk = (e: XmlElement) => {
    for (const c of childElements(e)) {
      if (is(c, TABLE, 'table')) {
        tables++;
        tableRows(c).forEach((tr, i) => markChanges(tr, `table ${tables}, row ${i + 1}`));
        n += readTable(c, tables, n + 1, rows);
      } else if (is(c, TEXT, 'p') || is(c, TEXT, 'h') || is(c, TEXT, 'list')) {
        const blocks = elementBlocks(c);
        n++;
        paragraphs++;
        markChanges(c, `paragraph ${paragraphs}`);
        if (blocks.length)
          rows.push({
            n,
            where: formatPlace({ kind: 'paragraph', paragraph: paragraphs }),
            page: null,
            table: null,
            cells: [blocks],
          });
      } else if (is(c, TEXT, 'section')) walk(c);
    }
  };
  if (office) walk(office);
  if (!rows.length)
    return readError(
      'empty-document',
      'This OpenDocument file has no text. Check that the right file was saved: expected the action plan, with its table of recommendations or concerns and responses.',
    );
  if (!tables)
    return readError(
      'no-table',
      'This OpenDocument file has no table. An action plan answers each recommendation or concern in a table whose header row starts "Rec no"; check that this is the action plan and not the inspection report or a covering letter.',
    );
  rows.forEach((row, i) => (row.n = i + 1));
  const notes: Note[] = deleted.map((d) => {
    const where = changeAt.get(d.id) ?? null;
    const row = where ? rows.find((r) => r.where === where) : undefined;
    return note(
      row?.n ?? 0,
      'tracked-deletion',
      'Words deleted with changes tracked were left out, as the document prints once the changes are accepted.',
      d.text,
      null,
      where,
    );
  });
  return { ok: true, document: { format: 'odt', rows, rowsCutByPages: false, notes } };
}
