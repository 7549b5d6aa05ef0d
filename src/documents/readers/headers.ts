// The words a plan's table header uses for each column's role ("Rec no", "Agreed/ Partly Agreed/ Not Agreed",
// "Responsible owner", "Target date"), in any order, wording or case. The PDF reader uses them to tell a header row
// from the rows it heads; the parser (parse/layout.ts) reads the table's layout from them. A leaf both can import.

export type Role = 'id' | 'text' | 'status' | 'response' | 'owner' | 'target';

/** Headers of columns the parser keeps as they are, even where a role's word appears ("RAG status", "Date completed"). */
const OTHER =
  /\b(?:rag|progress|updates?|evidence|comments?|remarks?|notes?|assurance|rating|risks?|(?<!to be )completed(?! by)|revised|rationale)\b/;

const ROLE_OF_HEADER: [RegExp, Role][] = [
  [
    /^(?:(?:rec(?:ommendation)?|concern|item|para(?:graph)?|action|ref(?:erence)?)s?\.?\s*)?(?:no|nos|number|num|ref|reference|id|#)\.?$|^(?:rec|para|paragraph|item)$/,
    'id',
  ],
  [/\bowners?\b|responsib|\blead\b|\bby whom\b|\bwho\b|accountable|\baction by\b/, 'owner'],
  [
    /target|time\s*scales?|time\s*frames?|deadline|\bwhen\b|\bdue\b|\bdates?\b|\bcomplet(?:ed?|ion) by\b|^completion$/,
    'target',
  ],
  [/\b(?:agreed|accepted|agree|accept|rejected|status|decision)\b/, 'status'],
  [/response|\bactions?\b|\bplanned\b|\bsteps\b|\bhow\b/, 'response'],
  [/recommendation|concern|finding|\bissues?\b|observation|area for improvement/, 'text'],
];

/** A header without its column number ("3. Agreed/ Partly Agreed" → "Agreed/ Partly Agreed"). */
export function headerLabel(cell: string): string {
  return cell.replace(/^\s*(?:\(?\d{1,2}\s*[.):]?|[a-h][.)])\s+/i, '').trim();
}

/** A label lower-cased, its punctuation spaces: the key roles are matched on. */
export function normal(label: string): string {
  return label
    .toLowerCase()
    .replace(/[^a-z0-9#]+/g, ' ')
    .trim();
}

function roleOfKey(key: string): Role | null {
  if (!key || OTHER.test(key)) return null;
  for (const [re, role] of ROLE_OF_HEADER) if (re.test(key)) return role;
  return null;
}

export function roleOf(header: string): Role | null {
  const key = normal(headerLabel(header));
  const role = roleOfKey(key);
  if (role || !key.includes(' ')) return role;
  // A word wrapped inside a narrow column ("Recommendat ion", "Recommen dation") is still that word: the two pieces
  // read as one where together they name a role that apart they do not.
  const parts = key.split(' ');
  for (let k = 1; k < parts.length; k++) {
    const joined = roleOfKey([...parts.slice(0, k - 1), parts[k - 1]! + parts[k]!, ...parts.slice(k + 1)].join(' '));
    if (joined) return joined;
  }
  return null;
}

/** The longest a header cell runs; a longer cell is table content, not a header. */
export const HEADER_WORDS = 12;
const HEADER_CHARS = 160;
export const words = (s: string) => (s ? s.split(/\s+/).length : 0);

/** The roles a row names if it reads as a header row (short labels, three roles or more), else null. */
export function headerRoles(cells: string[][]): (Role | null)[] | null {
  // Most rows hold sentences: a cell longer than any header settles it before words are counted.
  if (cells.some((c) => c.length > 4 || c.some((b) => b.length > HEADER_CHARS))) return null;
  const texts = cells.map((blocks) => blocks.join(' '));
  const filled = texts.filter(Boolean);
  if (filled.length < 3 || filled.some((t) => words(t) > HEADER_WORDS)) return null;
  const roles = texts.map((t) => (t ? roleOf(t) : null));
  const named = new Set(roles.filter(Boolean));
  return named.size >= 3 ? roles : null;
}
