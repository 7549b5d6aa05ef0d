// The action plan table starts at its column header row. The header is
// recognised by the roles its cells name, in any order, wording or case, with
// or without column numbers: "1. Rec. no | 2 Recommendation | 3. Agreed/
// Partly Agreed/ Not Agreed | 4. Response Action Taken/Planned | 5.
// Responsible Owner | 6. Target Date", "Concern No. | Key concern | Action
// taken / planned | Owner | Target date", and so on. A column whose role is
// not known (a progress update, a RAG rating, evidence) is kept under its
// header. Whether the plan answers recommendations (with a status column) or,
// since 2022, concerns (without) is read from the header too.
import type { SourceRow } from '../documents/source.ts';
import type { PlanKind } from '../model/schema.ts';
import { cellText } from './blocks.ts';

export type Role = 'id' | 'text' | 'status' | 'response' | 'owner' | 'target';

export interface Layout {
  /** The n of the header row. */
  line: number;
  /** The role of each column, by position; null for a column kept under its header. */
  roles: (Role | null)[];
  /** Each column's header as printed, without its number. */
  headers: string[];
  kind: PlanKind;
  /** The number column has no header of its own (a blank first cell before the text column). */
  unnamedId: boolean;
}

/** Headers of columns the parser keeps as they are, even where a role's word appears ("RAG status", "Date completed"). */
const OTHER = /\b(?:rag|progress|updates?|evidence|comments?|remarks?|notes?|assurance|rating|risks?|completed|revised|rationale)\b/;

const ROLE_OF_HEADER: [RegExp, Role][] = [
  [/^(?:(?:rec(?:ommendation)?|concern|item|para(?:graph)?|action|ref(?:erence)?)s?\.?\s*)?(?:no|nos|number|num|ref|reference|id|#)\.?$/, 'id'],
  [/\bowners?\b|responsib|\blead\b|\bby whom\b|\bwho\b|accountable|\baction by\b/, 'owner'],
  [/target|time\s*scales?|time\s*frames?|deadline|\bwhen\b|\bdue\b|\bdates?\b/, 'target'],
  [/\b(?:agreed|accepted|agree|accept|rejected|status|decision)\b/, 'status'],
  [/response|\bactions?\b|\bplanned\b|\bsteps\b|\bhow\b/, 'response'],
  [/recommendation|concern|finding|\bissues?\b|observation|area for improvement/, 'text'],
];

/** The plainest names of each role, which win when two columns name the same role. */
const PLAIN: Record<Role, RegExp> = {
  id: /\b(?:no|number|ref)\b/,
  text: /^(?:recommendations?|concerns?|key concerns?|priority concerns?)$/,
  status: /\bagreed\b.*\bnot agreed\b|^status$/,
  response: /^response|action(?:s)? taken|planned/,
  owner: /\bowner|responsible/,
  target: /target|timescale|deadline|by when/,
};

/** What each role is called in messages. */
export const ROLE_NAME: Record<Role, string> = {
  id: 'the number (“Rec no”, “Concern No.”, “Ref”)',
  text: 'the recommendation or concern',
  status: 'the status (“Agreed/ Partly Agreed/ Not Agreed”; recommendations only)',
  response: 'the response (“Action taken/planned”)',
  owner: 'the responsible owner',
  target: 'the target date',
};

const list = (xs: string[]) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);

/** A header without its column number ("3. Agreed/ Partly Agreed" → "Agreed/ Partly Agreed"). */
export function headerLabel(cell: string): string {
  return cell.replace(/^\s*(?:\(?\d{1,2}\s*[.):]?|[a-h][.)])\s+/i, '').trim();
}

function normal(label: string): string {
  return label.toLowerCase().replace(/[^a-z0-9#]+/g, ' ').trim();
}

export function roleOf(header: string): Role | null {
  const key = normal(headerLabel(header));
  if (!key || OTHER.test(key)) return null;
  for (const [re, role] of ROLE_OF_HEADER) if (re.test(key)) return role;
  return null;
}

/** The longest a header cell runs; a longer cell is table content, not a header. */
const HEADER_WORDS = 12;
const HEADER_CHARS = 160;
const words = (s: string) => (s ? s.split(/\s+/).length : 0);

/** The roles a row names if it reads as a header row (short labels, three roles or more), else null. */
export function headerRoles(cells: string[][]): (Role | null)[] | null {
  // Most rows hold sentences: a cell longer than any header settles it before words are counted.
  if (cells.some((c) => c.length > 4 || c.some((b) => b.length > HEADER_CHARS))) return null;
  const texts = cells.map(cellText);
  const filled = texts.filter(Boolean);
  if (filled.length < 3 || filled.some((t) => words(t) > HEADER_WORDS)) return null;
  const roles = texts.map((t) => (t ? roleOf(t) : null));
  const named = new Set(roles.filter(Boolean));
  return named.size >= 3 ? roles : null;
}

/** Column numbers printed as a row of their own ("1 | 2 | 3 | 4 | 5 | 6"). */
export function columnNumbers(cells: string[][]): boolean {
  const filled = cells.map(cellText).filter(Boolean);
  return filled.length >= 3 && filled.every((t, i) => t.replace(/[.)]$/, '') === String(i + 1));
}

const REQUIRED: Role[] = ['id', 'text', 'response'];
const ONE_OF: Role[] = ['owner', 'target'];

export type LayoutResult = { ok: true; layout: Layout } | { ok: false; message: string; line: number };

const EXAMPLE = '"1. Rec no | 2. Recommendation | 3. Agreed/ Partly Agreed/ Not Agreed | 4. Response | 5. Responsible Owner | 6. Target Date"';

/** The table's header row, or why none was found: the roles the best candidate names and those it lacks. */
export function findTable(rows: SourceRow[]): LayoutResult {
  let best: { row: SourceRow; roles: (Role | null)[] } | null = null;
  for (const row of rows) {
    const roles = headerRoles(row.cells);
    if (!roles) continue;
    // A blank first header before the text column is the number column, left unnamed.
    const unnamedId = !roles.includes('id') && row.cells[0]?.length === 0 && roles.find((r) => r !== null) === 'text';
    if (unnamedId) roles[0] = 'id';
    if (REQUIRED.every((r) => roles.includes(r)) && ONE_OF.some((r) => roles.includes(r))) {
      // A role named twice ("Date agreed", "Target date"): the column that names it most plainly has it, else the
      // first; the others are kept as they are.
      const headers = row.cells.map((c) => headerLabel(cellText(c)));
      const holder = new Map<Role, number>();
      roles.forEach((r, k) => {
        if (!r) return;
        const had = holder.get(r);
        if (had === undefined || (!PLAIN[r].test(normal(headers[had]!)) && PLAIN[r].test(normal(headers[k]!)))) holder.set(r, k);
      });
      const unique = roles.map((r, k) => (r && holder.get(r) === k ? r : null));
      return { ok: true, layout: { line: row.n, roles: unique, headers, kind: unique.includes('status') ? 'recommendations' : 'concerns', unnamedId } };
    }
    if (unnamedId) roles[0] = null;
    if (!best || new Set(roles.filter(Boolean)).size > new Set(best.roles.filter(Boolean)).size) best = { row, roles };
  }
  const expected = `Expected a header row with a column for ${list((['id', 'text', 'status', 'response', 'owner', 'target'] as Role[]).map((r) => ROLE_NAME[r]))}, in any order and wording, such as ${EXAMPLE}.`;
  if (!best) return { ok: false, line: 0, message: `No action plan table was found: no row names the table's columns. ${expected}` };
  const found = [...new Set(best.roles.filter((r): r is Role => r !== null))];
  const missing = [
    ...REQUIRED.filter((r) => !found.includes(r)).map((r) => ROLE_NAME[r]),
    ...(ONE_OF.some((r) => found.includes(r)) ? [] : [`${ROLE_NAME.owner} or ${ROLE_NAME.target}`]),
  ];
  return {
    ok: false,
    line: best.row.n,
    message: `No action plan table was found: the row at ${best.row.where} ("${best.row.cells.map(cellText).filter(Boolean).join(' | ')}") has columns for ${list(found.map((r) => ROLE_NAME[r]))}, but none for ${list(missing)}. ${expected}`,
  };
}

/** The table's header row, or null if the document has none. */
export function findLayout(rows: SourceRow[]): Layout | null {
  const found = findTable(rows);
  return found.ok ? found.layout : null;
}
