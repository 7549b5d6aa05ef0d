// The action plan table starts at its column header row
// ("1. Rec. no | 2 Recommendation | 3. Agreed/ ... | 4. Response ... | 5. Responsible Owner | 6. Target Date").
// The header tells which column holds what, and whether the plan answers
// recommendations (with a status column) or, since 2022, concerns (without).
import type { PlanKind } from '../model/schema.ts';
import type { SourceRow } from '../documents/source.ts';
import { cellText } from './blocks.ts';

export type Role = 'id' | 'text' | 'status' | 'response' | 'owner' | 'target';

export interface Layout {
  /** Line number of the header row. */
  line: number;
  /** The role of each column, by position; null for a column we do not know. */
  roles: (Role | null)[];
  kind: PlanKind;
}

const ROLE_OF_HEADER: [RegExp, Role][] = [
  [/\brec(?:ommendation)?\.?\s*(?:no|number)\b|^\s*(?:1\.?\s*)?no\.?\s*$/i, 'id'],
  [/agreed|accepted|rejected|status/i, 'status'],
  [/response|action taken|action planned/i, 'response'],
  [/owner|responsible|function|lead/i, 'owner'],
  [/target|date|timescale|deadline/i, 'target'],
  [/recommendation|concern|finding/i, 'text'],
];

function roleOf(header: string): Role | null {
  for (const [re, role] of ROLE_OF_HEADER) if (re.test(header)) return role;
  return null;
}

/** The table's header row, or null if the document has none. */
export function findLayout(rows: SourceRow[]): Layout | null {
  for (const line of rows) {
    if (line.cells.length < 4) continue;
    const headers = line.cells.map(cellText);
    if (!/\brec\.?\s*(?:no|number)\b/i.test(headers[0] ?? '')) continue;
    const roles = headers.map(roleOf);
    const required: Role[] = ['id', 'text', 'response', 'owner', 'target'];
    if (!required.every((r) => roles.includes(r))) continue;
    return { line: line.n, roles, kind: roles.includes('status') ? 'recommendations' : 'concerns' };
  }
  return null;
}
