// A Word document (.docx) → the reader's model. Reads the document's XML
// directly, so that the table comes out as Word holds it: cells merged across
// and down, several paragraphs and bulleted lists in a cell, tracked changes
// (insertions kept, deletions dropped and noted). Page headers and footers
// are separate parts of the package and are not read.
import { note, type Note } from '../../model/notes.ts';
import { readError, type ReadResult, type SourceRow } from './source.ts';
import { blockText, placeCells, type GridCell, type GridRow } from './grid.ts';
import {
  childElements,
  descendants,
  openMainPart,
  parseXml,
  textOf,
  unreadablePackage,
  type XmlElement,
} from './package.ts';
import { formatPlace } from '../../model/text-format.ts';

const DOCUMENT = 'word/document.xml';
const STYLES = 'word/styles.xml';
const W = [
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
];

/** Element names in the document's own prefix for the WordprocessingML namespace (almost always "w"). */
class Names {
  readonly p: string;
  constructor(p: string) {
    this.p = p;
  }
  is = (e: XmlElement, local: string) => e.name === `${this.p}:${local}`;
  local = (e: XmlElement) => (e.name.startsWith(`${this.p}:`) ? e.name.slice(this.p.length + 1) : null);
  child = (e: XmlElement | null | undefined, local: string) =>
    e?.children.find((c): c is XmlElement => c.type === 'tag' && c.name === `${this.p}:${local}`) ?? null;
  attr = (e: XmlElement | null | undefined, local: string) => e?.attribs[`${this.p}:${local}`] ?? null;
}

/**
 * Paragraph styles that make list items (a numbering in the style). The
 * styles part is large (hundreds of built-in styles): only the definitions of
 * the styles the document uses are cut out and parsed.
 */
function listStyles(stylesXml: string | undefined, used: Set<string>, w: Names): Set<string> {
  const out = new Set<string>();
  if (!stylesXml) return out;
  for (const id of used) {
    const at = stylesXml.indexOf(`:styleId="${id}"`);
    if (at < 0) continue;
    const start = stylesXml.lastIndexOf(`<${w.p}:style`, at);
    const close = `</${w.p}:style>`;
    const end = stylesXml.indexOf(close, at);
    if (start < 0 || end < 0) continue;
    const style = parseXml(stylesXml.slice(start, end + close.length)).root;
    const numId = w.attr(w.child(w.child(w.child(style, 'pPr'), 'numPr'), 'numId'), 'val');
    if (numId && numId !== '0') out.add(id);
  }
  return out;
}

interface Reading {
  w: Names;
  deleted: { text: string; n: number }[];
  n: number;
}

interface Paragraph {
  blocks: string[];
  /** Numbered in the paragraph itself, or by its style (known once styles are read). */
  listed: boolean;
  style: string | null;
}

/** A paragraph's visible text; tracked deletions set aside. Line breaks split it into blocks. */
function readParagraph(p: XmlElement, r: Reading): Paragraph {
  const { w } = r;
  const parts: string[] = [''];
  let deleted = '';
  const walk = (e: XmlElement, inDeletion: boolean) => {
    for (const c of childElements(e)) {
      const local = w.local(c);
      if (local === null) {
        // Drawings and text boxes: their paragraphs are read where they stand (once: not the fallback copy).
        if (!c.name.endsWith(':Fallback')) walk(c, inDeletion);
        continue;
      }
      switch (local) {
        case 't':
          if (inDeletion) deleted += textOf(c);
          else parts[parts.length - 1] += textOf(c);
          break;
        case 'delText':
          deleted += textOf(c);
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
        case 'sym': {
          // A symbol from a symbol font: its code, less the private-use offset such fonts are mapped to.
          // Symbol and Wingdings draw a bullet at B7 and 9F.
          const code = parseInt(w.attr(c, 'char') ?? '', 16);
          const plain = code >= 0xf000 ? code - 0xf000 : code;
          const bullet = plain === 0xb7 || (plain === 0x9f && /wingdings/i.test(w.attr(c, 'font') ?? ''));
          if (!inDeletion && code > 0) parts[parts.length - 1] += bullet ? '•' : String.fromCharCode(plain);
          break;
        }
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
  const pPr = w.child(p, 'pPr');
  const numId = w.attr(w.child(w.child(pPr, 'numPr'), 'numId'), 'val');
  return {
    blocks: parts.map(blockText).filter(Boolean),
    listed: numId !== null && numId !== '0',
    style: w.attr(w.child(pPr, 'pStyle'), 'val'),
  };
}

/** Paragraphs of a cell or other container, and those of any table nested in it. */
function containerParagraphs(e: XmlElement, r: Reading, out: Paragraph[] = []): Paragraph[] {
  const { w } = r;
  for (const c of childElements(e)) {
    if (w.is(c, 'p')) out.push(readParagraph(c, r));
    else if (w.is(c, 'tbl')) {
      for (const tr of descendants(c, `${w.p}:tr`))
        for (const tc of childElements(tr)) if (w.is(tc, 'tc')) containerParagraphs(tc, r, out);
    } else if (w.is(c, 'sdt') || w.is(c, 'sdtContent') || w.is(c, 'customXml') || w.is(c, 'ins') || w.is(c, 'smartTag'))
      containerParagraphs(c, r, out);
  }
  return out;
}

/** Paragraphs → blocks, list items marked "• ". */
function blocksOf(paragraphs: Paragraph[], listStyle: Set<string>): string[] {
  return paragraphs.flatMap((p) => {
    const listed = p.listed || (p.style !== null && listStyle.has(p.style));
    return listed && p.blocks.length ? [`• ${p.blocks[0]!.replace(/^[•·▪◦]\s+/, '')}`, ...p.blocks.slice(1)] : p.blocks;
  });
}

/** A table's rows, with their cells' spans, in reading order. */
function readTable(
  tbl: XmlElement,
  r: Reading,
): {
  rows: {
    n: number;
    trPr: XmlElement | null;
    cells: { paragraphs: Paragraph[]; span: number; vmerge: GridCell['vmerge'] }[];
  }[];
  width: number;
} {
  const { w } = r;
  const grid = w.child(tbl, 'tblGrid');
  const width = grid ? childElements(grid).filter((c) => w.is(c, 'gridCol')).length : 0;
  const trs: XmlElement[] = [];
  const collect = (e: XmlElement) => {
    for (const c of childElements(e)) {
      if (w.is(c, 'tr')) trs.push(c);
      else if (w.is(c, 'sdt') || w.is(c, 'sdtContent') || w.is(c, 'customXml') || w.is(c, 'ins')) collect(c);
    }
  };
  collect(tbl);
  const rows = trs.map((tr) => {
    r.n++;
    const trPr = w.child(tr, 'trPr');
    const tcs: XmlElement[] = [];
    const collectCells = (e: XmlElement) => {
      for (const c of childElements(e)) {
        if (w.is(c, 'tc')) tcs.push(c);
        else if (w.is(c, 'sdt') || w.is(c, 'sdtContent') || w.is(c, 'customXml')) collectCells(c);
      }
    };
    collectCells(tr);
    const cells: { paragraphs: Paragraph[]; span: number; vmerge: GridCell['vmerge'] }[] = [];
    for (const tc of tcs) {
      const tcPr = w.child(tc, 'tcPr');
      const span = Number(w.attr(w.child(tcPr, 'gridSpan'), 'val') ?? 1) || 1;
      const vm = w.child(tcPr, 'vMerge');
      const vmerge: GridCell['vmerge'] = vm ? (w.attr(vm, 'val') === 'restart' ? 'restart' : 'continue') : null;
      const paragraphs = containerParagraphs(tc, r);
      // Older Word merges across with hMerge: a continuing cell widens the cell before it.
      const hm = w.child(tcPr, 'hMerge');
      const last = cells.at(-1);
      if (hm && w.attr(hm, 'val') !== 'restart' && last) {
        last.span += span;
        last.paragraphs.push(...paragraphs);
      } else cells.push({ paragraphs, span, vmerge });
    }
    return { n: r.n, trPr, cells };
  });
  return { rows, width };
}

const damaged = (what: string) =>
  unreadablePackage(
    'Word document',
    what,
    'Open it in Word and save it again as a Word document (.docx), or add the PDF published on GOV.UK instead.',
  );

export function readDocx(bytes: Uint8Array): ReadResult {
  const pkg = openMainPart(bytes, DOCUMENT, [STYLES], ', so it is not a Word document');
  if (!pkg.ok) return damaged(pkg.reason);
  const { xml } = pkg;
  const w = new Names(xml.prefix(...W) ?? 'w');
  const body = w.child(xml.root, 'body');

  const r: Reading = { w, deleted: [], n: 0 };
  type Pending = {
    n: number;
    where: string;
    table: number | null;
    paragraphs?: Paragraph[];
    tableRows?: ReturnType<typeof readTable>;
  };
  const pending: Pending[] = [];
  let tables = 0;
  let paragraphs = 0;
  const walk = (e: XmlElement) => {
    for (const c of childElements(e)) {
      if (w.is(c, 'p')) {
        r.n++;
        paragraphs++;
        pending.push({
          n: r.n,
          where: formatPlace({ kind: 'paragraph', paragraph: paragraphs }),
          table: null,
          paragraphs: [readParagraph(c, r)],
        });
      } else if (w.is(c, 'tbl')) {
        tables++;
        pending.push({ n: r.n + 1, where: '', table: tables, tableRows: readTable(c, r) });
      } else if (w.is(c, 'sdt') || w.is(c, 'sdtContent') || w.is(c, 'customXml') || w.is(c, 'ins')) walk(c);
    }
  };
  if (body) walk(body);

  // List styles are read from the styles part only for the styles the document uses.
  const used = new Set<string>();
  const note_ = (ps: Paragraph[]) => ps.forEach((p) => !p.listed && p.style && used.add(p.style));
  for (const x of pending) {
    if (x.paragraphs) note_(x.paragraphs);
    else for (const row of x.tableRows!.rows) for (const cell of row.cells) note_(cell.paragraphs);
  }
  const listStyle = listStyles(pkg.parts.get(STYLES), used, w);

  const rows: SourceRow[] = [];
  for (const x of pending) {
    if (x.paragraphs) {
      const blocks = blocksOf(x.paragraphs, listStyle);
      if (blocks.length) rows.push({ n: x.n, where: x.where, page: null, table: null, cells: [blocks] });
      continue;
    }
    const { rows: trs, width } = x.tableRows!;
    const grid: GridRow[] = trs
      .filter((tr) => !w.child(tr.trPr, 'del')) // a row deleted with changes tracked
      .map((tr) => ({
        before: Number(w.attr(w.child(tr.trPr, 'gridBefore'), 'val') ?? 0) || 0,
        header: !!w.child(tr.trPr, 'tblHeader'),
        cells: tr.cells.map((c) => ({ blocks: blocksOf(c.paragraphs, listStyle), span: c.span, vmerge: c.vmerge })),
      }));
    const kept = trs.filter((tr) => !w.child(tr.trPr, 'del'));
    const columns = width || Math.max(0, ...grid.map((g) => g.cells.reduce((s, c) => s + c.span, g.before)));
    const placed = placeCells(grid, columns, `table ${x.table}`);
    placed.cells.forEach((cells, i) => {
      if (cells.every((c) => c.length === 0)) return;
      rows.push({
        n: kept[i]!.n,
        where: formatPlace({ kind: 'table-row', table: x.table!, row: trs.indexOf(kept[i]!) + 1 }),
        page: null,
        table: x.table,
        cells,
        mergedDown: placed.mergedDown[i],
      });
    });
  }

  if (!rows.length) {
    return readError(
      'empty-document',
      'This Word document has no text. Check that the right file was saved: expected the action plan, with its table of recommendations or concerns and responses.',
    );
  }
  if (!tables) {
    return readError(
      'no-table',
      'This Word document has no table. An action plan answers each recommendation or concern in a table whose header row starts "Rec no"; check that this is the action plan and not the inspection report or a covering letter.',
    );
  }
  // Rows are numbered by their place in reading order.
  const renumber = new Map(rows.map((row, i) => [row.n, i + 1]));
  rows.forEach((row, i) => (row.n = i + 1));
  const notes: Note[] = r.deleted.map((d) =>
    note(
      renumber.get(d.n) ?? 0,
      'tracked-deletion',
      'Words deleted with changes tracked were left out, as Word prints the document once the changes are accepted.',
      d.text,
    ),
  );
  return { ok: true, document: { format: 'docx', rows, rowsCutByPages: false, notes } };
}
