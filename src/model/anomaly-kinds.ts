// Every kind of note the reader can leave on a document: its usual severity
// and what it means, in plain words, for publishers and readers of the data
// quality page. The dataset's anomaly kind is an enum of these codes, so a
// note of a kind without an entry does not type-check, nor pass the schema.

export interface AnomalyKindInfo {
  /** The severity the parser usually gives it; some kinds are a repair or a warning depending on the case. */
  severity: 'error' | 'warning' | 'repair';
  /** What happened, in everyday words. */
  explanation: string;
}

export const ANOMALY_KINDS = {
  'action-text-unclear': {
    severity: 'warning',
    explanation:
      'A row has several owners or dates but fewer paragraphs of response, so the document does not say which part of the response belongs to which action.',
  },
  'actions-missing': { severity: 'warning', explanation: 'No owner or target date is printed for a recommendation.' },
  'cells-shifted': {
    severity: 'repair',
    explanation: 'The cells of a row had slipped one column to the left; they were put back under their headings.',
  },
  'characters-removed': {
    severity: 'repair',
    explanation:
      'Characters that no printed text shows were removed from a row: control characters (such as NUL or the escape that starts terminal commands), bidirectional controls that can reverse how a text reads, zero-width spaces, or combining marks piled on one letter beyond 30.',
  },
  'date-missing': {
    severity: 'warning',
    explanation: 'A date the plan usually prints (the inspection, the report, the plan itself) is not printed.',
  },
  'date-unreadable': {
    severity: 'warning',
    explanation: 'A date is printed but could not be understood as a calendar date.',
  },
  'duplicate-plan': {
    severity: 'warning',
    explanation:
      'The same plan is in the folder twice, in two files or two formats; it was published once, from the file the note names.',
  },
  'duplicate-text': {
    severity: 'repair',
    explanation: 'The same words were printed twice, in the number column and the text column; they were kept once.',
  },
  'empty-document': {
    severity: 'error',
    explanation: 'The file has no text at all, so nothing could be published from it.',
  },
  'encoding-damaged': {
    severity: 'warning',
    explanation:
      'The text file is damaged (a stray byte at its end, or a character stored as half of a pair); it was read all the same, the damage left out or shown as "\uFFFD".',
  },
  'encoding-guessed': {
    severity: 'repair',
    explanation:
      'The file had no mark saying how its characters are stored; it was read as UTF-16, which its bytes show.',
  },
  'establishment-missing': {
    severity: 'warning',
    explanation: 'The plan does not say which prison it is about above its table.',
  },
  'extra-cells': {
    severity: 'warning',
    explanation: 'A row has more cells than the table has columns; the extra words were kept in the last column.',
  },
  'garbled-duplicate': {
    severity: 'repair',
    explanation: 'A garbled copy of a line, left by text recognition (OCR), was set aside.',
  },
  'header-joined': {
    severity: 'repair',
    explanation: "The table's header row was printed over two lines; they were read as one header.",
  },
  'header-repeated': {
    severity: 'repair',
    explanation:
      "The table's header row, printed again after a page break, was read once and left out of the recommendations.",
  },
  'heading-moved': {
    severity: 'repair',
    explanation:
      'A heading printed inside a row split by a page break was moved to where it applies, the next recommendation.',
  },
  'heading-unused': { severity: 'warning', explanation: 'A heading is followed by no recommendation.' },
  'id-duplicate': { severity: 'warning', explanation: 'Two recommendations carry the same number.' },
  'id-glued': {
    severity: 'repair',
    explanation: 'A recommendation number was printed joined to its text; it was separated.',
  },
  'id-inferred': {
    severity: 'repair',
    explanation:
      'A recommendation number is missing; it was worked out from the numbers around it (a warning when they do not agree).',
  },
  'id-label-removed': {
    severity: 'repair',
    explanation: 'The number was printed with a label, such as "Rec 5.1"; the number was read and the label set aside.',
  },
  'link-refused': {
    severity: 'error',
    explanation:
      'The file in the plans folder is a symbolic link that leads nowhere (to a missing file, or round in a loop) or to a file outside the folder, so it was not read: nothing from outside the folder is published.',
  },
  'marking-removed': {
    severity: 'repair',
    explanation:
      'A protective marking such as OFFICIAL, printed at the top or foot of a page, was left out of the text.',
  },
  'no-items': {
    severity: 'error',
    explanation:
      'The document has the header of an action plan table but no numbered rows under it, so nothing could be published from it.',
  },
  'no-table': {
    severity: 'error',
    explanation:
      'The Word or OpenDocument file has no table, so it cannot be an action plan; nothing could be published from it.',
  },
  'not-an-action-plan': {
    severity: 'error',
    explanation: 'No action plan table was found in the document, so nothing could be published from it.',
  },
  'number-column-unnamed': {
    severity: 'repair',
    explanation:
      "The first cell of the table's header row is blank; that column was read as the recommendation number.",
  },
  'orphan-row': {
    severity: 'warning',
    explanation:
      'A row comes before the first numbered recommendation and belongs to none; its words are kept in the note.',
  },
  'over-limit': {
    severity: 'error',
    explanation:
      'The file is larger, longer or more deeply nested than the reader accepts (a limit on size, rows, pages, depth, time or memory, far above any real plan), so it was not read.',
  },
  'owner-inherited': {
    severity: 'repair',
    explanation: 'No owner is printed for an action; the owner printed above it applies, as in a merged table cell.',
  },
  'owner-joined': {
    severity: 'repair',
    explanation: 'An owner split in two by a page break was joined back together.',
  },
  'owner-missing': {
    severity: 'warning',
    explanation: 'An action of an agreed or partly agreed recommendation has no owner printed.',
  },
  'owner-shared': {
    severity: 'repair',
    explanation: 'One owner is printed for several target dates; it applies to each of them.',
  },
  'owners-split': {
    severity: 'repair',
    explanation: 'Several owners printed run together in one cell were told apart.',
  },
  'page-number-removed': {
    severity: 'repair',
    explanation: 'A page number left in the text by a page break was removed.',
  },
  'paragraphs-split': {
    severity: 'repair',
    explanation:
      "A response's paragraphs, printed with no space between them in a PDF cell, were told apart where a line ends a sentence, one for each action.",
  },
  'pdf-encrypted': { severity: 'error', explanation: 'The PDF is protected by a password, so it could not be read.' },
  'pdf-scanned': {
    severity: 'error',
    explanation: 'The PDF is pictures of pages with no text in it, so it could not be read.',
  },
  'pdf-unruled': {
    severity: 'warning',
    explanation:
      "The PDF's table has no lines drawn round its cells, so its columns were worked out from where the words stand; check the items against the PDF, or use the Word document.",
  },
  'reader-failed': {
    severity: 'error',
    explanation:
      'The reader stopped with an unexpected error on this file, so nothing could be published from it; the other documents were read.',
  },
  'plan-note': {
    severity: 'warning',
    explanation:
      "Words printed outside the table that are not the template's own (a note that target dates may move, a caveat): they are kept as a note of the plan and shown on its page.",
  },
  'reference-bracket': {
    severity: 'repair',
    explanation: 'A report paragraph reference lost its opening bracket; it was read all the same.',
  },
  'reference-missing': {
    severity: 'warning',
    explanation: 'No report paragraph reference, such as "(1.23)", was found at the end of a recommendation.',
  },
  'response-missing': { severity: 'warning', explanation: 'No response is printed for a recommendation.' },
  'running-line-removed': {
    severity: 'repair',
    explanation:
      'A line repeated at the top or foot of every page (a running header or footer) was left out of the text.',
  },
  'sentence-joined': {
    severity: 'repair',
    explanation: 'A sentence split by a page break was joined back together under one action.',
  },
  'spacing-repaired': {
    severity: 'repair',
    explanation: 'Words run together or split apart when the text was extracted were spaced correctly.',
  },
  'status-joined': {
    severity: 'repair',
    explanation: 'A status split in two by a page break was joined back together.',
  },
  'status-missing': {
    severity: 'error',
    explanation:
      'No status (Agreed, Partly Agreed, Not Agreed) is printed for a recommendation; it is published marked "not recognised".',
  },
  'status-note': {
    severity: 'repair',
    explanation:
      'The status was printed with a note beside it, such as "Agreed (see response)"; the status was read and the note kept with it as printed.',
  },
  'status-unknown': {
    severity: 'error',
    explanation:
      'A status is printed in words the reader cannot read; the recommendation is published with the status as printed, marked "not recognised", and is not counted as agreed or not agreed.',
  },
  'summary-mismatch': {
    severity: 'warning',
    explanation: "The counts printed in the plan's summary differ from the number of recommendations read.",
  },
  'summary-missing': {
    severity: 'warning',
    explanation:
      'The plan prints no summary of its counts, so the recommendations read cannot be checked against it (the document may be cut off).',
  },
  'summary-unreadable': { severity: 'warning', explanation: "A row of the plan's summary could not be read." },
  'target-missing': {
    severity: 'warning',
    explanation: 'An action of an agreed or partly agreed recommendation has no target date printed.',
  },
  'target-repeated': {
    severity: 'repair',
    explanation: 'The same target date was printed several times for one owner; it was kept once.',
  },
  'targets-split': {
    severity: 'repair',
    explanation:
      'Targets printed on lines of their own in a narrow cell ("Completed", "December 2018"), which a PDF prints as it prints one target wrapped, were read apart, one for each owner.',
  },
  'target-unreadable': {
    severity: 'warning',
    explanation: 'A target is printed but is neither a date nor a state such as "Completed" or "Ongoing".',
  },
  'text-in-number-column': {
    severity: 'repair',
    explanation: "Words were printed in the number column; they were joined to the recommendation's text.",
  },
  'text-missing': { severity: 'warning', explanation: 'A recommendation has a number but no text.' },
  'text-start-lost': {
    severity: 'warning',
    explanation: 'A recommendation starts in the middle of a sentence: its beginning is missing from the document.',
  },
  'tracked-deletion': {
    severity: 'repair',
    explanation:
      "Words deleted with Word's track changes were left out, as the document reads once the changes are accepted.",
  },
  unreadable: {
    severity: 'error',
    explanation:
      'The file could not be read as text (it is empty, binary, or in an unknown encoding), so nothing could be published from it.',
  },
  'year-inferred': {
    severity: 'repair',
    explanation: 'A date was printed without its year; the year was worked out from the weekday or the inspection.',
  },
  'year-missing': {
    severity: 'warning',
    explanation: "The plan prints no date at all, so it is filed under year 0; add the plan's dates or check the file.",
  },
} as const satisfies Record<string, AnomalyKindInfo>;

export type AnomalyKind = keyof typeof ANOMALY_KINDS;

/**
 * Repairs that change what is published, not only how it was read: an owner given to several actions, owners or
 * targets told apart or joined, a number worked out. A publisher sees these by default (ingest, dev, the plan page),
 * as the other repairs only with --verbose: a wrong owner must never be published without a warning anyone sees.
 */
export const PUBLISHED_REPAIRS: ReadonlySet<AnomalyKind> = new Set<AnomalyKind>([
  'owner-shared',
  'owner-inherited',
  'owner-joined',
  'owners-split',
  'target-repeated',
  'targets-split',
  'id-inferred',
]);

/** The codes, for the schema's enum. */
export const ANOMALY_KIND_CODES = Object.keys(ANOMALY_KINDS) as [AnomalyKind, ...AnomalyKind[]];

/** The plain-words explanation of a kind; a kind added to the parser without an entry still reads sensibly. */
export function explainKind(kind: string): string {
  return (ANOMALY_KINDS as Record<string, AnomalyKindInfo>)[kind]?.explanation ?? "See the notes on each plan's page.";
}
