// The Word reader on small hand-written documents: one feature each.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/documents/readers/docx.ts';
import { placeCells } from '../../src/documents/readers/grid.ts';
import { parseDocument } from '../../src/parse/document.ts';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const docx = (body: string, extra: Record<string, string> = {}) =>
  zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    'word/document.xml': strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
    ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, strToU8(v)])),
  });
const p = (text: string, pPr = '') =>
  `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (content: string, tcPr = '') =>
  `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${content || '<w:p/>'}</w:tc>`;
const tbl = (cols: number, rows: string[]) =>
  `<w:tbl><w:tblGrid>${'<w:gridCol/>'.repeat(cols)}</w:tblGrid>${rows.map((r) => `<w:tr>${r}</w:tr>`).join('')}</w:tbl>`;

function rows(bytes: Uint8Array) {
  const r = readDocx(bytes);
  if (!r.ok) throw new Error(r.notes[0]!.message);
  return r.document;
}

describe('readDocx', () => {
  it('keeps cells merged down in the row where they start, and a row merged across as one cell', () => {
    const doc = rows(
      docx(
        p('Action Plan: HMP Example') +
          tbl(3, [
            tc(p('Rec no')) + tc(p('Response')) + tc(p('Owner')),
            tc(p('Safety'), '<w:gridSpan w:val="3"/>'),
            tc(p('5.1'), '<w:vMerge w:val="restart"/>') + tc(p('First action.')) + tc(p('Governor')),
            tc('', '<w:vMerge/>') + tc(p('Second action.')) + tc(p('Head of Safety')),
          ]),
      ),
    );
    expect(doc.rows.map((r) => [r.n, r.where, r.table, r.cells])).toEqual([
      [1, 'paragraph 1', null, [['Action Plan: HMP Example']]],
      [2, 'table 1, row 1', 1, [['Rec no'], ['Response'], ['Owner']]],
      [3, 'table 1, row 2', 1, [['Safety']]],
      [4, 'table 1, row 3', 1, [['5.1'], ['First action.'], ['Governor']]],
      [5, 'table 1, row 4', 1, [[], ['Second action.'], ['Head of Safety']]],
    ]);
  });

  it('keeps tracked insertions, drops tracked deletions with a note, and reads list paragraphs as list items', () => {
    const doc = rows(
      docx(
        tbl(2, [
          tc(p('Rec no')) + tc(p('Response')),
          tc(p('1')) +
            tc(
              `<w:p><w:r><w:t xml:space="preserve">Staff will </w:t></w:r><w:del w:id="1" w:author="A"><w:r><w:delText>perhaps </w:delText></w:r></w:del><w:ins w:id="2" w:author="A"><w:r><w:t>be trained.</w:t></w:r></w:ins></w:p>` +
                p('Reviewed monthly', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr>') +
                p('Reported quarterly', '<w:pStyle w:val="ListBullet"/>'),
            ),
        ]),
        {
          'word/styles.xml': `<?xml version="1.0"?><w:styles ${W}><w:style w:styleId="ListBullet"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>`,
        },
      ),
    );
    expect(doc.rows[1]!.cells).toEqual([
      ['1'],
      ['Staff will be trained.', '• Reviewed monthly', '• Reported quarterly'],
    ]);
    expect(doc.notes.map((n) => [n.line, n.kind, n.text])).toEqual([[2, 'tracked-deletion', 'perhaps']]);
  });

  it('splits a cell at line breaks and keeps grid columns skipped before a row', () => {
    const doc = rows(
      docx(
        tbl(3, [
          tc(p('a')) + tc(p('b')) + tc(p('c')),
          `<w:trPr><w:gridBefore w:val="1"/></w:trPr>` +
            tc('<w:p><w:r><w:t>Governor</w:t><w:br/><w:t>Head of Safety</w:t></w:r></w:p>') +
            tc(p('June 2025')),
        ]),
      ),
    );
    expect(doc.rows[1]!.cells).toEqual([[], ['Governor', 'Head of Safety'], ['June 2025']]);
  });

  it('names what is wrong with an empty document, one without a table, and a damaged file', () => {
    const message = (bytes: Uint8Array) => {
      const r = readDocx(bytes);
      return r.ok ? null : [r.notes[0]!.kind, r.notes[0]!.message.split(':')[0]];
    };
    expect(message(docx(''))).toEqual([
      'empty-document',
      'This Word document has no text. Check that the right file was saved',
    ]);
    expect(message(docx(p('Just a letter.')))).toEqual([
      'no-table',
      'This Word document has no table. An action plan answers each recommendation or concern in a table whose header row starts "Rec no"; check that this is the action plan and not the inspection report or a covering letter.',
    ]);
    expect(message(docx(p('x')).slice(0, 50))).toEqual(['unreadable', 'Cannot read this Word document']);
    expect(message(zipSync({ 'a.txt': strToU8('x') }))).toEqual(['unreadable', 'Cannot read this Word document']);
  });
});

describe('placeCells', () => {
  it('adds the text of merged continuation cells to the cell where the merge starts', () => {
    expect(
      placeCells(
        [
          {
            before: 0,
            header: false,
            cells: [
              { blocks: ['5.1'], span: 1, vmerge: 'restart' },
              { blocks: ['x'], span: 1, vmerge: null },
            ],
          },
          {
            before: 0,
            header: false,
            cells: [
              { blocks: ['(1.2)'], span: 1, vmerge: 'continue' },
              { blocks: ['y'], span: 1, vmerge: null },
            ],
          },
        ],
        2,
      ),
    ).toEqual({
      cells: [
        [['5.1', '(1.2)'], ['x']],
        [[], ['y']],
      ],
      mergedDown: [
        [false, false],
        [true, false],
      ],
    });
  });

  it('reads what real plans hold: content controls, hyperlinks, fields (their result, not their code), smart tags, symbols, breaks and tabs, alternate content once, a nested table, old merges across', () => {
    const r = (inner: string) => `<w:r>${inner}</w:r>`;
    const t = (text: string) => r(`<w:t xml:space="preserve">${text}</w:t>`);
    const MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
    const doc = rows(
      docx(
        `<w:sdt><w:sdtContent>${p('Action Plan: HMP Example')}</w:sdtContent></w:sdt>` +
          tbl(3, [
            tc(p('Rec no')) + tc(p('Response')) + tc(p('Owner')),
            tc(p('Safety'), '<w:hMerge w:val="restart"/>') + tc('', '<w:hMerge/>') + tc('', '<w:hMerge/>'),
            tc(p('5.1')) +
              tc(
                `<w:p><w:hyperlink>${t('See the policy')}</w:hyperlink>${r('<w:tab/>')}<w:smartTag>${t('on safety')}</w:smartTag></w:p>` +
                  `<w:p>${r('<w:fldChar w:fldCharType="begin"/>')}${r('<w:instrText> PAGE </w:instrText>')}${r('<w:fldChar w:fldCharType="separate"/>')}${t('3')}${r('<w:fldChar w:fldCharType="end"/>')}<w:fldSimple>${t(' pages')}</w:fldSimple></w:p>` +
                  `<w:p>${r('<w:sym w:font="Symbol" w:char="F0B7"/>')}${t(' Checks')}${r('<w:br/>')}${t('monthly')}${r('<w:footnoteReference w:id="1"/>')}</w:p>` +
                  `<w:p><mc:AlternateContent ${MC}><mc:Choice>${t('Chosen')}</mc:Choice><mc:Fallback>${t('Fallback')}</mc:Fallback></mc:AlternateContent></w:p>` +
                  tbl(1, [tc(p('Nested cell'))]),
              ) +
              `<w:sdt><w:sdtContent>${tc(p('Governor'))}</w:sdtContent></w:sdt>`,
          ]),
      ),
    );
    expect(doc.rows.map((x) => x.cells)).toEqual([
      [['Action Plan: HMP Example']],
      [['Rec no'], ['Response'], ['Owner']],
      [['Safety']],
      [['5.1'], ['See the policy on safety', '3 pages', '• Checks', 'monthly', 'Chosen', 'Nested cell'], ['Governor']],
    ]);
  });

  it('front matter in a table of its own, and a cell merged down across the header row printed again', () => {
    const doc = rows(
      docx(
        tbl(2, [tc(p('Action Plan:')) + tc(p('HMP Example')), tc(p('Report Published:')) + tc(p('20 August 2019'))]) +
          tbl(5, [
            tc(p('Rec no')) +
              tc(p('Recommendation')) +
              tc(p('Action taken/planned')) +
              tc(p('Owner')) +
              tc(p('Target date')),
            tc(p('5.1')) +
              tc(p('Staff should act. (1.2)'), '<w:vMerge w:val="restart"/>') +
              tc(p('Train staff.')) +
              tc(p('Governor')) +
              tc(p('June 2019')),
            tc(p('Rec no')) +
              tc(p('Recommendation')) +
              tc(p('Action taken/planned')) +
              tc(p('Owner')) +
              tc(p('Target date')),
            tc('') + tc('', '<w:vMerge/>') + tc(p('Check monthly.')) + tc(p('Head of Safety')) + tc(p('July 2019')),
          ]),
      ),
    );
    const parsed = parseDocument('x.docx', doc);
    if (!parsed.plan) throw new Error(JSON.stringify(parsed.notes));
    expect([parsed.plan?.establishment, parsed.plan?.reportPublished]).toEqual(['HMP Example', '2019-08-20']);
    expect(parsed.plan?.items.map((i) => [i.id, i.text, i.actions.map((a) => [a.owner, a.target])])).toEqual([
      [
        '5.1',
        'Staff should act.',
        [
          ['Governor', 'June 2019'],
          ['Head of Safety', 'July 2019'],
        ],
      ],
    ]);
    expect(doc.rows.at(-1)!.cells).toEqual([[], [], ['Check monthly.'], ['Head of Safety'], ['July 2019']]);
  });
});
