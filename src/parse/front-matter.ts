// The lines above the table: the establishment and the plan's dates, printed
// as "Label: value", "Label value", or a TIMETABLE table ("Report published\tTuesday 18 October").
import { parseHeaderDate } from './dates.ts';
import { parseInspectionDates } from './inspection-dates.ts';
import type { SourceRow } from '../documents/readers/source.ts';
import { cellText, collapse } from './blocks.ts';
import { note, type Note } from '../model/notes.ts';

export interface FrontMatter {
  establishment: string | null;
  inspectionStart: string | null;
  inspectionEnd: string | null;
  inspectionParts: { start: string; end: string }[];
  reportPublished: string | null;
  planSubmitted: string | null;
  /** Each date as printed, or null where none is printed. */
  datesAsWritten: { inspection: string | null; reportPublished: string | null; planSubmitted: string | null };
  /** The rows read as the plan's name and dates (their labels and values), which are no notes. */
  fieldLines: Set<number>;
  notes: Note[];
}

type Field = 'establishment' | 'establishmentHeading' | 'inspection' | 'published' | 'submitted';

const LABELS: [RegExp, Field][] = [
  [
    /^(?:date\s+(?:of\s+)?)?(?:the\s+)?action\s+plan\s+(?:was\s+)?(?:submitted|submission|sent)\b|^(?:date\s+(?:of\s+)?)?submi(?:tted|ssion)(?:\s+date)?\b/i,
    'submitted',
  ],
  [
    /^(?:date\s+(?:of\s+)?)?(?:the\s+)?(?:inspection\s+)?report\s+(?:was\s+)?publi(?:shed|cation)\b|^(?:date\s+of\s+)?publication(?:\s+date)?\b|^(?:report\s+)?published\b/i,
    'published',
  ],
  [
    /^(?:a response to the hmip inspection|(?:(?:full|short|follow-?up|unannounced|announced|hmip|hmcip|scheduled)\s+)*inspection(?:\s+dates?)?|dates?\s+of\s+(?:the\s+)?(?:hmip\s+|hmcip\s+)?inspection|(?:dates?\s+)?inspected)\b/i,
    'inspection',
  ],
  [/^action plan\b/i, 'establishment'],
  [/^establishment\b|^prison(?:\s+name)?\s*:/i, 'establishmentHeading'],
];

interface Found {
  value: string;
  line: number;
}

export function readFrontMatter(lines: SourceRow[]): FrontMatter {
  const notes: Note[] = [];
  const found: Partial<Record<Field, Found>> = {};
  const fieldLines = new Set<number>();

  for (const line of lines) {
    const cells = line.cells.map(cellText);
    const first = cells[0] ?? '';
    for (const [re, field] of LABELS) {
      const m = re.exec(first);
      if (m) fieldLines.add(line.n);
      if (!m || found[field]) continue;
      // The value follows the label in the same cell (after an optional colon) or stands in the next cell.
      const value =
        first
          .slice(m[0].length)
          .replace(/^\s*[:\-–]?\s*/, '')
          .trim() || (cells[1] ?? '').trim();
      if (field === 'establishment' && (!value || /hmcip|report/i.test(value))) continue;
      found[field] = { value, line: line.n };
      break;
    }
  }

  const establishment = found.establishment?.value || found.establishmentHeading?.value || null;
  if (!establishment)
    notes.push(
      note(
        0,
        'establishment-missing',
        'No "Action Plan: <establishment>" or "ESTABLISHMENT:" line was found above the table.',
      ),
    );

  let inspectionStart: string | null = null;
  let inspectionEnd: string | null = null;
  let inspectionParts: { start: string; end: string }[] = [];
  if (found.inspection?.value) {
    const read = parseInspectionDates(found.inspection.value);
    if (read) ({ start: inspectionStart, end: inspectionEnd, parts: inspectionParts } = read);
    else
      notes.push(
        note(
          found.inspection.line,
          'date-unreadable',
          `The inspection dates "${found.inspection.value}" could not be read; they are shown as printed.`,
          found.inspection.value,
        ),
      );
  } else {
    notes.push(
      note(found.inspection?.line ?? 0, 'date-missing', 'The plan does not print the dates of the inspection.'),
    );
  }

  const yearOf = (iso: string | null) => (iso ? Number(iso.slice(0, 4)) : null);
  const readDate = (field: 'published' | 'submitted', label: string, hint: number | null): string | null => {
    const f = found[field];
    if (!f?.value) {
      notes.push(note(f?.line ?? 0, 'date-missing', `The plan does not print the date the ${label}.`));
      return null;
    }
    // A whole date in any printed form ("22/04/2022", "24.06.2020", "2nd of December 2019"); else one without its year.
    const whole = parseInspectionDates(f.value);
    const d =
      whole && whole.start === whole.end
        ? { date: whole.start, inferredYear: false, weekday: null }
        : parseHeaderDate(f.value, hint);
    if (!d.date) {
      notes.push(
        note(
          f.line,
          'date-unreadable',
          `The date the ${label}, "${f.value}", could not be read${hint === null ? ' (it has no year, and no inspection year to infer it from)' : ''}; it is shown as printed.`,
          f.value,
        ),
      );
      return null;
    }
    if (d.inferredYear) {
      notes.push(
        note(
          f.line,
          'year-inferred',
          `"${f.value}" has no year; ${d.date.slice(0, 4)} was inferred from ${d.weekday ? `the weekday and ` : ''}the inspection year.`,
        ),
      );
    }
    return d.date;
  };

  const reportPublished = readDate('published', 'report was published', yearOf(inspectionEnd));
  const planSubmitted = readDate(
    'submitted',
    'action plan was submitted',
    yearOf(reportPublished) ?? yearOf(inspectionEnd),
  );
  const asWritten = (f: Found | undefined) => (f?.value ? collapse(f.value) : null);
  return {
    establishment,
    inspectionStart,
    inspectionEnd,
    inspectionParts,
    reportPublished,
    planSubmitted,
    datesAsWritten: {
      inspection: asWritten(found.inspection),
      reportPublished: asWritten(found.published),
      planSubmitted: asWritten(found.submitted),
    },
    fieldLines,
    notes,
  };
}
