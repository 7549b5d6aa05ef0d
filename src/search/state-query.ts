// States the plans print where a target date goes: "Completed", "Ongoing",
// "Completed and ongoing" (an action's `due`, src/model/schema.ts). People ask
// for them as the kind of answer they are ("already done", "completed and
// ongoing", "work in progress"): a query that names one lists the items with
// an action in that state first. Item pages carry the states as a search filter
// (`state`), loaded only by a query that names one, so a first search costs
// nothing more.

import { QUESTION_START, STOP_WORDS, lowerWords as words } from './words.ts';

/** The states, as the schema's `dueStateSchema` has them (a test holds them equal): the schema is not imported, so the search page's script does not carry zod. */
export const DUE_STATES = ['completed', 'ongoing', 'completed-and-ongoing'] as const;
export type DueState = (typeof DUE_STATES)[number];
/**
 * Not a state the plans print but what a reader asks for beside them ("recommendations with no target date"):
 * an item with no action, or an action whose target is missing or no date (its `due` is null).
 */
export const NO_TARGET = 'no-target-date';
/**
 * Not printed either: every action of the item printed "Completed". What a reader asking for "completed" means
 * first (the recommendation is done), before the items with some action completed.
 */
export const ALL_COMPLETED = 'all-completed';
export type ItemState = DueState | typeof ALL_COMPLETED | typeof NO_TARGET;

export interface StateQuery {
  /** The states named: "completed" is also the actions printed "Completed and ongoing". */
  states: ItemState[];
  /** The query's other words, as typed. */
  rest: string;
}

/**
 * The words for each state: the plans' own, and WordNet 3.1's synonyms of
 * "completed" (complete, finished, done) and "ongoing" (continuing, in progress, under way).
 */
const STATE_WORDS: [string[], DueState[]][] = [
  [['completed', 'and', 'ongoing'], ['completed-and-ongoing']],
  [['complete', 'and', 'ongoing'], ['completed-and-ongoing']],
  [
    ['in', 'progress'],
    ['ongoing', 'completed-and-ongoing'],
  ],
  [
    ['under', 'way'],
    ['ongoing', 'completed-and-ongoing'],
  ],
  [['underway'], ['ongoing', 'completed-and-ongoing']],
  [['ongoing'], ['ongoing', 'completed-and-ongoing']],
  [['continuing'], ['ongoing', 'completed-and-ongoing']],
  [['completed'], ['completed', 'completed-and-ongoing']],
  [['complete'], ['completed', 'completed-and-ongoing']],
  [['finished'], ['completed', 'completed-and-ongoing']],
  [['done'], ['completed', 'completed-and-ongoing']],
];

/** "not completed", "never finished": the state is denied, not named. */
const NEGATORS = new Set(['not', 'never', 'no', 'yet', 't', 'un']);

/** What a plan answers and what it answers with: what every item is, so no word to find in the items. */
export const ANSWER_PARTS = /^(?:recommendations?|concerns?|priorit(?:y|ies)|responses?|actions?)$/;

/** What a target is called ("no deadline", "without a timescale"), and what says it is missing. */
const TARGET_WORDS = /^(?:targets?|deadlines?|dates?|timescales?|timeframes?|timelines?|completion|due)$/;

/** "all actions completed": which items, not what about. */
const EVERY = new Set(['all', 'every', 'each', 'whole', 'fully']);

/**
 * The query's other words, none when they are all stop words ("agreed but no date": "but") or say only where a
 * state is printed, of which items ("all actions completed", "target ongoing", "recommendations completed").
 */
function restOf(typed: string[]): string {
  const rest = typed.filter((w) => !ANSWER_PARTS.test(w) && !TARGET_WORDS.test(w) && !EVERY.has(w));
  return rest.every((w) => STOP_WORDS.has(w)) ? '' : rest.join(' ');
}
const MISSING = new Set(['no', 'without', 'missing', 'lacking', 'lack']);

/**
 * "no target date", "without a deadline", "actions with no timescale": a word that says something is missing,
 * then within three words one that names a target. The span and the query's other words; null when none.
 */
function noTargetIn(typed: string[]): StateQuery | null {
  for (let i = 0; i < typed.length; i++) {
    if (!MISSING.has(typed[i]!)) continue;
    let end = i + 1;
    while (
      end < typed.length &&
      end <= i + 3 &&
      (TARGET_WORDS.test(typed[end]!) || ['a', 'an', 'any', 'set'].includes(typed[end]!))
    )
      end++;
    if (!typed.slice(i + 1, end).some((w) => TARGET_WORDS.test(w))) continue;
    return { states: [NO_TARGET], rest: restOf([...typed.slice(0, i), ...typed.slice(end)]) };
  }
  return null;
}

/** The state a query names (the longest wording), with its other words; null when it names none. */
export function stateInQuery(q: string): StateQuery | null {
  const typed = words(q);
  const missing = noTargetIn(typed);
  if (missing) return missing;
  // A question ("what has been done about drugs") asks about a subject, not for answers in a state; one that asks
  // which answers are in it, the state its last word ("which Leicester recommendations are finished", "what
  // actions are still ongoing"), asks for the state. Not "what has been done about the recommendations on drugs".
  if (!typed.length) return null;
  const question = QUESTION_START.test(typed[0]!);
  if (question && !typed.some((w) => ANSWER_PARTS.test(w))) return null;
  for (const [w, states] of STATE_WORDS) {
    for (let i = 0; i + w.length <= typed.length; i++) {
      if (!w.every((x, k) => typed[i + k] === x)) continue;
      if (question && !typed.slice(i + w.length).every((x) => STOP_WORDS.has(x))) continue;
      if (i > 0 && NEGATORS.has(typed[i - 1]!)) return null;
      return { states, rest: restOf([...typed.slice(0, i), ...typed.slice(i + w.length)]) };
    }
  }
  return null;
}

/**
 * An item's states as search filter values: each state of its actions, once, in the schema's order, then
 * ALL_COMPLETED and NO_TARGET where they hold.
 */
export function itemStates(actions: { due: string | null }[]): ItemState[] {
  const states: ItemState[] = DUE_STATES.filter((s) => actions.some((a) => a.due === s));
  if (actions.length && actions.every((a) => a.due === 'completed')) states.push(ALL_COMPLETED);
  if (!actions.length || actions.some((a) => a.due === null)) states.push(NO_TARGET);
  return states;
}

/**
 * The states whose items are listed first for a query's states: "completed" is first the items done (every
 * action completed), "ongoing" first the items with a target printed "Ongoing" itself, the words typed, before
 * those printed "Completed and ongoing". And those listed after them, before the others: an item with no target
 * date is first one with none written, then one whose target is "Ongoing", a state printed where a date goes, so
 * no date either.
 */
export function statesFirst(states: ItemState[]): { first: ItemState[] | null; next: ItemState[] | null } {
  if (states.includes(NO_TARGET)) return { first: null, next: ['ongoing'] };
  if (states.includes('completed')) return { first: [ALL_COMPLETED], next: null };
  const both = states.includes('ongoing') && states.includes('completed-and-ongoing');
  return { first: both ? ['ongoing'] : null, next: null };
}
