// Segments of an item (its rows' response, owner and target cells) → the
// full response and one action per owner/target pair.
//
// How rows divide into actions:
// - a row with a target starts new actions (one per target, or per owner when
//   the owner cell lists more);
// - a row with an owner but no target continues the previous owner (a joint
//   owner split by a page break);
// - a row with only response text continues the previous action's text;
// - a row with only an owner and target, under a row whose response has more
//   paragraphs than actions, adds an action for the next paragraph (Leicester).
//
// The repairs for rows cut by a page break (an owner joined to the one above,
// a sentence joined across rows, an empty owner cell taking the owner above)
// apply only where the source can cut a row (a text export). In Word,
// OpenDocument and PDF (whose reader joins a row cut by a page) a row is whole: a row with an owner and no target is an action
// of its own, and an empty owner cell takes the owner above only where the
// cell is merged down from it.
import type { Action } from '../model/schema.ts';
import { parseTargets, type Target } from './dates.ts';
import type { Segment } from './items.ts';
import { joinBlocks } from './blocks.ts';
import { note, type Note } from '../model/notes.ts';
import { ownerParagraphs, ownersByLine, splitOwners } from './owners.ts';

export interface Para {
  text: string;
  /** A paragraph printed in the row that made the actions (not a continuation row, not a list item). */
  fromRow: boolean;
}

/** The rows that make one or more actions: a row with targets (or a whole row with an owner) and the rows that go on from it. */
export interface ActionGroup {
  line: number;
  paras: Para[];
  owners: string[];
  targets: Target[];
}

const words = (s: string) => (s ? s.split(/\s+/).length : 0);
const rowPara = (text: string): Para => ({ text, fromRow: !text.startsWith('• ') });
const finished = (s: string) => /[.!?:;)"”’]$/.test(s);

/** Split at the end of the first sentence: [sentence, rest]. */
function firstSentence(s: string): [string, string] {
  const m = /[.!?](?=\s|$)/.exec(s);
  return m ? [s.slice(0, m.index + 1), s.slice(m.index + 1).trim()] : [s, ''];
}

/** Split before the start of the last (unfinished) sentence: [before, tail]. */
function lastSentence(s: string): [string, string] {
  const m = /^(.*[.!?:;])\s+(\S.*)$/s.exec(s);
  return m ? [m[1]!, m[2]!] : ['', s];
}

/** Paragraphs added to a group: a first one in lower case under an unfinished paragraph goes on with it. */
export function appendParas(group: ActionGroup, paras: string[], fromRow: boolean): ActionGroup {
  const out = [...group.paras];
  paras.forEach((text, i) => {
    const last = out.at(-1);
    if (i === 0 && last && !finished(last.text) && /^[a-z]/.test(text)) {
      out[out.length - 1] = { ...last, text: /[A-Za-z]-$/.test(last.text) ? last.text + text : `${last.text} ${text}` };
    } else {
      out.push({ text, fromRow });
    }
  });
  return { ...group, paras: out };
}

export interface BuiltActions {
  response: string;
  actions: Action[];
  notes: Note[];
}

export interface ActionOptions {
  /** Can a page break cut a row of the source into rows of its own? (Text: yes; Word, OpenDocument, PDF: no.) */
  rowsCutByPages: boolean;
  /** For sources whose rows are whole: is the owner cell of the row at this line merged down from the row above? */
  ownerMergedDown?: (line: number) => boolean;
}

/**
 * A response printed with its paragraphs run together (a PDF cell with no space between them), where the row has more
 * actions than paragraphs: the paragraphs are told apart where a printed line ends a sentence and the next starts a
 * new one, but only when exactly that many such places make one paragraph for each action.
 */
function paragraphsByLine(seg: Segment, actions: number): string[] | null {
  const lines = seg.responseLines;
  const paras = seg.paras.filter((p) => !p.startsWith('• ')).length;
  if (!lines || actions <= 1 || paras >= actions || paras !== seg.paras.length) return null;
  const breaks = lines.flatMap((ls, b) =>
    ls.slice(1).flatMap((l, k) => (/[.!?]["”’)]?$/.test(ls[k]!) && /^[A-Z]/.test(l) ? [[b, k + 1] as const] : [])),
  );
  if (breaks.length !== actions - paras) return null;
  return lines.flatMap((ls, b) => {
    const cuts = [0, ...breaks.filter(([bb]) => bb === b).map(([, k]) => k), ls.length];
    return cuts.slice(1).map((end, i) => ls.slice(cuts[i], end).join(' '));
  });
}

/** Owner paragraphs made `n` owners by splitting some of them where owners run together, or null. */
function splitOwnerParagraphs(owners: string[], n: number): string[] | null {
  if (owners.length >= n) return owners.length === n ? owners : null;
  // Each paragraph as one owner or as c owners run together; the first way to make n in all.
  const ways = owners.map((o) => {
    const out: string[][] = [[o]];
    for (let c = 2; c <= n - owners.length + 1; c++) {
      const parts = splitOwners(o, c);
      if (parts) out.push(parts);
    }
    return out;
  });
  const pick = (k: number, left: number): string[] | null => {
    if (k === owners.length) return left === 0 ? [] : null;
    for (const parts of ways[k]!) {
      if (parts.length > left) continue;
      const rest = pick(k + 1, left - parts.length);
      if (rest) return [...parts, ...rest];
    }
    return null;
  };
  return pick(0, n);
}

/** The most lines of a narrow owner or target cell read line by line. */
const MAX_CELL_LINES = 40;

/**
 * A narrow target cell (PDF) prints two paragraphs ("Completed", "December 2018") as it prints a wrapped line, and
 * reading them as one gives fewer targets than the row has owners. The cell's printed lines are then read in runs,
 * each run a whole target with a date or a state ("Completed" | "March" "2020" | "December 2019"), into as many
 * targets as the row has owners (or response paragraphs); if no such reading exists, the cell stays as the reader
 * joined it ("Completed December 2018", done that month).
 */
function targetsByLine(seg: Segment, owners: string[], read: number, ownerLines: number | null): Target[] | null {
  const blockLines = seg.targetLines;
  if (!blockLines || !blockLines.some((ls) => ls.length > 1)) return null;
  const lines = blockLines.flatMap((ls, b) => ls.map((text, k) => ({ text, starts: k === 0, b })));
  // A target cell is a few lines; a cell of hundreds is no list of targets, and is read as printed.
  if (lines.length > MAX_CELL_LINES) return null;
  // ways[i]: for each count of targets the lines from i on can be read as, one reading.
  const ways: Map<number, Target[]>[] = Array.from({ length: lines.length + 1 }, () => new Map());
  ways[lines.length]!.set(0, []);
  for (let i = lines.length - 1; i >= 0; i--) {
    for (let j = i + 1; j <= lines.length; j++) {
      if (j < lines.length && lines[j]!.b !== lines[i]!.b) {
        // A run never crosses from one paragraph to the next.
        if (!lines[j]!.starts) break;
      }
      if (j - i > 1 && lines[j - 1]!.b !== lines[i]!.b) break;
      if (j < lines.length && !lines[j]!.starts && lines[j]!.b !== lines[i]!.b) break;
      const ts = parseTargets(
        lines
          .slice(i, j)
          .map((l) => l.text)
          .join(' '),
      );
      if (ts.length !== 1 || ts[0]!.due === null) continue;
      for (const [count, rest] of ways[j]!) if (!ways[i]!.has(count + 1)) ways[i]!.set(count + 1, [ts[0]!, ...rest]);
    }
  }
  const paras = seg.paras.filter((p) => !p.startsWith('• ')).length;
  const fits = (n: number) =>
    owners.length === n || splitOwnerParagraphs(owners, n) !== null || ownerLines === n || paras === n;
  const counts = [...ways[0]!.keys()].filter((n) => n > read && fits(n)).sort((a, b) => b - a);
  return counts.length ? ways[0]!.get(counts[0]!)! : null;
}

// Building actions is two folds. The first reads each segment (a row's cells) and adds it to the groups so far: a
// new group, or more owners, targets or text for the last one. The second turns each group into its actions, with
// the owner above carried down. Each step is a pure function of what it is given.

/** A segment with its owners and targets read, and the repairs made in reading them. */
export interface ReadSegment {
  seg: Segment;
  owners: string[];
  targets: Target[];
  notes: Note[];
}

/** A segment's owners and targets: targets and owners on lines of their own read apart, paragraphs run together told apart. */
export function readSegment(segment: Segment): ReadSegment {
  let seg = segment;
  const notes: Note[] = [];
  let owners = ownerParagraphs(seg.owner);
  let targets = seg.target.flatMap(parseTargets);
  const ownerLines = ownersByLine(seg.ownerLines);
  const apart = targetsByLine(seg, owners, targets.length, ownerLines?.length ?? null);
  if (apart) {
    notes.push(
      note(
        seg.line,
        'targets-split',
        `The targets "${seg.target.join(' ')}" stand on lines of their own in a narrow cell, one for each owner; they were read apart: ${apart.map((t) => `"${t.target}"`).join(', ')}.`,
        seg.target.join(' '),
      ),
    );
    targets = apart;
  }
  // Paragraphs of the response run together in a PDF cell: told apart at the ends of sentences, one for each action.
  const parts = paragraphsByLine(seg, Math.max(owners.length, targets.length));
  if (parts) {
    notes.push(
      note(
        seg.line,
        'paragraphs-split',
        `The response's ${parts.length} paragraphs stand in its cell with no space between them; they were told apart where a line ends a sentence, one for each action.`,
      ),
    );
    seg = { ...seg, paras: parts };
  }
  // Owners on lines of their own in a narrow cell, one for each target.
  if (ownerLines && owners.length < targets.length && ownerLines.length === targets.length) {
    notes.push(
      note(
        seg.line,
        'owners-split',
        `The owners "${seg.owner.join(' ')}" stand on lines of their own in a narrow cell, one for each target; they were read apart: ${ownerLines.map((o) => `"${o}"`).join(', ')}.`,
        seg.owner.join(' '),
      ),
    );
    owners = ownerLines;
  }
  return { seg, owners, targets, notes };
}

/** The groups after one segment, and the repairs it took. */
export interface GroupStep {
  groups: ActionGroup[];
  notes: Note[];
}

const newGroup = (read: ReadSegment, paras: string[] = read.seg.paras): ActionGroup => ({
  line: read.seg.line,
  paras: paras.map(rowPara),
  owners: read.owners,
  targets: read.targets,
});

const withLast = (groups: ActionGroup[], last: ActionGroup, ...more: ActionGroup[]): ActionGroup[] => [
  ...groups.slice(0, -1),
  last,
  ...more,
];

/** A row with only an owner and target, under a row with more paragraphs than actions: an action for the next paragraph (Leicester). */
export function moreActions(last: ActionGroup, read: ReadSegment): ActionGroup {
  return { ...last, owners: [...last.owners, ...read.owners], targets: [...last.targets, ...read.targets] };
}

/**
 * A row with targets starts a group. Where a page break can cut a row, a sentence it cut is joined: it belongs to the
 * action holding most of its words.
 */
export function startGroup(
  last: ActionGroup,
  read: ReadSegment,
  cut: boolean,
): { last: ActionGroup; group: ActionGroup; notes: Note[] } {
  const paras = [...read.seg.paras];
  const prev = last.paras.at(-1);
  if (!(cut && prev && paras[0] && !finished(prev.text) && /^[a-z]/.test(paras[0])))
    return { last, group: newGroup(read, paras), notes: [] };
  const [head, tail] = lastSentence(prev.text);
  const [fragment, rest] = firstSentence(paras[0]);
  const lastParas = last.paras.slice(0, -1);
  if (words(tail) >= words(fragment)) {
    if (rest) paras[0] = rest;
    else paras.shift();
    const joined = note(
      read.seg.line,
      'sentence-joined',
      'A sentence split by a page break was joined; its end was moved up to the action where it starts.',
      fragment,
    );
    return {
      last: { ...last, paras: [...lastParas, { ...prev, text: `${prev.text} ${fragment}` }] },
      group: newGroup(read, paras),
      notes: [joined],
    };
  }
  paras[0] = `${tail} ${paras[0]}`;
  const joined = note(
    read.seg.line,
    'sentence-joined',
    'A sentence split by a page break was joined; its start was moved down to the action where most of it stands.',
    tail,
  );
  return {
    last: { ...last, paras: head ? [...lastParas, { ...prev, text: head }] : lastParas },
    group: newGroup(read, paras),
    notes: [joined],
  };
}

/** A row with an owner and no target, where a page break can cut a row: the rest of the owner above, and of its text. */
export function joinOwner(last: ActionGroup, read: ReadSegment): { last: ActionGroup; notes: Note[] } {
  const joined = read.owners.join(' ');
  const owners = last.owners.length ? [...last.owners.slice(0, -1), `${last.owners.at(-1)} ${joined}`] : [joined];
  const ownerJoined = note(
    read.seg.line,
    'owner-joined',
    `An owner split by a page break was joined: "${owners.at(-1)}".`,
    joined,
  );
  return { last: appendParas({ ...last, owners }, read.seg.paras, false), notes: [ownerJoined] };
}

/** One segment's transition: which of the steps above the row is. */
export function addSegment(groups: ActionGroup[], read: ReadSegment, cut: boolean): GroupStep {
  const last = groups.at(-1);
  if (!last) return { groups: [newGroup(read)], notes: [] };
  const { seg, owners, targets } = read;
  const actionsSoFar = Math.max(last.owners.length, last.targets.length);
  if (
    !seg.paras.length &&
    (owners.length || targets.length) &&
    last.paras.filter((p) => p.fromRow).length > actionsSoFar
  )
    return { groups: withLast(groups, moreActions(last, read)), notes: [] };
  if (targets.length) {
    const step = startGroup(last, read, cut);
    return { groups: withLast(groups, step.last, step.group), notes: step.notes };
  }
  // A whole row with an owner and no target: an action of its own, without a target.
  if (owners.length && !cut) return { groups: [...groups, newGroup(read)], notes: [] };
  if (owners.length) {
    const step = joinOwner(last, read);
    return { groups: withLast(groups, step.last), notes: step.notes };
  }
  return { groups: withLast(groups, appendParas(last, seg.paras, false)), notes: [] };
}

/** A group's owners: one cell naming several owners run together, split for its targets or paragraphs. */
export function groupOwners(g: ActionGroup, rowParas: number): { owners: string[]; notes: Note[] } {
  if (g.owners.length === 1) {
    const split =
      splitOwners(g.owners[0]!, g.targets.length) ?? (rowParas > 1 ? splitOwners(g.owners[0]!, rowParas) : null);
    if (!split) return { owners: g.owners, notes: [] };
    return {
      owners: split,
      notes: [
        note(
          g.line,
          'owners-split',
          `The owner cell "${g.owners[0]}" names ${split.length} owners run together; it was split: ${split.map((o) => `"${o}"`).join(', ')}.`,
        ),
      ],
    };
  }
  if (g.owners.length > 1 && g.owners.length < g.targets.length) {
    // Several owner paragraphs, fewer than the targets: one of them names owners run together (a narrow cell).
    const split = splitOwnerParagraphs(g.owners, g.targets.length);
    if (!split) return { owners: g.owners, notes: [] };
    return {
      owners: split,
      notes: [
        note(
          g.line,
          'owners-split',
          `The owner cell "${g.owners.join(' ')}" names ${split.length} owners, some run together; it was split: ${split.map((o) => `"${o}"`).join(', ')}.`,
        ),
      ],
    };
  }
  return { owners: g.owners, notes: [] };
}

/** A group's targets: one target printed again for one owner is kept once. */
export function groupTargets(g: ActionGroup, owners: string[]): { targets: Target[]; notes: Note[] } {
  const targets = g.targets;
  if (!(targets.length > 1 && owners.length <= 1 && targets.every((t) => t.target === targets[0]!.target)))
    return { targets, notes: [] };
  const repeated = note(
    g.line,
    'target-repeated',
    `The target "${targets[0]!.target}" was printed ${targets.length} times for one owner; it was kept once.`,
    targets
      .slice(1)
      .map((t) => t.target)
      .join(' '),
  );
  return { targets: [targets[0]!], notes: [repeated] };
}

/** Which paragraphs belong to which of a group's k actions: each continuation paragraph stays with the one before it. */
export function actionTexts(g: ActionGroup, k: number, rowParas: number): { texts: (string | null)[]; notes: Note[] } {
  if (k === 1) return { texts: [joinBlocks(g.paras.map((p) => p.text)) || null], notes: [] };
  if (rowParas === k) {
    const parts: string[][] = [];
    for (const p of g.paras) {
      if (p.fromRow || !parts.length) parts.push([p.text]);
      else parts.at(-1)!.push(p.text);
    }
    return { texts: parts.map(joinBlocks), notes: [] };
  }
  const unclear = g.paras.length
    ? [
        note(
          g.line,
          'action-text-unclear',
          `This row has ${k} actions but ${rowParas} response paragraph(s), so the document does not say which part of the response belongs to which action.`,
        ),
      ]
    : [];
  return { texts: Array(k).fill(null), notes: unclear };
}

/** The notes on a group's owners (one per copied owner, with the owner as the note's text) and targets. */
function ownerAndTargetNotes(
  g: ActionGroup,
  k: number,
  owners: string[],
  targets: Target[],
  inherited: string | null,
): Note[] {
  const notes: Note[] = [];
  if (inherited !== null) {
    for (let i = 0; i < k; i++) {
      notes.push(
        note(
          g.line,
          'owner-inherited',
          `No owner is printed for this action; the owner above it ("${inherited}") applies, as in a merged table cell.`,
          inherited,
        ),
      );
    }
  } else if (owners.length !== k && owners.length > 1) {
    notes.push(
      note(
        g.line,
        'owner-missing',
        `This row has ${k} actions but only ${owners.length} owners; action ${owners.length + 1}${k - owners.length > 1 ? ` to ${k}` : ''} has no owner.`,
      ),
    );
  } else if (owners.length === 1 && k > 1) {
    for (let i = 1; i < k; i++) {
      notes.push(
        note(g.line, 'owner-shared', `One owner is printed for ${k} target dates; it applies to each.`, owners[0]!),
      );
    }
  }
  if (targets.length && targets.length !== k) {
    notes.push(
      note(
        g.line,
        'target-missing',
        `This row has ${k} actions but only ${targets.length} target date(s); action ${targets.length + 1}${k - targets.length > 1 ? ` to ${k}` : ''} has none.`,
      ),
    );
  }
  for (const t of targets) {
    if (t.due === null)
      notes.push(
        note(
          g.line,
          'target-unreadable',
          `The target "${t.target}" is not a date or a state (Completed, Ongoing) that the parser can read.`,
        ),
      );
  }
  return notes;
}

/** A group's actions, given the owner of the actions above; and the owner the next group sees above it. */
export interface GroupActions {
  actions: Action[];
  notes: Note[];
  previousOwner: string | null;
}

/**
 * One group → its actions: one per owner/target pair. A group with no owner takes the owner above where a page break
 * can cut a row, or where its owner cell is merged down from the row above.
 */
export function groupActions(g: ActionGroup, previousOwner: string | null, options: ActionOptions): GroupActions {
  const rowParas = g.paras.filter((p) => p.fromRow).length;
  const split = groupOwners(g, rowParas);
  const owners = split.owners;
  const once = groupTargets(g, owners);
  const targets = once.targets;
  const notes = [...split.notes, ...once.notes];
  const k = Math.max(owners.length, targets.length);
  if (k === 0) return { actions: [], notes, previousOwner };
  const texts = actionTexts(g, k, rowParas);
  const inherits =
    owners.length === 0 &&
    previousOwner !== null &&
    (options.rowsCutByPages || options.ownerMergedDown?.(g.line) === true);
  const inherited = inherits ? previousOwner : null;
  notes.push(...texts.notes, ...ownerAndTargetNotes(g, k, owners, targets, inherited));
  const actions = Array.from({ length: k }, (_, i): Action => {
    const owner = owners.length === 0 ? inherited : owners.length === 1 ? owners[0]! : (owners[i] ?? null);
    const target = targets[i] ?? null;
    return { text: texts.texts[i] ?? null, owner, target: target?.target ?? null, due: target?.due ?? null };
  });
  return { actions, notes, previousOwner: owners.at(-1) ?? previousOwner };
}

export function buildActions(segments: Segment[], options: ActionOptions = { rowsCutByPages: true }): BuiltActions {
  const notes: Note[] = [];
  let groups: ActionGroup[] = [];
  for (const seg of segments) {
    const read = readSegment(seg);
    const step = addSegment(groups, read, options.rowsCutByPages);
    notes.push(...read.notes, ...step.notes);
    groups = step.groups;
  }
  const actions: Action[] = [];
  let previousOwner: string | null = null;
  for (const g of groups) {
    const made = groupActions(g, previousOwner, options);
    actions.push(...made.actions);
    notes.push(...made.notes);
    previousOwner = made.previousOwner;
  }
  const response = joinBlocks(groups.flatMap((g) => g.paras.map((p) => p.text)));
  return { response, actions, notes };
}
