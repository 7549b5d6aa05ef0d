// Hostile documents, made on demand (never committed): files a publisher may be
// sent that are built to exhaust memory or time, to lead out of the plans
// folder, to confuse the messages, or to put live markup, formulas and control
// characters into the site. `npm run test:hostile` (scripts/hostile/run.ts)
// reads each alone and all together beside good plans.
//
// Zip and PDF bombs are written without inflating anything: a deflate segment
// ended by a full flush is a stream of its own (no reference reaches back past
// it), so one compressed megabyte segment repeated N times inflates to N MB.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, deflateRawSync, deflateSync } from 'node:zlib';

export interface HostileCase {
  name: string;
  /** What the file does, for the report. */
  about: string;
  /** Writes the case's files into `dir`; `outside` is a folder beside it, outside the plans folder. */
  write: (dir: string, outside: string) => void;
  /** Its checks of the built site belong to the output's safety (feeds, CSV, text, ids): left out by --without-output-cases. */
  output?: true;
  /** Files of the case that hold a good plan, published whatever the rest of the folder holds. */
  publishes?: string[];
}

const MB = 1024 * 1024;

/** A plan as a text file, as a converter writes it: front matter, then the table with tab-separated cells. */
export function planText(establishment: string, rows: string[][] = defaultRows(), extra = ''): string {
  return [
    `Action Plan: ${establishment}`,
    '',
    'Action Plan Submitted: 19 June 2018',
    '',
    'A Response to the HMIP Inspection: 23 October - 3 November 2017',
    '',
    'Report Published: 15 March 2018',
    extra,
    'Rec no\tRecommendation\tAgreed/ Partly Agreed/ Not Agreed\tResponse Action Taken/Planned\tResponsible Owner\tTarget Date',
    ...rows.map((r) => r.join('\t')),
    '',
  ].join('\n');
}

const defaultRows = () => [
  [
    '5.1',
    'First night cells should be clean and equipped. (1.12)',
    'Agreed',
    'A review of cells will be held.',
    'Governor',
    'June 2019',
  ],
  [
    '5.2',
    'Men should be offered a free telephone call on arrival. (1.13)',
    'Partly Agreed',
    'Calls will be offered.',
    'Head of Residence',
    'March 2019',
  ],
];

const row = (n: number) => [
  `5.${n}`,
  `Men should have time out of cell every day, rule ${n} of the regime. (1.${n})`,
  n % 3 ? 'Agreed' : 'Not Agreed',
  `The governor will review the regime (${n}).`,
  'Governor',
  'June 2019',
];

/** Raw deflate data of `prefix`, then `repeat` `times` over, then `suffix`, built in kilobytes whatever it inflates to. */
function deflateRepeated(prefix: string, repeat: Buffer, times: number, suffix: string): Buffer & { inflated: number } {
  const segment = (b: Buffer) => deflateRawSync(b, { finishFlush: constants.Z_FULL_FLUSH, level: 9 });
  const middle = segment(repeat);
  const parts = [
    segment(Buffer.from(prefix)),
    ...Array.from({ length: times }, () => middle),
    segment(Buffer.from(suffix)),
  ];
  // The last block: an empty final block with fixed codes.
  const out = Buffer.concat([...parts, Buffer.from([0x03, 0x00])]) as Buffer & { inflated: number };
  out.inflated = Buffer.byteLength(prefix) + repeat.length * times + Buffer.byteLength(suffix);
  return out;
}

interface ZipPart {
  name: string;
  /** The data as stored, and how. */
  data: Buffer;
  method: 0 | 8;
  /** The sizes the headers claim (they may lie). */
  claimedSize?: number;
  claimedCompressed?: number;
}

const deflated = (name: string, text: string | Buffer): ZipPart => ({
  name,
  data: deflateRawSync(typeof text === 'string' ? Buffer.from(text) : text),
  method: 8,
  claimedSize: Buffer.byteLength(text),
});

/** A zip package from its parts, headers written as told (a real tool would write the true sizes and CRC). */
function zip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    // The true size, as a zip tool writes it, unless the case lies.
    const size = p.claimedSize ?? (p.data as Partial<{ inflated: number }>).inflated ?? p.data.length;
    const compressed = p.claimedCompressed ?? p.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(p.method, 8);
    local.writeUInt32LE(compressed >>> 0, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(p.method, 10);
    entry.writeUInt32LE(compressed >>> 0, 20);
    entry.writeUInt32LE(size >>> 0, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, p.data);
    central.push(entry, name);
    offset += 30 + name.length + p.data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(parts.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(parts.length, 0xffff), 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const CONTENT_TYPES =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const docxParts = (documentXml: ZipPart): ZipPart[] => [deflated('[Content_Types].xml', CONTENT_TYPES), documentXml];

const wCell = (text: string, props = '') =>
  `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}<w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
const wRow = (cells: string[]) => `<w:tr>${cells.map((c) => wCell(c)).join('')}</w:tr>`;
const HEADER = [
  'Rec no',
  'Recommendation',
  'Agreed/ Partly Agreed/ Not Agreed',
  'Response Action Taken/Planned',
  'Responsible Owner',
  'Target Date',
];
/** A Word document of a plan: its front matter as paragraphs, its table rows. */
function docxPlan(establishment: string, body: string): Buffer {
  const p = (t: string) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;
  const xml = `<?xml version="1.0"?><w:document ${W}><w:body>${p(`Action Plan: ${establishment}`)}${p('Action Plan Submitted: 19 June 2018')}${p('A Response to the HMIP Inspection: 23 October - 3 November 2017')}${p('Report Published: 15 March 2018')}${body}</w:body></w:document>`;
  return zip(docxParts(deflated('word/document.xml', xml)));
}
const tableOf = (rows: string[]) =>
  `<w:tbl><w:tblGrid>${HEADER.map(() => '<w:gridCol/>').join('')}</w:tblGrid>${wRow(HEADER)}${rows.join('')}</w:tbl>`;

const ODT_NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"';
const MIMETYPE: ZipPart = { name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.text'), method: 0 };
const oCell = (t: string, attrs = '') => `<table:table-cell${attrs}><text:p>${t}</text:p></table:table-cell>`;
const oRow = (cells: string[], attrs = '') =>
  `<table:table-row${attrs}>${cells.map((c) => oCell(c)).join('')}</table:table-row>`;
/** An OpenDocument plan: front matter, then a table of the header and `rows` (table-row elements). */
function odtPlan(establishment: string, rows: string): Buffer {
  const p = (t: string) => `<text:p>${t}</text:p>`;
  const xml = `<?xml version="1.0"?><office:document-content ${ODT_NS}><office:body><office:text>${p(`Action Plan: ${establishment}`)}${p('Action Plan Submitted: 19 June 2018')}${p('Report Published: 15 March 2018')}<table:table><table:table-column table:number-columns-repeated="6"/>${oRow(HEADER)}${rows}</table:table></office:text></office:body></office:document-content>`;
  return zip([MIMETYPE, deflated('content.xml', xml)]);
}

/** A PDF of one page per content stream given (already encoded, with its /Filter), and extra objects. */
function pdf(pages: { content: Buffer; filter: string }[], font?: { data: Buffer; filter: string }): Buffer {
  const objects: Buffer[] = [];
  const add = (b: Buffer | string) =>
    objects.push(typeof b === 'string' ? Buffer.from(b, 'latin1') : b) && objects.length;
  const stream = (dict: string, data: Buffer) =>
    Buffer.concat([
      Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`, 'latin1'),
      data,
      Buffer.from('\nendstream', 'latin1'),
    ]);
  const catalog = add('<< /Type /Catalog /Pages 2 0 R >>');
  const pagesAt = add(''); // filled below
  const fontFile = font ? add(stream(`/Filter ${font.filter} /Length1 ${font.data.length}`, font.data)) : 0;
  const descriptor = font
    ? add(
        `<< /Type /FontDescriptor /FontName /Bomb /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 ${fontFile} 0 R >>`,
      )
    : 0;
  const fontObj = add(
    font
      ? `<< /Type /Font /Subtype /TrueType /BaseFont /Bomb /FirstChar 32 /LastChar 126 /Widths [${Array(95).fill(500).join(' ')}] /FontDescriptor ${descriptor} 0 R >>`
      : '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  );
  const kids: number[] = [];
  for (const pg of pages) {
    const content = add(stream(`/Filter ${pg.filter}`, pg.content));
    kids.push(
      add(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${fontObj} 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
  }
  objects[pagesAt - 1] = Buffer.from(
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`,
    'latin1',
  );
  const out: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let at = out[0]!.length;
  objects.forEach((o, i) => {
    offsets.push(at);
    const b = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), o, Buffer.from('\nendobj\n', 'latin1')]);
    out.push(b);
    at += b.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
  ].join('');
  out.push(
    Buffer.from(
      `${xref}trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${at}\n%%EOF\n`,
      'latin1',
    ),
  );
  return Buffer.concat(out);
}

const pageText = (lines: string[]) =>
  Buffer.from(
    `BT /F1 10 Tf 40 800 Td 12 TL ${lines.map((l) => `(${l.replace(/[()\\]/g, '')}) '`).join(' ')} ET`,
    'latin1',
  );

/** zlib data of text repeated to `mb` megabytes: a PDF Flate stream that inflates to that size. */
function zlibRepeated(unit: string, mb: number): Buffer {
  const raw = deflateRepeated('', Buffer.from(unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB)), mb, '');
  return Buffer.concat([Buffer.from([0x78, 0xda]), raw, Buffer.alloc(4)]);
}

const file = (dir: string, name: string, data: string | Buffer) => writeFileSync(join(dir, name), data);

export const CASES: HostileCase[] = [
  {
    name: 'docx-bomb-600mb',
    about: 'a .docx whose main part inflates to 600 MB',
    write: (d) =>
      file(
        d,
        'bomb-600.docx',
        zip(
          docxParts({
            name: 'word/document.xml',
            method: 8,
            data: deflateRepeated(
              `<w:document ${W}><w:body><w:p><w:r><w:t>`,
              Buffer.alloc(MB, 'A'),
              600,
              '</w:t></w:r></w:p></w:body></w:document>',
            ),
          }),
        ),
      ),
  },
  {
    name: 'docx-bomb-3500mb',
    about: 'a .docx whose main part inflates to 3.5 GB',
    write: (d) =>
      file(
        d,
        'bomb-3500.docx',
        zip(
          docxParts({
            name: 'word/document.xml',
            method: 8,
            data: deflateRepeated(
              `<w:document ${W}><w:body><w:p><w:r><w:t>`,
              Buffer.alloc(MB, 'A'),
              3500,
              '</w:t></w:r></w:p></w:body></w:document>',
            ),
          }),
        ),
      ),
  },
  {
    name: 'odt-bomb-1gb',
    about: 'an .odt whose content.xml inflates to 1 GB of elements',
    write: (d) =>
      file(
        d,
        'bomb.odt',
        zip([
          MIMETYPE,
          {
            name: 'content.xml',
            method: 8,
            data: deflateRepeated(
              `<office:document-content ${ODT_NS}><office:body><office:text>`,
              Buffer.from('<text:p>a</text:p>'.repeat(MB / 16)),
              1000,
              '</office:text></office:body></office:document-content>',
            ),
          },
        ]),
      ),
  },
  {
    name: 'lying-sizes-bomb',
    about: 'a .docx whose headers say its main part is 1 KB, which inflates to 800 MB',
    write: (d) =>
      file(
        d,
        'lying-bomb.docx',
        zip(
          docxParts({
            name: 'word/document.xml',
            method: 8,
            claimedSize: 1024,
            data: deflateRepeated(
              `<w:document ${W}><w:body><w:p><w:r><w:t>`,
              Buffer.alloc(MB, 'A'),
              800,
              '</w:t></w:r></w:p></w:body></w:document>',
            ),
          }),
        ),
      ),
  },
  {
    name: 'lying-sizes-plan',
    publishes: ['lying-sizes.docx'],
    about: 'a good plan in a .docx whose headers claim 4 GB inflated and more compressed bytes than the file has',
    write: (d) => {
      const doc = `<?xml version="1.0"?><w:document ${W}><w:body><w:p><w:r><w:t>Action Plan: HMP Lyingsize</w:t></w:r></w:p><w:p><w:r><w:t>Report Published: 15 March 2018</w:t></w:r></w:p>${tableOf([row(1), row(2)].map(wRow))}</w:body></w:document>`;
      file(
        d,
        'lying-sizes.docx',
        zip([
          deflated('[Content_Types].xml', CONTENT_TYPES),
          { ...deflated('word/document.xml', doc), claimedSize: 0xfffffff0, claimedCompressed: 0x7ffffff0 },
        ]),
      );
    },
  },
  {
    name: 'nested-100000',
    about: 'a .docx of 100,000 nested elements',
    write: (d) =>
      file(
        d,
        'nested.docx',
        docxPlan('HMP Nested', '<w:p>' + '<w:r>'.repeat(100_000) + '</w:r>'.repeat(100_000) + '</w:p>'),
      ),
  },
  {
    name: 'content-controls-nested',
    about: 'a .docx of 100,000 content controls nested in one another',
    write: (d) =>
      file(
        d,
        'sdt-nested.docx',
        docxPlan(
          'HMP Controls',
          '<w:sdt><w:sdtContent>'.repeat(100_000) +
            '<w:p><w:r><w:t>x</w:t></w:r></w:p>' +
            '</w:sdtContent></w:sdt>'.repeat(100_000),
        ),
      ),
  },
  {
    name: 'content-controls-100000',
    about: 'a .docx plan with 100,000 content controls one after another',
    write: (d) =>
      file(
        d,
        'sdt-many.docx',
        docxPlan(
          'HMP Manycontrols',
          '<w:sdt><w:sdtContent><w:p><w:r><w:t>Note</w:t></w:r></w:p></w:sdtContent></w:sdt>'.repeat(100_000) +
            tableOf([row(1)].map(wRow)),
        ),
      ),
  },
  {
    name: 'gridspan-100000000',
    about: 'a .docx table cell with w:gridSpan="100000000"',
    write: (d) =>
      file(
        d,
        'gridspan.docx',
        docxPlan(
          'HMP Span',
          tableOf([`<w:tr>${wCell('5.1', '<w:gridSpan w:val="100000000"/>')}</w:tr>`, wRow(row(2))]),
        ),
      ),
  },
  {
    name: 'odt-columns-repeated',
    about: 'an .odt cell repeated 1,000,000,000 times across',
    write: (d) =>
      file(
        d,
        'columns-repeated.odt',
        odtPlan(
          'HMP Columns',
          `<table:table-row>${oCell('x', ' table:number-columns-repeated="1000000000"')}</table:table-row>`,
        ),
      ),
  },
  {
    name: 'odt-rows-repeated',
    about: 'an .odt row repeated 1,000,000,000 times',
    write: (d) =>
      file(d, 'rows-repeated.odt', odtPlan('HMP Rows', oRow(row(1), ' table:number-rows-repeated="1000000000"'))),
  },
  {
    name: 'odt-text-s',
    publishes: ['text-s.odt'],
    about: 'an .odt plan with <text:s text:c="999999999"/> in a cell',
    write: (d) =>
      file(
        d,
        'text-s.odt',
        odtPlan(
          'HMP Spaces',
          oRow(row(1)).replace('the regime', 'the<text:s text:c="999999999"/>regime') + oRow(row(2)),
        ),
      ),
  },
  {
    name: 'million-cells',
    about: 'a text plan with a row of a million cells',
    write: (d) =>
      file(d, 'million-cells.txt', planText('HMP Cells', [row(1), ['5.2', ...Array<string>(1_000_000).fill('x')]])),
  },
  {
    name: 'huge-cell',
    about: 'a text plan with a cell of 5,000,000 characters',
    write: (d) =>
      file(
        d,
        'huge-cell.txt',
        planText('HMP Hugecell', [row(1), ['5.2', 'word '.repeat(1_000_000), 'Agreed', 'r', 'Governor', 'June 2019']]),
      ),
  },
  {
    name: 'symlink-loop',
    about: 'two symbolic links to each other, and one to itself',
    write: (d) => {
      symlinkSync('loop-b.txt', join(d, 'loop-a.txt'));
      symlinkSync('loop-a.txt', join(d, 'loop-b.txt'));
      symlinkSync('self.txt', join(d, 'self.txt'));
    },
  },
  {
    name: 'symlink-dangling',
    about: 'a symbolic link to a file that does not exist',
    write: (d) => symlinkSync('no-such-plan.txt', join(d, 'dangling.txt')),
  },
  {
    name: 'symlink-outside',
    about: 'a symbolic link to a good plan outside the plans folder',
    write: (d, outside) => {
      file(outside, 'elsewhere.txt', planText('HMP Elsewhere'));
      symlinkSync(join(outside, 'elsewhere.txt'), join(d, 'outside-link.txt'));
    },
  },
  {
    name: 'symlink-passwd',
    about: 'a symbolic link to /etc/passwd, and a relative one climbing out',
    write: (d) => {
      symlinkSync('/etc/passwd', join(d, 'passwd.txt'));
      symlinkSync('../../../../../../../../etc/hostname', join(d, 'climb.txt'));
    },
  },
  {
    name: 'symlink-inside',
    publishes: ['inside-link.txt'],
    about: 'a symbolic link to a good plan in a subfolder of the plans folder (read)',
    write: (d) => {
      mkdirSync(join(d, 'kept'), { recursive: true });
      file(join(d, 'kept'), 'inside.txt', planText('HMP Insidelink'));
      symlinkSync('kept/inside.txt', join(d, 'inside-link.txt'));
    },
  },
  {
    name: 'fifo',
    about: 'a named pipe in the plans folder (reading it would wait for ever)',
    write: (d) => execFileSync('mkfifo', [join(d, 'pipe.txt')]),
  },
  {
    name: 'name-300-chars',
    about: 'a plan whose establishment name has 300 characters',
    write: (d) => file(d, 'long-name.txt', planText(`HMP ${'Longname'.repeat(37)}`)),
    output: true,
  },
  {
    name: 'name-non-latin',
    about: 'plans whose establishment names have no Latin letters',
    write: (d) => {
      file(d, 'non-latin-zh.txt', planText('监狱 北京'));
      file(d, 'non-latin-ar.txt', planText('سجن الرياض'));
    },
    output: true,
  },
  {
    name: 'short-lines-25mb',
    about: 'a 25 MB text of short lines',
    write: (d) =>
      file(
        d,
        'short-lines.txt',
        planText(
          'HMP Shortlines',
          Array.from({ length: 2_500_000 }, (_, i) => [`${i}`, 'x']),
        ),
      ),
  },
  {
    name: 'rows-50000',
    about: 'a text plan of 50,000 rows',
    write: (d) =>
      file(
        d,
        'rows-50000.txt',
        planText(
          'HMP Fiftythousand',
          Array.from({ length: 50_000 }, (_, i) => row(i + 1)),
        ),
      ),
  },
  {
    name: 'rows-200000',
    about: 'a text plan of 200,000 rows',
    write: (d) =>
      file(
        d,
        'rows-200000.txt',
        planText(
          'HMP Twohundredthousand',
          Array.from({ length: 200_000 }, (_, i) => row(i + 1)),
        ),
      ),
  },
  {
    name: 'pdf-content-bomb',
    about: 'a PDF whose page content inflates to 1 GB',
    write: (d) =>
      file(d, 'content-bomb.pdf', pdf([{ content: zlibRepeated('0 0 m 1 1 l S ', 1024), filter: '/FlateDecode' }])),
  },
  {
    name: 'pdf-double-bomb',
    about: 'a PDF stream compressed twice over (/FlateDecode /FlateDecode), 1 GB inside',
    write: (d) =>
      file(
        d,
        'double-bomb.pdf',
        pdf([{ content: deflateSync(zlibRepeated('0 0 m 1 1 l S ', 1024)), filter: '[/FlateDecode /FlateDecode]' }]),
      ),
  },
  {
    name: 'pdf-font-bomb',
    about: 'a PDF with an embedded font that inflates to 1.5 GB',
    write: (d) =>
      file(
        d,
        'font-bomb.pdf',
        pdf([{ content: deflateSync(pageText(['Action Plan: HMP Fontbomb'])), filter: '/FlateDecode' }], {
          data: zlibRepeated('\0', 1536),
          filter: '/FlateDecode',
        }),
      ),
  },
  {
    name: 'pdf-10000-pages',
    about: 'a PDF of 10,000 pages',
    write: (d) => {
      const page = { content: deflateSync(pageText(['Action Plan: HMP Pages', 'Page'])), filter: '/FlateDecode' };
      file(d, 'pages.pdf', pdf(Array.from({ length: 10_000 }, () => page)));
    },
  },
  {
    name: 'empty-files',
    about: 'an empty .docx, .pdf, .odt and .txt (0 bytes)',
    write: (d) => ['empty.docx', 'empty.pdf', 'empty.odt', 'empty.txt'].forEach((n) => file(d, n, '')),
  },
  {
    name: 'not-what-named',
    about: 'a .docx and a .pdf that hold only white space',
    write: (d) => ['blank.docx', 'blank.pdf'].forEach((n) => file(d, n, '   \n')),
  },
  {
    name: 'truncated-docx',
    about: 'a good .docx plan cut in half',
    write: (d) => {
      const whole = docxPlan('HMP Truncated', tableOf([row(1), row(2)].map(wRow)));
      file(d, 'truncated.docx', whole.subarray(0, whole.length >> 1));
    },
  },
  {
    name: 'two-main-parts',
    about: 'a .docx holding two word/document.xml parts',
    write: (d) => {
      const doc = (name: string) =>
        deflated(
          'word/document.xml',
          `<?xml version="1.0"?><w:document ${W}><w:body><w:p><w:r><w:t>Action Plan: ${name}</w:t></w:r></w:p>${tableOf([row(1)].map(wRow))}</w:body></w:document>`,
        );
      file(
        d,
        'two-parts.docx',
        zip([deflated('[Content_Types].xml', CONTENT_TYPES), doc('HMP First'), doc('HMP Second')]),
      );
    },
  },
  {
    name: 'many-zip-entries',
    about: 'a .docx whose directory lists 100,000 parts',
    write: (d) => {
      const parts = Array.from({ length: 100_000 }, (_, i): ZipPart => ({
        name: `x/${i}`,
        data: Buffer.alloc(0),
        method: 0,
      }));
      file(
        d,
        'many-entries.docx',
        zip([...docxParts(deflated('word/document.xml', `<w:document ${W}><w:body/></w:document>`)), ...parts]),
      );
    },
  },
  {
    name: 'dotfiles',
    about: 'hidden files: a good plan named .hidden.txt, .DS_Store and an AppleDouble ._plan.docx',
    write: (d) => {
      file(d, '.hidden.txt', planText('HMP Hidden'));
      file(d, '.DS_Store', Buffer.from([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31]));
      file(d, '._plan.docx', Buffer.from([0, 5, 22, 7, 0, 2, 0, 0]));
    },
  },
  {
    name: 'control-names',
    about: 'files named with a newline, an escape sequence and a bidi override',
    write: (d) => {
      file(d, 'new\nline.txt', 'not a plan\n');
      file(d, 'esc\u001b[2J\u001b[31mred.txt', 'not a plan\n');
      file(d, 'bidi\u202etxt.exe', 'not a plan\n');
    },
    // Its names are printed safely by ingest; on the site's pages they belong to the output checks.
    output: true,
  },
  {
    name: 'markup-text',
    about: 'a plan with ]]> twice, <script>, <img onerror> and javascript: in its establishment and items',
    write: (d) =>
      file(
        d,
        'markup.txt',
        planText('HMP ]]><script>alert(1)</script>]]><img src=x onerror=alert(2)> Markup', [
          [
            '5.1',
            'Text ]]><script>alert(3)</script> ]]> <a href="javascript:alert(4)">x</a> (1.1)',
            'Agreed',
            '<img src=x onerror=alert(5)>',
            'Governor',
            'June 2019',
          ],
          [
            '5.2',
            'javascript:alert(6) in plain text (1.2)',
            'Agreed',
            ']]>]]><svg onload=alert(7)>',
            'Governor',
            'June 2019',
          ],
        ]),
      ),
    output: true,
  },
  {
    name: 'formula-text',
    about: 'a plan whose cells start with =, +, -, @ and a full-width space before =',
    write: (d) =>
      file(
        d,
        'formula.txt',
        planText('HMP Formula', [
          [
            '5.1',
            '=HYPERLINK("http://example.com","x") (1.1)',
            'Agreed',
            "+cmd|' /C calc'!A0",
            '@SUM(1+1)',
            'June 2019',
          ],
          ['5.2', '-2+3 recommendation (1.2)', 'Agreed', '\u3000=1+1', 'Governor', 'June 2019'],
        ]),
      ),
    output: true,
  },
  {
    name: 'control-text',
    about: 'plans (text and Word) with ESC, NUL, bidi overrides, zero-width characters and a 5,000-mark grapheme',
    write: (d) => {
      file(
        d,
        'control.txt',
        planText('HMP Control\u202eevil\u200b', [
          [
            '5.1',
            'Text with \u0007BEL and \u001b[31mESC (1.1)',
            'Agreed',
            'Men \u200b\u200d\u2066isolate',
            'Governor',
            'June 2019',
          ],
          ['5.2', `Zalgo a${'\u0301'.repeat(5000)} (1.2)`, 'Agreed', 'The governor agrees.', 'Governor', 'June 2019'],
        ]),
      );
      const r = row(1);
      r[1] = 'Text with \u0000NUL, \u001b[2JESC and \u202eoverride (1.1)';
      file(d, 'control.docx', docxPlan('HMP Controlword\u0000\u001b[31m', tableOf([wRow(r), wRow(row(2))])));
    },
    output: true,
  },
];

/** Writes the case into `dir` (made if missing), with `outside` for files a link leads out to. */
export function writeCase(c: HostileCase, dir: string, outside: string): void {
  mkdirSync(dir, { recursive: true });
  mkdirSync(outside, { recursive: true });
  c.write(dir, outside);
}

// `node scripts/hostile/generate.ts <dir>`: every case, each in a folder of its own.
if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: node scripts/hostile/generate.ts <dir>');
    process.exit(2);
  }
  for (const c of CASES) writeCase(c, join(out, 'alone', c.name), join(out, 'outside'));
  console.log(`hostile: ${CASES.length} cases written to ${out}/alone/`);
}
