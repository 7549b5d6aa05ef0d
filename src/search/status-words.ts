// The words people type for how a recommendation was answered, read as the
// parser reads a status cell. The printed statuses are the plans' own words
// ("Partly Agreed", "Accepted Subject to Resources"); people type the same
// answers in other forms: "partly agree", "part agreed", "partial acceptance",
// "agreed subject to funding", "recommendations refused". Each typed form below
// is turned into the form the parser's wordings know (src/parse/status.ts,
// `statusOf`), so one set of wordings decides what a status cell and a query
// mean. The forms are the inflections and derived forms WordNet 3.1 gives for
// the parser's verbs ("agree", "accept", "reject", "refuse", "decline") and
// its adverb "partly" ("partial", "partially"), and the nouns of money the
// plans use beside "subject to" ("resources", "funding", "budget").
import type { Status } from '../model/schema.ts';
import { statusOf } from '../parse/status.ts';

/** A typed form → the form the parser's wordings read. */
const FORMS: Record<string, string> = {
  agree: 'agreed',
  agrees: 'agreed',
  agreeing: 'agreed',
  agreement: 'agreed',
  accept: 'accepted',
  accepts: 'accepted',
  accepting: 'accepted',
  acceptance: 'accepted',
  partial: 'partly',
  partially: 'partly',
  // WordNet's adverb "half" ("partially or to the extent of a half"): "half agreed".
  half: 'partly',
  reject: 'rejected',
  rejects: 'rejected',
  rejecting: 'rejected',
  rejection: 'rejected',
  rejections: 'rejected',
  refuse: 'rejected',
  refuses: 'rejected',
  refusing: 'rejected',
  refused: 'rejected',
  refusal: 'rejected',
  refusals: 'rejected',
  decline: 'declined',
  declines: 'declined',
  declining: 'declined',
  disagree: 'disagreed',
  disagrees: 'disagreed',
  disagreeing: 'disagreed',
  // "agreed subject to the budget": the plans' words for what an answer depends on.
  resource: 'resources',
  budget: 'funding',
  budgets: 'funding',
  money: 'funding',
  funds: 'funding',
  fund: 'funding',
  finance: 'funding',
  funded: 'funding',
  financial: 'funding',
  cost: 'funding',
  costs: 'funding',
  costly: 'funding',
  expense: 'funding',
  expensive: 'funding',
  afford: 'funding',
  affordability: 'funding',
};

/** The form every word of money above is read as. */
export const MONEY_FORM = 'funding';
/**
 * How responses say money is what an answer waits on or was refused for ("due to funding constraints",
 * "significant financial investment", "for affordability reasons", "subject to resources"): each is searched for
 * money typed beside a status, the plans' commonest word first.
 */
export const MONEY_SAID = [MONEY_FORM, 'resources', 'financial', 'affordability', 'budget', 'cost', 'investment'];

/**
 * Forms that are a refusal only beside what was refused ("recommendations
 * refused") or alone: "prisoners refused medication" is not about a status.
 * The printed statuses themselves ("Rejected") are read anywhere.
 */
export const REFUSAL_FORMS = new Set(
  Object.entries(FORMS)
    .filter(([, to]) => to === 'rejected' || to === 'declined' || to === 'disagreed')
    .map(([from]) => from)
    .concat(['declined', 'disagreed']),
);

/** The query's word in the form the parser reads. */
export const statusForm = (word: string) => FORMS[word] ?? word;

/** Words a status may be spread over, with "the" and "a" between ("agreed subject to the funding"). */
const FILLER = new Set(['the', 'a', 'an', 'available']);

/**
 * The status that the words from `at` say, read by the parser's wordings, and
 * how many words say it (the longest reading, up to six words); null if none.
 */
export function statusAt(
  typed: string[],
  at: number,
): { status: Exclude<Status, 'not_recognised'>; length: number } | null {
  for (let length = Math.min(6, typed.length - at); length >= 1; length--) {
    const span = typed.slice(at, at + length);
    if (FILLER.has(span.at(-1)!)) continue;
    const read = span
      .filter((w) => !FILLER.has(w))
      .map(statusForm)
      .join(' ');
    const status = statusOf(read);
    if (status) return { status, length };
  }
  return null;
}
