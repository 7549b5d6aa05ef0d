// Words as search sees them, shared by the build (the word list) and the
// browser (the query): lower case, split at anything but letters and digits.

// Words on nearly every page, and the filler of questions ("are prisoners
// locked up too long"): they narrow nothing, and each costs the download of a
// large part of the index. A quoted phrase keeps them, and so does a query of nothing else.
export const STOP_WORDS = new Set([
  'a',
  'about',
  'after',
  'an',
  'and',
  'any',
  'are',
  'as',
  'at',
  'be',
  'been',
  'being',
  'but',
  'by',
  'can',
  'could',
  'did',
  'do',
  'does',
  'for',
  'from',
  'get',
  'gets',
  'getting',
  'got',
  'has',
  'have',
  'how',
  'i',
  'if',
  'in',
  'into',
  'is',
  'it',
  'its',
  'me',
  'my',
  'of',
  'on',
  'or',
  'our',
  'see',
  'should',
  'so',
  'that',
  'the',
  'their',
  'them',
  'there',
  'they',
  'this',
  'to',
  'too',
  'up',
  'us',
  'was',
  'we',
  'were',
  'what',
  'when',
  'where',
  'which',
  'who',
  'why',
  'will',
  'with',
  'would',
  'you',
  'your',
  // Every plan is about a prison and its prisoners.
  'jail',
  'jails',
  'prison',
  'prisons',
  'prisoner',
  'prisoners',
]);

/** A text's words in lower case, split at anything not a letter or digit ("Partly Agreed": partly, agreed). */
export const lowerWords = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** The words of a text as the index holds them: "well-being" is "wellbeing", "well" and "being"; "prisoners'" is "prisoners". */
export function indexWords(text: string): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  // Accents off ("café" is "cafe"); plain ASCII has none, and most of an archive is plain ASCII.
  const plain = /[^ -~\s]/.test(lower) ? lower.normalize('NFKD').replace(/\p{M}/gu, '') : lower;
  for (const chunk of plain.split(/[\s/]+/)) {
    const parts = chunk.match(/[\p{L}\p{N}]+/gu);
    if (!parts) continue;
    out.push(...parts);
    if (parts.length > 1 && /^[\p{L}\p{N}'’-]+[.,;:!?)"”]*$/u.test(chunk.replace(/^[("“]+/, '')))
      out.push(parts.join(''));
  }
  return out;
}

/** The files of the word list: one per letter, and "0" for words that start with anything else. */
export const SHARDS: readonly string[] = [...'abcdefghijklmnopqrstuvwxyz', '0'];

/** The file of the word list a word is in: its first letter, or "0" for anything else. */
export function shardOf(word: string): string {
  const c = word[0] ?? '';
  return /[a-z]/.test(c) ? c : '0';
}

export interface QueryWord {
  /** Lower case, as typed. */
  text: string;
  /** Its place among all the words typed, stop words included (for phrases). */
  at: number;
}

/** Negations typed without their apostrophe ("couldnt", "isnt"): each says "not", as "couldn't" does. */
export const JOINED_NEGATIONS = [
  'arent',
  'cant',
  'couldnt',
  'didnt',
  'doesnt',
  'dont',
  'hasnt',
  'havent',
  'isnt',
  'shouldnt',
  'wasnt',
  'werent',
  'wont',
  'wouldnt',
];

// Words of questions that say how, how much or who rather than what about:
// searched, they find the items that happen to use them ("often", "allowed")
// before those on the subject. Only queries drop them, never the index.
export const QUESTION_FILLER = new Set([
  // Asked for in a question, help is what it is about, not a word to find: the plans say "support",
  // and "help" in an item is no sign of the subject ("what help do they get when released").
  'help',
  'helped',
  'helping',
  'helps',
  // People and things in general: every plan is about people in prison and what is done for them.
  'people',
  'person',
  // Asking politely, or giving a reason: not what about.
  'please',
  'because',
  // Saying that a reason was given ("staff shortages blamed", "refused citing national policy"): the reason is
  // what it is about (the reasons a response gives are indexed in people's words: reasons.ts).
  'blame',
  'blamed',
  'blames',
  'blaming',
  'cite',
  'cited',
  'cites',
  'citing',
  'thing',
  'things',
  'stuff',
  // The manner of something, not what: "the way my son is treated", "ways to complain".
  'way',
  'ways',
  // How long something has gone on, not what: "asking for weeks to see a doctor", "queuing for ages". Not the
  // singular, which may be the subject ("his first week").
  'weeks',
  'months',
  'ages',
  // Anyone and anything, and their kin: whom or what in general, not what about ("he complained months ago and
  // heard nothing": "nothing" searched found "zero", its synonym in WordNet). Not "nothing to do" (queryWords).
  'nothing',
  'everything',
  'nobody',
  'somebody',
  'anybody',
  'everybody',
  // Going and coming: "go to work", "come out".
  'go',
  'goes',
  'gone',
  'went',
  'come',
  'comes',
  'allowed',
  'always',
  'anything',
  'anyone',
  'does',
  'enough',
  'ever',
  'everyone',
  'going',
  'happen',
  'happens',
  'he',
  'her',
  'hers',
  'him',
  'his',
  'inside',
  'just',
  'know',
  'let',
  'lot',
  'lots',
  'many',
  'much',
  'often',
  'really',
  'she',
  'someone',
  'something',
  'still',
  'tell',
  'whatever',
  // What every item is: "recommendations on healthcare" asks about healthcare.
  'recommendation',
  'recommendations',
  // Who, not what about: "hurting himself".
  'himself',
  'herself',
  'themselves',
  'myself',
  'yourself',
  // How often, not what: "he keeps asking".
  'keeps',
  'kept',
  // A negation typed without its apostrophe ("isnt", "doesnt") says how, as "isn't" does.
  ...JOINED_NEGATIONS,
  // A pronoun and its verb typed without the apostrophe ("hes locked up", "theyve"), as "he's" is "he": every such
  // joining of a pronoun with 's, 're, 've, 'll, 'd or 'm, but those that are words of their own ("ill", "well",
  // "shed", "were", "lets").
  'hes',
  'shes',
  'thats',
  'theres',
  'whats',
  'whos',
  'wheres',
  'heres',
  'theyre',
  'youre',
  'whatre',
  'ive',
  'youve',
  'weve',
  'theyve',
  'whove',
  'wouldve',
  'couldve',
  'shouldve',
  'youll',
  'itll',
  'theyll',
  'thatll',
  'youd',
  'hed',
  'theyd',
  'itd',
  'im',
]);

/** A question's first word: "what", "how", "is", "can", "do"... */
export const QUESTION_START =
  /^(?:what|how|why|when|where|who|which|is|are|was|were|has|have|had|will|would|can|could|do|does|did|should)$/;
/** Words of a person speaking: a sentence of theirs ("hes been asking", "they put him"), not a topic's words. */
const PERSONAL = /^(?:i|im|ive|me|my|we|our|you|your|he|hes|him|his|she|shes|her|they|theyve|theyre|them|their)$/;

/**
 * Whether a query is typed as a question or a sentence ("do prisoners get paid", "my son is being bullied",
 * "hes bored, no job"), not as a subject's words ("quality assurance", "racial disparities in treatment").
 */
export function isSentence(q: string): boolean {
  const typed = lowerWords(q);
  return (typed.length >= 2 && QUESTION_START.test(typed[0]!)) || typed.some((w) => PERSONAL.test(w));
}

// The asker's own people: in "my son is being bullied" the son is who asks
// about, not what; the plans speak of prisoners. Dropped after a possessive.
// One person of the asker's, in the words people type for them ("hubby", "grandad", "my lad"): also who the
// question is about when it starts with them, "my" left out ("husband not getting his tablets on time").
const PERSON =
  'son|daughter|dad|daddy|father|mum|mom|mummy|mother|brother|sister|husband|hubby|wife|partner|boyfriend|girlfriend|bf|gf|fiance|fiancee|lad|uncle|aunt|auntie|nephew|niece|grandson|granddaughter|grandad|granddad|grandfather|grandma|gran|granny|nan|nana|nanna|grandmother|cousin|stepson|stepdaughter|stepdad|stepfather|stepmum|stepmother';
const KIN = new RegExp(
  `^(?:${PERSON}|sons|daughters|brothers|sisters|boy|girl|child|children|kid|kids|friend|loved|family|relative)$`,
);
const PERSON_KIN = new RegExp(`^(?:${PERSON})$`);
const POSSESSIVE = /^(?:my|his|her|our|their|your)$/;

// Who says so, not what about: "he says he is locked up all day", "she told me", "I was told".
const REPORTED = /^(?:say|says|said|saying|told|tells|telling)$/;
const REPORTER = /^(?:i|he|she|they|we|you|someone|somebody|was|were|been|am|is|are|keeps|kept)$/;

// "How long", "how soon", "how bad": after "how", a word that asks how much of
// something, not what about ("how long do prisoners wait": the waiting, not "long").
const DEGREE = /^(?:long|soon|quickly|fast|far|bad|good|well)$/;

/**
 * "On time", "all the time", "every time", "the whole time", "at all times", "any time" say when or how often, not
 * what about ("not getting his tablets on time", "fights all the time"): searched, "time" finds the items on time out
 * of cell. The words of the phrase are dropped; not "on time out of cell", which is that subject.
 */
const WHEN_BEFORE_TIME: readonly (readonly string[])[] = [
  ['on'],
  ['every'],
  ['any'],
  ['all', 'the'],
  ['the', 'whole'],
  ['at', 'all'],
];
/** The words of each such phrase in a query: "time" (or "times") and the words before it, not "time out". */
function whenPhrases(all: QueryWord[]): QueryWord[] {
  const out: QueryWord[] = [];
  all.forEach((w, t) => {
    if (!/^times?$/.test(w.text) || all[t + 1]?.text === 'out') return;
    const before = WHEN_BEFORE_TIME.find((p) => p.every((x, k) => all[t - p.length + k]?.text === x));
    if (before) out.push(...all.slice(t - before.length, t + 1));
  });
  return out;
}

/** Weeks and months, which after a number are a timescale ("within 12 weeks", "every three months"). */
const DURATION = /^(?:weeks|months)$/;
const NUMBER = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several)$/;

/**
 * Words as people type them on a phone, and the words they spell: "do u have to wait", "his first nite". Read as
 * those words (most are then stop words or filler), not offered as misspellings: "nite" is in the dictionary.
 */
const TEXT_SPEAK: Record<string, string> = {
  u: 'you',
  ur: 'your',
  r: 'are',
  nite: 'night',
  ppl: 'people',
  pls: 'please',
  plz: 'please',
  wot: 'what',
  wat: 'what',
  thru: 'through',
  b4: 'before',
  cuz: 'because',
  coz: 'because',
  tmrw: 'tomorrow',
  '2moro': 'tomorrow',
  '2day': 'today',
};

/**
 * The words of a query that are searched for: no stop words, no question
 * filler, no "my son", no "long" of "how long", no "he says" (unless there is nothing else). A hyphenated word is
 * searched as its parts, at consecutive places ("use-of-force" is "use of
 * force"), as the index holds the parts of the items' hyphenated words.
 */
export function queryWords(q: string): QueryWord[] {
  const all: QueryWord[] = [];
  // An abbreviation joined by "&" ("C&R", "A&E") is one word, looked up as a glossary term: its letters alone find anything.
  for (const token of q
    .toLowerCase()
    .match(/\p{L}{1,4}&\p{L}{1,4}(?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []) {
    // A negation ("doesn't", "can't") says how, not what about.
    if (/n['’]t$/.test(token)) {
      all.push({ text: token, at: all.length });
      continue;
    }
    // A word with its verb or possessive joined ("he's", "they're", "we'll", "I'd", "I'm"): the word alone.
    const word = (TEXT_SPEAK[token] ?? token).replace(/['’](?:s|re|ve|ll|d|m)$/, '');
    for (const part of word.includes('-') ? word.split('-') : [word]) all.push({ text: part, at: all.length });
  }
  const kin = new Set(
    all.filter(
      (w, i) =>
        (KIN.test(w.text) && i > 0 && POSSESSIVE.test(all[i - 1]!.text)) ||
        (i === 0 && all.length >= 3 && PERSON_KIN.test(w.text)),
    ),
  );
  const degree = new Set(all.filter((w, i) => DEGREE.test(w.text) && i > 0 && all[i - 1]!.text === 'how'));
  const when = new Set(whenPhrases(all));
  // A number of weeks or months is a timescale, what a search may be about ("reviews every three months",
  // "release within 12 weeks"), not how long something has gone on.
  const counted = new Set(all.filter((w, i) => DURATION.test(w.text) && i > 0 && NUMBER.test(all[i - 1]!.text)));
  const reported = new Set(all.filter((w, i) => REPORTED.test(w.text) && i > 0 && REPORTER.test(all[i - 1]!.text)));
  // "nothing to do", "nothing for them to do" ("to do" within the next five words): the everyday words' own phrase
  // for idleness (content/everyday-words.json), not the filler "nothing".
  const idle = new Set(
    all.filter(
      (w, i) =>
        w.text === 'nothing' &&
        all.slice(i + 1, i + 6).some((x, k) => x.text === 'to' && all[i + 2 + k]?.text === 'do'),
    ),
  );
  const negation = (w: QueryWord) => /n['’]t$/.test(w.text);
  const kept = all.filter(
    (w) =>
      !STOP_WORDS.has(w.text) &&
      (!QUESTION_FILLER.has(w.text) || counted.has(w) || idle.has(w)) &&
      !kin.has(w) &&
      !degree.has(w) &&
      !when.has(w) &&
      !reported.has(w) &&
      !negation(w),
  );
  if (kept.length) return kept;
  const plain = all.filter((w) => !STOP_WORDS.has(w.text));
  return plain.length ? plain : all;
}
