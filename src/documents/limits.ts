// How much of a document the readers accept before doing the work: a file a
// publisher was sent may be built to exhaust memory or time (a zip that
// inflates to gigabytes, a cell spanning a hundred million columns, a table of
// a million rows). Each limit is far above any real plan (the largest has 70
// items on 20 pages), is checked before or while the work is done, and can be
// raised with an environment variable. docs/reading-plans.md#limits lists them.

export interface LimitInfo {
  /** The environment variable that sets it. */
  env: string;
  default: number;
  /** How the value is written and shown. */
  unit: 'MB' | 'seconds' | 'count';
  /** What is limited, as the message names it ("the inflated size of one part"). */
  what: string;
}

export const LIMITS = {
  fileSize: { env: 'PLANS_LIMIT_FILE_MB', default: 100, unit: 'MB', what: 'the size of a file' },
  inflatedTotal: {
    env: 'PLANS_LIMIT_INFLATED_MB',
    default: 200,
    unit: 'MB',
    what: 'the size of the parts read from a Word or OpenDocument file, once inflated',
  },
  inflatedPart: {
    env: 'PLANS_LIMIT_PART_MB',
    default: 100,
    unit: 'MB',
    what: 'the size of one part of a Word or OpenDocument file, once inflated',
  },
  xmlDepth: { env: 'PLANS_LIMIT_XML_DEPTH', default: 500, unit: 'count', what: 'elements nested in one another' },
  xmlElements: {
    env: 'PLANS_LIMIT_XML_ELEMENTS',
    default: 1_000_000,
    unit: 'count',
    what: 'elements in one part of the file',
  },
  columns: {
    env: 'PLANS_LIMIT_COLUMNS',
    default: 10_000,
    unit: 'count',
    what: 'columns in one row (cells, spans and repeats counted)',
  },
  cells: { env: 'PLANS_LIMIT_CELLS', default: 1_000_000, unit: 'count', what: 'cells in one table' },
  rows: {
    env: 'PLANS_LIMIT_ROWS',
    default: 100_000,
    unit: 'count',
    what: 'rows (lines of a text file, table rows and paragraphs of the others)',
  },
  items: { env: 'PLANS_LIMIT_ITEMS', default: 20_000, unit: 'count', what: 'recommendations or concerns in one plan' },
  cellText: { env: 'PLANS_LIMIT_CELL_CHARS', default: 100_000, unit: 'count', what: 'characters in one cell' },
  pdfPages: { env: 'PLANS_LIMIT_PDF_PAGES', default: 1000, unit: 'count', what: 'pages of a PDF' },
  pdfStream: {
    env: 'PLANS_LIMIT_PDF_STREAM_MB',
    default: 128,
    unit: 'MB',
    what: 'the size of one stream of a PDF (page content, image), once inflated',
  },
  pdfFont: {
    env: 'PLANS_LIMIT_PDF_FONT_MB',
    default: 32,
    unit: 'MB',
    what: 'the size of one font embedded in a PDF, once inflated',
  },
  pdfImagePixels: {
    env: 'PLANS_LIMIT_PDF_IMAGE_PIXELS',
    default: 50_000_000,
    unit: 'count',
    what: 'pixels of one image in a PDF (larger images are not decoded)',
  },
  seconds: { env: 'PLANS_LIMIT_SECONDS', default: 20, unit: 'seconds', what: 'the time taken to read one document' },
  memory: {
    env: 'PLANS_LIMIT_MEMORY_MB',
    default: 1024,
    unit: 'MB',
    what: 'the memory taken to read one document',
  },
} as const satisfies Record<string, LimitInfo>;

export type LimitName = keyof typeof LIMITS;
export type Limits = Record<LimitName, number>;

const MB = 1024 * 1024;

/** The limits set in the environment, or their defaults; and the settings that are not a positive whole number. */
export function limitsFrom(env: Record<string, string | undefined>): { limits: Limits; problems: string[] } {
  const limits = {} as Limits;
  const problems: string[] = [];
  for (const [name, info] of Object.entries(LIMITS) as [LimitName, LimitInfo][]) {
    const raw = env[info.env];
    const value = raw === undefined || raw.trim() === '' ? info.default : Number(raw);
    if (!Number.isSafeInteger(value) || value < 1) {
      problems.push(`${info.env}="${raw}" is not a whole number above 0 (its default is ${info.default})`);
      limits[name] = info.default;
    } else limits[name] = value;
  }
  return { limits, problems };
}

/** The limits of this process: set once from its environment (ingest checks the settings before it starts). */
export const limits: Readonly<Limits> = limitsFrom(process.env).limits;

/** A limit as a number of bytes, where it is set in MB. */
export const bytesOf = (name: LimitName, of: Readonly<Limits> = limits): number =>
  LIMITS[name].unit === 'MB' ? of[name] * MB : of[name];

const thousands = (n: number) => n.toLocaleString('en-GB');

/** A limit's value in words: "100 MB", "30 seconds", "1,000". */
export function limitText(name: LimitName, of: Readonly<Limits> = limits): string {
  const info = LIMITS[name];
  const v = thousands(of[name]);
  return info.unit === 'count' ? v : `${v} ${info.unit === 'MB' ? 'MB' : 'seconds'}`;
}

/**
 * A document over a limit: thrown where the limit is met, before the work it
 * would cost, and turned into the document's error (readFile).
 */
export class LimitError extends Error {
  readonly limit: LimitName;
  constructor(limit: LimitName, found: string, of: Readonly<Limits> = limits) {
    const info = LIMITS[limit];
    super(
      `Cannot read this document: ${found}, over the limit on ${info.what} (${limitText(limit, of)}; ${info.env}). ` +
        'A real action plan is far smaller: check that this is the right file, and if it is, raise the limit (docs/reading-plans.md#limits).',
    );
    this.name = 'LimitError';
    this.limit = limit;
  }
}

/** Throws a LimitError when `count` is over the limit `name`; `found` says what was counted ("a table of 60,000 rows"). */
export function within(name: LimitName, count: number, found: (n: string) => string, of: Readonly<Limits> = limits) {
  if (count > bytesOf(name, of)) throw new LimitError(name, found(thousands(count)), of);
}

export const formatCount = thousands;
