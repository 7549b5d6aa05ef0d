// The search filters an item carries: who it is addressed to and what kind of
// body owns its actions, read from the words as printed.
import type { Item, Plan } from '../model/schema.ts';
import { STATUS } from './status.ts';

const OWNER_TYPES: [RegExp, string][] = [
  [/\bgovernor\b/i, 'Governor'],
  [/\bNHS|health|oxleas|nottinghamshire|pharmac|clinical|in-reach|transfer coordinator/i, 'Health provider'],
  [/college|novus|education|learning and skills/i, 'Education provider'],
  [/HMPPS|NOMS|executive director|prison group director|deputy director of custody|national (?:offender|service|director)|community interventions/i, 'HMPPS'],
  [/\bCRC\b|probation|\bSPO\b/i, 'Probation and CRC'],
  [/GFSL|GSFL|facilities|estates?\b/i, 'Facilities and estates'],
];

export function ownerTypes(item: Pick<Item, 'actions'>): string[] {
  const types = new Set<string>();
  for (const a of item.actions) {
    if (!a.owner) continue;
    const found = OWNER_TYPES.filter(([re]) => re.test(a.owner!)).map(([, t]) => t);
    (found.length ? found : ['Other']).forEach((t) => types.add(t));
  }
  return [...types].sort();
}

/** Addressees named in the item's heading ("Main recommendation to the governor and HMPPS"). */
export function addressees(item: Pick<Item, 'group'>): string[] {
  const g = item.group ?? '';
  const out: string[] = [];
  if (/governor/i.test(g)) out.push('Governor');
  if (/HMPPS|\bMOJ\b|NOMS/i.test(g)) out.push('HMPPS and MoJ');
  return out.length ? out : ['Not stated'];
}

export function kindOf(item: Pick<Item, 'group'>, plan: Pick<Plan, 'kind'>): string {
  if (plan.kind === 'recommendations') return 'Recommendation';
  return /^key/i.test(item.group ?? '') ? 'Key concern' : /^priority/i.test(item.group ?? '') ? 'Priority concern' : 'Concern';
}

export function statusLabel(item: Pick<Item, 'status'>): string {
  return item.status ? STATUS[item.status].label : 'No status (concern)';
}
