// The reasons a response gives for not doing all that was asked ("partly agreed as … for affordability
// reasons", "not agreed. It is national policy that …", "subject to available resources"), in the words people
// search them by ("turned down because of money", "refused national policy", "blamed on staff shortages").
// A reason counts only in a sentence that limits what will be done (a "not", "cannot", "only", "subject to",
// "partly", "constraints" …): "funding has been approved" gives none. The words are indexed with the item out of
// sight, as the everyday words are (search-terms.ts), so no page changes and a reader never sees a guess.

import type { Item } from '../model/schema.ts';
import { sentences } from '../parse/outside.ts';

/** A kind of reason: the words a response uses for it, and the words people search it by. */
export interface ReasonKind {
  id: string;
  /** Words or phrases, lower case, as a response writes them (matched whole, in order). */
  said: string[];
  /**
   * Indexed with the item when a limiting sentence says one of `said`. Few: every word lengthens the item for
   * Pagefind, which ranks it lower for every other query. Not "cuts", whose stem is that of "cutting" (self-harm).
   */
  searched: string[];
}

export const REASON_KINDS: ReasonKind[] = [
  {
    id: 'money',
    // Not "resources" in "human resources", nor the singular "resource" ("the resource for OASys reports will move").
    said: [
      'funding',
      'funded',
      'fund',
      'financial',
      'financially',
      'affordability',
      'afford',
      'affordable',
      'budget',
      'budgets',
      'budgetary',
      'cost',
      'costs',
      'costly',
      'investment',
      'available resources',
      'resources available',
      'within resources',
      'within the resources',
      'resourced',
      'resourcing',
      'money',
    ],
    searched: ['money', 'funding', 'cost', 'budget', 'afford'],
  },
  {
    id: 'policy',
    // Not "mandatory" ("mandatory drug testing").
    said: [
      'policy',
      'policies',
      'prison service instruction',
      'psi',
      'pso',
      'policy framework',
      'contract',
      'contractually',
      'guidance',
      'legislation',
    ],
    searched: ['policy', 'rules', 'national'],
  },
  {
    id: 'building',
    // Not "space" or "physical" alone ("a safe space", "physical health").
    said: ['layout', 'building', 'buildings', 'no space', 'roof', 'infrastructure', 'physical layout', 'fabric'],
    searched: ['building', 'layout', 'space'],
  },
  {
    id: 'population',
    // Not "capacity" alone ("increased capacity to 31.2 hours per week" of drug testing).
    said: ['population pressures', 'population', 'overcrowding', 'overcrowded', 'crowding', 'no capacity'],
    searched: ['overcrowding', 'population', 'pressures'],
  },
  {
    id: 'staffing',
    // Not "staff" alone: "all staff will be reminded" gives no reason.
    said: [
      'staffing',
      'staff shortages',
      'shortage of staff',
      'operational staff',
      'additional staff',
      'more staff',
      'staff numbers',
      'staff resources',
      'understaffed',
      'understaffing',
      'staff shortage',
      'vacancies',
      'recruited',
      'recruitment',
      'recruit',
    ],
    searched: ['staff', 'shortages', 'understaffing'],
  },
  {
    id: 'elsewhere',
    // Not "national" (a national policy or contract is the policy's reason), nor "control" alone ("control and restraint").
    said: [
      'direct control',
      'control of the prison',
      'outside the control',
      'beyond the control',
      'outside our control',
      'nhs',
      'nhse',
      'nhs england',
      'department of health',
      'council',
      'local authority',
      'dependent on',
      'depends on',
      'no such decisions',
    ],
    searched: ['control', 'outside', 'responsibility'],
  },
];

/**
 * Words that make a sentence one that limits what will be done. Phrases, not "not" or "no" alone: "prisoners
 * who do not arrive on time" limits nothing.
 */
const LIMITING = [
  'cannot',
  'can not',
  'not possible',
  'can only',
  'not be',
  'not able',
  'not fully',
  'not within',
  'not sufficient',
  'not financially',
  'not viable',
  'not agreed',
  'no space',
  'no capacity',
  'no longer',
  'unable',
  'unavailable',
  'unlikely',
  'subject to',
  'dependent on',
  'depends on',
  'constraint',
  'constraints',
  'constrained',
  'limit',
  'limits',
  'limited',
  'would require',
  'require additional',
  'requires additional',
  'require significant',
  'requires significant',
  'requires a considerable',
  'insufficient',
  'restricted',
  'delayed',
  'partly',
  'partially',
  'pressures',
  'prohibitive',
].map((p) => p.split(' '));

/**
 * Words, lower case: curly apostrophes made straight, "n't" said as "not" ("isn't possible", "can't" as "can not"),
 * a possessive's "'s" dropped ("the Department of Health's" says "health").
 */
const wordsOf = (text: string): string[] =>
  (
    text
      .toLowerCase()
      .replace(/[‘’]/g, "'")
      .replace(/can't\b/g, 'can not')
      .replace(/won't\b/g, 'will not')
      .replace(/n't\b/g, ' not')
      .match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? []
  ).map((w) => w.replace(/'s$/, ''));

/** Sentences: each paragraph's (parse/outside.ts: a break before a capital, so "e.g. due to…" stays one). */
const sentencesOf = (text: string): string[] => text.split(/\n+/).flatMap((p) => sentences(p));

const saidAt = (words: string[], i: number, phrase: string[]) => phrase.every((w, j) => words[i + j] === w);
const says = (words: string[], phrases: string[][]) => words.some((_, i) => phrases.some((p) => saidAt(words, i, p)));

const SAID = REASON_KINDS.map((k) => ({ id: k.id, phrases: k.said.map((p) => p.split(' ')) }));

/** Statuses of an item not fully agreed: its response says why in its first paragraph. */
const NOT_ALL: ReadonlySet<Item['status']> = new Set(['partly_agreed', 'not_agreed']);

/**
 * The kinds of reason (ids, in REASON_KINDS' order) that a response gives in its limiting sentences; where the
 * item is not fully agreed (its `status`), anywhere in its first paragraph too, limit words or not, since that is
 * where a response says why ("This recommendation is not agreed. It is national policy that …"; "…not within the
 * direct control of the prison. HMP Elmley has a staffing profile agreed for medical escorts…").
 */
export function reasonsIn(response: string, status: Item['status'] = null): string[] {
  const found = new Set<string>();
  const read = (text: string, always: boolean) => {
    for (const words of sentencesOf(text).map(wordsOf)) {
      if (!always && !says(words, LIMITING)) continue;
      for (const kind of SAID) if (!found.has(kind.id) && says(words, kind.phrases)) found.add(kind.id);
    }
  };
  const [first = '', ...rest] = response.split(/\n\s*\n/);
  read(first, NOT_ALL.has(status));
  read(rest.join('\n'), false);
  return REASON_KINDS.filter((k) => found.has(k.id)).map((k) => k.id);
}

/** The words to index with an item whose response gives these reasons, each once. */
export function reasonWords(reasons: string[]): string[] {
  const out = new Set<string>();
  for (const kind of REASON_KINDS) if (reasons.includes(kind.id)) for (const w of kind.searched) out.add(w);
  return [...out];
}
