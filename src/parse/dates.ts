// Dates as the plans print them: "19 June 2018", "13th December 2024",
// "Tuesday 18 October" (no year), ranges such as "12th – 22nd August 2024",
// and target cells such as "April 2017 to December 2017" or "Completed".
// Subpath imports: the date-fns barrel costs a second of module loading.
import { format } from 'date-fns/format';
import { getDay } from 'date-fns/getDay';
import { isValid } from 'date-fns/isValid';
import type { DueState } from '../model/schema.ts';

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';
const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const DAY = '(\\d{1,2})(?:\\s*(?:st|nd|rd|th))?';
const DASH = '\\s*(?:-|–|—|to)\\s*';

function monthIndex(name: string): number {
  const key = name.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(key));
}

/** A calendar date, or null when the parts do not make one (31 February). */
function isoDay(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month, day));
  if (!isValid(d) || d.getUTCMonth() !== month || d.getUTCDate() !== day) return null;
  return format(new Date(year, month, day), 'yyyy-MM-dd');
}

function isoMonth(year: number, month: number): string {
  return format(new Date(year, month, 1), 'yyyy-MM');
}

export interface HeaderDate {
  /** ISO date, or null if it could not be read. */
  date: string | null;
  /** Set when the year was not printed and was inferred. */
  inferredYear: boolean;
  weekday: string | null;
}

/**
 * A single date from the plan's front matter. A date printed without a year
 * is resolved with the weekday (if printed) to the first matching year from
 * `yearHint` on; without a weekday, `yearHint` itself is used.
 */
export function parseHeaderDate(text: string, yearHint: number | null): HeaderDate {
  const m = new RegExp(`^(?:${WEEKDAY},?\\s+)?${DAY}\\s+${MONTH},?(?:\\s+(\\d{4}))?$`, 'i').exec(text.trim());
  if (!m) return { date: null, inferredYear: false, weekday: null };
  const [, weekday, day, month, year] = m;
  const d = Number(day);
  const mi = monthIndex(month!);
  if (year) return { date: isoDay(Number(year), mi, d), inferredYear: false, weekday: weekday ?? null };
  if (yearHint === null) return { date: null, inferredYear: false, weekday: weekday ?? null };
  const wanted = weekday ? WEEKDAYS.indexOf(weekday.toLowerCase()) : null;
  for (let y = yearHint; y <= yearHint + 1; y++) {
    const iso = isoDay(y, mi, d);
    if (iso && (wanted === null || getDay(new Date(y, mi, d)) === wanted)) {
      return { date: iso, inferredYear: true, weekday: weekday ?? null };
    }
  }
  return { date: null, inferredYear: false, weekday: weekday ?? null };
}

/** "23 October - 3 November 2017", "12th – 22nd August 2024", "6 -17 June 2016". */
export function parseDateRange(text: string): { start: string; end: string } | null {
  const re = new RegExp(`^${DAY}(?:\\s+${MONTH})?(?:\\s+(\\d{4}))?${DASH}${DAY}\\s+${MONTH}\\s+(\\d{4})$`, 'i');
  const m = re.exec(text.trim());
  if (!m) {
    const single = parseHeaderDate(text, null);
    return single.date ? { start: single.date, end: single.date } : null;
  }
  const [, d1, m1, y1, d2, m2, y2] = m;
  const endYear = Number(y2);
  const endMonth = monthIndex(m2!);
  const startMonth = m1 ? monthIndex(m1) : endMonth;
  // A range that crosses New Year prints only the end year.
  const startYear = y1 ? Number(y1) : startMonth > endMonth ? endYear - 1 : endYear;
  const start = isoDay(startYear, startMonth, Number(d1));
  const end = isoDay(endYear, endMonth, Number(d2));
  return start && end ? { start, end } : null;
}

export interface Target {
  /** As written (white space collapsed). */
  target: string;
  due: string | DueState | null;
}

const STATE = '(completed\\s+and\\s+on-?going|completed|complete|on-?going)';
const DATE = `(?:${DAY}\\s+)?${MONTH}\\s+(\\d{4})`;
const TOKEN = new RegExp(`^(?:(${DATE})${DASH}(${DATE})|(${DATE})|${STATE})(?=\\s|$)\\s*`, 'i');

function dueOfDate(day: string | undefined, month: string, year: string): string | null {
  const mi = monthIndex(month);
  return day ? isoDay(Number(year), mi, Number(day)) : isoMonth(Number(year), mi);
}

function dueOfState(state: string): DueState {
  const s = state.toLowerCase().replace(/\s+/g, ' ');
  if (s.startsWith('completed and')) return 'completed-and-ongoing';
  return s.startsWith('complete') ? 'completed' : 'ongoing';
}

/**
 * The targets printed in one cell paragraph. Cells that hold several targets
 * run together ("September 2018 Completed") give several; a cell that is not
 * a sequence of dates and states gives one target with `due: null`.
 */
export function parseTargets(text: string): Target[] {
  const out: Target[] = [];
  let rest = text.trim();
  while (rest) {
    const m = TOKEN.exec(rest);
    if (!m) return [{ target: text.trim(), due: null }];
    const written = m[0].trim();
    if (m[1]) {
      // A range: the due date is its end.
      out.push({ target: written, due: dueOfDate(m[6], m[7]!, m[8]!) });
    } else if (m[9]) {
      out.push({ target: written, due: dueOfDate(m[10], m[11]!, m[12]!) });
    } else {
      out.push({ target: written, due: dueOfState(m[13]!) });
    }
    rest = rest.slice(m[0].length);
  }
  return out;
}
