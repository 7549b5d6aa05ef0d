// The plan's original file, offered for download as the publisher gave it:
// the media type it is served with, and what kind of file it is in words.

interface Original {
  /** The Content-Type the file is served with. */
  type: string;
  /** The kind of file in the link text: "Original document (HMP Leicester, 2018 inspection, Word)". */
  format: string;
}

const BY_EXTENSION: Record<string, Original> = {
  docx: { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', format: 'Word' },
  odt: { type: 'application/vnd.oasis.opendocument.text', format: 'OpenDocument' },
  pdf: { type: 'application/pdf', format: 'PDF' },
};
const TEXT: Original = { type: 'text/plain; charset=utf-8', format: 'text' };

export function originalDocument(source: string): Original {
  const ext = /\.([^.]+)$/.exec(source)?.[1]?.toLowerCase() ?? '';
  return BY_EXTENSION[ext] ?? TEXT;
}

export const originalDocumentLabel = (plan: { establishmentName: string; year: number; source: string }) =>
  `Original document (${plan.establishmentName}, ${plan.year} inspection, ${originalDocument(plan.source).format})`;
