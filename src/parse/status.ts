// The 2016 plans say Accepted / Partially Accepted / Accepted Subject to
// Resources / Rejected; from 2017 they say Agreed / Partly Agreed / Not Agreed.
// The 2016 summary tables count "Accepted Subject to Resources" together with
// "Partially Accepted", so both mean partly agreed.
import type { Status } from '../model/schema.ts';
import { collapse } from './blocks.ts';

const PARTLY = '(?:partly agreed|partially agreed|part agreed|partially accepted|partly accepted|(?:accepted|agreed) subject to resources)';

const WORDINGS: [RegExp, Status][] = [
  [/^(?:fully )?(?:agreed|accepted)$/, 'agreed'],
  [new RegExp(`^${PARTLY}(?:/${PARTLY})*$`), 'partly_agreed'],
  [/^(?:not agreed|not accepted|rejected|disagreed)$/, 'not_agreed'],
];

/** The normalised status of a status cell or summary label, or null if it is not one. */
export function statusOf(written: string): Status | null {
  const key = collapse(written).toLowerCase().replace(/\s*\/\s*/g, '/');
  for (const [re, status] of WORDINGS) if (re.test(key)) return status;
  return null;
}
