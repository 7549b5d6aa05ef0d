// Dates as the plans print them: "19 June 2018", "13th December 2024",
// "Tuesday 18 October" (no year), ranges such as "12th – 22nd August 2024",
// and target cells in every style publishers write (see parseTargets).
// Subpath imports: the date-fns barrel costs a second of module loading.
import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { subDays } from 'date-fns/subDays';
import { subMonths } from 'date-fns/subMonths';
import { getDay } from 'date-fns/getDay';
import { isValid } from 'date-fns/isValid';
import type { DueState } from '../model/schema.ts';
import { collapse } from './blocks.ts';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';
const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const DAY = '(\\d{1,2})(?:\\s*(?:st|nd|rd|th))?';
const DASH = '\\s*(?:-|–|—|to)\\s*';

function monthIndex(name: string): number {
  const key = name.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(key));
}

/** A calendar date, or null when the parts do not make one (31 February). */
// Written out by hand, not with format(): these run for every date of every plan.
const two = (n: number) => (n < 10 ? `0${n}` : String(n));

function isoDay(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month, day));
  if (!isValid(d) || d.getUTCMonth() !== month || d.getUTCDate() !== day) return null;
  return `${year}-${two(month + 1)}-${two(day)}`;
}

function isoMonth(year: number, month: number): string {
  return `${year}-${two(month + 1)}`;
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

/** A point in time as precise as the plan prints it: a day, or a whole month. */
interface When {
  year: number;
  month: number; // 0-11
  day: number | null;
}

const MONTH_NAME =
  '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?';
const WEEKDAY_NAME = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?';
const ORDINAL_DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d{2})';
/** A four-digit year, or two digits after a hyphen, slash or apostrophe ("Mar-25", "Mar '25"). */
const YEAR_OR_SHORT = `(?:,?\\s+${YEAR}|\\s*[-/'’]\\s*((?:19|20)?\\d{2}))`;
/** After a day and a month, two digits after a space are a year too ("30 Sep 25"): the day is already printed. */
const YEAR_AFTER_DAY = `(?:,?\\s+${YEAR}|\\s*[-/'’]\\s*((?:19|20)?\\d{2})|\\s+(\\d{2}))`;

const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));
const valid = (w: When): When | null => (w.day === null || isoDay(w.year, w.month, w.day) ? w : null);

/** Financial years run from April to March: "2024/25" ends in March 2025. */
function financialYearEnd(first: string, second: string): number | null {
  const a = fullYear(first);
  const b = second.length === 2 ? Math.floor(a / 100) * 100 + Number(second) : Number(second);
  return b === a + 1 ? b : null;
}

/** The date forms a target can take, each read to a point in time. */
const CORES: [RegExp, (m: RegExpExecArray) => When | null][] = [
  // Monday 31st March 2025, 31 Mar 25, 31-Mar-2025, 31st of March, 2025
  [
    new RegExp(`${WEEKDAY_NAME}${ORDINAL_DAY}\\s*(?:of\\s+)?[-\\s]?${MONTH_NAME}${YEAR_AFTER_DAY}`, 'iy'),
    (m) => valid({ year: fullYear(m[3] ?? m[4] ?? m[5]!), month: monthIndex(m[2]!), day: Number(m[1]) }),
  ],
  // March 31, 2025; March 31st 2025
  [
    new RegExp(`${WEEKDAY_NAME}${MONTH_NAME}\\s+${ORDINAL_DAY},?\\s+${YEAR}`, 'iy'),
    (m) => valid({ year: Number(m[3]), month: monthIndex(m[1]!), day: Number(m[2]) }),
  ],
  // March 2025, Mar 2025, Mar-25, Mar '25, March, 2025
  [
    new RegExp(`${MONTH_NAME}${YEAR_OR_SHORT}`, 'iy'),
    (m) => ({ year: fullYear(m[2] ?? m[3]!), month: monthIndex(m[1]!), day: null }),
  ],
  // ISO: 2025-03-31, and the same with slashes or dots: 2025/03/31
  [
    /(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/iy,
    (m) => valid({ year: Number(m[1]), month: Number(m[3]) - 1, day: Number(m[4]) }),
  ],
  [/(\d{4})-(\d{2})-(\d{2})(?!\d)/iy, (m) => valid({ year: Number(m[1]), month: Number(m[2]) - 1, day: Number(m[3]) })],
  // UK numeric, day first: 31/03/2025, 31/3/25, 31.03.2025, 31-03-25
  [
    /(\d{1,2})([./-])(\d{1,2})\2((?:19|20)?\d{2})(?!\d)/iy,
    (m) =>
      Number(m[3]) >= 1 && Number(m[3]) <= 12
        ? valid({ year: fullYear(m[4]!), month: Number(m[3]) - 1, day: Number(m[1]) })
        : null,
  ],
  // Quarters of a financial year: Q4 2024/25, Quarter 1 2025-26, Q2 FY24/25
  [
    /(?:q|qtr\.?\s*|quarter\s*)([1-4])\s*(?:of\s+)?(?:fy\s*|financial\s+year\s*)?((?:19|20)?\d{2})\s*[/-]\s*((?:19|20)?\d{2})(?!\d)/iy,
    (m) => {
      const end = financialYearEnd(m[2]!, m[3]!);
      if (end === null) return null;
      const q = Number(m[1]);
      return q === 4 ? { year: end, month: 2, day: null } : { year: end - 1, month: 2 + 3 * q, day: null };
    },
  ],
  // Calendar quarters: Q1 2025, Quarter 3 2025
  [
    /(?:q|qtr\.?\s*|quarter\s*)([1-4])\s*(?:of\s+)?((?:19|20)\d{2})(?![\d/-])/iy,
    (m) => ({ year: Number(m[2]), month: 3 * Number(m[1]) - 1, day: null }),
  ],
  // Financial years: 2025/26, 2025-26, 2025/2026, FY 2025/26, FY25/26, financial year 2025/26
  [
    /(?:(?:fy|financial\s+year)\s*((?:19|20)?\d{2})|((?:19|20)\d{2}))\s*[/-]\s*((?:19|20)?\d{2})(?!\d)/iy,
    (m) => {
      const end = financialYearEnd(m[1] ?? m[2]!, m[3]!);
      if (end !== null) return { year: end, month: 2, day: null };
      // Not consecutive years: a year and a month ("2025-03").
      const month = Number(m[3]);
      return m[2] && m[3]!.length === 2 && month >= 1 && month <= 12
        ? { year: Number(m[2]), month: month - 1, day: null }
        : null;
    },
  ],
  // Numeric month and year: 03/2025
  [
    /(\d{1,2})\/((?:19|20)\d{2})(?!\d)/iy,
    (m) =>
      Number(m[1]) >= 1 && Number(m[1]) <= 12 ? { year: Number(m[2]), month: Number(m[1]) - 1, day: null } : null,
  ],
  // A year: 2025 (its end)
  [/((?:19|20)\d{2})(?![\d/-])/iy, (m) => ({ year: Number(m[1]), month: 11, day: null })],
];

/** The longest date form at `at`: [end index, point in time], or null. */
function matchCore(text: string, at: number): [number, When] | null {
  let best: [number, When] | null = null;
  for (const [re, read] of CORES) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) continue;
    const end = at + m[0].length;
    // A date form must end at a word boundary ("2025" in "20250", "Mar 25th" are not dates).
    if (/[a-z0-9]/i.test(text[end] ?? '') && /[a-z0-9]/i.test(text[end - 1]!)) continue;
    const when = read(m);
    if (when && (!best || end > best[0])) best = [end, when];
  }
  return best;
}

type Modifier = 'before' | 'week' | null;
/** Words before a date that keep its meaning ("by", "end of", "mid") or move it ("before", "w/c"). */
const PREFIX =
  /(?:(?:by|no\s+later\s+than|not\s+later\s+than|until|till|in|during|on|at)\s+(?:the\s+)?)?(?:(?:the\s+)?(?:end|close)(?:\s+of)?[\s-]+(?:the\s+)?|(?:early|mid|late|beginning\s+of|start\s+of)[\s-]+)?(?:(before)\s+|(w\/c|w\.c\.|wc|w\/b|week\s+(?:commencing|beginning)(?:\s+on)?)\s*|(?:w\/e|week\s+ending)\s*)?/iy;
/** The start of a range, which only has to be read far enough to skip: "12th – ", "April – ", "April 2017 to ". */
const RANGE_START = new RegExp(
  `(?:${ORDINAL_DAY}(?:\\s+${MONTH_NAME})?|${MONTH_NAME})\\s*(?:-|–|—|to|until|till|through)\\s*`,
  'iy',
);
const RANGE_SEP = /\s*(?:-|–|—|to|until|till|through)\s*/iy;

const COMPLETED = 'completed|complete|implemented|achieved|done|in\\s+place';
const ONGOING = 'on-?going|on\\s+going|continuous|continuing';
const STATE = new RegExp(`(?:(?:${COMPLETED})\\s+(?:and|&)\\s+(?:${ONGOING})|${COMPLETED}|${ONGOING})(?![a-z])`, 'iy');
/** "and ongoing" after a date: a deadline, then work that goes on. */
const AND_ONGOING = new RegExp(
  `\\s*,?\\s*(?:and|&|then|-|–|—|/)?\\s*\\(?\\s*(?:${ONGOING}|onwards)\\s*\\)?(?![a-z])`,
  'iy',
);
/** How often the work is reviewed after the date: "(review)", "and quarterly thereafter", "– reviewed monthly". */
const FREQUENCY =
  '(?:daily|weekly|fortnightly|monthly|quarterly|annually|yearly|six[\\s-]?monthly|bi-?annually|bi-?monthly)';
const REVIEW = new RegExp(
  `\\s*,?\\s*(?:and|&|then|-|–|—|/|\\()\\s*(?:(?:then\\s+)?(?:to\\s+be\\s+)?review(?:ed)?(?:\\s+${FREQUENCY})?|${FREQUENCY}(?:\\s+(?:thereafter|reviews?))?|thereafter|for\\s+review|(?:revised|amended|updated))\\s*\\)?(?![a-z])`,
  'iy',
);
/** "March 2025 – complete": done by that date. A state run on with no joining word is a second target. */
const THEN_DONE = new RegExp(`\\s*(?:,|-|–|—|:|\\()\\s*(?:${COMPLETED})\\s*\\)?(?![a-z])`, 'iy');
/** "Completed March 2025", "Completed in March 2025", "Completed – 31/03/2025", "Ongoing until March 2025". */
const STATE_THEN_DATE = new RegExp(
  `((?:${COMPLETED})|(?:${ONGOING}))\\s*(?:\\(|:|,|-|–|—)?\\s*(?:(since|from)|in|on|by|at|until|till|to|review(?:ed)?)?\\s*`,
  'iy',
);

function iso(w: When, modifier: Modifier): string {
  if (modifier === 'week' && w.day !== null) return format(addDays(new Date(w.year, w.month, w.day), 6), 'yyyy-MM-dd');
  if (modifier === 'before') {
    return w.day !== null
      ? format(subDays(new Date(w.year, w.month, w.day), 1), 'yyyy-MM-dd')
      : format(subMonths(new Date(w.year, w.month, 1), 1), 'yyyy-MM');
  }
  return w.day !== null ? isoDay(w.year, w.month, w.day)! : isoMonth(w.year, w.month);
}

/** A date target at `at` (with its prefix, and a range read to its end): [end index, due], or null. */
function matchDate(text: string, at: number): [number, string] | null {
  PREFIX.lastIndex = at;
  const p = PREFIX.exec(text)!;
  const modifier: Modifier = p[1] ? 'before' : p[2] ? 'week' : null;
  let pos = at + p[0].length;
  let core = matchCore(text, pos);
  // A range: its due date is its end.
  const end = (from: number): [number, When] | null => {
    RANGE_SEP.lastIndex = from;
    const sep = RANGE_SEP.exec(text);
    return sep ? matchCore(text, from + sep[0].length) : null;
  };
  if (core) {
    const to = end(core[0]);
    if (to) core = to;
  } else {
    RANGE_START.lastIndex = pos;
    const start = RANGE_START.exec(text);
    if (!start) return null;
    core = matchCore(text, pos + start[0].length);
    if (!core) return null;
  }
  pos = core[0];
  return [pos, iso(core[1], modifier)];
}

const IS_COMPLETED = new RegExp(`^(?:${COMPLETED})$`, 'i');

function dueOfState(state: string): DueState {
  if (/\s(?:and|&)\s/i.test(state)) return 'completed-and-ongoing';
  return IS_COMPLETED.test(state) ? 'completed' : 'ongoing';
}

/** The end of a review note after a target, if one follows it: it belongs to that target and leaves its due date. */
function reviewed(text: string, at: number): number {
  REVIEW.lastIndex = at;
  const m = REVIEW.exec(text);
  return m ? at + m[0].length : at;
}

/** One target at `at`: [end index, due], or null. */
function matchTarget(text: string, at: number): [number, string | DueState] | null {
  // A state followed by a date: one target ("Completed March 2025").
  STATE_THEN_DATE.lastIndex = at;
  const sd = STATE_THEN_DATE.exec(text);
  if (sd) {
    const date = matchDate(text, at + sd[0].length);
    if (date) {
      let endAt = date[0];
      if (text[endAt] === ')' && sd[0].includes('(')) endAt++;
      const completed = IS_COMPLETED.test(sd[1]!);
      // Completed in March: done. Ongoing since March: still going. Ongoing until March: a deadline.
      return [endAt, completed ? 'completed' : sd[2] ? 'ongoing' : date[1]];
    }
  }
  const date = matchDate(text, at);
  if (date) {
    THEN_DONE.lastIndex = date[0];
    const done = THEN_DONE.exec(text);
    if (done) return [reviewed(text, date[0] + done[0].length), 'completed'];
    AND_ONGOING.lastIndex = date[0];
    const more = AND_ONGOING.exec(text);
    // "March 2025 Ongoing" with nothing between is two targets run together, as "September 2018 Completed" is.
    const joined = more && /[,&/()\-–—]|\band\b|\bthen\b|onwards/i.test(more[0]);
    return [reviewed(text, joined ? date[0] + more[0].length : date[0]), date[1]];
  }
  STATE.lastIndex = at;
  const st = STATE.exec(text);
  return st ? [reviewed(text, at + st[0].length), dueOfState(st[0])] : null;
}

/**
 * The targets printed in one cell paragraph. Each is a date, a state
 * (Completed, Ongoing), or both ("March 2025 and ongoing", "Completed March
 * 2025"). Dates may be written with day and month names (with or without
 * ordinals and weekday), abbreviated months ("Mar-25"), as UK numeric dates
 * (day first) or ISO dates, as quarters and financial years ("Q1 2025", "Q4
 * 2024/25", "2025/26": the end of the period), after "by", "end of", "before"
 * (the day or month before) or "w/c" (the end of that week), and as ranges (the
 * end). The due date has the precision printed: a day, or a month. Cells that
 * hold several targets run together ("September 2018 Completed") give several;
 * a paragraph that is not a sequence of targets gives one target with
 * `due: null`.
 */
export function parseTargets(text: string): Target[] {
  const whole = collapse(text);
  const out: Target[] = [];
  let at = 0;
  while (at < whole.length) {
    const m = matchTarget(whole, at);
    if (!m) return [{ target: whole, due: null }];
    let end = m[0];
    // A full stop or comma after a target is punctuation, not a word; a footnote mark ("*", "†") stays with it.
    while (/[.,;*†‡]/.test(whole[end] ?? '')) end++;
    out.push({
      target: whole
        .slice(at, end)
        .replace(/[.,;]+$/, '')
        .trim(),
      due: m[1],
    });
    at = end;
    while (whole[at] === ' ') at++;
  }
  return out;
}
