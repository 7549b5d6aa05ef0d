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

const AGREE = '(?:agreed|accepted)';
const PARTLY = `(?:(?:partly|partially|part|in part)[ -]?${AGREE}|${AGREE} (?:in part|partly|partially)|${AGREE} subject to (?:resources|funding))`;

const WORDINGS: [RegExp, Status][] = [
  [new RegExp(`^(?:fully |wholly )?${AGREE}(?: in full| fully)?$`), 'agreed'],
  [new RegExp(`^${PARTLY}(?:/${PARTLY})*$`), 'partly_agreed'],
  [/^(?:not (?:agreed|accepted)|rejected|disagreed|declined)$/, 'not_agreed'],
];

/** Punctuation and marks that may stand around a status: "Agreed.", "(Agreed)", "“Agreed”", "Agreed*", "- Agreed -". */
const AROUND = /^[\s"'“”‘’()[\]{}*•·.,;:!?\-–—_]+|[\s"'“”‘’()[\]{}*•·.,;:!?\-–—_]+$/g;

/** A status cell or summary label reduced to its words: lower case, single spaces, "/" unspaced. */
export function statusKey(written: string): string {
  // Brackets inside ("Agreed (in part)") are punctuation too.
  return collapse(written.replace(AROUND, '').replace(/[()[\]]/g, ' '))
    .toLowerCase()
    .replace(/\s*\/\s*/g, '/')
    .replace(/(?<=[a-z])[-_](?=[a-z])/g, ' ');
}

/** The normalised status of a status cell or summary label, or null if it is not one. */
export function statusOf(written: string): Exclude<Status, 'not_recognised'> | null {
  const key = statusKey(written);
  for (const [re, status] of WORDINGS) if (re.test(key)) return status as Exclude<Status, 'not_recognised'>;
  return null;
}
