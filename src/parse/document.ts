// One document's rows (from any reader) → its plan and notes. The pipeline, step by step:
// rows → front matter + table layout → rows → draft items → items with
// references, statuses and actions → checked against the printed summary.
import type { SourceDocument } from '../documents/readers/source.ts';
import type { Item, Plan } from '../model/schema.ts';
import { buildActions, type ActionOptions } from './actions.ts';
import { cleanDocument } from './clean-text.ts';
import { readFrontMatter } from './front-matter.ts';
import { assembleItems, joinFragments, type Draft } from './items.ts';
import { columnNumbers, findTable, headerFragment, headerRoles, ROLE_NAME, type Layout, type Role } from './layout.ts';
import { removeFurniture } from './furniture.ts';
import { collapse, joinBlocks } from './blocks.ts';
import { formatPlace, placePreposition, readPlace } from '../model/text-format.ts';
import { note, type Note } from '../model/notes.ts';
import { itemKindOf } from './item-kind.ts';
import { splitReference } from './refs.ts';
import { otherColumns, tableRows } from './rows.ts';
import { readOutside } from './outside.ts';
import { repairSpacing } from './spacing.ts';
import { statusOf, statusWithNote } from './status.ts';
import { checkSummary, readSummary } from './summary.ts';

/** An item before the dataset gives it a key and a URL. */
export type ParsedItem = Omit<
  Item,
  'key' | 'url' | 'themes' | 'themeReasons' | 'related' | 'raisedBefore' | 'raisedAgain' | 'glossary' | 'followUps'
>;

/** A plan before the dataset gives it an id, canonical establishment and URL. */
export type ParsedPlan = Omit<Plan, 'id' | 'url' | 'establishmentId' | 'establishmentName' | 'year' | 'items'> & {
  items: ParsedItem[];
};

export interface ParsedDocument {
  source: string;
  plan: ParsedPlan | null;
  notes: Note[];
}

function spaced(text: string, line: number, notes: Note[]): string {
  const { text: out, repairs } = repairSpacing(text);
  for (const r of repairs) {
    notes.push(
      note(
        line,
        'spacing-repaired',
        `Words run together or split by the extraction were spaced: "${r.from}" → "${r.to}".`,
        r.from,
      ),
    );
  }
  return out;
}

/** The next number after `id` (5.3 → 5.4), or the one before it (step -1). */
function step(id: string | null | undefined, by: 1 | -1): string | null {
  const m = id ? /^(?:(\d+)\.)?(\d+)$/.exec(id) : null;
  if (!m) return null;
  const n = Number(m[2]) + by;
  if (n < 1) return null;
  return m[1] ? `${m[1]}.${n}` : String(n);
}

/** A paragraph reference that can stand for an item's number: "S12", "2.18", "HP47". */
const REF_NUMBER = /^[A-Z]{0,3}\d{1,3}(?:\.\d{1,3}){0,2}$/;

/**
 * A table without a number column: each item is numbered from its paragraph reference ("(S12)" → S12) or, without
 * one, from its place in the plan (1, 2, 3 … across sections); either way the number is reported as inferred.
 */
function numberFromReferences(drafts: Draft[]): void {
  drafts.forEach((d, i) => {
    const ref = splitReference(collapse(joinFragments(d.text))).refs[0];
    const fromRef = ref !== undefined && REF_NUMBER.test(ref);
    d.id = fromRef ? ref : String(i + 1);
    d.notes.push(
      note(
        d.line,
        'id-inferred',
        fromRef
          ? `The table has no number column; the item was numbered ${d.id} from its paragraph reference "(${ref})".`
          : `The table has no number column and the item has no paragraph reference; it was numbered ${d.id} from its place in the plan.`,
      ),
    );
  });
}

function inferIds(drafts: Draft[]): void {
  drafts.forEach((d, i) => {
    if (d.id) return;
    const prev = drafts[i - 1]?.id;
    const next = drafts[i + 1]?.id;
    const fromPrev = step(prev, 1);
    const fromNext = step(next, -1);
    const id = fromPrev ?? fromNext ?? `unnumbered-${i + 1}`;
    const agree = fromPrev && fromNext && fromPrev === fromNext;
    const because = agree
      ? `it falls between ${prev} and ${next}`
      : fromPrev
        ? `it follows ${prev}${next ? ` (but the next item is ${next})` : ''}`
        : fromNext
          ? `it comes before ${next}`
          : 'no neighbour is numbered';
    d.id = id;
    d.notes.push(
      note(
        d.line,
        'id-inferred',
        `The number is missing from the document; ${id} was inferred because ${because}.`,
        null,
        null,
        null,
        agree ? 'repair' : 'warning',
      ),
    );
  });
}

function finishItem(d: Draft, layout: Layout, options: ActionOptions): ParsedItem {
  const notes = d.notes;
  const stitched = collapse(joinFragments(d.text));
  const ref = splitReference(stitched);
  if (ref.repaired)
    notes.push(
      note(
        d.line,
        'reference-bracket',
        `The reference "${ref.asWritten}" has lost its opening bracket; it was read all the same.`,
      ),
    );
  if (layout.kind === 'recommendations' && !ref.asWritten) {
    notes.push(
      note(
        d.line,
        'reference-missing',
        'No paragraph reference (e.g. "(1.23)") was found at the end of the recommendation.',
      ),
    );
  }
  const text = spaced(ref.text, d.line, notes);
  if (!text) notes.push(note(d.line, 'text-missing', 'The item has no text.'));

  const segments = d.segments.map((s) => ({ ...s, paras: s.paras.map((p) => spaced(p, s.line, notes)) }));
  const built = buildActions(segments, options);
  notes.push(...built.notes);

  // Whether an item has a status comes from the plan's kind; a status that cannot be read is published as printed, never guessed.
  const withNote =
    layout.kind === 'recommendations' && !statusOf(d.statusAsWritten ?? '')
      ? statusWithNote(d.statusAsWritten ?? '')
      : null;
  const status =
    layout.kind === 'recommendations'
      ? (statusOf(d.statusAsWritten ?? '') ?? withNote?.status ?? 'not_recognised')
      : null;
  if (withNote) {
    notes.push(
      note(
        d.line,
        'status-note',
        `The status "${d.statusAsWritten}" was read as ${withNote.status.replace('_', ' ')}; the words after it ("${withNote.note}") are a note that does not change it, kept with the status as printed.`,
        null,
      ),
    );
  }
  if (layout.kind === 'recommendations' && !d.statusAsWritten) {
    notes.push(
      note(
        d.line,
        'status-missing',
        'No status (Agreed, Partly Agreed, Not Agreed) is printed; the item is published with its status marked not recognised.',
      ),
    );
  } else if (status === 'not_recognised') {
    notes.push(
      note(
        d.line,
        'status-unknown',
        `The status "${d.statusAsWritten}" is not one the parser can read (Agreed, Partly Agreed, Not Agreed, Accepted, Rejected and their variants); the item is published with the status as printed, marked not recognised.`,
        null,
      ),
    );
  }
  if (!built.response) notes.push(note(d.line, 'response-missing', 'No response is printed.'));
  else if (!built.actions.length && status !== 'not_agreed') {
    notes.push(note(d.line, 'actions-missing', 'No owner or target date is printed for this item.'));
  }
  if (status === 'agreed' || status === 'partly_agreed') notes.push(...missingPieces(d, built.actions, built.notes));
  const columns = otherColumns(layout)
    .map((c, k) => ({ header: c.header, text: joinBlocks(d.other[k] ?? []) }))
    .filter((c) => c.text);
  for (const n of notes) n.item = d.id;

  return {
    id: d.id!,
    idInferred: d.notes.some((n) => n.kind === 'id-inferred'),
    line: d.line,
    group: d.group,
    section: d.section,
    kind: itemKindOf(d.group, layout.kind),
    text,
    refs: ref.refs,
    repeatedRefs: ref.repeatedRefs,
    referenceAsWritten: ref.asWritten,
    status,
    statusAsWritten: d.statusAsWritten,
    response: built.response,
    actions: built.actions,
    columns,
  };
}

/** An agreed item's actions without an owner or a target, unless a note on the row already says so. */
function missingPieces(d: Draft, actions: ParsedItem['actions'], told: Note[]): Note[] {
  const out: Note[] = [];
  const which = (ks: number[]) =>
    ks.length === 1 ? `action ${ks[0]}` : `actions ${ks.slice(0, -1).join(', ')} and ${ks.at(-1)}`;
  const noOwner = actions.flatMap((a, k) => (a.owner ? [] : [k + 1]));
  const noTarget = actions.flatMap((a, k) => (a.target ? [] : [k + 1]));
  const whose = (ks: number[]) =>
    actions.length === 1 ? 'its action has' : `${which(ks)} of ${actions.length} ${ks.length === 1 ? 'has' : 'have'}`;
  if (noOwner.length && !told.some((n) => n.kind === 'owner-missing')) {
    out.push(
      note(
        d.line,
        'owner-missing',
        `Item ${d.id} is agreed or partly agreed, but ${whose(noOwner)} no responsible owner.`,
      ),
    );
  }
  if (noTarget.length && !told.some((n) => n.kind === 'target-missing')) {
    out.push(
      note(d.line, 'target-missing', `Item ${d.id} is agreed or partly agreed, but ${whose(noTarget)} no target date.`),
    );
  }
  return out;
}

/** Each note that points at a row says where a publisher finds that row in the file ("page 3", "table 2, row 5", "line 12"). */
function placeNotes(notes: Note[], doc: SourceDocument): void {
  const where = new Map(doc.rows.map((r) => [r.n, r.where]));
  for (const n of notes) if (n.where === null && n.line > 0) n.where = where.get(n.line) ?? null;
}

/** Why no item could be read under a header: the roles it names, those it lacks, and what an item row looks like. */
function noItemsMessage(layout: Layout): string {
  const all: Role[] = ['id', 'text', 'status', 'response', 'owner', 'target'];
  const named = all.filter((r) => layout.roles.includes(r));
  const missing = all.filter((r) => !layout.roles.includes(r) && (r !== 'status' || layout.kind === 'recommendations'));
  const join = (xs: string[]) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);
  return (
    `The table has a header row with columns for ${join(named.map((r) => ROLE_NAME[r]))}${missing.length ? `, but none for ${join(missing.map((r) => ROLE_NAME[r]))}` : ''}, and no row under it could be read as an item: ` +
    (layout.roles.includes('id')
      ? 'expected rows such as "5.1<TAB>text<TAB>Agreed<TAB>response<TAB>owner<TAB>date".'
      : 'without a number column, each item is a row whose text starts a sentence, such as "Text of the recommendation. (1.23)<TAB>Agreed<TAB>response<TAB>owner<TAB>date".')
  );
}

export function parseDocument(source: string, read: SourceDocument): ParsedDocument {
  // Every format's text passes here: characters no printed plan shows are taken out once, with a note.
  const doc = cleanDocument(read);
  const lines = doc.rows;
  const table = findTable(lines);
  if (!table.ok) {
    const notes = [...doc.notes, note(table.line, 'not-an-action-plan', table.message)];
    placeNotes(notes, doc);
    return { source, plan: null, notes };
  }
  const layout = table.layout;
  const layoutNotes = layout.unnamedId
    ? [
        note(
          layout.line,
          'number-column-unnamed',
          'The first column of the header row is blank; it was read as the number column, which stands before the recommendation or concern.',
        ),
      ]
    : [];
  if (layout.joinedFrom !== null) {
    layoutNotes.push(
      note(
        layout.joinedFrom,
        'header-joined',
        `The table's header row is printed over two lines (${layout.joinedFrom} and ${layout.line}); they were read as one: "${layout.headers.filter(Boolean).join(' | ')}".`,
      ),
    );
  }
  const front = readFrontMatter(lines.filter((l) => l.n < layout.line));
  const furniture = removeFurniture(lines, {
    keepThrough: layout.line,
    isHeaderRow: (cells) => headerRoles(cells) !== null || columnNumbers(cells) || headerFragment(cells, layout),
  });
  const { rows, summary: tableSummary, after, notes: rowNotes } = tableRows(furniture.rows, layout);
  // Every word outside the table: the template's, a date, the summary, the sign-off, or a note of the plan.
  const tableStart = layout.joinedFrom ?? layout.line;
  const outside = readOutside(
    furniture.rows.filter((l) => l.n < tableStart && !furniture.keptFurniture.has(l.n)),
    front.fieldLines,
    after,
  );
  const summaryLines = tableSummary.length ? tableSummary : outside.summary;
  const { drafts, notes: itemNotes } = assembleItems(rows, layout);
  const notes: Note[] = [
    ...doc.notes,
    ...layoutNotes,
    ...front.notes,
    ...furniture.notes,
    ...rowNotes,
    ...itemNotes,
    ...outside.anomalies,
  ];
  if (!drafts.length) {
    notes.push(note(layout.line, 'no-items', noItemsMessage(layout)));
    placeNotes(notes, doc);
    return { source, plan: null, notes };
  }
  if (!layout.roles.includes('id')) numberFromReferences(drafts);
  inferIds(drafts);
  // Word and OpenDocument rows are whole: an empty owner cell takes the owner above only where it is merged down.
  const ownerColumn = layout.roles.indexOf('owner');
  const mergedOwner = new Set(doc.rows.filter((r) => r.mergedDown?.[ownerColumn]).map((r) => r.n));
  const options: ActionOptions = {
    rowsCutByPages: doc.rowsCutByPages,
    ownerMergedDown: (line) => mergedOwner.has(line),
  };
  const items = drafts.map((d) => finishItem(d, layout, options));
  for (const d of drafts) notes.push(...d.notes);

  const seen = new Map<string, number>();
  for (const item of items) {
    if (seen.has(item.id)) {
      const first = readPlace(
        lines.find((l) => l.n === seen.get(item.id))?.where ?? formatPlace({ kind: 'line', line: seen.get(item.id)! }),
      );
      notes.push(
        note(
          item.line,
          'id-duplicate',
          `The number ${item.id} is printed twice (also ${placePreposition(first)} ${formatPlace(first)}).`,
          null,
          item.id,
        ),
      );
    } else seen.set(item.id, item.line);
  }

  // Row-level notes name the item whose rows they fall in (a note of the plan after the table names none).
  for (const n of notes) {
    if (n.item !== null || n.line <= layout.line || n.kind === 'plan-note') continue;
    const owner = items.findLast((item) => item.line <= n.line);
    if (owner) n.item = owner.id;
  }
  const { summary, notes: summaryNotes } = readSummary(summaryLines);
  notes.push(...summaryNotes);
  if (summary) notes.push(...checkSummary(summary, items, summaryLines[0]!.n));
  else if (layout.kind === 'recommendations')
    notes.push(
      note(
        lines.findLast((l) => l.cells.some((c) => c.length))!.n,
        'summary-missing',
        'The plan prints no summary of status counts after its table (is the document cut off?), so the items cannot be checked against it.',
      ),
    );

  placeNotes(notes, doc);
  notes.sort((a, b) => a.line - b.line);
  return {
    source,
    plan: {
      source,
      establishment: front.establishment ?? source,
      kind: layout.kind,
      inspectionStart: front.inspectionStart,
      inspectionEnd: front.inspectionEnd,
      inspectionParts: front.inspectionParts,
      reportPublished: front.reportPublished,
      planSubmitted: front.planSubmitted,
      datesAsWritten: front.datesAsWritten,
      summary,
      notes: outside.notes,
      signOff: outside.signOff,
      items,
    },
    notes,
  };
}
