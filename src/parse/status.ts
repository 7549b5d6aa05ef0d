// Status cells. The 2016 plans say Accepted / Partially Accepted / Accepted
// Subject to Resources / Rejected; from 2017 they say Agreed / Partly Agreed /
// Not Agreed; other templates say "Part agreed", "Agreed in part", "Accepted
// in part". The 2016 summary tables count "Accepted Subject to Resources"
// together with "Partially Accepted", so both mean partly agreed. Case,
// spacing, hyphens and surrounding punctuation ("Agreed.", "(Agreed)",
// "AGREED*") do not matter. Anything else is not read: the item keeps the
// status as written and is marked not recognised, never guessed.
import type { Status } from '../model/schema.ts';
import { collapse } from './blocks.ts';

// "Agree / Partly agree / Disagree" templates print the verb itself.
const AGREE = '(?:agreed?|accept(?:ed)?)';
const PARTLY = `(?:(?:partly|partially|part|in part)[ -]?${AGREE}|${AGREE} (?:in part|partly|partially)|${AGREE} subject to (?:resources|funding))`;

const WORDINGS: [RegExp, Status][] = [
  [new RegExp(`^(?:fully |wholly )?${AGREE}(?: in full| fully)?$`), 'agreed'],
  [new RegExp(`^${PARTLY}(?:/${PARTLY})*$`), 'partly_agreed'],
  [/^(?:(?:not|do not|does not) (?:agreed?|accept(?:ed)?)|reject(?:ed)?|disagreed?|declined?)$/, 'not_agreed'],
];

/**
 * Words after a status that qualify it ("Agreed – in principle", "Agreed but…"): a status followed by any of
 * these is not read. Other words after it ("Agreed (see response)", "Agreed – ongoing") are a note beside it.
 */
const QUALIFIER =
  /\b(?:part\w*|principle|subject|condition\w*|except\w*|but|not|no|however|resourc\w*|fund\w*|pending|until|unless|await\w*|tb[cd]|agree\w*|accept\w*|reject\w*|declin\w*|limited|some|only|dependent|depends|if|provided|review\w*|later|future|defer\w*)\b/;
/**
 * The qualifiers among those that say what an agreement waits on ("subject to funding", "in principle",
 * "pending review"): search reads them in a query beside a status as words of the responses (src/search/status-query.ts).
 */
export const CONDITION =
  /^(?:principle|subject|condition\w*|resourc\w*|fund\w*|pending|until|unless|await\w*|dependent|depends)$/;

/** Where a note starts after a status: a dash, colon, semicolon, comma, full stop or bracket. */
const NOTE_START = /\s*(?:[-–—:;,.]|\(|\[)\s*/;

/** Punctuation and marks that may stand around a status: "Agreed.", "(Agreed)", "“Agreed”", "Agreed*", "- Agreed -". */
const AROUND = /^[\s"'“”‘’()[\]{}*•·.,;:!?\-–—_]+|[\s"'“”‘’()[\]{}*•·.,;:!?\-–—_]+$/g;

/** A status cell or summary label reduced to its words: lower case, single spaces, "/" unspaced. */
export function statusKey(written: string): string {
  // Brackets inside ("Agreed (in part)") are punctuation too.
  // Zero-width spaces, which Word leaves in cells, are not characters a reader sees.
  return collapse(
    written
      .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
      .replace(AROUND, '')
      .replace(/[()[\]]/g, ' '),
  )
    .toLowerCase()
    .replace(/\s*\/\s*/g, '/')
    .replace(/(?<=[a-z])[-_](?=[a-z])/g, ' ');
}

function wording(key: string): Exclude<Status, 'not_recognised'> | null {
  for (const [re, status] of WORDINGS) if (re.test(key)) return status as Exclude<Status, 'not_recognised'>;
  // Dashes, colons and commas between a status's words are spacing: "Agreed – in part", "Partly: agreed".
  const spaced = key.replace(/\s*[-–—:;,]\s*/g, ' ').trim();
  if (spaced !== key)
    for (const [re, status] of WORDINGS) if (re.test(spaced)) return status as Exclude<Status, 'not_recognised'>;
  return null;
}

/** The normalised status of a status cell or summary label, or null if it is not one. */
export function statusOf(written: string): Exclude<Status, 'not_recognised'> | null {
  return wording(statusKey(written));
}

/**
 * A status followed by a note that does not qualify it ("Agreed (see response)", "Partly agreed – ongoing"): the
 * status and the note, or null. The note never turns one answer into another: a note with a word that could
 * ("in principle", "but", "subject to", "partly") leaves the status unread.
 */
export function statusWithNote(written: string): { status: Exclude<Status, 'not_recognised'>; note: string } | null {
  const text = written.trim();
  if (statusOf(text)) return null;
  const re = new RegExp(NOTE_START.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index === 0) continue;
    const status = statusOf(text.slice(0, m.index));
    if (!status) continue;
    const note = text.slice(m.index).replace(/^[\s\-–—:;,.([]+|[\s)\]]+$/g, '');
    if (!note || !/[a-z]/i.test(note) || QUALIFIER.test(note.toLowerCase())) return null;
    return { status, note };
  }
  return null;
}

/** The status a cell states, with or without a note beside it, or null. */
export function readStatus(written: string): Exclude<Status, 'not_recognised'> | null {
  return statusOf(written) ?? statusWithNote(written)?.status ?? null;
}

/**
 * A status printed at the start of a response ("Agreed. The prison will…", "Partly agreed – we will…"): the status
 * as printed and the rest, or null. A first paragraph of four words or fewer is the status whether or not it can be
 * read ("Agred"); otherwise the status must be one the parser knows, followed by a full stop, dash, colon or the end.
 */
export function leadingStatus(paragraph: string): { status: string; rest: string } | null {
  const text = paragraph.trim();
  const ws = text.split(/\s+/);
  if (ws.length <= 4 && /[a-z]/i.test(text) && !/[.!?]\s/.test(text)) return { status: text, rest: '' };
  const re = /\s*(?:[.:;,–—]|\s-)\s+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const head = text.slice(0, m.index);
    if (head.split(/\s+/).length > 6) break;
    if (statusOf(head)) return { status: head, rest: text.slice(m.index + m[0].length).trim() };
  }
  return null;
}
