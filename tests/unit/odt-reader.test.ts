// The OpenDocument reader on a small hand-written document.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readOdt } from '../../src/documents/readers/odt.ts';

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"';
const odt = (body: string) =>
  zipSync({
    mimetype: strToU8('application/vnd.oasis.opendocument.text'),
    'content.xml': strToU8(
      `<?xml version="1.0"?><office:document-content ${NS}><office:body><office:text>${body}</office:text></office:body></office:document-content>`,
    ),
  });

describe('readOdt', () => {
  it('reads spans across and down, lists, spaces, and leaves tracked deletions out with a note', () => {
    const r = readOdt(
      odt(
        `<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><office:change-info><dc:creator>A</dc:creator></office:change-info><text:p>old words</text:p></text:deletion></text:changed-region></text:tracked-changes>` +
          `<text:p>Action Plan:<text:s text:c="2"/>HMP Example</text:p>` +
          `<table:table><table:table-column table:number-columns-repeated="3"/>` +
          `<table:table-header-rows><table:table-row><table:table-cell><text:p>Rec no</text:p></table:table-cell><table:table-cell><text:p>Response</text:p></table:table-cell><table:table-cell><text:p>Owner</text:p></table:table-cell></table:table-row></table:table-header-rows>` +
          `<table:table-row><table:table-cell table:number-columns-spanned="3"><text:p>Safety</text:p></table:table-cell><table:covered-table-cell/><table:covered-table-cell/></table:table-row>` +
          `<table:table-row><table:table-cell table:number-rows-spanned="2"><text:p>5.1</text:p></table:table-cell><table:table-cell><text:p>Staff<text:change-start text:change-id="c1"/> will act.</text:p><text:list><text:list-item><text:p>Monthly checks.</text:p></text:list-item></text:list></table:table-cell><table:table-cell><text:p>Governor<text:line-break/>Head of Safety</text:p></table:table-cell></table:table-row>` +
          `<table:table-row><table:covered-table-cell/><table:table-cell><text:p>Second action.</text:p></table:table-cell><table:table-cell><text:p>Governor</text:p></table:table-cell></table:table-row>` +
          `</table:table>`,
      ),
    );
    if (!r.ok) throw new Error(r.notes[0]!.message);
    expect(r.document.rows.map((row) => [row.n, row.where, row.table, row.cells])).toEqual([
      [1, 'paragraph 1', null, [['Action Plan: HMP Example']]],
      [2, 'table 1, row 1', 1, [['Rec no'], ['Response'], ['Owner']]],
      [3, 'table 1, row 2', 1, [['Safety']]],
      [4, 'table 1, row 3', 1, [['5.1'], ['Staff will act.', '• Monthly checks.'], ['Governor', 'Head of Safety']]],
      [5, 'table 1, row 4', 1, [[], ['Second action.'], ['Governor']]],
    ]);
    expect(r.document.notes.map((n) => [n.line, n.where, n.kind, n.text])).toEqual([
      [4, 'table 1, row 3', 'tracked-deletion', 'old words'],
    ]);
    expect(r.document.rows.map((row) => row.mergedDown)).toEqual([
      undefined,
      [false, false, false],
      [false],
      [false, false, false],
      [true, false, false],
    ]);
  });

  it('names a file with no table', () => {
    const r = readOdt(odt('<text:p>A covering letter.</text:p>'));
    expect(r.ok ? null : r.notes.map((n) => n.kind)).toEqual(['no-table']);
  });
});
