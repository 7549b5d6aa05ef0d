// What the about page says of the statuses and the healthy prison tests, drawn
// from the modules that define them.
import { TESTS } from '../healthy-prison-tests.ts';
import { listInWords } from '../format.ts';
import type { Status } from '../../model/schema.ts';
import { STATUS, STATUSES } from '../status.ts';

/** The statuses the plans define ("not recognised" is the site's own), each definition as a clause after its label. */
export const planStatuses: { label: string; definition: string }[] = STATUSES.filter((s) => s !== 'not_recognised').map(
  (s) => ({
    label: STATUS[s].label,
    definition: STATUS[s].definition.charAt(0).toLowerCase() + STATUS[s].definition.slice(1),
  }),
);

/** "safety, respect, purposeful activity, and rehabilitation and release planning". */
export const testsInWords: string = listInWords(TESTS.map(([, name]) => name.toLowerCase()));

/** A status in running text: "partly agreed". */
export const statusInWords = (status: Status): string => STATUS[status].label.toLowerCase();
