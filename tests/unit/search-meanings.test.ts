// The layer of meaning under search: WordNet read from its files, the lexicon the
// build writes from the index's word list, queries as concepts, statuses as
// printed, and where a result's excerpt stands in its page.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EditorialError, readCuratedGlossary } from '../../src/connect/editorial.ts';
import {
  ACTION_WEIGHT,
  correctedQuery,
  meaningsNote,
  rankByConcepts,
  splitLetters,
  splitWord,
  unknownWord,
} from '../../src/search/concepts.ts';
import { bodyNamed, termForms, termMeanings } from '../../src/search/glossary-plans.ts';
import { lexicon, lexiconShardOf } from '../../src/search/meanings.ts';
import { themeHead, themeSubjects, themeSubjectsByStem } from '../../src/search/theme-meanings.ts';
import { snippetEdges } from '../../src/search/snippet.ts';
import { printedStatuses, statusInQuery } from '../../src/search/status-query.ts';
import { readWordNet } from '../../src/search/wordnet-files.ts';
import { actionWord, baseForms, relatedWords } from '../../src/search/wordnet.ts';

// A few synsets in WordNet's own file format (data.* and index.*), written to a folder.
const WORDNET: Record<string, string> = {
  'data.noun': [
    '  1 This software and database is being provided to you, the LICENSEE, by',
    '00000001 18 n 03 spouse 0 partner 0 mate 0 002 @ 00000002 n 0000 + 00000005 a 0101 | a married person',
    '00000002 18 n 02 relative 0 relation 0 000 | a person related to another',
    '00000003 04 n 01 schooling 0 001 @ 00000004 n 0000 | the process of being educated',
    '00000004 04 n 01 education 0 000 | the activities of educating',
    '00000006 04 n 01 safety 0 000 | the state of being safe',
    '00000015 06 n 01 prison 0 000 | a correctional institution',
    '00000016 08 n 01 liver 0 000 | large glandular organ',
    '',
  ].join('\n'),
  'data.verb': [
    '00000007 41 v 02 bully 0 browbeat 0 000 | be bossy towards',
    '00000010 34 v 01 eat 0 001 @ 00000011 v 0000 | take in solid food',
    '00000011 34 v 02 consume 0 take 0 000 | serve oneself to, or consume regularly',
    '',
  ].join('\n'),
  'data.adj': [
    '00000005 00 a 01 spousal 0 001 + 00000001 n 0101 | of a spouse',
    '00000008 00 s 02 bully 0 great 0 000 | very good',
    '00000009 00 a 01 safe 0 000 | free from danger',
    '00000012 00 a 01 old 0 000 | having lived for a long time',
    '00000014 00 a 01 late 0 000 | occurring at an advanced period of time',
    '00000017 00 a 01 live 0 000 | exerting force or containing energy',
    '',
  ].join('\n'),
  'data.adv': ['00000013 02 r 01 later 0 000 | at some eventual time', ''].join('\n'),
  'index.noun': [
    '  1 This software and database is being provided to you',
    'spouse n 1 2 @ + 1 0 00000001',
    'partner n 1 1 @ 1 0 00000001',
    'mate n 1 1 @ 1 0 00000001',
    'relative n 1 0 1 0 00000002',
    'relation n 1 0 1 0 00000002',
    'schooling n 1 1 @ 1 0 00000003',
    'education n 1 0 1 0 00000004',
    'safety n 1 0 1 0 00000006',
    'prison n 1 0 1 0 00000015',
    'liver n 1 0 1 0 00000016',
    '',
  ].join('\n'),
  'index.verb': [
    'bully v 1 0 1 0 00000007',
    'browbeat v 1 0 1 0 00000007',
    'eat v 1 1 @ 1 0 00000010',
    'consume v 1 0 1 0 00000011',
    'take v 1 0 1 0 00000011',
    '',
  ].join('\n'),
  'index.adj': [
    'spousal a 1 1 + 1 0 00000005',
    'bully a 1 0 1 0 00000008',
    'great a 1 0 1 0 00000008',
    'safe a 1 0 1 0 00000009',
    'old a 1 0 1 0 00000012',
    'late a 1 0 1 0 00000014',
    'live a 1 0 1 0 00000017',
    '',
  ].join('\n'),
  'index.adv': ['later r 1 0 1 0 00000013', ''].join('\n'),
  // How often each sense was tagged: "eat" as a verb; "safe" as an adjective.
  'index.sense': ['eat%2:34:00:: 00000010 1 61', 'safe%3:00:00:: 00000009 1 20', ''].join('\n'),
};
const dir = mkdtempSync(join(tmpdir(), 'wordnet-'));
for (const [file, text] of Object.entries(WORDNET)) writeFileSync(join(dir, file), text);
const wn = readWordNet(dir);

describe('WordNet', () => {
  it('reads synonyms, derived words and the broader term of the first sense, strongest first', () => {
    expect(relatedWords(wn, 'spouse')).toEqual([
      ['partner', 'synonym'],
      ['mate', 'synonym'],
      ['spousal', 'derived'],
      ['relative', 'broader'],
      ['relation', 'broader'],
    ]);
    expect(relatedWords(wn, 'spouse', 1, false).map(([w]) => w)).toEqual(['partner', 'mate', 'spousal']);
  });

  it('tells a word that says how or what is done (a verb or adverb most often) from one that says what about', () => {
    expect(actionWord(wn, 'eat')).toBe(true);
    expect(actionWord(wn, 'eating')).toBe(true);
    expect(actionWord(wn, 'safe')).toBe(false);
    // Never tagged, or not in WordNet: not.
    expect(actionWord(wn, 'bully')).toBe(false);
    expect(actionWord(wn, 'acct')).toBe(false);
  });

  it("never reads a verb's broader term, which says almost nothing of the subject (eat: take)", () => {
    expect(relatedWords(wn, 'eat')).toEqual([]);
  });

  it('finds the lemma of an inflected word, with the parts of speech its ending allows', () => {
    // "spouse" is only a noun: its ending would allow a verb too.
    expect(baseForms(wn, 'spouses')).toEqual([{ lemma: 'spouse', pos: ['n'] }]);
    // "bullied" is the verb: not the adjective "bully" (great), whose synonyms would mislead.
    expect(baseForms(wn, 'bullied')).toEqual([{ lemma: 'bully', pos: ['v'] }]);
    expect(relatedWords(wn, 'bully', 1, false, ['v']).map(([w]) => w)).toEqual(['browbeat']);
    expect(baseForms(wn, 'unknown')).toEqual([]);
  });

  it('finds the adjective a comparative is a form of, and only an adjective', () => {
    expect(baseForms(wn, 'older')).toEqual([{ lemma: 'old', pos: ['a'] }]);
    expect(baseForms(wn, 'safer')).toEqual([{ lemma: 'safe', pos: ['a'] }]);
    // "prison" is a noun: "prisoner" is not it compared.
    expect(baseForms(wn, 'prisoner')).toEqual([]);
  });
});

describe('lexicon', () => {
  const shards = lexicon({
    counts: [
      ['partner', 3],
      ['partners', 1],
      ['education', 20],
      ['safety', 12],
      ['safe', 2],
      ['relation', 10],
    ],
    items: 100,
    wordnet: wn,
    dictionary: ['spouse', 'spouses', 'schooling', 'laundry', 'zzz'],
    glossary: [{ term: 'CARATs', expansion: 'counselling, assessment, referral, advice and throughcare services' }],
  });
  const meanings = (w: string) => shards.get(lexiconShardOf(w))?.m[w];

  it("gives a word the plans never use the plans' words for the same thing, as typed and inflected", () => {
    expect(meanings('spouse')).toEqual(['partner']);
    expect(meanings('spouses')).toEqual(['partner']);
    // "spouse" has a synonym in the plans, so not its broader term (relation); "schooling" has none, so education.
    expect(meanings('schooling')).toEqual(['education']);
  });

  it('lists the words that say how or what is done, but not those the everyday words or the themes name', () => {
    const withWords = (words: string[]) =>
      lexicon({
        counts: [['safe', 2]],
        items: 10,
        wordnet: wn,
        dictionary: ['eat', 'eating'],
        glossary: [],
        everyday: [{ everyday: words, plans: [] }],
      });
    expect(withWords([]).get('eat')!.a).toEqual(['eat', 'eating']);
    expect(withWords(['eat']).get('eat')!.a).toBeUndefined();
    expect(withWords([]).get('saf')?.a).toBeUndefined();
  });

  it("gives a word the plans' own forms of it that the stemmer does not join, but not an adverb of its own", () => {
    const forms = lexicon({
      counts: [
        ['older', 4],
        ['safer', 3],
        ['later', 6],
        ['prison', 20],
        ['prisoner', 30],
        ['liver', 2],
      ],
      items: 100,
      wordnet: wn,
      dictionary: ['old', 'safe', 'late', 'live'],
      glossary: [],
    });
    const m = (w: string) => forms.get(lexiconShardOf(w))?.m[w];
    expect(m('old')).toEqual(['older']);
    expect(m('safe')).toEqual(['safer']);
    // "later" is an adverb of its own ("at a later date"), not a time that is late.
    expect(m('late')).toBeUndefined();
    expect(m('prison')).toBeUndefined();
    // "liver" is a noun of its own, not "live" compared.
    expect(m('live')).toBeUndefined();
  });

  it('gives a word the plans use its derived words only ("safe": "safety")', () => {
    expect(meanings('safe')).toEqual(['safety']);
  });

  it('searches a glossary term as what it stands for, and knows it as a word', () => {
    expect(meanings('carats')).toEqual([
      'counselling, assessment, referral, advice and throughcare services',
      'counselling, assessment, referral, advice and throughcare',
    ]);
    expect(shards.get('car')!.w).toContain('carats');
  });

  it("searches a glossary term by the plans' words for it that the index holds, typed in either number", () => {
    const withPlans = lexicon({
      counts: [
        ['samaritans', 2],
        ['peer', 5],
        ['support', 30],
        ['drug', 9],
        ['testing', 4],
      ],
      items: 100,
      wordnet: wn,
      dictionary: ['listener'],
      glossary: [
        {
          term: 'Listener',
          expansion: 'prisoner trained by Samaritans to give confidential emotional support to other prisoners',
          plans: ['Samaritans', 'peer support', 'peer workers'],
        },
        { term: 'MDT', expansion: 'mandatory drug testing', plans: ['drug testing'] },
      ],
    });
    const m = (w: string) => withPlans.get(lexiconShardOf(w))?.m[w];
    // The plans' words first, then the expansion, within three words searched: "samaritans", "peer" and "support";
    // "peer workers" is left out (no item says "workers"), and so is the expansion (too many words).
    expect(m('listener')).toEqual(['Samaritans', 'peer support']);
    expect(m('listeners')).toEqual(['Samaritans', 'peer support']);
    // "mandatory" is the only word the expansion adds to "drug testing".
    expect(m('mdt')).toEqual(['drug testing', 'mandatory drug testing']);
    expect(m('mdts')).toEqual(['drug testing', 'mandatory drug testing']);
    // An abbreviation joined by "&" is keyed as the query keeps it ("c&r"), in the file of words that start otherwise.
    const amp = lexicon({
      counts: [
        ['use', 40],
        ['force', 13],
        ['restraint', 6],
        ['control', 9],
      ],
      items: 100,
      wordnet: wn,
      dictionary: [],
      glossary: [{ term: 'C&R', expansion: 'control and restraint', plans: ['use of force', 'restraint'] }],
    });
    expect(lexiconShardOf('c&r')).toBe('0');
    expect(amp.get('0')?.m['c&r']).toEqual(['use of force', 'restraint']);
    // A term without plans' words is searched as its expansion, whatever its length.
    expect(
      termMeanings(
        { term: 'CARATs', expansion: 'counselling, assessment, referral, advice and throughcare services' },
        () => true,
        5,
      ),
    ).toEqual([
      'counselling, assessment, referral, advice and throughcare services',
      // The name without the word for what kind of body it is: no word more to search.
      'counselling, assessment, referral, advice and throughcare',
    ]);
  });

  it('searches a body by its name without the word for what kind of body it is, where three words still say which', () => {
    // The plans write "the Interdepartmental Risk Management committee".
    expect(termMeanings({ term: 'IDRMT', expansion: 'interdepartmental risk management team' }, () => true, 5)).toEqual(
      ['interdepartmental risk management team', 'interdepartmental risk management'],
    );
    expect(bodyNamed('local safeguarding adults board')).toBe('local safeguarding adults');
    expect(bodyNamed('sex offender treatment programme')).toBe('sex offender treatment');
    // Two words say too little: every plan says "offender management" of other things.
    expect(bodyNamed('offender management unit')).toBeNull();
    expect(bodyNamed('Independent Monitoring Board')).toBeNull();
    // A last word that is not a kind of body stays.
    expect(bodyNamed('body-worn video camera')).toBeNull();
    // Within the words a term may ask for, a phrase that asks for none more is searched too; one that asks for more is not.
    expect(
      termMeanings(
        { term: 'LSAB', expansion: 'local safeguarding adults board', plans: ['safeguarding adults board'] },
        () => true,
        5,
      ),
    ).toEqual(['safeguarding adults board']);
  });

  it('keys a glossary term as typed, in the other number, letters with digits too', () => {
    expect(termForms('Listener')).toEqual(['listener', 'listeners']);
    expect(termForms('COMP1')).toEqual(['comp1', 'comp1s']);
    expect(termForms('C&R')).toEqual(['c&r']);
    // The "S" of an abbreviation in capitals is a letter of it: "FS" is not the plural of "F".
    expect(termForms('FS')).toEqual(['fs']);
    expect(termForms('CARATs')).toEqual(['carats', 'carat']);
    // Not a term that starts with a digit, nor one of two words: the query looks up one word.
    expect(termForms('1st night')).toEqual([]);
    const forms = lexicon({
      counts: [['complaints', 7]],
      items: 100,
      wordnet: wn,
      dictionary: [],
      glossary: [{ term: 'COMP1', expansion: 'prisoner complaint form', plans: ['complaints'] }],
    });
    expect(lexiconShardOf('comp1')).toBe('0');
    expect(forms.get('0')?.m['comp1']).toEqual(['complaints', 'prisoner complaint form']);
  });

  it("gives a theme's keyword, in any form, the theme's head as its last meaning", () => {
    const themes = [
      {
        id: 'violence-reduction',
        name: 'Violence reduction',
        keywords: ['violence', 'violent', 'bullying', 'CSIP', 'safety strategy'],
      },
      { id: 'early-days', name: 'Early days in custody', keywords: ['first night', 'reception'] },
      { id: 'living-conditions', name: 'Living conditions', keywords: ['cells', 'living conditions', 'food'] },
    ];
    expect(themeHead(themes[0]!)).toBe('violence');
    expect(themeHead(themes[1]!)).toBeNull();
    expect(themeHead(themes[2]!)).toBe('living conditions');
    const withThemes = lexicon({
      counts: [
        ['violence', 9],
        ['bullying', 2],
        ['food', 4],
        ['living', 3],
        ['conditions', 5],
        ['reception', 4],
      ],
      items: 100,
      wordnet: wn,
      dictionary: ['bullied', 'foods'],
      glossary: [],
      themes,
    });
    const m = (w: string) => withThemes.get(lexiconShardOf(w))?.m[w];
    expect(m('bullied')).toEqual(['violence']);
    // A word the items use keeps its own meanings only: the head would count as much as the word.
    expect(m('bullying')).toBeUndefined();
    expect(m('foods')).toEqual(['living conditions']);
    // Not the head itself, nor a keyword of a theme without one, nor an acronym (a glossary term).
    expect(m('violence')).toBeUndefined();
    expect(m('reception')).toBeUndefined();
    expect(m('csip')).toBeUndefined();
  });

  it('names the themes a word is a subject of, where the items that say it bear that out', () => {
    const themes = [
      {
        id: 'violence-reduction',
        name: 'Violence reduction',
        keywords: ['violence', 'bullying', 'safety strategy', 'levels of safety', 'CSIP'],
      },
      {
        id: 'substance-use',
        name: 'Substance use treatment',
        keywords: ['treatment', 'well-being environment', 'drug recovery'],
      },
      { id: 'security-and-drugs', name: 'Security and drug supply', keywords: ['drug supply', 'drug testing', 'care'] },
      { id: 'health-and-social-care', name: 'Health and social care', keywords: ['care', 'healthcare'] },
      {
        id: 'self-harm-and-suicide',
        name: 'Self-harm and suicide prevention',
        keywords: ['care maps', 'care plans', 'care'],
      },
    ];
    const byStem = themeSubjectsByStem(themes);
    // Keywords of one word, acronyms too; a word two longer keywords of a theme share ("safety", "drug").
    expect(byStem.get('violenc')).toEqual(['violence-reduction']);
    expect(byStem.get('csip')).toEqual(['violence-reduction']);
    expect(byStem.get('safeti')).toEqual(['violence-reduction']);
    expect(byStem.get('drug')).toEqual(['security-and-drugs']);
    // "well-being" is two words; "recovery" is in one longer keyword only; "care" names three themes, so none.
    expect([byStem.has('well'), byStem.has('recoveri'), byStem.has('care')]).toEqual([false, false, false]);
    // Kept where a fifth of the items that say the word are of the theme: "treatment" is said of health care.
    const counts = new Map([
      [
        'violenc',
        new Map([
          ['violence-reduction', 3],
          ['health-and-social-care', 9],
        ]),
      ],
      [
        'safeti',
        new Map([
          ['violence-reduction', 2],
          ['substance-use', 8],
        ]),
      ],
      [
        'treatment',
        new Map([
          ['substance-use', 1],
          ['health-and-social-care', 6],
        ]),
      ],
    ]);
    expect([...themeSubjects(themes, counts)]).toEqual([
      ['violenc', ['violence-reduction']],
      ['safeti', ['violence-reduction']],
    ]);
    // In the lexicon, as typed: its own theme, its everyday-words entry's, or its closest meaning's ("safe": "safety").
    const t = lexicon({
      counts: [
        ['violence', 12],
        ['safety', 10],
        ['safe', 2],
        ['treatment', 7],
      ],
      items: 100,
      wordnet: wn,
      dictionary: ['violent', 'fights', 'scared', 'picked'],
      glossary: [],
      themes,
      themeWords: counts,
      everyday: [{ everyday: ['fights', 'scared stiff', 'picked on'], plans: ['violence', 'assaults'] }],
    });
    const themesOf = (w: string) => t.get(lexiconShardOf(w))?.t?.[w];
    expect(themesOf('violence')).toEqual(['violence-reduction']);
    expect(themesOf('safe')).toEqual(['violence-reduction']);
    expect(themesOf('treatment')).toBeUndefined();
    // A phrase of the everyday-words list of one word names the theme its entry's plans words name.
    expect(themesOf('fights')).toEqual(['violence-reduction']);
    // So does a phrase of one word but for stop words ("picked on"); not one of two ("scared stiff").
    expect(themesOf('picked')).toEqual(['violence-reduction']);
    expect(themesOf('scared')).toBeUndefined();
  });

  it("lists the dictionary's words the index does not hold, by their first three letters", () => {
    expect(shards.get('lau')!.w).toEqual(['laundry']);
    expect(shards.get('spo')!.w).toEqual(['spouse', 'spouses']);
    expect(shards.has('par')).toBe(false);
    expect(lexiconShardOf('zz')).toBe('zz');
    expect(lexiconShardOf('café')).toBe('0');
  });
});

describe('concepts', () => {
  const hit = (id: string, score = 1) => ({ id, score, words: [] });

  it('orders items by concepts matched, then by those matched in the query’s own words', () => {
    const ranked = rankByConcepts(
      [
        { own: [[hit('a'), hit('b')]], meanings: [] },
        { own: [[hit('a')]], meanings: [[hit('b'), hit('c')]] },
        { own: [[hit('d')]], meanings: [] },
      ],
      new Set(),
    );
    expect(ranked.all.map((h) => h.id)).toEqual([]);
    // a and b have two concepts (a both in its own words), c and d one.
    expect(ranked.some.map((h) => h.id)).toEqual(['a', 'b', 'd', 'c']);
  });

  it('puts items that say a part of the query as typed before those with as many of its words apart', () => {
    // "staff shortages restricting regimes" (places 0 to 3): b says "staff shortages" together, a says both apart.
    const at = (id: string, words: number[], score = 1) => ({ id, score, words });
    const ranked = rankByConcepts(
      [
        { own: [[at('a', [2], 3), at('b', [40])]], meanings: [], at: 0 },
        { own: [[at('a', [9], 3), at('b', [41])]], meanings: [], at: 1 },
        { own: [[at('c', [5])]], meanings: [], at: 2 },
        { own: [[at('a', [12]), at('b', [3]), at('c', [6])]], meanings: [], at: 3 },
      ],
      new Set(),
    );
    expect(ranked.some.map((h) => h.id)).toEqual(['b', 'a', 'c']);
    // Without the places typed, Pagefind's scores decide.
    const apart = rankByConcepts(
      [
        { own: [[at('a', [2], 3), at('b', [40])]], meanings: [] },
        { own: [[at('a', [9], 3), at('b', [41])]], meanings: [] },
      ],
      new Set(),
    );
    expect(apart.all.map((h) => h.id)).toEqual(['a', 'b']);
  });

  it('counts a concept by its weight: two words that say how do not outrank one subject', () => {
    // "my dad uses a wheelchair, will they sort out his cell": a (uses, sort) against b (wheelchair, rarer).
    const often = Array.from({ length: 12 }, (_, k) => hit(`o${k}`));
    const concepts = [
      { own: [[hit('a'), ...often]], meanings: [] },
      { own: [[hit('a'), ...often]], meanings: [] },
      { own: [[hit('b')]], meanings: [] },
    ];
    expect(rankByConcepts(concepts, new Set()).some.map((h) => h.id)[0]).toBe('a');
    const weighted = concepts.map((c, i) => ({ ...c, weight: i < 2 ? ACTION_WEIGHT : 1 }));
    expect(
      rankByConcepts(weighted, new Set())
        .some.map((h) => h.id)
        .slice(0, 2),
    ).toEqual(['b', 'a']);
    // Weights never make an item with every concept one with some.
    expect(rankByConcepts(weighted.slice(0, 2), new Set()).all.map((h) => h.id)[0]).toBe('a');
  });

  it('lists items with some concepts by what those carry before whether they say them as typed', () => {
    // "bullied on the wing": the rare concept (bullied, found in c and d through its meaning "violence") before
    // the common one (wing, said in thirty items).
    const common = Array.from({ length: 30 }, (_, k) => hit(`w${k}`));
    const ranked = rankByConcepts(
      [
        { own: [[]], meanings: [[hit('c', 2), hit('d')]] },
        { own: [common], meanings: [] },
      ],
      new Set(),
    );
    expect(ranked.all).toEqual([]);
    expect(ranked.some.map((h) => h.id).slice(0, 4)).toEqual(['c', 'd', 'w0', 'w1']);
  });

  it('splits a word into two words of the index', () => {
    const index = new Set(['key', 'work', 'dual', 'diagnosis']);
    expect(splitWord('keywork', (w) => index.has(w))).toEqual(['key', 'work']);
    expect(splitWord('dualdiagnosis', (w) => index.has(w))).toEqual(['dual', 'diagnosis']);
    expect(splitWord('keyboard', (w) => index.has(w))).toBeNull();
    expect(splitLetters('keywork')).toEqual(['k', 'w', 'o']);
  });

  it('offers a correction for a real word and never replaces it; a misspelling is corrected', () => {
    expect(unknownWord(['partner'], true, 'spice')).toEqual({ kind: 'meanings', meanings: ['partner'] });
    expect(unknownWord([], true, 'agreed')).toEqual({ kind: 'typo', correction: 'agreed', offerOnly: true });
    expect(unknownWord(undefined, false, 'laundry')).toEqual({ kind: 'typo', correction: 'laundry', offerOnly: false });
    expect(correctedQuery('clean Laundery please', [['laundery', 'laundry']])).toBe('clean laundry please');
    expect(correctedQuery('x', [['x', null]])).toBeNull();
  });

  it('says which words were searched for a word no item says', () => {
    expect(meaningsNote([['spouse', ['partner', 'relative', 'mate']]])).toBe(
      'No item says “spouse”; items that say partner, relative or mate are shown for it.',
    );
  });
});

describe('statuses as printed', () => {
  const statuses = printedStatuses([
    { printed: 'Rejected', label: 'Not agreed' },
    { printed: 'Accepted Subject to Resources', label: 'Partly agreed' },
    { printed: 'Accepted', label: 'Agreed' },
    { printed: null, label: 'Agreed' },
  ]);

  it('lists each printed status once with the status it is filed under', () => {
    expect(statuses).toEqual([
      ['Accepted', 'Agreed'],
      ['Accepted Subject to Resources', 'Partly agreed'],
      ['Agreed', 'Agreed'],
      ['Not agreed', 'Not agreed'],
      ['Partly agreed', 'Partly agreed'],
      ['Rejected', 'Not agreed'],
    ]);
  });

  it('finds the longest printed status in a query, with the other words', () => {
    expect(statusInQuery('accepted subject to resources', statuses)).toEqual({
      printed: 'Accepted Subject to Resources',
      label: 'Partly agreed',
      rest: '',
      // Printed with its condition, which the responses of other items may say too.
      condition: { words: 'subject resources', among: ['Agreed', 'Partly agreed'], printed: true },
    });
    expect(statusInQuery('Rejected recommendations on health', statuses)).toEqual({
      printed: 'Rejected',
      label: 'Not agreed',
      rest: 'on health',
      partly: 'Partly agreed',
    });
    expect(statusInQuery('resources for education', statuses)).toBeNull();
  });
});

describe('snippets', () => {
  const content = 'Prisoners should have more time out of cell. The regime was poor and unpredictable on most days.';
  it('marks an excerpt that starts or ends inside a sentence', () => {
    expect(snippetEdges('Prisoners should have more <mark>time</mark> out', content)).toEqual({
      before: false,
      after: true,
    });
    expect(snippetEdges('The <mark>regime</mark> was poor and unpredictable on most days.', content)).toEqual({
      before: false,
      after: false,
    });
    expect(snippetEdges('was poor and <mark>unpredictable</mark>', content)).toEqual({ before: true, after: true });
  });
});

describe('the curated glossary', () => {
  it('needs a source for each term, and says so', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'glossary-')), 'glossary.json');
    writeFileSync(file, JSON.stringify([{ term: 'ROTL', expansion: 'release on temporary licence' }]));
    expect(() => readCuratedGlossary(file)).toThrow(EditorialError);
    expect(() => readCuratedGlossary(file)).toThrow(/"source" \(the document the expansion is taken from\)/);
    writeFileSync(
      file,
      JSON.stringify([{ term: 'ROTL', expansion: 'release on temporary licence', source: 'PSI 13/2015' }]),
    );
    expect(readCuratedGlossary(file)).toEqual([{ term: 'ROTL', expansion: 'release on temporary licence' }]);
  });
});
