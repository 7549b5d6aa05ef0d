// A PDF → the reader's model, from the positioned text and the drawn lines
// that PDF.js (pdfjs-dist) gives for each page. A table is rebuilt from its
// ruling lines: the lines that bound each cell say which cells are merged
// across or down. A row that a page break cuts in two is joined again. Text
// outside the tables (title, dates, running headers and footers) comes out as
// rows of one cell per line, with their page, for the parser to read or set
// aside. A PDF without drawn lines is read line by line, its cells split at
// wide gaps, as a text export would be.
import type { Note } from '../../model/notes.ts';
import { readError as error, type ReadResult, type SourceRow } from './source.ts';
import { headerRoles } from './headers.ts';
import { LimitError, limits, within } from '../limits.ts';
import { layoutRows } from './pdf-layout.ts';
import { checkPdfStreams } from './pdf-streams.ts';
import { pageContent, type PageContent } from './pdf-page.ts';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | null = null;

const ADD_WORD_INSTEAD = 'or add the Word document (.docx) of the plan instead';

export async function readPdf(bytes: Uint8Array): Promise<ReadResult> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  const { getDocument, OPS } = await pdfjs;
  // Streams that inflate past the limits are refused before PDF.js inflates them whole.
  checkPdfStreams(bytes);
  // PDF.js takes ownership of the buffer it is given: give it a copy.
  const task = getDocument({
    data: bytes.slice(),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    // Images are counted (a scan has no text), never looked at: larger ones are not decoded at all.
    maxImageSize: limits.pdfImagePixels,
    enableXfa: false,
  });
  let pdf;
  try {
    pdf = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => {});
    const name = e instanceof Error ? e.name : '';
    if (name === 'PasswordException') {
      return error(
        'pdf-encrypted',
        'Cannot read this PDF: it is protected by a password. Save an unprotected copy (in a PDF reader: print or export it without a password), ' +
          ADD_WORD_INSTEAD +
          '.',
      );
    }
    return error(
      'unreadable',
      `Cannot read this PDF: the file is damaged or is not a complete PDF (${e instanceof Error ? e.message : String(e)}). Download it again from GOV.UK, ${ADD_WORD_INSTEAD}.`,
    );
  }
  try {
    within('pdfPages', pdf.numPages, (n) => `it has ${n} pages`);
    const pages: PageContent[] = [];
    let images = 0;
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p);
      const content = await pageContent(page, OPS);
      images += content.images;
      pages.push(content);
      page.cleanup();
    }
    const letters = pages.reduce((s, pg) => s + pg.words.reduce((t, w) => t + w.str.replace(/\s/g, '').length, 0), 0);
    if (letters === 0) {
      return images
        ? error(
            'pdf-scanned',
            'Cannot read this PDF: it is a scanned image of the pages, with no text in it to read. Add the Word document (.docx) of the plan, or the PDF published on GOV.UK (which has text), or make a text layer with OCR software first and check its words against the scan.',
          )
        : error(
            'empty-document',
            'This PDF has no text on any page. Check that the right file was saved: expected the action plan, with its table of recommendations or concerns and responses.',
          );
    }
    const { rows, notes } = layoutRows(pages, (cells) => headerRoles(cells) !== null);
    rows.forEach((row: SourceRow, i) => (row.n = i + 1));
    // Rows cut by a page break are joined here, from the layout (ruling lines, where cells start); the rows given are whole.
    return { ok: true, document: { format: 'pdf', rows, rowsCutByPages: false, notes: notes as Note[] } };
  } catch (e) {
    if (e instanceof LimitError) throw e;
    return error(
      'unreadable',
      `Cannot read this PDF: part of it is damaged (${e instanceof Error ? e.message : String(e)}). Download it again from GOV.UK, ${ADD_WORD_INSTEAD}.`,
    );
  } finally {
    await pdf.destroy();
  }
}
