// Statuses as the plans print them ("Rejected", "Accepted subject to resources",
// "Partly agreed"): a query that names one is a search among the items with that
// status, those printed in the query's words first, then the others the site
// files under the same status ("Rejected" is "Not agreed"). Statuses are
// search filters, so this costs the index nothing.
import { CONDITION, statusOf } from '../parse/status.ts';
import { ANSWER_PARTS } from './state-query.ts';
import { MONEY_FORM, REFUSAL_FORMS, statusAt, statusForm } from './status-words.ts';
import { JOINED_NEGATIONS, STOP_WORDS, isSentence, lowerWords as words } from './words.ts';

/** A status as printed by some plan, and the status the site gives it (the filter's value). */
export type PrintedStatus = [printed: string, label: string];

export interface StatusQuery {
  printed: string;
  label: string;
  /** The query's other words, as typed. */
  rest: string;
  /**
   * For a refusal with other words, the label of the items refused in part ("Partly agreed"), whose items with
   * those words follow the refusals': "not agreed national policy" is also a recommendation partly agreed for it.
   */
  partly?: string;
  /**
   * What the agreement waits on, as typed beside the status ("subject to funding", "in principle"): words of the
   * responses, searched among the items agreed or partly agreed (`among`), whatever their printed status;
   * `printed`: the status named is printed with a condition of its own ("Accepted Subject to Resources").
   */
  condition?: { words: string; among: string[]; printed: boolean };
  /**
   * A yes-or-no question about an answer ("was the canteen for new arrivals agreed", "did they accept the gym
   * recommendation"): its subject's items with any other status are an answer too, listed after the status's.
   */
  asked?: boolean;
}

/** The first words of a yes-or-no question about what was done ("was…", "did…", "has…"). */
const ASKED = /^(?:was|were|is|are|has|have|had|did|does|do)$/;

/** Words that turn the status after them round: "not accepted", "cannot be agreed", "wasn't agreed". */
const NEGATORS = new Set(['not', 'never', 'non', 'cannot', 't', 'no', ...JOINED_NEGATIONS]);
/**
 * Words that may stand between a negator and the status ("cannot be agreed", "not yet accepted"), and the
 * verbs before one ("did not agree", "wasn't accepted"), which go with the status.
 */
const BETWEEN = new Set(
  'be been being was were is are yet fully completely entirely wholly totally do does did will would could wasn weren isn aren didn doesn don won couldn wouldn shouldn hasn haven hadn'.split(
    ' ',
  ),
);
/** "not fully agreed", "cannot be completely accepted": agreed in part, not refused. */
const IN_FULL = new Set(['fully', 'completely', 'entirely', 'wholly', 'totally']);
/**
 * Verbs of refusal (WordNet's sense of "reject": refuse, turn down, decline),
 * read as the status the site files refusals under only beside a word for what
 * was refused ("recommendations turned down"): "prisoners refused medication"
 * is not about a status.
 */
const REFUSALS = [
  ['turned', 'down'],
  ['turn', 'down'],
  ['turns', 'down'],
  ['turning', 'down'],
];
/** "what did Leicester say no to": a refusal in everyday words, read as the refusal status wherever it stands. */
const SAID_NO = [
  ['say', 'no'],
  ['says', 'no'],
  ['said', 'no'],
  ['saying', 'no'],
];
/**
 * Words that give a reason ("refused because of national policy", "turned down due to cost", "rejected on cost
 * grounds", "not agreed for operational reasons"): an answer given
 * for a reason is a status, as one beside "recommendations" is; not words to find in the items.
 */
const REASONS = /^(because|cos|coz|cause|due|owing|grounds|reasons?)$/;

const negated = (typed: string[], at: number) => {
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    if (NEGATORS.has(typed[k]!)) return true;
    if (!BETWEEN.has(typed[k]!)) return false;
  }
  return false;
};

/** A status's words, each in the form the parser reads: "Partially Accepted" → partly, accepted. */
const readForms = (s: string) => words(s).map(statusForm);

/**
 * Words that say money was short ("no funding", "lack of money", "not enough money", "funding constraints"):
 * beside money given as a reason they say nothing more, as the responses give money as a reason in other words
 * ("due to funding constraints", "not currently funded", "for affordability reasons").
 */
const LACK = new Set(
  'no not lack lacking enough insufficient short shortage shortages shortfall without limited constraints constrained pressures'.split(
    ' ',
  ),
);
/** Verbs that say something was held back by a reason ("improvements blocked by lack of funding"). */
const HELD_BACK = /^(?:blocked|held|stopped|prevented|hampered|delayed|shelved|halted|stalled)$/;

/** Words that say nothing beside money given as a reason: stop words, words of lack, of reason, of holding back. */
const besideMoney = (t: string) =>
  STOP_WORDS.has(t) || LACK.has(t) || REASONS.test(t) || HELD_BACK.test(t) || t === 'back';

/**
 * Whether a query gives money as what held answers back ("improvements blocked by lack of funding", "delayed due to
 * cost") without naming a status: a word of reason or of holding back, then within four words the money, with only
 * words that say nothing beside it ("lack of", "no", "the") between.
 */
function moneyHeldBack(typed: string[]): boolean {
  for (let i = 0; i < typed.length; i++) {
    if (!REASONS.test(typed[i]!) && !HELD_BACK.test(typed[i]!)) continue;
    for (let k = i + 1; k < typed.length && k <= i + 4; k++) {
      if (statusForm(typed[k]!) === MONEY_FORM) return true;
      if (!besideMoney(typed[k]!)) break;
    }
  }
  return false;
}

/** Words between a status and its condition that say nothing more: "agreed but no money", "agreed with conditions". */
const CONDITION_FILLER = new Set(['but', 'no', 'not', 'in', 'with', 'on', 'only', 'if', 'available', 'lack']);

/** The status label each of the parser's statuses is filed under, from the statuses the site prints. */
function labelsByStatus(statuses: PrintedStatus[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const [printed, label] of statuses) {
    const status = statusOf(label) ?? statusOf(printed);
    if (status && !out.has(status)) out.set(status, label);
  }
  return out;
}

/**
 * The printed status of `label` most like the words typed (most words in
 * common, in the parser's forms), or the label itself when none is printed.
 */
function likestPrinted(span: string[], label: string, statuses: PrintedStatus[]): string {
  const typed = new Set(span.map(statusForm));
  let best = label;
  let most = 0;
  for (const [printed, l] of statuses) {
    if (l !== label) continue;
    const common = readForms(printed).filter((w) => typed.has(w)).length;
    if (common > most) [best, most] = [printed, common];
  }
  return best;
}

/**
 * The status a query names, with the query's other words; null if it names
 * none. Case does not matter. A status is named by its printed words ("Rejected",
 * "Accepted Subject to Resources") or by any wording the parser reads as one,
 * in the forms people type ("partially agree", "part agreed", "agreed in part",
 * "accepted subject to funding", "disagree": src/search/status-words.ts); the
 * longest wins, the printed words on a tie. A status after "not" or "cannot
 * be" is the status whose label says "not"; a verb of refusal ("refused",
 * "turned down") is that status beside "recommendations" or "concerns", or alone.
 */
export function statusInQuery(q: string, statuses: PrintedStatus[]): StatusQuery | null {
  const typed = words(q);
  const labels = labelsByStatus(statuses);
  // The status the site files refusals under: the one label that begins with "not".
  const refusal = statuses.find(([, label]) => words(label)[0] === 'not')?.[1];
  const aboutAnswers = typed.some((t) => ANSWER_PARTS.test(t));
  // A reason given ("refused because…") makes a refusal a status, not any other word: "will they accept parcels due to…".
  const refusalFor = aboutAnswers || typed.some((t) => REASONS.test(t));
  let best: (StatusQuery & { length: number; at: number }) | null = null;
  for (const [printed, label] of statuses) {
    const w = words(printed);
    if (!w.length || (best && w.length <= best.length)) continue;
    for (let i = 0; i + w.length <= typed.length; i++) {
      if (!w.every((x, k) => typed[i + k] === x)) continue;
      best = { printed, label, rest: '', length: w.length, at: i };
      break;
    }
  }
  // The parser's wordings, in the forms people type: longer than the printed words, or where none matched.
  const printedWords = new Set(statuses.flatMap(([printed]) => words(printed)));
  for (let i = 0; i < typed.length; i++) {
    const read = statusAt(typed, i);
    if (!read || (best && read.length <= best.length)) continue;
    const label = labels.get(read.status);
    if (!label) continue;
    const span = typed.slice(i, i + read.length);
    // "prisoners refused medication" is not about a status: a refusal not printed so needs what was refused, or nothing else.
    // So does one word that is not a printed status's ("accept": "will they accept parcels").
    const guarded =
      span.some((w) => REFUSAL_FORMS.has(w) && !printedWords.has(w)) ||
      (read.length === 1 && !printedWords.has(span[0]!));
    const refuses = span.some((w) => REFUSAL_FORMS.has(w));
    if (guarded && !(refuses ? refusalFor : aboutAnswers) && !negated(typed, i) && typed.length > read.length) continue;
    best = { printed: likestPrinted(span, label, statuses), label, rest: '', length: read.length, at: i };
  }
  let from = best?.at ?? -1;
  let length = best?.length ?? 0;
  let named = best && { printed: best.printed, label: best.label };
  if (best && best.label === refusal && NEGATORS.has(typed[from]!)) {
    // "did not agree", "we don't accept": the verb before the negator goes with it.
    while (from > 0 && BETWEEN.has(typed[from - 1]!)) [from, length] = [from - 1, length + 1];
  } else if (best && refusal && best.label !== refusal && negated(typed, best.at)) {
    // The negator goes with the status: "cannot be agreed" is all of it.
    while (from > 0 && (NEGATORS.has(typed[from - 1]!) || BETWEEN.has(typed[from - 1]!)))
      [from, length] = [from - 1, length + 1];
    const span = typed.slice(from, from + length);
    const partlyLabel = labels.get('partly_agreed');
    // "not fully accepted" is accepted in part.
    named =
      partlyLabel && span.some((w) => IN_FULL.has(w))
        ? { printed: likestPrinted(span, partlyLabel, statuses), label: partlyLabel }
        : { printed: likestPrinted([...span, 'not'], refusal, statuses), label: refusal };
  }
  if (!named && refusal) {
    for (const r of [...SAID_NO, ...REFUSALS]) {
      const i = typed.findIndex((_, k) => r.every((x, n) => typed[k + n] === x));
      if (i < 0 || (!refusalFor && typed.length > r.length && !SAID_NO.includes(r))) continue;
      [from, length, named] = [i, r.length, { printed: refusal, label: refusal }];
      break;
    }
  }
  // "will not", "won't", "cannot" alone: a refusal with nothing refused named is the refusal status.
  if (
    !named &&
    refusal &&
    typed.some((t) => NEGATORS.has(t)) &&
    typed.every((t) => NEGATORS.has(t) || BETWEEN.has(t) || t === 'can')
  )
    [from, length, named] = [0, typed.length, { printed: refusal, label: refusal }];
  // "partly" or "partially" alone is the partly status: nothing else is partly answered.
  const partly = labels.get('partly_agreed');
  if (!named && partly) {
    const i = typed.findIndex((t) => statusForm(t) === 'partly' && t !== 'part' && t !== 'half');
    if (i >= 0 && (aboutAnswers || typed.length === 1))
      [from, length, named] = [i, 1, { printed: partly, label: partly }];
  }
  // Money as what held answers back, no status named ("improvements blocked by lack of funding"): the answers that
  // say so are refusals and agreements in part, so read as a refusal with money as its reason. Not in a question or
  // a person's sentence, where the money is theirs ("he cant call home because of the cost").
  if (!named && refusal && !isSentence(q) && moneyHeldBack(typed))
    [from, length, named] = [0, 0, { printed: refusal, label: refusal }];
  if (!named) return null;
  // "recommendations", "responses": what every answered item is, so not words to find beside a status.
  let others = [...typed.slice(0, from), ...typed.slice(from + length)].filter(
    (t) => !ANSWER_PARTS.test(t) && !REASONS.test(t),
  );
  // What an agreement waits on, in the status's words or after it ("agreed subject to funding", "agreed but no
  // money"): searched in the responses of the items agreed or partly agreed; not a word to find among the rest.
  const waits = [...typed.slice(from, from + length), ...others].map(statusForm).filter((w) => CONDITION.test(w));
  const among = [labels.get('agreed'), partly].filter((l): l is string => !!l);
  const condition =
    waits.length && named.label !== refusal && among.includes(named.label)
      ? {
          words: [...new Set(waits)].join(' '),
          among,
          printed: readForms(named.printed).some((w) => CONDITION.test(w)),
        }
      : undefined;
  if (condition) {
    others = others.filter((t) => !CONDITION.test(statusForm(t)));
    if (others.every((t) => STOP_WORDS.has(t) || CONDITION_FILLER.has(t))) others = [];
  }
  // Stop words alone say nothing to search for beside the status ("reasons for rejecting recommendations").
  if (others.every((t) => STOP_WORDS.has(t))) others = [];
  // The reason in the plans' words: "money", "budget" or "funds" is what responses call funding; beside it, words
  // that say it was short, words of holding back and stop words say nothing more ("because of no funding").
  let reason = others.map((t) => (statusForm(t) === MONEY_FORM ? MONEY_FORM : t));
  if (reason.includes(MONEY_FORM)) reason = reason.filter((t) => !besideMoney(t));
  const rest = reason.join(' ');
  const asked = from > 0 && ASKED.test(typed[0]!) && others.some((t) => !STOP_WORDS.has(t)) ? { asked: true } : {};
  if (named.label === refusal && rest && partly) return { ...named, rest, partly, ...asked };
  return condition ? { ...named, rest, condition, ...asked } : { ...named, rest, ...asked };
}

/** The statuses of a set of items as printed, each once with its label, in a stable order. */
export function printedStatuses(items: { printed: string | null; label: string }[]): PrintedStatus[] {
  const out = new Map<string, string>();
  for (const { printed, label } of items) {
    out.set(label, label);
    if (printed) out.set(printed, label);
  }
  return [...out].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
