// A Word document (.docx) → the reader's model. Reads the document's XML
// directly, so that the table comes out as Word holds it: cells merged across
// and down, several paragraphs and bulleted lists in a cell, tracked changes
// (insertions kept, deletions dropped and noted). Page headers and footers
// are separate parts of the package and are not read.
import { note, type Note } from '../../parse/notes.ts';
import type { ReadResult, SourceRow } from '../source.ts';
import { blockText, placeCells, type GridCell, type GridRow } from './grid.ts';
import { childElements, openPackage, parseXml } from './package.ts';

const DOCUMENT = 'word/document.xml';
const NUMBERING = 'word/numbering.xml';
const STYLES = 'word/styles.xml';
const W = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);

const isW = (e: Element, name: string) => e.localName === name && W.has(e.namespaceURI ?? '');
const child = (e: Element, name: string) => [...childElements(e)].find((c) => isW(c, name)) ?? null;
const attr = (e: Element | null, name: string) => {
  if (!e) return null;
  for (const a of Array.from(e.attributes)) if (a.localName === name) return a.value;
  return null;
};

/** Which paragraph styles and numbering definitions make list items. */
interface Lists {
  /** numId → whether its first level is a bullet (else numbered). */
  styles: Set<string>;
}

function listStyles(stylesXml: string | undefined): Set<string> {
  const out = new Set<string>();
  const doc = stylesXml ? parseXml(stylesXml) : null;
  if (!doc) return out;
  for (const style of Array.from(doc.getElementsByTagNameNS('*', 'style'))) {
    const pPr = child(style, 'pPr');
    const numId = attr(pPr && child(pPr, 'numPr') && child(child(pPr, 'numPr')!, 'numId'), 'val');
    if (numId && numId !== '0') out.add(attr(style, 'styleId') ?? '');
  }
  return out;
}

interface Reading {
  lists: Lists;
  deleted: { text: string; n: number }[];
  n: number;
}

/** A paragraph's visible text; tracked deletions set aside. Line breaks split it into blocks. */
function paragraphBlocks(p: Element, r: Reading): string[] {
  const parts: string[] = [''];
  let deleted = '';
  const walk = (e: Element, inDeletion: boolean) => {
    for (const c of childElements(e)) {
      if (!W.has(c.namespaceURI ?? '')) {
        // Drawings and text boxes: their paragraphs are read where they stand.
        walk(c, inDeletion);
        continue;
      }
      switch (c.localName) {
        case 't':
          if (inDeletion) deleted += c.textContent ?? '';
          else parts[parts.length - 1] += c.textContent ?? '';
          break;
        case 'delText':
          deleted += c.textContent ?? '';
          break;
        case 'del':
        case 'moveFrom':
          walk(c, true);
          break;
        case 'tab':
        case 'ptab':
          if (!inDeletion) parts[parts.length - 1] += ' ';
          break;
        case 'br':
        case 'cr':
          if (!inDeletion) parts.push('');
          break;
        case 'noBreakHyphen':
          if (!inDeletion) parts[parts.length - 1] += '-';
          break;
        case 'instrText':
        case 'delInstrText':
        case 'pPr':
        case 'rPr':
        case 'footnoteReference':
        case 'endnoteReference':
        case 'commentReference':
          break;
        default:
          walk(c, inDeletion);
      }
    }
  };
  walk(p, false);
  if (blockText(deleted)) r.deleted.push({ text: blockText(deleted), n: r.n });
  const blocks = parts.map(blockText).filter(Boolean);
  const pPr = child(p, 'pPr');
  const numPr = pPr && child(pPr, 'numPr');
  const numId = attr(numPr && child(numPr, 'numId'), 'val');
  const style = attr(pPr && child(pPr, 'pStyle'), 'val');
  const listed = numId ? numId !== '0' : style !== null && r.lists.styles.has(style);
  return listed && blocks.length ? [`• ${blocks[0]!.replace(/^[•·▪◦o-]\s+/, '')}`, ...blocks.slice(1)] : blocks;
}

/** The blocks of a cell or other container: its paragraphs, and the text of any table nested in it. */
function containerBlocks(e: Element, r: Reading): string[] {
  const out: string[] = [];
  for (const c of childElements(e)) {
    if (isW(c, 'p')) out.push(...paragraphBlocks(c, r));
    else if (isW(c, 'tbl')) {
      for (const tr of childElements(c)) if (isW(tr, 'tr')) for (const tc of childElements(tr)) if (isW(tc, 'tc')) out.push(...containerBlocks(tc, r));
    } else if (isW(c, 'sdt') || isW(c, 'sdtContent') || isW(c, 'customXml') || isW(c, 'ins') || isW(c, 'smartTag')) out.push(...containerBlocks(c, r));
  }
  return out;
}

function readTable(tbl: Element, table: number, r: Reading, rows: SourceRow[]): void {
  const grid = child(tbl, 'tblGrid');
  const width = grid ? [...childElements(grid)].filter((c) => isW(c, 'gridCol')).length : 0;
  const gridRows: GridRow[] = [];
  const trs: Element[] = [];
  const collect = (e: Element) => {
    for (const c of childElements(e)) {
      if (isW(c, 'tr')) trs.push(c);
      else if (isW(c, 'sdt') || isW(c, 'sdtContent') || isW(c, 'customXml') || isW(c, 'ins')) collect(c);
    }
  };
  collect(tbl);
  const first = r.n + 1;
  trs.forEach((tr, i) => {
    r.n = first + i;
    const trPr = child(tr, 'trPr');
    if (trPr && child(trPr, 'del')) return; // a row deleted with changes tracked
    const cells: GridCell[] = [];
    const tcs: Element[] = [];
    const collectCells = (e: Element) => {
      for (const c of childElements(e)) {
        if (isW(c, 'tc')) tcs.push(c);
        else if (isW(c, 'sdt') || isW(c, 'sdtContent') || isW(c, 'customXml')) collectCells(c);
      }
    };
    collectCells(tr);
    for (const tc of tcs) {
      const tcPr = child(tc, 'tcPr');
      const span = Number(attr(tcPr && child(tcPr, 'gridSpan'), 'val') ?? 1) || 1;
      const vm = tcPr && child(tcPr, 'vMerge');
      const vmerge = vm ? (attr(vm, 'val') === 'restart' ? 'restart' : 'continue') : null;
      cells.push({ blocks: containerBlocks(tc, r), span, vmerge });
    }
    gridRows.push({
      before: Number(attr(trPr && child(trPr, 'gridBefore'), 'val') ?? 0) || 0,
      cells,
      header: !!(trPr && child(trPr, 'tblHeader')),
    });
  });
  const placed = placeCells(gridRows, width || Math.max(...gridRows.map((g) => g.cells.reduce((s, c) => s + c.span, g.before)), 0));
  placed.forEach((cells, i) => {
    if (cells.every((c) => c.length === 0)) return;
    rows.push({ n: first + i, where: `table ${table}, row ${i + 1}`, page: null, table, cells });
  });
  r.n = first + trs.length - 1;
}

const damaged = (what: string): ReadResult => ({
  ok: false,
  notes: [note(0, 'unreadable', 'error', `Cannot read this Word document: ${what}. Open it in Word and save it again as a Word document (.docx), or add the PDF published on GOV.UK instead.`)],
});

export function readDocx(bytes: Uint8Array): ReadResult {
  const pkg = openPackage(bytes, [DOCUMENT, NUMBERING, STYLES]);
  if (!pkg.ok) return damaged(pkg.reason);
  const xml = pkg.parts.get(DOCUMENT);
  if (xml === undefined) return damaged('the package holds no document text (word/document.xml), so it is not a Word document');
  const doc = parseXml(xml);
  if (!doc) return damaged('its document text (word/document.xml) is not well-formed XML');
  const body = doc.getElementsByTagNameNS('*', 'body')[0];

  const r: Reading = { lists: { styles: listStyles(pkg.parts.get(STYLES)) }, deleted: [], n: 0 };
  const rows: SourceRow[] = [];
  let tables = 0;
  let paragraphs = 0;
  const walk = (e: Element) => {
    for (const c of childElements(e)) {
      if (isW(c, 'p')) {
        r.n++;
        paragraphs++;
        const blocks = paragraphBlocks(c, r);
        if (blocks.length) rows.push({ n: r.n, where: `paragraph ${paragraphs}`, page: null, table: null, cells: [blocks] });
      } else if (isW(c, 'tbl')) readTable(c, ++tables, r, rows);
      else if (isW(c, 'sdt') || isW(c, 'sdtContent') || isW(c, 'customXml') || isW(c, 'ins')) walk(c);
    }
  };
  if (body) walk(body);

  if (!rows.length) {
    return { ok: false, notes: [note(0, 'empty-document', 'error', 'This Word document has no text. Check that the right file was saved: expected the action plan, with its table of recommendations or concerns and responses.')] };
  }
  if (!tables) {
    return { ok: false, notes: [note(0, 'no-table', 'error', 'This Word document has no table. An action plan answers each recommendation or concern in a table whose header row starts "Rec no"; check that this is the action plan and not the inspection report or a covering letter.')] };
  }
  // Rows are numbered by their place in reading order.
  const renumber = new Map(rows.map((row, i) => [row.n, i + 1]));
  rows.forEach((row, i) => (row.n = i + 1));
  const notes: Note[] = r.deleted.map((d) => note(renumber.get(d.n) ?? 0, 'tracked-deletion', 'repair', 'Words deleted with changes tracked were left out, as Word prints the document once the changes are accepted.', d.text));
  return { ok: true, document: { format: 'docx', rows, notes } };
}
