// The plan's original file, offered for download as the publisher gave it:
// its media type, and how its link names it.

interface Original {
  /** The Content-Type the file is served with. */
  type: string;
  /** What the file is, in the link text: "Word document of the plan as published". */
  label: string;
}

const BY_EXTENSION: Record<string, Original> = {
  docx: { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'Word document of the plan as published' },
  odt: { type: 'application/vnd.oasis.opendocument.text', label: 'OpenDocument file of the plan as published' },
  pdf: { type: 'application/pdf', label: 'PDF of the plan as published' },
};
const TEXT: Original = { type: 'text/plain; charset=utf-8', label: 'Text of the plan as published' };

export function originalDocument(source: string): Original {
  const ext = /\.([^.]+)$/.exec(source)?.[1]?.toLowerCase() ?? '';
  return BY_EXTENSION[ext] ?? TEXT;
}
