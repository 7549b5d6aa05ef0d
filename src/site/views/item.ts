// What an item page shows: the response once, each part beside the owners and
// dates the plan ties to it, the items of later plans that raised it again, and
// its main theme's latest items at other prisons.
import type { Action, Item, Plan } from '../../model/schema.ts';
import type { ItemInPlan } from '../item-in-plan.ts';
import { inspectionDate } from '../../dataset/order.ts';
import { compare } from '../../model/compare.ts';
import { formatLinkReason, readBlocks, readLinkReason, type Block, type LinkReason } from '../../model/text-format.ts';
import { formatDue } from '../format.ts';

/** A run of the response, with the actions the plan ties to it (none: the plan names no owner for it). */
export interface ResponsePart {
  blocks: Block[];
  actions: Action[];
}

/** An action the plan does not tie to a part of the response, with its own words, if any. */
export interface UntiedAction {
  action: Action;
  blocks: Block[];
}

export interface ResponseView {
  /** The response in order, each paragraph exactly once. */
  parts: ResponsePart[];
  /** Actions the plan does not tie to any part of the response, each shown once. */
  untied: UntiedAction[];
}

const sameBlock = (a: Block, b: Block) => a.list === b.list && a.text === b.text;
const untiedOf = (action: Action): UntiedAction => ({ action, blocks: action.text ? readBlocks(action.text) : [] });
const sameAction = (a: Action, b: Action) =>
  a.owner === b.owner && a.target === b.target && a.due === b.due && a.text === b.text;

/**
 * The response divided into the parts the actions name, in the response's
 * order. An action's text is a run of the response's lines; if one cannot be
 * found where the order says it should be, nothing is divided and every
 * action is shown apart, so no words are dropped or printed twice.
 */
export function responseView(item: Pick<Item, 'response' | 'actions'>): ResponseView {
  // The response's paragraphs and list items; parts are runs of them.
  const lines = readBlocks(item.response);
  const owner: (number | undefined)[] = lines.map(() => undefined);
  const parts: { actions: Action[]; text: string | null }[] = [];
  const untied: Action[] = [];
  let cursor = 0;
  let ok = true;
  for (const action of item.actions) {
    if (action.text === null) {
      if (!untied.some((u) => sameAction(u, action))) untied.push(action);
      continue;
    }
    const last = parts.at(-1);
    if (last && last.text === action.text) {
      // Several owners or dates for the same words: one part.
      if (!last.actions.some((a) => sameAction(a, action))) last.actions.push(action);
      continue;
    }
    const want = readBlocks(action.text);
    const at = findRun(lines, want, cursor);
    if (at < 0 || want.length === 0) {
      ok = false;
      break;
    }
    const n = parts.push({ actions: [action], text: action.text }) - 1;
    for (let i = at; i < at + want.length; i++) owner[i] = n;
    cursor = at + want.length;
  }
  if (!ok) {
    return {
      parts: item.response ? [{ blocks: lines, actions: [] }] : [],
      untied: item.actions.filter((a, i) => item.actions.findIndex((b) => sameAction(a, b)) === i).map(untiedOf),
    };
  }
  // Runs of lines with the same owner (or none) become the parts, in order.
  const out: ResponsePart[] = [];
  let run: Block[] = [];
  let runOwner: number | undefined;
  const flush = () => {
    if (run.length) out.push({ blocks: run, actions: runOwner === undefined ? [] : parts[runOwner]!.actions });
    run = [];
  };
  lines.forEach((line, i) => {
    if (i > 0 && owner[i] !== runOwner) flush();
    runOwner = owner[i];
    run.push(line);
  });
  flush();
  return { parts: out, untied: untied.map(untiedOf) };
}

function findRun(lines: Block[], want: Block[], from: number): number {
  for (let i = from; i + want.length <= lines.length; i++) {
    if (want.every((w, k) => sameBlock(lines[i + k]!, w))) return i;
  }
  return -1;
}

/** Later inspections that raised the item again, oldest first, each with its items. */
export function raisedAgainByPlan(
  item: Pick<Item, 'raisedAgain'>,
  itemByKey: ReadonlyMap<string, ItemInPlan>,
): { plan: Plan; items: { item: Item; reason: LinkReason }[] }[] {
  const out: { plan: Plan; items: { item: Item; reason: LinkReason }[] }[] = [];
  for (const link of item.raisedAgain) {
    const found = itemByKey.get(link.key);
    if (!found) continue;
    const group = out.find((g) => g.plan.id === found.plan.id);
    const reason = readLinkReason(link.reason);
    if (group) group.items.push({ item: found.item, reason });
    else out.push({ plan: found.plan, items: [{ item: found.item, reason }] });
  }
  return out.sort((a, b) => a.plan.year - b.plan.year);
}

/**
 * An action's facts as label and value. The due date is worked out from the
 * target; where it reads the same as the target as written, it is said once.
 */
export function actionFacts(action: Action): { label: string; value: string }[] {
  const due = formatDue(action.due);
  const owner = { label: 'Owner', value: action.owner ?? 'not printed' };
  if (action.target === null) return [owner, { label: 'Target', value: 'not printed' }];
  if (action.due !== null && normalise(due) === normalise(action.target))
    return [owner, { label: 'Target', value: action.target }];
  return [owner, { label: 'Target as written', value: action.target }, { label: 'Due', value: due }];
}

const normalise = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** A link's reason in readers' words: a shared theme by its name ("similar words, same theme: security and drugs"). */
export function readableReason(reason: LinkReason, themeName: (id: string) => string | undefined): string {
  const name = reason.kind === 'same-theme' ? themeName(reason.theme) : undefined;
  return name ? `similar words, same theme: ${name.toLowerCase()}` : formatLinkReason(reason);
}

/**
 * A theme's latest item at each prison: the first of its items in that prison's
 * latest plan with one, prisons whose plan is the most recent first (ties by
 * establishment id). Worked out once per theme for the build; each item page
 * then takes the first few at other prisons (`atOtherPrisons`).
 */
export function latestByPrison(itemKeys: readonly string[], itemByKey: ReadonlyMap<string, ItemInPlan>): ItemInPlan[] {
  const latest = new Map<string, ItemInPlan>();
  for (const key of itemKeys) {
    const x = itemByKey.get(key)!;
    const held = latest.get(x.plan.establishmentId);
    if (!held || newerPlan(x.plan, held.plan) < 0) latest.set(x.plan.establishmentId, x);
  }
  return [...latest.values()].sort(
    (a, b) => newerPlan(a.plan, b.plan) || compare(a.plan.establishmentId, b.plan.establishmentId),
  );
}

/** Negative where `a` is the more recent plan: by year, then inspection or report date; a plan without a date last of its year. */
function newerPlan(a: Plan, b: Plan): number {
  return b.year - a.year || compare(inspectionDate(b) ?? '', inspectionDate(a) ?? '');
}

/** The first `n` of a theme's latest items (`latestByPrison`) that are not at the given prison. */
export function atOtherPrisons(latest: readonly ItemInPlan[], establishmentId: string, n = 5): ItemInPlan[] {
  const out: ItemInPlan[] = [];
  for (const x of latest) {
    if (out.length === n) break;
    if (x.plan.establishmentId !== establishmentId) out.push(x);
  }
  return out;
}
