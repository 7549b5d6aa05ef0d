// The action plan table starts at its column header row. The header is
// recognised by the roles its cells name, in any order, wording or case, with
// or without column numbers: "1. Rec. no | 2 Recommendation | 3. Agreed/
// Partly Agreed/ Not Agreed | 4. Response Action Taken/Planned | 5.
// Responsible Owner | 6. Target Date", "Concern No. | Key concern | Action
// taken / planned | Owner | Target date", and so on. A column whose role is
// not known (a progress update, a RAG rating, evidence) is kept under its
// header. Whether the plan answers recommendations (with a status column) or,
// since 2022, concerns (without) is read from the header too.
import type { SourceRow } from '../documents/readers/source.ts';
import type { PlanKind } from '../model/schema.ts';
import { cellText } from './blocks.ts';
import {
  HEADER_WORDS,
  headerLabel,
  headerRoles,
  normal,
  roleOf,
  words,
  type Role,
} from '../documents/readers/headers.ts';

export { headerLabel, headerRoles, roleOf, type Role };

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
  /** The n of the header's first line when the header is printed over two lines, else null. */
  joinedFrom: number | null;
  /** The response column also holds the status, at the start of each item's response ("Response (Agreed/ Not agreed)"). */
  statusInResponse: boolean;
}

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

/** Column numbers printed as a row of their own ("1 | 2 | 3 | 4 | 5 | 6"). */
export function columnNumbers(cells: string[][]): boolean {
  const filled = cells.map(cellText).filter(Boolean);
  return filled.length >= 3 && filled.every((t, i) => t.replace(/[.)]$/, '') === String(i + 1));
}

// A plan is a table whose items can be told apart: by their numbers, or without a number column by their texts (each
// numbered from its paragraph reference or its place, and reported).
const REQUIRED: Role[] = ['text', 'response'];
const ONE_OF: Role[] = ['owner', 'target'];

export type LayoutResult = { ok: true; layout: Layout } | { ok: false; message: string; line: number };

const EXAMPLE =
  '"1. Rec no | 2. Recommendation | 3. Agreed/ Partly Agreed/ Not Agreed | 4. Response | 5. Responsible Owner | 6. Target Date"';

/** Header cells wrapped onto a second line: short labels with no digits, in two columns or more. */
function continuesHeader(cells: string[][]): boolean {
  const texts = cells.map(cellText).filter(Boolean);
  return texts.length >= 2 && texts.every((t) => words(t) <= 6 && t.length <= 60 && !/\d/.test(t));
}

/** A header's first line: short labels, no digits once the column numbers are taken off (an item row has its number). */
function startsHeader(cells: string[][]): boolean {
  const texts = cells.map((c) => c.map((b) => headerLabel(b)).join(' ')).filter(Boolean);
  return texts.length >= 2 && texts.every((t) => words(t) <= HEADER_WORDS && !/\d/.test(t));
}

/** Two rows' cells, column by column: a header printed over two lines. */
const joinRows = (a: string[][], b: string[][]) =>
  Array.from({ length: Math.max(a.length, b.length) }, (_, k) => [...(a[k] ?? []), ...(b[k] ?? [])]);

interface Candidate {
  row: SourceRow;
  cells: string[][];
  roles: (Role | null)[];
  unnamedId: boolean;
  statusInResponse: boolean;
  joinedFrom: number | null;
}

const qualifies = (roles: (Role | null)[]) =>
  REQUIRED.every((r) => roles.includes(r)) && ONE_OF.some((r) => roles.includes(r));

/** A status header that names the response too: "Response (Agreed/ Partly agreed/ Not agreed)", "Status and response". */
const RESPONSE_WORDS = /response|\bactions?\b/;

/** The roles of a row read as a header, with a blank first cell taken as the number column. */
function candidateRoles(
  cells: string[][],
): { roles: (Role | null)[]; unnamedId: boolean; statusInResponse: boolean } | null {
  const roles = headerRoles(cells);
  if (!roles) return null;
  // One column for the status and the response: it is the response column, and each response starts with the status.
  const both = roles.includes('response')
    ? -1
    : roles.findIndex((r, k) => r === 'status' && RESPONSE_WORDS.test(normal(headerLabel(cellText(cells[k]!)))));
  if (both >= 0) roles[both] = 'response';
  // A blank first header before the text column is the number column, left unnamed.
  const unnamedId = !roles.includes('id') && cells[0]?.length === 0 && roles.find((r) => r !== null) === 'text';
  if (unnamedId) roles[0] = 'id';
  return { roles, unnamedId, statusInResponse: both >= 0 };
}

/** A header printed again after a page break repeats the first's words, however its lines break. */
const headerKey = (cells: string[][]) => normal(cells.map((c) => c.map((b) => headerLabel(b)).join(' ')).join(' '));
/** Two headers with mostly the same words (numbers and line breaks apart) head the same table. */
function similar(a: Set<string>, b: Set<string>): boolean {
  let both = 0;
  for (const w of a) if (b.has(w)) both++;
  return both / (a.size + b.size - both) >= 0.6;
}
const ITEM_NUMBER = /^(?:[A-Z]{1,3}\s?)?\d{1,3}(?:\.\d{1,3})*\.?$/;

/** The table's header row, or why none was found: the roles the best candidate names and those it lacks. */
export function findTable(rows: SourceRow[]): LayoutResult {
  let best: { row: SourceRow; roles: (Role | null)[] } | null = null;
  const candidates: Candidate[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const next = rows[i + 1];
    const alone = candidateRoles(row.cells);
    // A header wrapped over two lines: the two lines read together, if together they name the table.
    const joined =
      next && continuesHeader(next.cells) && startsHeader(row.cells)
        ? candidateRoles(joinRows(row.cells, next.cells))
        : null;
    if (
      joined &&
      qualifies(joined.roles) &&
      (!alone ||
        !qualifies(alone.roles) ||
        new Set(joined.roles.filter(Boolean)).size >= new Set(alone.roles.filter(Boolean)).size)
    ) {
      candidates.push({ row: next!, cells: joinRows(row.cells, next!.cells), ...joined, joinedFrom: row.n });
      i++;
      continue;
    }
    if (!alone) continue;
    if (qualifies(alone.roles)) {
      candidates.push({ row, cells: row.cells, ...alone, joinedFrom: null });
      continue;
    }
    if (alone.unnamedId) alone.roles[0] = null;
    if (!best || new Set(alone.roles.filter(Boolean)).size > new Set(best.roles.filter(Boolean)).size)
      best = { row, roles: alone.roles };
  }
  if (candidates.length) {
    // Another table may come first (a glossary, a summary naming "Status" or "Owner"): the action table is the one
    // naming most roles, then the one with most numbered rows under it. A header printed again after a page
    // break has the same words and counts with the first.
    const idCol = (c: Candidate) => c.roles.indexOf('id');
    const groups: { first: Candidate; words: Set<string>; roles: number; items: number }[] = [];
    const scores = candidates.map((c) => {
      const words = new Set(headerKey(c.cells).split(' '));
      const s = groups.find((g) => similar(g.words, words));
      if (s) return s;
      const g = { first: c, words, roles: new Set(c.roles.filter(Boolean)).size, items: 0 };
      groups.push(g);
      return g;
    });
    // One pass over the rows: each numbered row counts for the header above it.
    let k = -1;
    for (const r of rows) {
      while (k + 1 < candidates.length && candidates[k + 1]!.row.n <= r.n) k++;
      if (
        k >= 0 &&
        r.n > candidates[k]!.row.n &&
        ITEM_NUMBER.test(cellText(r.cells[idCol(candidates[k]!)] ?? []).trim())
      )
        scores[k]!.items++;
    }
    const chosen = groups.reduce((a, b) =>
      b.roles > a.roles || (b.roles === a.roles && b.items > a.items) ? b : a,
    ).first;
    const { row, cells, roles } = chosen;
    // A role named twice ("Date agreed", "Target date"): the column that names it most plainly has it, else the
    // first; the others are kept as they are.
    const headers = cells.map((c) => headerLabel(c.map((b) => headerLabel(b)).join(' ')));
    const holder = new Map<Role, number>();
    roles.forEach((r, k) => {
      if (!r) return;
      const had = holder.get(r);
      if (had === undefined || (!PLAIN[r].test(normal(headers[had]!)) && PLAIN[r].test(normal(headers[k]!))))
        holder.set(r, k);
    });
    const unique = roles.map((r, k) => (r && holder.get(r) === k ? r : null));
    // Concerns are not agreed or rejected: a column called only "Status" beside a concern is its progress, kept as it is.
    const s = unique.indexOf('status');
    const t = unique.indexOf('text');
    if (
      s >= 0 &&
      t >= 0 &&
      !chosen.statusInResponse &&
      /\bconcerns?\b/.test(normal(headers[t]!)) &&
      !/recommendation/.test(normal(headers[t]!)) &&
      !/\b(?:agree|accept|reject|decision)/.test(normal(headers[s]!))
    )
      unique[s] = null;
    return {
      ok: true,
      layout: {
        line: row.n,
        roles: unique,
        headers,
        kind: unique.includes('status') || chosen.statusInResponse ? 'recommendations' : 'concerns',
        unnamedId: chosen.unnamedId,
        joinedFrom: chosen.joinedFrom,
        statusInResponse: chosen.statusInResponse,
      },
    };
  }
  const expected = `Expected a header row with a column for ${list((['id', 'text', 'status', 'response', 'owner', 'target'] as Role[]).map((r) => ROLE_NAME[r]))}, in any order and wording, such as ${EXAMPLE}.`;
  if (!best)
    return {
      ok: false,
      line: 0,
      message: `No action plan table was found: no row names the table's columns. ${expected}`,
    };
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

/**
 * Part of the header printed again (a header wrapped differently after a page break): two or more cells, each
 * repeating words of its column's header.
 */
export function headerFragment(cells: string[][], layout: Layout): boolean {
  // Most rows hold sentences: a cell longer than its column's header settles it.
  if (cells.some((c, k) => c.length && cellText(c).length > (layout.headers[k]?.length ?? 0) + 8)) return false;
  const filled = cells
    .map((c, k) => [normal(headerLabel(cellText(c))), normal(layout.headers[k] ?? '')] as const)
    .filter(([t]) => t);
  return filled.length >= 2 && filled.every(([t, h]) => h && ` ${h} `.includes(` ${t} `));
}

/** The table's header row, or null if the document has none. */
export function findLayout(rows: SourceRow[]): Layout | null {
  const found = findTable(rows);
  return found.ok ? found.layout : null;
}
