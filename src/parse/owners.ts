// Owner cells. A joint owner ("Governor/ Director Oxleas NHS Foundation Trust",
// "Governor & Head of Healthcare") is one owner. Several owners run together
// when a row has several actions ("Governor Governor Executive Director,
// Rehabilitation & Assurance"); they are split only where a new role title
// starts without a joining word before it, and only into the number of parts
// the row needs.

/** Role titles that start an owner. Longer alternatives first. */
const TITLE =
  /^(?:Deputy Governor|Governor|(?:Executive|National|Prison Group|Regional|Deputy|Operational|Area|Group) Director|Director|Head of|NHSE|HMPPS)\b/;
/** Words after which a title continues the same owner. */
const JOINER = /^(?:and|&|\/|of|the|for|to|with|or|-|–)$|[,/&]$/i;

/** Places where a new owner starts, as word indexes (never 0). */
function boundaries(words: string[]): number[] {
  const out: number[] = [];
  let i = 0;
  while (i < words.length) {
    const m = TITLE.exec(words.slice(i).join(' '));
    if (m) {
      if (i > 0 && !JOINER.test(words[i - 1]!)) out.push(i);
      i += m[0].split(' ').length;
    } else i++;
  }
  return out;
}

/**
 * Split one owner cell into exactly `count` owners, or return null when the
 * cell does not divide that way.
 */
export function splitOwners(owner: string, count: number): string[] | null {
  if (count <= 1) return null;
  const words = owner.split(' ');
  const cuts = boundaries(words);
  if (cuts.length !== count - 1) return null;
  return [0, ...cuts].map((start, k) => words.slice(start, cuts[k] ?? words.length).join(' '));
}

/**
 * Owner paragraphs of a cell (`<p>Head of Offender Management</p> <p>and</p>`):
 * a paragraph that only joins ("and") belongs with its neighbours.
 */
export function ownerParagraphs(paras: string[]): string[] {
  const out: string[] = [];
  let joinNext = false;
  for (const p of paras) {
    if (out.length && (joinNext || /^(?:and|&)\b/i.test(p))) out[out.length - 1] += ` ${p}`;
    else out.push(p);
    joinNext = /(?:\band|&|\/)$/i.test(p);
  }
  return out;
}

/** An acronym before a joint title ("SPO/ Governor", "NHSE/ Governor"). */
const ACRONYM_JOINT = /^[A-Z]{2,6}\s*\//;

/**
 * A narrow owner cell's printed lines read as owners of their own, or null: each line starts an owner (a role title,
 * or an acronym and a joint title) or repeats another line exactly, and none ends on a joining word. A wrapped
 * owner ("Director Oxleas NHS" / "Foundation Trust") is never taken apart.
 */
export function ownersByLine(blockLines: string[][] | null | undefined): string[] | null {
  if (!blockLines || !blockLines.some((ls) => ls.length > 1)) return null;
  // An owner cell is a few lines; a cell of hundreds is read as printed.
  if (blockLines.reduce((n, ls) => n + ls.length, 0) > 40) return null;
  const out: string[] = [];
  for (const lines of blockLines) {
    const own =
      lines.length > 1 &&
      lines.every(
        (l, k) =>
          !JOINER.test(l.split(' ').at(-1)!) &&
          (TITLE.test(l) || ACRONYM_JOINT.test(l) || lines.some((o, j) => j !== k && o === l)),
      );
    if (own) out.push(...lines);
    else out.push(lines.join(' '));
  }
  return out;
}
