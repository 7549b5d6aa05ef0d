// Rows → draft items. A row with a number starts an item; rows without one
// continue it (a page break splits a row into several lines). Headings set
// the group and section of the items that follow.
import { distance } from 'fastest-levenshtein';
import type { Layout } from './layout.ts';
import { note, type Note } from './notes.ts';
import { endsWithReference } from './refs.ts';
import type { Row, TableRow } from './rows.ts';
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

/** The text of a row whose number column holds words instead of a number, with the repair noted. */
function textWithNumberColumn(row: TableRow, notes: Note[]): string {
  const r = reconcile(row.id, row.text);
  notes.push(
    r.dropped
      ? note(
          row.n,
          'duplicate-text',
          'repair',
          'The same words were printed in the number column and the text column; they were kept once.',
          r.dropped,
        )
      : note(
          row.n,
          'text-in-number-column',
          'repair',
          'The number column holds text instead of a number; it was joined to the recommendation text.',
          row.id,
        ),
  );
  return r.text;
}

export function assembleItems(rows: Row[], layout: Layout): { drafts: Draft[]; notes: Note[] } {
  const drafts: Draft[] = [];
  const notes: Note[] = [];
  let group: string | null = null;
  let section: string | null = null;
  let lastWasGroup = false;
  let pending: { text: string; line: number } | null = null;
  let current: Draft | null = null;
  const hasNumbers = layout.roles.includes('id');

  const applyHeading = (text: string) => {
    if (GROUP_HEADING.test(text)) {
      // "Main recommendations" then "To the governor and HMPPS": one group.
      group = lastWasGroup && group && /^to\b/i.test(text) ? `${group}: ${text}` : text;
      section = null;
      lastWasGroup = true;
    } else {
      section = text;
      lastWasGroup = false;
    }
  };

  const addText = (d: Draft, fragment: string, line: number) => {
    if (!fragment) return;
    const sofar = joinFragments(d.text);
    if (sofar && complete(sofar) && garbledRepeat(sofar, fragment)) {
      d.notes.push(
        note(
          line,
          'garbled-duplicate',
          'repair',
          'A garbled copy of the end of the text (an OCR error) was set aside.',
          fragment,
        ),
      );
      return;
    }
    d.text.push(fragment);
  };

  const addSegment = (d: Draft, row: TableRow) => {
    if (row.response.length || row.owner.length || row.target.length) {
      d.segments.push({
        line: row.n,
        paras: row.response,
        owner: row.owner,
        target: row.target,
        ...(row.responseLines ? { responseLines: row.responseLines } : {}),
        ...(row.ownerLines ? { ownerLines: row.ownerLines } : {}),
        ...(row.targetLines ? { targetLines: row.targetLines } : {}),
      });
    }
    row.other.forEach((blocks, k) => d.other[k]!.push(...blocks));
  };

  /** Status words in a row that continues an item: the rest of a status split by a page break, or more words to show as printed. */
  const continueStatus = (d: Draft, row: TableRow) => {
    if (!row.status || layout.kind !== 'recommendations') return;
    const joined = d.statusAsWritten ? `${d.statusAsWritten} ${row.status}` : row.status;
    if (d.statusAsWritten && !statusOf(d.statusAsWritten) && statusOf(joined)) {
      d.notes.push(
        note(row.n, 'status-joined', 'repair', `A status split by a page break was joined: "${joined}".`, row.status),
      );
    }
    d.statusAsWritten = joined;
  };

  /** The heading the row before was, if it was one: a heading cut by a page break goes on in the next row. */
  let lastHeading: 'group' | 'section' | null = null;
  for (const row of rows) {
    if (row.kind === 'heading') {
      // The rest of a heading cut by a page break ("Purposeful" / "activity"): the heading goes on.
      if (lastHeading && /^[a-z]/.test(row.text)) {
        if (lastHeading === 'group') group = `${group} ${row.text}`;
        else section = `${section} ${row.text}`;
        continue;
      }
      // A lone "(2.19)" or a lower-case fragment continues the text.
      if (current && /^[a-z(]/.test(row.text)) {
        addText(current, row.text, row.n);
        lastHeading = null;
        continue;
      }
      if (pending) applyHeading(pending.text);
      pending = null;
      applyHeading(row.text);
      lastHeading = lastWasGroup ? 'group' : 'section';
      continue;
    }
    lastHeading = null;

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
      !hasNumbers &&
      row.text &&
      /^[A-Z0-9"“‘(]/.test(row.text) &&
      (!current || complete(joinFragments(current.text)) || (status && !restOfStatus)),
    );
    const startsItem = Boolean(idMatch || glued || (status && !restOfStatus) || unreadStart || unnumberedStart);

    if (!startsItem) {
      if (!current) {
        notes.push(
          note(
            row.n,
            'orphan-row',
            'warning',
            'This row comes before the first numbered item and belongs to none; its words are kept here.',
            [row.id, row.text, row.status, ...row.response, ...row.owner, ...row.target, ...row.other.flat()]
              .filter(Boolean)
              .join(' '),
          ),
        );
        continue;
      }
      const text = row.id ? textWithNumberColumn(row, current.notes) : row.text;
      // An addressee heading is unmistakable; a topic heading only after a complete text.
      const isHeading = headingLike(text) && (GROUP_HEADING.test(text) || complete(joinFragments(current.text)));
      if (text && isHeading && !pending) {
        // A heading printed inside a row split over a page break (Rochester 2017, 5.3/5.4).
        pending = { text, line: row.n };
        current.notes.push(
          note(
            row.n,
            'heading-moved',
            'repair',
            `The heading "${text}" was printed inside the split row of this item; it applies from the next item on.`,
            null,
          ),
        );
      } else {
        addText(current, text, row.n);
      }
      continueStatus(current, row);
      addSegment(current, row);
      continue;
    }

    if (pending) {
      applyHeading(pending.text);
      pending = null;
    }
    lastWasGroup = false;
    const d: Draft = {
      line: row.n,
      id: idMatch?.[1] ?? glued?.[1] ?? null,
      group,
      section,
      text: [],
      statusAsWritten: row.status || null,
      segments: [],
      other: row.other.map(() => []),
      notes: [],
    };
    let text = row.text;
    if (labelled)
      d.notes.push(
        note(
          row.n,
          'id-label-removed',
          'repair',
          `The number "${row.id}" is printed with its label; it was read as ${labelled[2]}.`,
          labelled[1]!,
        ),
      );
    if (glued) {
      const r = reconcile(glued[2]!, row.text);
      text = r.text;
      d.notes.push(
        note(
          row.n,
          'id-glued',
          'repair',
          `The number ${glued[1]} was printed joined to the text; it was separated.`,
          null,
        ),
      );
      if (r.dropped)
        d.notes.push(
          note(
            row.n,
            'duplicate-text',
            'repair',
            'Part of the text was printed twice, in the number column and the text column; it was kept once.',
            r.dropped,
          ),
        );
    } else if (!idMatch && row.id) {
      text = textWithNumberColumn(row, d.notes);
    }
    if (!idMatch && !glued && text && /^[a-z]/.test(text)) {
      d.notes.push(
        note(
          row.n,
          'text-start-lost',
          'warning',
          'The text starts in the middle of a sentence: its beginning is missing from the document.',
          null,
        ),
      );
    }
    addText(d, text, row.n);
    addSegment(d, row);
    drafts.push(d);
    current = d;
  }
  if (pending) {
    notes.push(
      note(
        pending.line,
        'heading-unused',
        'warning',
        `The heading "${pending.text}" is followed by no item.`,
        pending.text,
      ),
    );
  }
  return { drafts, notes };
}
