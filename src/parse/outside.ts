// The words printed outside the items' table: above it (the title, the dates,
// the introduction, the definitions of the statuses) and after it (a summary
// of counts, a sign-off, a note). Every sentence is either recognised as the
// template's own text, or read as what it is (a date, the summary, the
// sign-off), or kept as a note of the plan: a plan's note that its dates may
// slip, or any other words its authors added, is never dropped.
import type { SourceRow } from '../documents/readers/source.ts';
import { cellText, collapse } from './blocks.ts';
import { note, type Note } from '../model/notes.ts';
import { headerRoles } from './layout.ts';
import { statusOf } from './status.ts';
import { isSummaryLabel, summaryCounts } from './summary.ts';

/**
 * The template's own sentences: the introductions HMPPS prints above its plans (2016 to now) and its definitions of
 * the statuses. A sentence is template text when its words are mostly these (a "Her" that became "His", a verb's
 * number, a sentence reworded a little); a sentence with words of its own is a note.
 */
const TEMPLATE = [
  'HM Inspectorate of Prisons (HMIP) is an independent inspectorate which provides scrutiny of the conditions for and treatment of prisoners.',
  'HM Inspectorate of Prisons (HMIP) and HM Inspectorate of Probation for England and Wales are independent inspectorates which provide scrutiny of the conditions for, and treatment of prisoners and offenders.',
  'It reports its findings for prisons and Young Offender Institutions across England and Wales to the Ministry of Justice (MOJ) and Her Majesty’s Prison and Probation Service (HMPPS).',
  'They report their findings for prisons, Young Offender Institutions and effectiveness of the work of probation, Community Rehabilitation Companies (CRCs) and youth offending services across England and Wales to Ministry of Justice (MoJ) and His Majesty’s Prison and Probation Service (HMPPS).',
  'In response to the report HMPPS / MoJ are required to draft a robust and timely action plan to address the recommendations.',
  'In response to the report HMPPS / MoJ are required to draft a robust and timely action plan to address the priority and key concerns.',
  'The action plan confirms whether recommendations are agreed, partly agreed or not agreed (see categorisations below).',
  'Where a recommendation is agreed or partly agreed, the action plan provides specific steps and actions to address these.',
  'Actions are clear, measurable, achievable and relevant with the owner and timescale of each step clearly identified.',
  'Action plans provide specific steps and actions to address the priority and key concerns, that are clear, outcome focussed, measurable, achievable, and relevant with the owner and timescale of each step clearly identified.',
  'Action plans are sent to HMIP and published on the HMPPS web based Prison Finder.',
  'Action plans are sent to HMIP and published on the GOV.UK website.',
  'Progress against the implementation and delivery of the action plans will also be monitored and reported on.',
  'All of the recommendation is agreed with, can be achieved and is affordable.',
  'The response should clearly explain how the recommendation will be achieved along with timescales.',
  'Actions should be as SMART (Specific, Measurable, Achievable, Realistic and Time-bound) as possible.',
  'Actions should be specific enough to be tracked for progress.',
  'Only part of the recommendation is agreed with, is achievable, affordable and will be implemented.',
  'This might be because we cannot implement the whole recommendation because of commissioning, policy, operational or affordability reasons.',
  'The response must state clearly which part of the recommendation will be implemented along with SMART actions and tracked for progress.',
  'There must be an explanation of why we cannot fully agree the recommendation - this must state clearly whether this is due to commissioning, policy, operational or affordability reasons.',
  'The recommendation is not agreed and will not be implemented.',
  'This might be because of commissioning, policy, operational or affordability reasons.',
  'The response must clearly state the reasons why we have chosen this option.',
  'There must be an explanation of why we cannot agree the recommendation - this must state clearly whether this is due to commissioning, policy, operational or affordability reasons.',
];

const wordSet = (s: string) =>
  new Set(
    s
      .toLowerCase()
      .replace(/[’']/g, '')
      .split(/[^a-z0-9]+/)
      .filter(Boolean),
  );
const TEMPLATE_WORDS = TEMPLATE.map(wordSet);

/** Share of words two sentences have in common (of all their words) from which one is the template's. */
const SAME_SENTENCE = 0.6;
/** Share of a shorter sentence's words found in one template sentence: the template's sentence, cut shorter. */
const PART_OF_SENTENCE = 0.85;

export function isTemplateSentence(sentence: string): boolean {
  const s = wordSet(sentence);
  if (!s.size) return true;
  return TEMPLATE_WORDS.some((t) => {
    let both = 0;
    for (const w of s) if (t.has(w)) both++;
    return both / (s.size + t.size - both) >= SAME_SENTENCE || (s.size >= 6 && both / s.size >= PART_OF_SENTENCE);
  });
}

/** Sentences of a paragraph: split after a full stop, question or exclamation mark before a capital or a bracket. */
export function sentences(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.!?]["”’)]?)\s+(?=[A-Z0-9("“‘])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const words = (s: string) => (s ? s.split(/\s+/).length : 0);
const SENTENCE_END = /[.!?]["”’)]?$/;
/** Words of the names printed as a letterhead: "HM Prison & Probation Service", "Ministry of Justice". */
const LETTERHEAD =
  /^(?:hm|his|her|majesty'?s|majesty’s|prisons?|probation|service|services|ministry|of|justice|and|&|hmpps|hmip|moj|noms|national|offender|management|inspectorate|hmcip|the|gov\.?uk)$/i;
/** Headings of the template: the title, the introduction's, the table's, and the prison's name as a title. */
const TEMPLATE_HEADING =
  /^(?:introduction|action\s+plan\b|(?:hmcip|hmip|inspection)\s+report|establishment\b|timetable\b|summary\b|definitions?\b|categorisations?\b|terms?\b|contents\b|background\b|key\b|(?:a\s+)?response\s+to\b|(?:hmp|hmyoi|yoi|hmp\s*(?:&|and|\/)\s*yoi|(?:his|her)\s+majesty['’]?s\s+prison)\b)/i;

/**
 * A heading of the template: a short line that is no sentence, in capitals, naming the document or its parts, or
 * made of the letterhead's words. A short line of words of its own ("Note on target dates") is kept as a note.
 */
export function isTemplateHeading(text: string): boolean {
  const t = collapse(text).replace(/[*_#]/g, '').trim();
  if (!t) return true;
  if (words(t) > 8 || SENTENCE_END.test(t)) return false;
  if (!/[a-z]/.test(t) && /[A-Z]/.test(t)) return true;
  if (TEMPLATE_HEADING.test(t)) return true;
  return t.split(/\s+/).every((w) => LETTERHEAD.test(w.replace(/[,:;]$/, '')));
}

/**
 * A header row: of another table, naming the roles of a plan's columns, or of the template's tables ("Term |
 * Definition | Additional comment", "TIMETABLE | DATE | STATUS OF THIS RETURN"): short labels, in capitals or naming
 * the template's parts. A row of short words of its own ("1 | Safety | Governor") is no header, and is kept.
 */
function labelRow(cells: string[]): boolean {
  const filled = cells.filter(Boolean);
  if (filled.length < 2) return false;
  if (headerRoles(cells.map((c) => (c ? [c] : []))) !== null) return true;
  return (
    filled.every((c) => words(c) <= 4 && !SENTENCE_END.test(c) && !/\d/.test(c)) &&
    (filled.every((c) => !/[a-z]/.test(c)) || TEMPLATE_HEADING.test(filled[0]!))
  );
}

/** A definition of a status: the status in the first cell, what it means beside it. */
const definitionRow = (cells: string[]) => {
  const filled = cells.filter(Boolean);
  return filled.length >= 2 && statusOf(filled[0]!) !== null && words(filled[1]!) >= 4;
};

const SIGN_OFF_START =
  /^(?:signed(?:\s+off)?(?:\s+by)?|signature|sign[-\s]?off|approved\s+by|authori[sz]ed\s+by|countersigned(?:\s+by)?|cleared\s+by)\b/i;
const SIGN_OFF_LABEL =
  /^(?:signed(?:\s+off)?(?:\s+by)?|signature|sign[-\s]?off|print(?:ed)?\s+name|name|position|job\s+title|role|title|date(?:\s+(?:signed|agreed|approved))?|approved(?:\s+by)?|authori[sz]ed(?:\s+by)?|agreed\s+by|cleared\s+by|on\s+behalf\s+of|countersigned(?:\s+by)?|governor|director)\b\s*(?:[:\-–]|$)/i;

/** The start of a sign-off: "Signed: …", "Signed off by | …", "Approved by: …". */
export function isSignOff(cells: string[]): boolean {
  const first = cells.map((c) => c.trim()).find(Boolean) ?? '';
  return SIGN_OFF_START.test(first) && words(first) <= 20;
}

/** A line that goes on with a sign-off: a label ("Name:", "Date | …") or a short line that is no sentence. */
function continuesSignOff(cells: string[]): boolean {
  const first = cells.map((c) => c.trim()).find(Boolean) ?? '';
  return SIGN_OFF_LABEL.test(first) || (words(cells.join(' ')) <= 8 && !SENTENCE_END.test(first));
}

export interface Outside {
  /** Notes of the plan: its own words outside the table, a paragraph each. */
  notes: string[];
  /** The sign-off after the table, as printed, or null. */
  signOff: string | null;
  /** Lines of a summary of counts met outside the table (when none follows the table directly). */
  summary: SourceRow[];
  anomalies: Note[];
}

/**
 * The lines outside the table (`before` it, less the lines read as its dates and name, and `after` it) → the plan's
 * notes, its sign-off and any summary of counts; the template's own text is recognised and set aside.
 */
export function readOutside(before: SourceRow[], fields: ReadonlySet<number>, after: SourceRow[]): Outside {
  const notes: { text: string; line: number }[] = [];
  const signOff: string[] = [];
  const summary: SourceRow[] = [];
  const anomalies: Note[] = [];

  const read = (rows: SourceRow[], isAfter: boolean) => {
    let paragraph: { text: string; line: number } | null = null;
    const flush = () => {
      if (!paragraph) return;
      let kept: string[] = [];
      const keep = () => {
        if (kept.length) notes.push({ text: kept.join(' '), line: paragraph!.line });
        kept = [];
      };
      for (const s of sentences(paragraph.text)) {
        if (isTemplateSentence(s)) keep();
        else kept.push(s);
      }
      keep();
      paragraph = null;
    };
    let inSignOff = false;
    // The next row with words after each row, found in one pass from the end.
    const nextFilled: (SourceRow | undefined)[] = [];
    for (let k = rows.length - 1, seen: SourceRow | undefined; k >= 0; k--) {
      nextFilled[k] = seen;
      if (rows[k]!.cells.some((c) => c.length)) seen = rows[k];
    }
    for (const [k, row] of rows.entries()) {
      const cells = row.cells.map(cellText).map((c) => collapse(c));
      const text = cells.filter(Boolean).join(' ');
      if (!text || !/[\p{L}\p{N}]/u.test(text)) continue;
      if (fields.has(row.n)) {
        flush();
        continue;
      }
      if (isAfter && (isSignOff(cells) || (inSignOff && continuesSignOff(cells)))) {
        flush();
        inSignOff = true;
        signOff.push(cells.filter(Boolean).join(' '));
        continue;
      }
      inSignOff = false;
      const counts = summaryCounts(cells);
      const nextCells = nextFilled[k]?.cells.map(cellText);
      if (counts || (isSummaryLabel(cells) && nextCells && summaryCounts(nextCells))) {
        flush();
        summary.push(row);
        continue;
      }
      const several = cells.filter(Boolean).length > 1;
      if (several && labelRow(cells)) {
        flush();
        continue;
      }
      if (several && definitionRow(cells)) {
        // A definition's own words: the template's, sentence by sentence.
        flush();
        for (const cell of cells.slice(1)) {
          paragraph = { text: cell, line: row.n };
          flush();
        }
        continue;
      }
      if (!several && isTemplateHeading(text)) {
        flush();
        continue;
      }
      // Lines of one paragraph (a PDF prints each line apart) are read together.
      if (paragraph && (!SENTENCE_END.test(paragraph.text) || /^[a-z]/.test(text)) && !several)
        paragraph.text = /[A-Za-z]-$/.test(paragraph.text) ? paragraph.text + text : `${paragraph.text} ${text}`;
      else {
        flush();
        paragraph = { text, line: row.n };
        if (several) flush();
      }
    }
    flush();
  };
  read(before, false);
  read(after, true);

  for (const n of notes)
    anomalies.push(
      note(
        n.line,
        'plan-note',
        'Words printed outside the table, which are not the template’s, are kept as a note of the plan (shown on its page).',
        n.text,
      ),
    );
  const signed = signOff.join('\n') || null;
  return { notes: notes.map((n) => n.text), signOff: signed, summary, anomalies };
}
