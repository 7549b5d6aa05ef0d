// Rows → draft items. A row with a number starts an item; rows without one
// continue it (a page break splits a row into several lines). Headings set
// the group and section of the items that follow.
import { distance } from 'fastest-levenshtein';
import type { Layout } from './layout.ts';
import { note, type Note } from '../model/notes.ts';
import { endsWithReference } from './refs.ts';
import type { HeadingRow, Row, TableRow } from './rows.ts';
import { readStatus, statusOf } from './status.ts';

export interface Segment {
  line: number;
  paras: string[];
  owner: string[];
  target: string[];
  /** The printed lines of each owner and target block, where the reader knows them (PDF). */
  responseLines?: string[][] | null;
  ownerLines?: string[][] | null;
  targetLines?: string[][] | null;
}

export interface Draft {
  line: number;
  id: string | null;
  group: string | null;
  section: string | null;
  text: string[];
  statusAsWritten: string | null;
  segments: Segment[];
  /** Blocks of each column kept under its own header, across the item's rows. */
  other: string[][];
  notes: Note[];
}

/** 5.1, 12, 1.2.3, and priority or key concerns lettered PC1, KC3. */
const ID = /^((?:[A-Z]{1,3})?\d{1,3}(?:\.\d{1,3}){0,2})\.?$/;
/** A number printed with its label: "Rec 5.1", "Recommendation 1", "Concern 3", "No. 4". */
const LABELLED_ID =
  /^(rec(?:ommendation)?|concern|item|para(?:graph)?|ref|no)\.?\s*((?:[A-Z]{1,3})?\d{1,3}(?:\.\d{1,3}){0,2})\.?$/i;
const GLUED_ID = /^(\d{1,2}\.\d{1,3})\s+(\S.*)$/;
/** Addressee and kind headings; every other heading is a topic section. */
const GROUP_HEADING =
  /^(?:main\s+)?(?:recommendations?|concerns?)\b|^(?:priority|key|other)\s+concerns?\b|^to\s+(?:the\s+)?\w|^housekeeping\b/i;

const words = (s: string) => (s ? s.split(/\s+/).length : 0);
const normal = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** The item text as stitched so far. */
export function joinFragments(fragments: string[]): string {
  return fragments.reduce(
    (acc, f) => (!acc ? f : /[A-Za-z]-$/.test(acc) && /^[a-z]/.test(f) ? acc + f : `${acc} ${f}`),
    '',
  );
}

function complete(text: string): boolean {
  return endsWithReference(text) || /[.!?]["”’)]?$/.test(text);
}

/** A short line that repeats the end of the text, garbled by OCR ("unaumonsed absences. (5.52)"). */
function garbledRepeat(text: string, fragment: string): boolean {
  if (words(fragment) > 6) return false;
  const a = fragment.toLowerCase();
  const b = text.slice(-fragment.length).toLowerCase();
  return 1 - distance(a, b) / Math.max(a.length, b.length) >= 0.6;
}

/** A row of text that reads as a heading, not as the rest of a sentence. */
function headingLike(s: string): boolean {
  return /^[A-Z]/.test(s) && !/[.:;,]$/.test(s) && words(s) <= 12 && !endsWithReference(s) && !/\d/.test(s);
}

/**
 * Text printed in the number column next to the text column: either the same
 * words twice (keep the longer, set the other aside) or one text split over
 * both cells (join them).
 */
function reconcile(fromIdColumn: string, fromTextColumn: string): { text: string; dropped: string | null } {
  if (!fromTextColumn) return { text: fromIdColumn, dropped: null };
  const a = normal(fromIdColumn);
  const b = normal(fromTextColumn);
  if (a.includes(b)) return { text: fromIdColumn, dropped: fromTextColumn };
  if (b.includes(a)) return { text: fromTextColumn, dropped: fromIdColumn };
  return { text: `${fromIdColumn} ${fromTextColumn}`, dropped: null };
}

/** The text of a row whose number column holds words instead of a number, and the note of the repair. */
function textWithNumberColumn(row: TableRow): { text: string; note: Note } {
  const r = reconcile(row.id, row.text);
  return {
    text: r.text,
    note: r.dropped
      ? note(
          row.n,
          'duplicate-text',
          'The same words were printed in the number column and the text column; they were kept once.',
          r.dropped,
        )
      : note(
          row.n,
          'text-in-number-column',
          'The number column holds text instead of a number; it was joined to the recommendation text.',
          row.id,
        ),
  };
}

// Assembly is a fold over the rows: the state below, and one small transition for each thing a row can be. Each
// transition is pure (it returns a new state and leaves the old one as it was), so each can be tested on its own.

/** What the rows read so far leave in force for the next row. */
export interface Assembly {
  /** The addressee heading ("Main recommendations"), and the topic heading under it. */
  group: string | null;
  section: string | null;
  /** The last heading applied was an addressee heading (a "To the governor" after it joins it). */
  lastWasGroup: boolean;
  /** The heading the row before was, if it was one: a heading cut by a page break goes on in the next row. */
  lastHeading: 'group' | 'section' | null;
  /** A heading printed inside the split row of an item, applied when the next item starts. */
  pending: { text: string; line: number } | null;
  /** The item being read. */
  current: Draft | null;
}

/** One row's effect: the state after it, the item it finished (a new one started), and notes on the document. */
export interface Step {
  state: Assembly;
  done: Draft | null;
  notes: Note[];
}

export const START: Assembly = {
  group: null,
  section: null,
  lastWasGroup: false,
  lastHeading: null,
  pending: null,
  current: null,
};

const stay = (state: Assembly, notes: Note[] = []): Step => ({ state, done: null, notes });

/** A heading applied: an addressee heading sets the group ("Main recommendations" then "To the governor": one group), any other the section. */
export function applyHeading(state: Assembly, text: string): Assembly {
  if (GROUP_HEADING.test(text)) {
    const group = state.lastWasGroup && state.group && /^to\b/i.test(text) ? `${state.group}: ${text}` : text;
    return { ...state, group, section: null, lastWasGroup: true };
  }
  return { ...state, section: text, lastWasGroup: false };
}

/** A fragment of the item's text added, unless it is a garbled copy of the end of the text (set aside with a note). */
export function addText(d: Draft, fragment: string, line: number): Draft {
  if (!fragment) return d;
  const sofar = joinFragments(d.text);
  if (sofar && complete(sofar) && garbledRepeat(sofar, fragment)) {
    const garbled = note(
      line,
      'garbled-duplicate',
      'A garbled copy of the end of the text (an OCR error) was set aside.',
      fragment,
    );
    return { ...d, notes: [...d.notes, garbled] };
  }
  return { ...d, text: [...d.text, fragment] };
}

/** The row's response, owner and target cells as a segment of the item, and its other columns' blocks. */
export function addSegment(d: Draft, row: TableRow): Draft {
  const segments =
    row.response.length || row.owner.length || row.target.length
      ? [
          ...d.segments,
          {
            line: row.n,
            paras: row.response,
            owner: row.owner,
            target: row.target,
            ...(row.responseLines ? { responseLines: row.responseLines } : {}),
            ...(row.ownerLines ? { ownerLines: row.ownerLines } : {}),
            ...(row.targetLines ? { targetLines: row.targetLines } : {}),
          },
        ]
      : d.segments;
  const other = d.other.map((blocks, k) => (row.other[k]?.length ? [...blocks, ...row.other[k]!] : blocks));
  return { ...d, segments, other };
}

/** Status words in a row that continues an item: the rest of a status split by a page break, or more words to show as printed. */
export function continueStatus(d: Draft, row: TableRow, kind: Layout['kind']): Draft {
  if (!row.status || kind !== 'recommendations') return d;
  const joined = d.statusAsWritten ? `${d.statusAsWritten} ${row.status}` : row.status;
  const notes =
    d.statusAsWritten && !statusOf(d.statusAsWritten) && statusOf(joined)
      ? [
          ...d.notes,
          note(row.n, 'status-joined', `A status split by a page break was joined: "${joined}".`, row.status),
        ]
      : d.notes;
  return { ...d, statusAsWritten: joined, notes };
}

/** A heading row: the rest of the heading above, a fragment of the item's text, or a heading for the items that follow. */
export function headingRow(state: Assembly, row: HeadingRow): Assembly {
  const { lastHeading, current } = state;
  // The rest of a heading cut by a page break ("Purposeful" / "activity"): the heading goes on.
  if (lastHeading && /^[a-z]/.test(row.text)) {
    return lastHeading === 'group'
      ? { ...state, group: `${state.group} ${row.text}` }
      : { ...state, section: `${state.section} ${row.text}` };
  }
  // A lone "(2.19)" or a lower-case fragment continues the text.
  if (current && /^[a-z(]/.test(row.text))
    return { ...state, current: addText(current, row.text, row.n), lastHeading: null };
  const applied = applyHeading(state.pending ? applyHeading(state, state.pending.text) : state, row.text);
  return { ...applied, pending: null, lastHeading: applied.lastWasGroup ? 'group' : 'section' };
}

/** How a table row reads: whether it starts an item, and the number it starts with. */
export interface RowStart {
  starts: boolean;
  /** The number as printed alone, or with its label taken off. */
  id: string | null;
  /** The label printed before the number ("Rec"), and the number as printed with it. */
  labelled: { label: string; printed: string } | null;
  /** A number printed joined to the text: the number and the text after it. */
  glued: { id: string; text: string } | null;
}

/** Whether a table row starts an item: a number, a status (not the rest of one), or a new sentence under a finished text. */
export function rowStart(row: TableRow, layout: Layout, current: Draft | null): RowStart {
  const labelled = LABELLED_ID.exec(row.id);
  const idMatch = ID.exec(row.id) ?? (labelled ? ([labelled[0], labelled[2]] as unknown as RegExpExecArray) : null);
  const glued = idMatch ? null : GLUED_ID.exec(row.id);
  const status = layout.kind === 'recommendations' ? readStatus(row.status) : null;
  // "Partly" then "Agreed" under a page break: the rest of a status, not a new item.
  const restOfStatus = Boolean(
    !idMatch &&
    !glued &&
    !row.id &&
    current?.statusAsWritten &&
    !statusOf(current.statusAsWritten) &&
    statusOf(`${current.statusAsWritten} ${row.status}`),
  );
  // A status the parser cannot read ("Agred") on an unnumbered row still starts an item when the row reads as a
  // new one: the item before it has a finished text, and this row's text starts a sentence.
  const unreadStart = Boolean(
    !status &&
    !idMatch &&
    !glued &&
    !row.id &&
    !restOfStatus &&
    layout.kind === 'recommendations' &&
    /[a-z]/i.test(row.status) &&
    words(row.status) <= 4 &&
    current &&
    /^[A-Z]/.test(row.text) &&
    complete(joinFragments(current.text)),
  );
  // Without a number column, items are told apart by their texts: a row whose text starts a sentence, under an
  // item whose text is finished, starts the next one.
  const unnumberedStart = Boolean(
    !layout.roles.includes('id') &&
    row.text &&
    /^[A-Z0-9"“‘(]/.test(row.text) &&
    (!current || complete(joinFragments(current.text)) || (status && !restOfStatus)),
  );
  return {
    starts: Boolean(idMatch || glued || (status && !restOfStatus) || unreadStart || unnumberedStart),
    id: idMatch?.[1] ?? glued?.[1] ?? null,
    labelled: labelled ? { label: labelled[1]!, printed: labelled[2]! } : null,
    glued: glued ? { id: glued[1]!, text: glued[2]! } : null,
  };
}

/** A row before the first item: its words kept in a note. */
export function orphanRow(state: Assembly, row: TableRow): Step {
  const words = [row.id, row.text, row.status, ...row.response, ...row.owner, ...row.target, ...row.other.flat()];
  return stay(state, [
    note(
      row.n,
      'orphan-row',
      'This row comes before the first numbered item and belongs to none; its words are kept here.',
      words.filter(Boolean).join(' '),
    ),
  ]);
}

/** A row that goes on with the item being read: its text (or a heading printed inside the split row), status and segment. */
export function continueItem(state: Assembly, current: Draft, row: TableRow, kind: Layout['kind']): Assembly {
  let d = current;
  let text = row.text;
  if (row.id) {
    const withNumber = textWithNumberColumn(row);
    text = withNumber.text;
    d = { ...d, notes: [...d.notes, withNumber.note] };
  }
  // An addressee heading is unmistakable; a topic heading only after a complete text.
  const isHeading = headingLike(text) && (GROUP_HEADING.test(text) || complete(joinFragments(d.text)));
  let pending = state.pending;
  if (text && isHeading && !pending) {
    // A heading printed inside a row split over a page break (Rochester 2017, 5.3/5.4).
    pending = { text, line: row.n };
    const moved = note(
      row.n,
      'heading-moved',
      `The heading "${text}" was printed inside the split row of this item; it applies from the next item on.`,
      null,
    );
    d = { ...d, notes: [...d.notes, moved] };
  } else {
    d = addText(d, text, row.n);
  }
  return { ...state, pending, current: addSegment(continueStatus(d, row, kind), row) };
}

/** The notes of a new item's number and first text: a label or joined text taken off, text in the number column, a lost start. */
function startNotes(row: TableRow, start: RowStart): { text: string; notes: Note[] } {
  const notes: Note[] = [];
  let text = row.text;
  if (start.labelled)
    notes.push(
      note(
        row.n,
        'id-label-removed',
        `The number "${row.id}" is printed with its label; it was read as ${start.labelled.printed}.`,
        start.labelled.label,
      ),
    );
  if (start.glued) {
    const r = reconcile(start.glued.text, row.text);
    text = r.text;
    notes.push(
      note(row.n, 'id-glued', `The number ${start.glued.id} was printed joined to the text; it was separated.`, null),
    );
    if (r.dropped)
      notes.push(
        note(
          row.n,
          'duplicate-text',
          'Part of the text was printed twice, in the number column and the text column; it was kept once.',
          r.dropped,
        ),
      );
  } else if (!start.id && row.id) {
    const withNumber = textWithNumberColumn(row);
    text = withNumber.text;
    notes.push(withNumber.note);
  }
  if (!start.id && text && /^[a-z]/.test(text)) {
    notes.push(
      note(
        row.n,
        'text-start-lost',
        'The text starts in the middle of a sentence: its beginning is missing from the document.',
        null,
      ),
    );
  }
  return { text, notes };
}

/** A row that starts an item: a heading held back applies now, and the item before is done. */
export function startItem(state: Assembly, row: TableRow, start: RowStart): Step {
  const headed = state.pending ? { ...applyHeading(state, state.pending.text), pending: null } : state;
  const { text, notes } = startNotes(row, start);
  const d: Draft = {
    line: row.n,
    id: start.id,
    group: headed.group,
    section: headed.section,
    text: [],
    statusAsWritten: row.status || null,
    segments: [],
    other: row.other.map(() => []),
    notes,
  };
  const current = addSegment(addText(d, text, row.n), row);
  return { state: { ...headed, lastWasGroup: false, current }, done: state.current, notes: [] };
}

/** One row's transition. */
export function nextRow(state: Assembly, row: Row, layout: Layout): Step {
  if (row.kind === 'heading') return stay(headingRow(state, row));
  const after = { ...state, lastHeading: null };
  const start = rowStart(row, layout, after.current);
  if (start.starts) return startItem(after, row, start);
  if (!after.current) return orphanRow(after, row);
  return stay(continueItem(after, after.current, row, layout.kind));
}

/** The end of the rows: the last item, and a heading held back for an item that never came. */
export function finish(state: Assembly): { done: Draft | null; notes: Note[] } {
  const { pending } = state;
  const notes = pending
    ? [note(pending.line, 'heading-unused', `The heading "${pending.text}" is followed by no item.`, pending.text)]
    : [];
  return { done: state.current, notes };
}

export function assembleItems(rows: Row[], layout: Layout): { drafts: Draft[]; notes: Note[] } {
  const drafts: Draft[] = [];
  const notes: Note[] = [];
  let state = START;
  for (const row of rows) {
    const step = nextRow(state, row, layout);
    if (step.done) drafts.push(step.done);
    notes.push(...step.notes);
    state = step.state;
  }
  const end = finish(state);
  if (end.done) drafts.push(end.done);
  notes.push(...end.notes);
  return { drafts, notes };
}
