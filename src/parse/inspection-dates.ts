// The inspection's dates as plans print them, read by meaning rather than by
// pattern: days, months and years in any order a date grammar of this shape
// admits ("12th – 22nd August 2024", "23 October - 3 November 2017", "October
// 3-5, 2021"), an inspection in several parts ("3-4th October; 14-18th October
// 2021", "28, 29 November & 3-7 December 2022"), ordinals, weekdays, "to" or a
// dash of any kind between the ends of a range, and commas, "&", "and" or ";"
// between parts. A day printed without its month takes the month printed after
// it (or, failing that, before it); a date without its year takes the year
// printed after it, a year earlier across a year end ("28 December – 5 January
// 2022"), or failing that the year printed before it.
export interface InspectionDates {
  /** First day of the first part. */
  start: string;
  /** Last day of the last part. */
  end: string;
  /** Each part when there are several, in order; empty for an inspection in one part. */
  parts: { start: string; end: string }[];
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_WORD =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';
const WEEKDAY_WORD = '(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?';

type Link = 'range' | 'comma' | 'part';
interface Point {
  day: number | null;
  month: number | null;
  year: number | null;
  /** How this point joins the next. */
  link: Link | null;
}

const TOKEN = new RegExp(
  [
    '(\\d{1,2})[/.](\\d{1,2})[/.]((?:19|20)?\\d{2})(?!\\d)', // 1-3: 03/10/2021
    '((?:19|20)\\d{2})(?!\\d)', // 4: a year
    '(\\d{1,2})(?:\\s*(?:st|nd|rd|th))?(?![\\d])', // 5: a day
    `(${MONTH_WORD})\\.?(?![a-z])`, // 6: a month
    '(-|–|—|‐|‑|‒|―|~|\\bto\\b|\\buntil\\b|\\btill\\b|\\bthrough\\b|\\bthru\\b)', // 7: a range
    '(,)', // 8: a list
    '(;|&|\\+|\\band\\b|\\bthen\\b|\\bplus\\b)', // 9: a list, or (";") a new part
    `(${WEEKDAY_WORD}\\.?(?![a-z])|\\bof\\b|\\bthe\\b|\\bfrom\\b|\\bbetween\\b|\\bon\\b|\\(?inclusive\\)?|\\bdates?\\b|:)`, // 10: words that say nothing here
  ].join('|'),
  'iy',
);

function tokens(text: string): RegExpExecArray[] | null {
  const out: RegExpExecArray[] = [];
  let at = 0;
  while (at < text.length) {
    if (/\s/.test(text[at]!)) {
      at++;
      continue;
    }
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(text);
    if (!m || !m[0]) return null;
    out.push(m);
    at = TOKEN.lastIndex;
  }
  return out;
}

const full = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));
const two = (n: number) => (n < 10 ? `0${n}` : String(n));
const dayNumber = (p: Point) => Date.UTC(p.year!, p.month!, p.day!) / 86_400_000;

function iso(p: Point): string | null {
  const d = new Date(Date.UTC(p.year!, p.month!, p.day!));
  if (d.getUTCMonth() !== p.month || d.getUTCDate() !== p.day) return null;
  return `${p.year}-${two(p.month! + 1)}-${two(p.day!)}`;
}

/** The points printed, each with how it joins the next, or null when the words are not a date of this grammar. */
function points(text: string): Point[] | null {
  const toks = tokens(text);
  if (!toks) return null;
  const out: Point[] = [];
  let cur: Point = { day: null, month: null, year: null, link: null };
  const empty = (p: Point) => p.day === null && p.month === null && p.year === null;
  const close = (link: Link) => {
    if (empty(cur)) {
      // Two joining words in a row ("5th, and 6th"): the stronger one holds.
      const last = out.at(-1);
      if (last && (link === 'part' || last.link === null || (link === 'range' && last.link === 'comma')))
        last.link = link;
      return;
    }
    cur.link = link;
    out.push(cur);
    cur = { day: null, month: null, year: null, link: null };
  };
  // "between 3 and 7 October": the "and" after "between" joins the ends of a range.
  let between = false;
  for (const m of toks) {
    if (m[10] && /^between$/i.test(m[10])) between = true;
    if (m[1]) {
      if (!empty(cur)) close('comma');
      cur = { day: Number(m[1]), month: Number(m[2]) - 1, year: full(m[3]!), link: null };
    } else if (m[4]) {
      const last = out.at(-1);
      // "October 3-5, 2021": a year after a comma belongs to the date before it.
      if (empty(cur) && last && last.year === null && last.link === 'comma') last.year = Number(m[4]);
      else {
        if (cur.year !== null) close('comma');
        cur.year = Number(m[4]);
      }
    } else if (m[5]) {
      // A day after a point that has its day (or its year) starts the next point.
      if (cur.day !== null || cur.year !== null) close('comma');
      cur.day = Number(m[5]);
    } else if (m[6]) {
      if (cur.month !== null || cur.year !== null) close('comma');
      cur.month = MONTHS.indexOf(m[6].toLowerCase().slice(0, 3));
    } else if (m[7]) close('range');
    else if (m[8]) close('comma');
    else if (m[9] && between && /^and$/i.test(m[9])) {
      close('range');
      between = false;
    } else if (m[9]) close(m[9] === ';' ? 'part' : 'comma');
  }
  if (!empty(cur)) out.push(cur);
  if (!out.length) return null;
  out.at(-1)!.link = null;
  return out;
}

/** Months and years not printed beside a day, carried from the points printed after it, else before it. */
function carry(ps: Point[]): boolean {
  for (const field of ['month', 'year'] as const) {
    for (let k = ps.length - 2; k >= 0; k--) {
      const p = ps[k]!;
      const next = ps[k + 1]!;
      if (p[field] !== null || next[field] === null) continue;
      p[field] = next[field];
      // Carried back across a year end: a later month in the year printed after it is the year before.
      if (field === 'year' && p.month !== null && next.month !== null && p.month > next.month) p.year = next.year! - 1;
    }
    for (let k = 1; k < ps.length; k++) {
      const p = ps[k]!;
      const prev = ps[k - 1]!;
      if (p[field] !== null || prev[field] === null) continue;
      p[field] = prev[field];
      if (field === 'year' && p.month !== null && prev.month !== null && p.month < prev.month) p.year = prev.year! + 1;
    }
  }
  return ps.every((p) => p.day !== null && p.month !== null && p.year !== null);
}

/** The inspection's dates, or null when they cannot be read (the plan keeps them as printed). */
export function parseInspectionDates(text: string): InspectionDates | null {
  const ps = points(text);
  if (!ps || !carry(ps)) return null;
  // Ranges: points joined by a dash; a run of one point is a single day.
  const spans: { from: Point; to: Point; link: Link | null }[] = [];
  for (let k = 0; k < ps.length; k++) {
    const from = ps[k]!;
    let to = from;
    while (to.link === 'range' && k + 1 < ps.length) to = ps[++k]!;
    if (to.link === 'range') return null;
    spans.push({ from, to, link: to.link });
  }
  const parts: { from: Point; to: Point }[] = [];
  for (const [k, s] of spans.entries()) {
    const last = parts.at(-1);
    // Days in a list ("28, 29 November", "2nd and 3rd") that follow on are one part; a ";" always starts a part.
    if (last && spans[k - 1]!.link === 'comma' && dayNumber(s.from) <= dayNumber(last.to) + 1) last.to = s.to;
    else parts.push({ from: s.from, to: s.to });
  }
  const out = parts.map((p) => ({ start: iso(p.from), end: iso(p.to) }));
  if (out.some((p) => !p.start || !p.end || p.start > p.end)) return null;
  for (let k = 1; k < out.length; k++) if (out[k]!.start! <= out[k - 1]!.end!) return null;
  const read = out as { start: string; end: string }[];
  return { start: read[0]!.start, end: read.at(-1)!.end, parts: read.length > 1 ? read : [] };
}
