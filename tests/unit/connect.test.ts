import { describe, expect, it } from 'vitest';
import { buildGlossary, glossaryMatcher, harvestDefinitions, termsIn } from '../../src/connect/glossary.ts';
import { buildIndex, nearest, similarity } from '../../src/connect/similar.ts';
import { classifier, classify, testOfReference, type ThemeInput } from '../../src/connect/themes.ts';
import { themeInput } from '../support/themes.ts';

const theme = (id: string, order: number, test: ThemeInput['test'], headings: string[], keywords: string[]) =>
  themeInput(id, order, keywords, { test, headings });
const THEMES = [
  theme('force', 1, 'safety', ['Managing behaviour'], ['use of force', 'UoF', 'special cells']),
  theme('living', 2, 'respect', ['Daily life'], ['cells', 'food']),
  theme('complaints', 3, 'respect', ['Daily life', 'Complaints'], ['complaints', 'applications']),
];

describe('classify', () => {
  const c = classifier(THEMES);
  it('lets a heading of one theme decide', () => {
    expect(
      classify(c, { section: 'Managing behaviour', text: 'Food should be better.', response: '' }, null).reasons[0],
    ).toEqual({ theme: 'force', primary: true, reason: 'heading: Managing behaviour' });
  });

  it('lets the words choose among the themes of a shared heading', () => {
    expect(
      classify(c, { section: 'Daily life', text: 'Complaints should be answered on time.', response: '' }, null).themes,
    ).toEqual(['complaints']);
    expect(
      classify(c, { section: 'Daily life', text: 'Nothing to go on.', response: '' }, null).reasons[0]!.reason,
    ).toBe('heading: Daily life; no words decide, so its first theme');
  });

  it('lets the words decide without a heading, longer phrases weighing more', () => {
    expect(
      classify(c, { section: null, text: 'Special cells should be used less.', response: '' }, null).themes[0],
    ).toBe('force');
    expect(classify(c, { section: null, text: 'UoF was high.', response: '' }, null).reasons[0]!.reason).toBe(
      'words: UoF',
    );
    // Acronyms match case-sensitively.
    expect(classify(c, { section: null, text: 'uof was high.', response: '' }, null).reasons[0]!.reason).toBe(
      'no heading and no theme words: the first theme of its test',
    );
  });

  it("reads a long keyword's last words as the keyword, and counts a keyword inside a longer one once", () => {
    const t = classifier([
      theme(
        'family',
        1,
        'rehabilitation-and-release',
        [],
        ['visits', 'telephone', 'telephone call', 'social video calls'],
      ),
      theme('regime', 2, 'rehabilitation-and-release', [], ['evening', 'weekends']),
      theme('equality', 3, 'respect', [], ['foreign national']),
    ]);
    // "video calls" stands for "social video calls": family 1 + 2 against regime 2.
    const calls = 'Prisoners should have video calls and social visits in the evening and at weekends.';
    expect(classify(t, { section: null, text: calls, response: '' }, null).reasons[0]).toEqual({
      theme: 'family',
      primary: true,
      reason: 'words: visits, social video calls',
    });
    // "telephone" inside "telephone call" counts once; the subject's "foreign national" twice (4 against 2).
    const advice = 'Foreign national prisoners should have free telephone calls to immigration advisers.';
    expect(classify(t, { section: null, text: advice, response: '' }, null).reasons.map((r) => r.reason)).toEqual([
      'words: foreign national',
      'words: telephone call',
    ]);
  });

  it("lets the text name a theme of another test when no theme of its reference's test has a word in it", () => {
    expect(classify(c, { section: null, text: 'Complaints were slow.', response: '' }, 'safety').themes[0]).toBe(
      'complaints',
    );
    expect(classify(c, { section: null, text: 'Nothing to go on.', response: '' }, 'respect').themes[0]).toBe('living');
  });

  it('reads the healthy prison test from pre-2022 references only', () => {
    expect(testOfReference(['2.14'], 2017)).toBe('respect');
    expect(testOfReference(['S44'], 2017)).toBeNull();
    expect(testOfReference(['2.14'], 2024)).toBeNull();
  });
});

describe('similar', () => {
  const texts = [
    'Use of force should be reviewed by the use of force committee.',
    'The use of force committee should review all incidents.',
    'Dental waiting times should be reduced.',
    'Waiting times for the dentist should be shorter.',
  ];
  const index = buildIndex(texts);
  it('finds the nearest texts by shared words, best first, above a threshold', () => {
    expect(nearest(index, 0, 3, 0.1, () => true).map((r) => r.doc)).toEqual([1]);
    expect(nearest(index, 2, 3, 0.1, () => true).map((r) => r.doc)).toEqual([3]);
    expect(nearest(index, 0, 3, 0.1, (j) => j !== 1)).toEqual([]);
    expect(similarity(index, 0, 1)).toBeGreaterThan(similarity(index, 0, 2));
  });
});

describe('glossary', () => {
  it('harvests "long form (SHORT)" definitions', () => {
    expect(
      harvestDefinitions(
        'care needed by men on Assessment, Care in Custody and Teamwork (ACCT) documents. A Use of Force (UoF) co-ordinator and Prison Offender Managers (POMs) and the Offender Assessment System (OASys).',
      ),
    ).toEqual([
      { term: 'ACCT', expansion: 'Assessment, Care in Custody and Teamwork' },
      { term: 'UoF', expansion: 'Use of Force' },
      { term: 'POM', expansion: 'Prison Offender Managers' },
      { term: 'OASys', expansion: 'Offender Assessment System' },
    ]);
    expect(harvestDefinitions('reviewed (monthly) by the governor (see 1.2) and (re)assessed')).toEqual([]);
  });

  it('prefers the documents’ most common wording, then the curated list', () => {
    const g = buildGlossary(
      [
        { file: 'a.txt', texts: ['the Community Resettlement Company (CRC)'] },
        {
          file: 'b.txt',
          texts: ['the Community Rehabilitation Company (CRC) and the Community Rehabilitation Company (CRC)'],
        },
      ],
      [
        { term: 'CRC', expansion: 'curated' },
        { term: 'CSU', expansion: 'care and separation unit' },
      ],
    );
    expect(g).toEqual([
      { term: 'CRC', expansion: 'Community Rehabilitation Company', source: 'document', file: 'b.txt' },
      { term: 'CSU', expansion: 'care and separation unit', source: 'curated', file: null },
    ]);
  });

  it('finds terms abbreviated, in the plural, or spelt out', () => {
    const m = glossaryMatcher([
      { term: 'ACCT', expansion: 'Assessment, Care in Custody and Teamwork', source: 'curated', file: null },
      { term: 'DIRF', expansion: 'discrimination incident report form', source: 'curated', file: null },
    ]);
    expect(termsIn(m, 'ACCT reviews')).toEqual(['ACCT']);
    expect(termsIn(m, 'answer DIRFs promptly')).toEqual(['DIRF']);
    expect(termsIn(m, 'assessment, care in custody and teamwork documents')).toEqual(['ACCT']);
    expect(termsIn(m, 'acct in lower case is not the abbreviation')).toEqual([]);
  });

  it('finds an abbreviation as a whole word wherever its capitals stand, and only as a whole word', () => {
    const m = glossaryMatcher([
      { term: 'C&R', expansion: 'control and restraint', source: 'curated', file: null },
      { term: 'OMiC', expansion: 'offender management in custody', source: 'curated', file: null },
      { term: 'UoF', expansion: 'use of force', source: 'curated', file: null },
    ]);
    expect(termsIn(m, 'staff trained in C&R;\nOMIC staff and UoFs.')).toEqual(['C&R', 'OMiC', 'UoF']);
    expect(termsIn(m, '(OMiC) then xC&R, UoFx, preOMiC and omic')).toEqual(['OMiC']);
    expect(termsIn(m, 'C&R')).toEqual(['C&R']);
    expect(termsIn(m, 'end of text: UoF')).toEqual(['UoF']);
  });

  it('finds a term of letters and digits as one word, and the letters of one that is not a term', () => {
    const m = glossaryMatcher([
      { term: 'COMP1', expansion: 'prisoner complaint form', source: 'curated', file: null },
      { term: 'COMP1A', expansion: 'appeal against a complaint response', source: 'curated', file: null },
      { term: 'NVQ', expansion: 'National Vocational Qualification', source: 'curated', file: null },
    ]);
    expect(termsIn(m, 'on a COMP1A form')).toEqual(['COMP1A']);
    expect(termsIn(m, 'two COMP1s, then a COMP1A.')).toEqual(['COMP1', 'COMP1A']);
    expect(termsIn(m, 'an NVQ2 in catering')).toEqual(['NVQ']);
    expect(termsIn(m, 'COMP12 and 1COMP are neither')).toEqual([]);
  });

  it('finds a term written without capitals by its words in lower case too', () => {
    const m = glossaryMatcher([{ term: 'wing', expansion: 'residential unit', source: 'curated', file: null }]);
    expect(termsIn(m, 'on the wing and on Wings')).toEqual(['wing']);
    expect(termsIn(m, 'on the wings')).toEqual(['wing']);
    expect(termsIn(m, 'on the landing')).toEqual([]);
  });
});
