// The search page's logic without a browser: what it searches Pagefind for, and
// what it lists, on a Pagefind bundle held in memory (tests/support/fake-pagefind.ts).
import { describe, expect, it } from 'vitest';
import { classify, find, findItems, monthResults, wordListOf, type Query } from '../../src/search/find.ts';
import { listOf, listed, resultTitle, statusText } from '../../src/search/results.ts';
import type { PrintedStatus } from '../../src/search/status-query.ts';
import { fakePagefind, fakeVocabulary, type FakePage } from '../support/fake-pagefind.ts';

const PAGES: FakePage[] = [
  { id: 'a', text: 'Use of force should be reviewed by managers', filters: f('Agreed', 'Agreed', '2024-03') },
  { id: 'b', text: 'Managers should review force and its use', filters: f('Agreed', 'Accepted', '2023-01') },
  { id: 'c', text: 'Force was used rarely', filters: f('Not agreed', 'Rejected', '2024-03') },
  { id: 'd', text: 'Rats were seen in cells', filters: f('Not agreed', 'Not agreed', '2022-06') },
  { id: 'e', text: 'The rate of self-harm rose in cells', filters: f('Agreed', 'Agreed', '2022-06') },
  { id: 'f', text: 'Laundry should be available weekly', filters: f('Agreed', 'Agreed', '2021-11') },
  { id: 'g', text: 'Key worker sessions with a partner', filters: f('Partly agreed', 'Partly agreed', '2021-11') },
  { id: 'h', text: 'Nothing else', meta: ['9'], filters: f('Agreed', 'Agreed', '2020-01') },
];

function f(status: string, printed: string, month: string): Record<string, string[]> {
  return { status: [status], printed: [printed], month: [month] };
}

const STATUSES: PrintedStatus[] = [
  ['Accepted', 'Agreed'],
  ['Agreed', 'Agreed'],
  ['Not agreed', 'Not agreed'],
  ['Partly agreed', 'Partly agreed'],
  ['Rejected', 'Not agreed'],
];

const ids = (rs: { id: string }[]) => rs.map((r) => r.id);

function setUp(lexicon: { w?: string[]; m?: Record<string, string[]> } = {}) {
  return { index: fakePagefind(PAGES), vocabulary: fakeVocabulary(PAGES, lexicon) };
}

const query = (q: string, more: Partial<Query> = {}): Query => ({
  q,
  filters: {},
  newest: false,
  statuses: STATUSES,
  ...more,
});

describe('the index word list', () => {
  const list = wordListOf([
    ['rarely', 1],
    ['rate', 1],
    ['rats', 1],
    ['review', 4],
    ['reviewed', 1],
  ]);

  it('knows a word by its forms, and whether other words start like it', () => {
    expect(list.byStem.get('review')).toEqual(['review', 'reviewed']);
    // "rate" starts like "rats" ("rat") without being one of its forms.
    expect(classify('rats', list)).toEqual({ kind: 'word', items: 1, noisy: true });
    expect(classify('rate', list)).toEqual({ kind: 'word', items: 1, noisy: false });
    // A form the list does not hold, by its stem: the most items of any form the stem has.
    expect(classify('reviewing', list)).toEqual({ kind: 'word', items: 4, noisy: false });
  });

  it('tells a word being typed from a misspelling, and corrects the misspelling from the list', () => {
    expect(classify('revi', list)).toEqual({ kind: 'start' });
    expect(classify('rarly', list)).toEqual({ kind: 'typo', correction: 'rarely' });
    expect(classify('rqx', list)).toEqual({ kind: 'typo', correction: null });
  });

  it('leaves numbers, and words of a letter the list has nothing for, to Pagefind', () => {
    expect(classify('r2', list)).toEqual({ kind: 'word', items: 0, noisy: false });
    expect(classify('zebra', wordListOf([]))).toEqual({ kind: 'word', items: 0, noisy: false });
  });
});

describe('finding items', () => {
  it('searches the words without stop words, phrases first, and counts by filter', async () => {
    const { index, vocabulary } = setUp();
    const found = await findItems(index, vocabulary, 'use of force', {});
    // a and c have the words at the query's distances ("use of force", "force was used"); b has them apart.
    expect(ids(found.all)).toEqual(['a', 'c', 'b']);
    expect(found.some).toEqual([]);
    expect(found.term).toBe('use force');
    expect(found.countTerm).toBe('use force');
    expect(found.counts.status).toEqual({ Agreed: 2, 'Not agreed': 1 });
    expect([found.typos, found.offers, found.meant, found.byConcepts]).toEqual([[], [], [], false]);
    expect(index.calls[0]).toEqual({ term: 'use force', filters: {} });
  });

  it('keeps a quoted query as typed, stop words and all', async () => {
    const { index, vocabulary } = setUp();
    const found = await findItems(index, vocabulary, '"use of force"', {});
    expect(ids(found.all)).toEqual(['a']);
    expect(found.term).toBe('"use of force"');
    expect(index.calls).toEqual([{ term: '"use of force"', filters: {} }]);
  });

  it('lists only the own forms of a word that other words start like', async () => {
    const { index, vocabulary } = setUp();
    const found = await findItems(index, vocabulary, 'rats', {});
    // Pagefind alone finds "rate" too (e); the exact search keeps d.
    expect(ids((await index.search('rats', {})).results)).toEqual(['d', 'e']);
    expect(ids(found.all)).toEqual(['d']);
    expect(found.countTerm).toBe('"rats"');
    expect(found.counts.status).toEqual({ 'Not agreed': 1 });
  });

  it('lists nothing for a word found only in zero-weight metadata', async () => {
    const { index, vocabulary } = setUp();
    expect(ids((await index.search('9', {})).results)).toEqual(['h']);
    const found = await findItems(index, vocabulary, '9', {});
    expect(found.all).toEqual([]);
    expect(found.some).toEqual([]);
  });

  it('searches a word no item says by its meanings, and says so', async () => {
    const { index, vocabulary } = setUp({ m: { spouse: ['partner'] } });
    const found = await findItems(index, vocabulary, 'spouse', {});
    expect(ids(found.all)).toEqual(['g']);
    expect(found.meant).toEqual([['spouse', ['partner']]]);
    expect(found.byConcepts).toBe(true);
    expect(found.typos).toEqual([]);
  });

  it('searches two words written as one by their halves', async () => {
    const { index, vocabulary } = setUp();
    const found = await findItems(index, vocabulary, 'keyworker', {});
    expect(ids(found.all)).toEqual(['g']);
    expect(index.calls.map((c) => c.term)).toEqual(['keyworker', 'key worker']);
    expect(found.typos).toEqual([]);
  });

  it('lists items with some of the concepts after those with all of them', async () => {
    const { index, vocabulary } = setUp();
    // No item has both words: each has one of them, and e (its "rate" is not a form of "rats") neither.
    const found = await findItems(index, vocabulary, 'rats laundry', {});
    expect(found.all).toEqual([]);
    expect(ids(found.some)).toEqual(['d', 'f']);
    // With both words together, Pagefind's own prefix match stands: the exact search is for a word alone.
    expect(ids((await findItems(index, vocabulary, 'rats cells', {})).all)).toEqual(['d', 'e']);
  });

  it('lists the items of the theme a question names first among those with as many of its words', async () => {
    const pages: FakePage[] = [
      {
        id: 'p',
        text: 'Prisoners are kept safe from used needles',
        filters: { theme: ['Substance use treatment'], 'about-substance-use': ['yes'] },
      },
      {
        id: 'q',
        text: 'Prisoners are kept safe from violence',
        filters: { theme: ['Violence reduction'], 'about-violence-reduction': ['yes'] },
      },
    ];
    const index = fakePagefind(pages);
    const vocabulary = fakeVocabulary(pages, { t: { safe: ['violence-reduction'] } });
    // A subject's words: Pagefind's order.
    expect(ids((await findItems(index, vocabulary, 'safe from', {})).all)).toEqual(['p', 'q']);
    // A question: the items of Violence reduction first.
    expect(ids((await findItems(index, vocabulary, 'are they kept safe', {})).all)).toEqual(['q', 'p']);
    // One small filter per theme (themeFilterKey), not the theme filter, which holds every item's.
    const themeSearch = { term: null, filters: { 'about-violence-reduction': { any: ['yes'] } } };
    expect(index.calls).toContainEqual(themeSearch);
    // A theme the reader chose stands: no other theme is searched.
    index.calls.length = 0;
    const chosen = { theme: { any: ['Substance use treatment'] } };
    expect(ids((await findItems(index, vocabulary, 'are they kept safe', chosen)).all)).toEqual(['p']);
    expect(index.calls.some((c) => c.term === null)).toBe(false);
  });

  it('lists the items with the words that found something when another word finds nothing', async () => {
    // "awful" is a real word no item says, with no meaning in the plans: the items with "rats" are still listed.
    const { index, vocabulary } = setUp({ w: ['awful'] });
    const found = await findItems(index, vocabulary, 'rats awful', {});
    expect(found.all).toEqual([]);
    expect(ids(found.some)).toEqual(['d']);
    expect(found.offers).toEqual([]);
  });
});

describe('a search as the page makes it', () => {
  it('searches the correction at once when the misspelt words find nothing', async () => {
    const { index, vocabulary } = setUp();
    const answer = await find(index, vocabulary, query('laundery'));
    // What is listed is the corrected query's: no typo left in it.
    expect(answer.found.typos).toEqual([]);
    expect(answer.corrected).toBe('laundry');
    expect(answer.suggestion).toEqual({ kind: 'corrected', typed: 'laundery', corrected: 'laundry' });
    expect(ids(answer.results)).toEqual(['f']);
    expect([answer.itemCount, answer.someCount, answer.pagesToCome]).toEqual([1, 0, true]);
  });

  it('offers the correction when it finds nothing either', async () => {
    const { index, vocabulary } = setUp();
    const answer = await find(index, vocabulary, query('laundery', { filters: { status: { any: ['Not agreed'] } } }));
    expect(answer.corrected).toBeNull();
    expect(answer.found.typos).toEqual([['laundery', 'laundry']]);
    expect(answer.found.counts).toEqual({});
    expect(answer.suggestion).toEqual({ kind: 'offer', corrected: 'laundry' });
    expect(answer.results).toEqual([]);
    // A misspelt query lists no other pages.
    expect(answer.pagesToCome).toBe(false);
  });

  it('offers a correction for a real word no item says, and never searches it instead', async () => {
    const { index, vocabulary } = setUp({ w: ['celts'] });
    const answer = await find(index, vocabulary, query('celts'));
    expect(answer.found.offers).toEqual([['celts', 'cells']]);
    expect(answer.suggestion).toEqual({ kind: 'offer', corrected: 'cells', typed: 'celts' });
    expect(answer.corrected).toBeNull();
    expect(answer.results).toEqual([]);
    expect(index.calls.map((c) => c.term)).toEqual(['celts']);
  });

  it('lists the items with a status a query names, those printed in its words first', async () => {
    const { index, vocabulary } = setUp();
    const rejected = await find(index, vocabulary, query('rejected'));
    expect(ids(rejected.results)).toEqual(['c', 'd']);
    expect([rejected.itemCount, rejected.pagesToCome]).toEqual([2, false]);
    // Its other words first, then the status's other items.
    const inCells = await find(index, vocabulary, query('rejected cells'));
    expect(ids(inCells.found.all)).toEqual(['d']);
    expect(ids(inCells.found.some)).toEqual(['c']);
    expect([inCells.itemCount, inCells.someCount]).toEqual([1, 1]);
  });

  it('lists by filters alone without words', async () => {
    const { index, vocabulary } = setUp();
    const answer = await find(index, vocabulary, query('', { filters: { status: { any: ['Partly agreed'] } } }));
    expect(ids(answer.results)).toEqual(['g']);
    expect(answer.found.term).toBeNull();
    expect(answer.pagesToCome).toBe(false);
  });

  it('lists newest first month by month: the months and their count first, each month when wanted', async () => {
    const { index, vocabulary } = setUp();
    const answer = await find(index, vocabulary, query('force', { newest: true }));
    expect(answer.months).toEqual(['2024-03', '2023-01']);
    expect(answer.itemCount).toBe(3);
    expect(answer.results).toEqual([]);
    expect(index.calls.at(-1)).toEqual({ term: 'force', filters: { month: { none: [] } } });
    expect(ids(await monthResults(index, answer.found.countTerm, {}, '2024-03'))).toEqual(['a', 'c']);
  });

  it('keeps items found through meanings in order of relevance, even newest first', async () => {
    const { index, vocabulary } = setUp({ m: { spouse: ['partner'] } });
    const answer = await find(index, vocabulary, query('spouse', { newest: true }));
    expect(answer.months).toEqual([]);
    expect(ids(answer.results)).toEqual(['g']);
  });
});

describe('results as shown', () => {
  it("shows an item's kind, place and status from its filters", async () => {
    const item = {
      id: 'x',
      score: 1,
      words: [0],
      data: () =>
        Promise.resolve({
          url: '/prisons/ford/2016/5-9/',
          excerpt: 'ACCT',
          meta: { number: '5.9', theme: 'Self-harm' },
          filters: { kind: ['Recommendation'], establishment: ['HMP Ford'], year: ['2016'], status: ['Agreed'] },
        }),
    };
    const [shown] = listed([item, { ...item, id: 'y', score: 0 }]);
    const d = await shown!.data();
    expect(resultTitle(d)).toBe('Recommendation 5.9, HMP Ford 2016');
    expect(d.meta.status).toBe('Agreed');
    expect(listed([item, { ...item, id: 'y', score: 0 }], false)).toHaveLength(2);
  });

  it('counts each list apart in the status line', () => {
    expect(statusText({ words: 'dirty cells', filtered: false, itemCount: 3, someCount: 20, otherCount: 1 })).toBe(
      '3 recommendations and concerns for “dirty cells”; 20 more with some of your words; 1 other page (prisons, plans and themes).',
    );
    expect(statusText({ words: '', filtered: true, itemCount: 1, someCount: 0, otherCount: null })).toBe(
      '1 recommendation or concern with the chosen filters.',
    );
    expect([listOf(0, 1, 2), listOf(2, 1, 2), listOf(3, 1, 2)]).toEqual(['all', 'some', 'others']);
  });
});
