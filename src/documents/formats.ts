// What kind of file a document is, from its first bytes rather than its
// name: publishers rename files, and a Word document saved as ".txt" should
// be named as a Word document, not called binary.

export type FileKind =
  'pdf' | 'docx' | 'odt' | 'xlsx' | 'pptx' | 'zip' | 'ole' | 'rtf' | 'png' | 'jpeg' | 'gif' | 'tiff';

const startsWith = (bytes: Uint8Array, ...sig: number[]) => sig.every((b, i) => bytes[i] === b);
/** Bytes as characters, one each (Latin-1): enough to find ASCII signatures and names. */
const ascii = (bytes: Uint8Array, from: number, to: number) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1', from, Math.min(to, bytes.length));

/** The file kind when the bytes are a known non-text format, or null (then it may be text). */
export function sniffFormat(bytes: Uint8Array): FileKind | null {
  // PDF allows up to 1 KB of junk before its header.
  if (ascii(bytes, 0, 4) === '%PDF' || ascii(bytes, 0, 1024).includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) {
    // A zip: the names of its first entries tell the office format.
    const head = ascii(bytes, 0, 4096);
    if (head.includes('application/vnd.oasis.opendocument')) return 'odt';
    if (/word\//.test(head)) return 'docx';
    if (/xl\//.test(head)) return 'xlsx';
    if (/ppt\//.test(head)) return 'pptx';
    // [Content_Types].xml first and the parts later: look further for the main part.
    const more = ascii(bytes, 0, 1 << 20);
    if (more.includes('word/document.xml')) return 'docx';
    if (more.includes('xl/workbook.xml')) return 'xlsx';
    if (more.includes('ppt/presentation.xml')) return 'pptx';
    return 'zip';
  }
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'ole';
  if (ascii(bytes, 0, 5) === '{\\rtf') return 'rtf';
  if (startsWith(bytes, 0x89, 0x50, 0x4e, 0x47)) return 'png';
  if (startsWith(bytes, 0xff, 0xd8, 0xff)) return 'jpeg';
  if (ascii(bytes, 0, 4) === 'GIF8') return 'gif';
  if (startsWith(bytes, 0x49, 0x49, 0x2a, 0x00) || startsWith(bytes, 0x4d, 0x4d, 0x00, 0x2a)) return 'tiff';
  return null;
}

/** How a publisher would name the kind of file, for messages ("a Word document (.docx)"). */
export const FILE_KIND_NAME: Record<FileKind, string> = {
  pdf: 'a PDF document',
  docx: 'a Word document (.docx)',
  odt: 'an OpenDocument file (.odt, as saved by LibreOffice)',
  xlsx: 'an Excel workbook (.xlsx)',
  pptx: 'a PowerPoint presentation (.pptx)',
  zip: 'a zip archive',
  ole: 'an older Word or Excel document (.doc or .xls)',
  rtf: 'a Rich Text document (.rtf)',
  png: 'an image (PNG)',
  jpeg: 'an image (JPEG)',
  gif: 'an image (GIF)',
  tiff: 'an image (TIFF)',
};
