// Search's own words: the everyday-words list, compound spellings, corrections,
// query words and the ordering of results, on small inputs of their own.
import { describe, expect, it } from 'vitest';
import { compoundVariants, wordsAndPairs } from '../../src/search/compounds.ts';
import { allowedEdits, correction, known } from '../../src/search/correct.ts';
import { everydayMatcher, parseEverydayWords, searchedWords } from '../../src/search/everyday.ts';
import { hasPhrase, phrasesFirst, someWords } from '../../src/search/rank.ts';
import { indexWords, isSentence, queryWords, SHARDS, shardOf } from '../../src/search/words.ts';

/** The words of a query that are searched, as text. */
const typedWords = (q: string) => queryWords(q).map((w) => w.text);

const LIST = [
  { everyday: ['doctor', 'see a doctor'], plans: ['GP', 'health care'] },
  { everyday: ['rats', 'mice'], plans: ['vermin'] },
  { everyday: ['locked up'], plans: ['time out of cell'] },
];

describe('everyday words', () => {
  const match = everydayMatcher(LIST);

  it('gives an item that says a plans word the everyday words of its entry', () => {
    expect(match('Waiting times for the optician should not exceed six weeks and for the GP, two weeks.')).toEqual([
      'doctor',
      'see a doctor',
    ]);
  });

  it('matches a phrase whole, so a word whose stem is another use of it is not taken alone ("owing to")', () => {
    const money = everydayMatcher(
      parseEverydayWords('[{"everyday": ["owes money", "in debt"], "plans": ["debt"]}]', 'list'),
    );
    expect(money('Debt advice should be offered.')).toEqual(['owes money', 'in debt']);
    expect(money('He was owing money to other prisoners.')).toEqual(['debt']);
    expect(money('Regimes were curtailed owing to staff shortages.')).toEqual([]);
  });

  it('matches on stems and inside hyphenated words: "vermin-infested", "cells"', () => {
    expect(match('Many cells were vermin-infested.')).toEqual(['rats', 'mice']);
    expect(match('Prisoners had too little time out of cells.')).toEqual(['locked up']);
  });

  it('gives an item that says an everyday word the plans words, and leaves out what it already says', () => {
    expect(match('A doctor saw him; the GP was away.')).toEqual(['see a doctor', 'health care']);
    expect(match('Mice were seen.')).toEqual(['vermin']);
  });

  it('indexes each searched word of the phrases once, without the stop words search never asks for', () => {
    expect(searchedWords(['locked up', 'banged up', 'see a doctor', 'doctor', 'somewhere to live'])).toEqual([
      'locked',
      'banged',
      'doctor',
      'somewhere',
      'live',
    ]);
  });

  it('needs the whole phrase, in order', () => {
    expect(match('The care of health was good, and time out was short.')).toEqual([]);
    expect(match('')).toEqual([]);
  });

  it('reads the list and names the file and entry of a mistake', () => {
    expect(parseEverydayWords(JSON.stringify(LIST), 'words.json')).toHaveLength(3);
    expect(() => parseEverydayWords('[{"everyday": ["doctor"]}]', 'content/everyday-words.json')).toThrow(
      /^content\/everyday-words\.json: entry 1, "plans": .*Each entry needs "everyday" and "plans"/,
    );
    expect(() => parseEverydayWords('[{"everyday": [], "plans": ["GP"]}]', 'w.json')).toThrow(
      /^w\.json: entry 1, "everyday"/,
    );
    expect(() => parseEverydayWords('[{"everyday": ["a"], "plans": ["b"], "colour": "red"}]', 'w.json')).toThrow(
      /^w\.json: entry 1/,
    );
    expect(() => parseEverydayWords('{"everyday": ', 'w.json')).toThrow(/^w\.json: is not valid JSON/);
  });
});

describe('compound spellings', () => {
  const archive = wordsAndPairs([
    'Senior health care managers',
    'Offender supervisors and keyworkers',
    'Key workers should make entries',
  ]);
  const sources = { ...archive, dictionary: new Set(['healthcare', 'wellbeing']) };

  it('joins two words the plans or the dictionary write as one', () => {
    expect(compoundVariants('Senior health care managers', sources)).toEqual(['healthcare']);
    expect(compoundVariants('Key workers should make entries', sources)).toEqual(['keyworkers']);
  });

  it('splits a word the plans also write as two', () => {
    expect(compoundVariants('Offender supervisors and keyworkers', sources)).toEqual(['key workers']);
  });

  it('leaves hyphenated words, stop words and short words alone', () => {
    expect(compoundVariants('The well-being of men; in to the key work area', sources)).toEqual([]);
  });
});

describe('corrections', () => {
  const words: [string, number][] = [
    ['laundry', 3],
    ['launch', 9],
    ['segregation', 6],
    ['pharmacist', 2],
    ['pharmacy', 5],
    ['optician', 1],
    ['mental', 8],
    ['rats', 1],
    ['rate', 40],
  ];

  it('allows more edits to longer words, none to short ones', () => {
    expect([3, 4, 5, 6, 10, 11].map(allowedEdits)).toEqual([0, 1, 1, 2, 2, 3]);
  });

  it('finds the closest word, then the most used', () => {
    expect(correction('laundery', words)).toBe('laundry');
    expect(correction('segregaton', words)).toBe('segregation');
    expect(correction('pharmasist', words)).toBe('pharmacist');
    expect(correction('optican', words)).toBe('optician');
    expect(correction('mentle', words)).toBe('mental');
    expect(correction('ratz', words)).toBe('rate');
  });

  it('suggests nothing when no word is close enough', () => {
    expect(correction('zebra', words)).toBeNull();
    expect(correction('rot', words)).toBeNull();
  });

  it('knows a word still being typed as the start of a word of the list', () => {
    const sorted = words.map(([w]) => w).sort();
    expect(known('segrega', sorted)).toBe(true);
    expect(known('laundry', sorted)).toBe(true);
    expect(known('laundery', sorted)).toBe(false);
    expect(known('zzz', sorted)).toBe(false);
  });
});

describe('query words', () => {
  it('tells a question or a sentence from the words of a subject', () => {
    expect(isSentence('are prisons safe')).toBe(true);
    expect(isSentence('hes bored stiff, no job')).toBe(true);
    expect(isSentence('my son is being bullied')).toBe(true);
    expect(isSentence('they put him down the block')).toBe(true);
    expect(isSentence('quality assurance')).toBe(false);
    expect(isSentence('racial disparities in treatment of prisoners')).toBe(false);
    // A question word alone is a word searched for.
    expect(isSentence('why')).toBe(false);
  });

  it("drops stop words and question filler, keeping each word's place for phrases", () => {
    expect(queryWords('are prisoners locked up too long')).toEqual([
      { text: 'locked', at: 2 },
      { text: 'long', at: 5 },
    ]);
    expect(queryWords('use of force')).toEqual([
      { text: 'use', at: 0 },
      { text: 'force', at: 2 },
    ]);
  });

  it('keeps the words of a query of nothing else, and searches a hyphenated word as its parts', () => {
    expect(queryWords('the')).toEqual([{ text: 'the', at: 0 }]);
    expect(queryWords("Self-harm men's")).toEqual([
      { text: 'self', at: 0 },
      { text: 'harm', at: 1 },
      { text: 'men', at: 2 },
    ]);
    expect(queryWords('use-of-force')).toEqual([
      { text: 'use', at: 0 },
      { text: 'force', at: 2 },
    ]);
  });

  it('keeps an abbreviation joined by "&" as one word, to look up as a glossary term', () => {
    expect(queryWords('C&R training')).toEqual([
      { text: 'c&r', at: 0 },
      { text: 'training', at: 1 },
    ]);
    expect(queryWords('A&E')).toEqual([{ text: 'a&e', at: 0 }]);
    // Words either side of an "&" with spaces are words of their own.
    expect(queryWords('drugs & alcohol')).toEqual([
      { text: 'drugs', at: 0 },
      { text: 'alcohol', at: 1 },
    ]);
  });

  it("drops the filler of questions and the asker's own people, unless nothing else is left", () => {
    expect(queryWords('how often can families visit')).toEqual([
      { text: 'families', at: 3 },
      { text: 'visit', at: 4 },
    ]);
    expect(queryWords('my brother is being bullied on the wing')).toEqual([
      { text: 'bullied', at: 4 },
      { text: 'wing', at: 7 },
    ]);
    // Without a possessive, a family word is what the query is about.
    expect(typedWords('support for children')).toEqual(['support', 'children']);
    expect(typedWords('my son')).toEqual(['son']);
    expect(typedWords("my husband doesn't speak English")).toEqual(['speak', 'english']);
    // One of the asker's people starting a question, "my" left out, in the words people type for them.
    expect(typedWords('husband not getting his tablets')).toEqual(['not', 'tablets']);
    expect(typedWords('grandad is terminally ill')).toEqual(['terminally', 'ill']);
    expect(typedWords('my lad cant read')).toEqual(['read']);
    // How long is not what: "for weeks"; but "his first week" may be the subject.
    expect(typedWords('dad has been asking to see a doctor for weeks')).toEqual(['asking', 'doctor']);
    expect(typedWords('no money in his first week')).toEqual(['no', 'money', 'first', 'week']);
    // A number of them is a timescale.
    expect(typedWords('ACCT reviews every three months')).toEqual(['acct', 'reviews', 'every', 'three', 'months']);
    expect(typedWords('release within 12 weeks')).toEqual(['release', 'within', '12', 'weeks']);
    // The manner of something is not what it is about.
    expect(typedWords('how can i complain about the way my son is treated')).toEqual(['complain', 'treated']);
    // Not a group of people, nor a word with one other: "family visits", "partner visits".
    expect(typedWords('family visits at weekends')).toEqual(['family', 'visits', 'weekends']);
    expect(typedWords('partner visits')).toEqual(['partner', 'visits']);
  });

  it('reads words typed as on a phone as the words they spell', () => {
    expect(typedWords('how long do u have to wait for visits')).toEqual(['wait', 'visits']);
    expect(typedWords('what happens on his first nite')).toEqual(['first', 'night']);
    expect(typedWords('pls help he is scared cuz he owes money')).toEqual(['scared', 'owes', 'money']);
  });

  it('drops help, people and things in general, and going and coming, from questions', () => {
    expect(typedWords('what help is there for people with debts')).toEqual(['debts']);
    expect(typedWords('do they go to work outside')).toEqual(['work', 'outside']);
    expect(typedWords('things to help people')).toEqual(['things', 'help', 'people']);
  });

  it('drops the words that say a reason was given, keeping the reason ("staff shortages blamed")', () => {
    expect(typedWords('staff shortages blamed in prison responses')).toEqual(['staff', 'shortages', 'responses']);
    expect(typedWords('refused citing national policy')).toEqual(['refused', 'national', 'policy']);
    // Alone, the word is what is asked for.
    expect(typedWords('blamed')).toEqual(['blamed']);
  });

  it('drops who says so ("he says", "I was told") and a pronoun typed without its apostrophe, and only there', () => {
    expect(typedWords('he says hes locked up all day')).toEqual(['locked', 'all', 'day']);
    expect(typedWords('I was told he is moving')).toEqual(['moving']);
    expect(typedWords("she said she's not eating")).toEqual(['not', 'eating']);
    // Not after a pronoun, a word of saying is what the question is about.
    expect(typedWords('prisoners say in how things are run')).toEqual(['say', 'run']);
  });

  it('reads a pronoun with its verb joined, with or without the apostrophe, as the pronoun alone', () => {
    expect(typedWords("when they're let out")).toEqual(['out']);
    expect(typedWords('theyve put him down the block')).toEqual(['put', 'down', 'block']);
    expect(typedWords("we'll see, I'd hoped, I'm waiting")).toEqual(['hoped', 'waiting']);
    expect(typedWords('whats happening to visits')).toEqual(['happening', 'visits']);
    // Joinings that are words of their own stay words.
    expect(typedWords('he is ill and the shed is cold')).toEqual(['ill', 'shed', 'cold']);
  });

  it('drops the word of degree after "how" ("how long", "how soon"), and only there', () => {
    expect(queryWords('how long is the wait for a dentist')).toEqual([
      { text: 'wait', at: 4 },
      { text: 'dentist', at: 7 },
    ]);
    expect(typedWords('how soon after arrival')).toEqual(['arrival']);
    expect(typedWords('long waits for a dentist')).toEqual(['long', 'waits', 'dentist']);
    expect(typedWords('how long')).toEqual(['long']);
  });

  it('drops anyone and anything in general: "nothing", "everybody"', () => {
    expect(typedWords('he complained months ago and heard nothing')).toEqual(['complained', 'ago', 'heard']);
    // The everyday words' phrase for idleness keeps its "nothing".
    expect(typedWords('he has no job and nothing to do all day')).toEqual(['no', 'job', 'nothing', 'all', 'day']);
    expect(typedWords('does everybody get a phone')).toEqual(['phone']);
    expect(typedWords('nothing for them to do all day')).toEqual(['nothing', 'all', 'day']);
    expect(typedWords('he has nothing to eat')).toEqual(['eat']);
  });

  it('drops "time" of "on time" and "all the time", which say when, and keeps it elsewhere', () => {
    expect(typedWords('husband not getting his tablets on time')).toEqual(['not', 'tablets']);
    expect(typedWords('fights all the time')).toEqual(['fights']);
    expect(typedWords('supervised at all times')).toEqual(['supervised']);
    expect(typedWords('bullied every time he goes to the gym')).toEqual(['bullied', 'gym']);
    expect(typedWords('locked up the whole time')).toEqual(['locked']);
    expect(typedWords('time out of cell')).toEqual(['time', 'out', 'cell']);
    expect(typedWords('restrictions on time out of cell')).toEqual(['restrictions', 'time', 'out', 'cell']);
    expect(typedWords('more time on the exercise yard')).toEqual(['more', 'time', 'exercise', 'yard']);
    expect(typedWords('the time')).toEqual(['time']);
  });

  it('splits text into the words the index holds', () => {
    expect(indexWords('Vermin-infested cells; prisoners’ well-being (OMU)')).toEqual([
      'vermin',
      'infested',
      'vermininfested',
      'cells',
      'prisoners',
      'well',
      'being',
      'wellbeing',
      'omu',
    ]);
    expect([shardOf('apple'), shardOf('zed'), shardOf('4th'), shardOf('élan')]).toEqual(['a', 'z', '0', '0']);
    // Every word's file is one the build writes.
    expect(['apple', 'zed', 'x-ray', '4th', 'élan', "'tis", ''].every((w) => SHARDS.includes(shardOf(w)))).toBe(true);
    expect(SHARDS).toHaveLength(27);
  });
});

describe('ordering results', () => {
  const hit = (id: string, score: number, words: number[] = []) => ({ id, score, words });

  it("sees a phrase where the words stand at the query's distances", () => {
    expect(hasPhrase([4, 5], [0, 1])).toBe(true);
    expect(hasPhrase([4, 9], [0, 1])).toBe(false);
    expect(hasPhrase([10, 12, 30], [0, 2])).toBe(true); // "use of force": one word between
    expect(hasPhrase([3], [0])).toBe(false);
  });

  it('puts pages with the phrase first, each group in its own order', () => {
    const hits = [hit('scattered', 3, [1, 9]), hit('phrase', 2, [6, 7]), hit('other', 1, [2, 20])];
    expect(phrasesFirst(hits, [0, 1]).map((h) => h.id)).toEqual(['phrase', 'scattered', 'other']);
  });

  it('lists pages with most of the words, a rare word counting for more, without those that have them all', () => {
    const rats = { hits: [hit('vermin', 1)] };
    const cells = { hits: ['vermin', 'a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => hit(id, 0.5)) };
    // Only the page with the rare word has most of what the query says; every page has half the words.
    const ids = someWords([rats, cells], new Set()).map((h) => h.id);
    expect(ids[0]).toBe('vermin');
    expect(someWords([rats, cells], new Set(['vermin'])).map((h) => h.id)).not.toContain('vermin');
    const three = someWords(
      [{ hits: [hit('x', 1)] }, { hits: [hit('y', 1)] }, { hits: [hit('x', 1), hit('y', 1), hit('z', 1)] }],
      new Set(),
    );
    expect(three.map((h) => h.id)).toEqual(['x', 'y']);
  });
});
