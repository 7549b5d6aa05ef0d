// The lines above the table: the establishment and the plan's dates, printed
// as "Label: value", "Label value", or a TIMETABLE table ("Report published\tTuesday 18 October").
import { parseDateRange, parseHeaderDate } from './dates.ts';
import type { SourceRow } from '../documents/source.ts';
import { cellText } from './blocks.ts';
import { note, type Note } from './notes.ts';

export interface FrontMatter {
  establishment: string | null;
  inspectionStart: string | null;
  inspectionEnd: string | null;
  reportPublished: string | null;
  planSubmitted: string | null;
  notes: Note[];
}

type Field = 'establishment' | 'establishmentHeading' | 'inspection' | 'published' | 'submitted';

const LABELS: [RegExp, Field][] = [
  [/^action plan submitted\b/i, 'submitted'],
  [/^report published\b/i, 'published'],
  [
    /^(?:a response to the hmip inspection|(?:full |short |follow-up )?(?:un)?(?:announced )?inspection)\b/i,
    'inspection',
  ],
  [/^action plan\b/i, 'establishment'],
  [/^establishment\b/i, 'establishmentHeading'],
];

interface Found {
  value: string;
  line: number;
}

export function readFrontMatter(lines: SourceRow[]): FrontMatter {
  const notes: Note[] = [];
  const found: Partial<Record<Field, Found>> = {};

  for (const line of lines) {
    const cells = line.cells.map(cellText);
    const first = cells[0] ?? '';
    for (const [re, field] of LABELS) {
      const m = re.exec(first);
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
        'warning',
        'No "Action Plan: <establishment>" or "ESTABLISHMENT:" line was found above the table.',
      ),
    );

  let inspectionStart: string | null = null;
  let inspectionEnd: string | null = null;
  if (found.inspection?.value) {
    const range = parseDateRange(found.inspection.value);
    if (range) ({ start: inspectionStart, end: inspectionEnd } = range);
    else
      notes.push(
        note(
          found.inspection.line,
          'date-unreadable',
          'warning',
          `The inspection dates "${found.inspection.value}" could not be read.`,
          found.inspection.value,
        ),
      );
  } else {
    notes.push(
      note(
        found.inspection?.line ?? 0,
        'date-missing',
        'warning',
        'The plan does not print the dates of the inspection.',
      ),
    );
  }

  const yearOf = (iso: string | null) => (iso ? Number(iso.slice(0, 4)) : null);
  const readDate = (field: 'published' | 'submitted', label: string, hint: number | null): string | null => {
    const f = found[field];
    if (!f?.value) {
      notes.push(note(f?.line ?? 0, 'date-missing', 'warning', `The plan does not print the date the ${label}.`));
      return null;
    }
    const d = parseHeaderDate(f.value, hint);
    if (!d.date) {
      notes.push(
        note(
          f.line,
          'date-unreadable',
          'warning',
          `The date the ${label}, "${f.value}", could not be read${hint === null ? ' (it has no year, and no inspection year to infer it from)' : ''}.`,
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
          'repair',
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
  return { establishment, inspectionStart, inspectionEnd, reportPublished, planSubmitted, notes };
}
