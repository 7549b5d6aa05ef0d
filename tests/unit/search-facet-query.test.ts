// Filters named in a query's words (src/search/facet-query.ts), statuses turned
// round by "not" (src/search/status-query.ts), and the search that follows (find.ts).
import { describe, expect, it } from 'vitest';
import {
  capitalOnly,
  facetsInQuery,
  nameWords,
  namedFilters,
  namedNote,
  type FacetValues,
} from '../../src/search/facet-query.ts';
import { find } from '../../src/search/find.ts';
import { statusInQuery, type PrintedStatus } from '../../src/search/status-query.ts';
import { fakePagefind, fakeVocabulary, type FakePage } from '../support/fake-pagefind.ts';

const FACETS: FacetValues[] = [
  {
    key: 'establishment',
    values: ['HMP Leicester', 'HMP & YOI Rochester', 'HMP Ford', 'HMP The Mount', 'HMP Low Newton', 'HMP Send'],
    capitalOnly: ['HMP Ford', 'HMP The Mount', 'HMP Send'],
  },
  { key: 'year', values: ['2017', '2018', '2024'] },
  { key: 'kind', values: ['Concern', 'Key concern', 'Priority concern', 'Recommendation'] },
];

describe('filters named in a query', () => {
  it('reads a prison by its own name, the words of its kind left out', () => {
    expect(nameWords('HMP & YOI Rochester')).toEqual(['rochester']);
    expect(nameWords('HMP The Mount')).toEqual(['the', 'mount']);
    expect(facetsInQuery('Leicester partly agreed', FACETS)).toEqual({
      named: [{ key: 'establishment', value: 'HMP Leicester', typed: 'Leicester' }],
      rest: 'partly agreed',
    });
    // "HMP" before the name and "prison" after it go with it.
    expect(facetsInQuery('is HMP Rochester prison going to shut', FACETS).rest).toBe('is going to shut');
    expect(facetsInQuery('healthcare at low newton', FACETS).named.map((n) => n.value)).toEqual(['HMP Low Newton']);
  });

  it('reads a range of years as every inspection year of the archive in it', () => {
    const years = (q: string) =>
      facetsInQuery(q, FACETS)
        .named.filter((n) => n.key === 'year')
        .map((n) => n.value);
    expect(years('force used on prisoners 2016 to 2024')).toEqual(['2017', '2018', '2024']);
    expect(facetsInQuery('force 2016-2018', FACETS)).toEqual({
      named: [
        { key: 'year', value: '2017', typed: '2016-2018' },
        { key: 'year', value: '2018', typed: '2016-2018' },
      ],
      rest: 'force',
    });
    expect(years('between 2018 and 2030 drugs')).toEqual(['2018', '2024']);
    expect(facetsInQuery('between 2018 and 2030 drugs', FACETS).rest).toBe('drugs');
    expect(years('drugs since 2018')).toEqual(['2018', '2024']);
    expect(facetsInQuery('drugs since 2018', FACETS).rest).toBe('drugs');
    // Two years joined by "and" alone are the two; a range the archive has no year in names none.
    expect(years('Rochester drugs 2017 and 2024')).toEqual(['2017', '2024']);
    expect(facetsInQuery('drugs 2019 to 2023', FACETS)).toEqual({ named: [], rest: 'drugs 2019 to 2023' });
  });

  it("reads a year after a month as a target's date, not an inspection year", () => {
    expect(facetsInQuery('timescale April 2018', FACETS)).toEqual({ named: [], rest: 'timescale April 2018' });
    expect(facetsInQuery('Rochester actions due by march 2024', FACETS)).toEqual({
      named: [{ key: 'establishment', value: 'HMP & YOI Rochester', typed: 'Rochester' }],
      rest: 'actions due by march 2024',
    });
    expect(facetsInQuery('drugs target Sept 2017', FACETS).named).toEqual([]);
    // A range with a date in it is of dates; a month and year of the inspection is the inspection's.
    expect(facetsInQuery('actions due April 2017 to 2018', FACETS).named).toEqual([]);
    expect(facetsInQuery('Leicester inspection May 2018', FACETS).named.map((n) => n.value)).toEqual([
      'HMP Leicester',
      '2018',
    ]);
    // A year alone, or after another word, is still the inspection's.
    expect(facetsInQuery('Rochester drugs 2024', FACETS).named.map((n) => n.value)).toEqual([
      'HMP & YOI Rochester',
      '2024',
    ]);
  });

  it('marks at build time the prisons whose one-word name is an English word', () => {
    const english = (w: string) => ['ford', 'mount', 'send', 'low', 'newton'].includes(w);
    const names = ['HMP Ford', 'HMP & YOI Rochester', 'HMP The Mount', 'HMP Low Newton', 'HMP Send', 'HMYOI Leicester'];
    // "Low Newton" is two words, which no one types for anything else.
    expect(capitalOnly(names, english)).toEqual(['HMP Ford', 'HMP The Mount', 'HMP Send']);
    expect(capitalOnly(names, () => false)).toEqual([]);
  });

  it('reads a name that is also an English word only with its capital', () => {
    expect(facetsInQuery('accepted education recommendations Ford', FACETS).named).toEqual([
      { key: 'establishment', value: 'HMP Ford', typed: 'Ford' },
    ]);
    expect(facetsInQuery('ford the river', FACETS).named).toEqual([]);
    expect(facetsInQuery('drugs at The Mount', FACETS).named.map((n) => n.value)).toEqual(['HMP The Mount']);
    expect(facetsInQuery('mount a challenge', FACETS).named).toEqual([]);
    // A word items use too is still a word in lower case ("send" a letter), and the prison with its capital.
    expect(facetsInQuery('send letters to family', FACETS).named).toEqual([]);
    expect(facetsInQuery('drugs at Send', FACETS).named.map((n) => n.value)).toEqual(['HMP Send']);
    // Unmarked, a name is read in any case.
    expect(facetsInQuery('healthcare at leicester', FACETS).named.map((n) => n.value)).toEqual(['HMP Leicester']);
  });

  it('reads years the archive has, each as an alternative, and kinds of two words in either number', () => {
    const found = facetsInQuery('Rochester drugs 2017 compared with 2024', FACETS);
    expect(namedFilters(found.named)).toEqual({ establishment: ['HMP & YOI Rochester'], year: ['2017', '2024'] });
    expect(found.rest).toBe('drugs compared with');
    expect(facetsInQuery('targets for 2030', FACETS).named).toEqual([]);
    expect(facetsInQuery('key concerns', FACETS)).toEqual({
      named: [{ key: 'kind', value: 'Key concern', typed: 'key concerns' }],
      rest: '',
    });
    // One word that most items are is a word to find.
    expect(facetsInQuery('recommendations on violence', FACETS).named).toEqual([]);
  });

  it('says what the named filters narrowed', () => {
    const named = facetsInQuery('Rochester 2017 2024 drugs', FACETS).named;
    expect(namedNote(named, { establishment: 'Prison', year: 'Inspection year' })).toBe(
      'Your words name filters, so only items with Prison: HMP & YOI Rochester; Inspection year: 2017 or 2024 are shown.',
    );
  });
});

describe('statuses turned round', () => {
  const statuses: PrintedStatus[] = [
    ['Accepted', 'Agreed'],
    ['Agreed', 'Agreed'],
    ['Not agreed', 'Not agreed'],
    ['Partly agreed', 'Partly agreed'],
    ['Rejected', 'Not agreed'],
  ];
  /** A refusal with other words: followed by the items partly agreed with them. */
  const refusedFor = (rest: string) => ({ printed: 'Not agreed', label: 'Not agreed', rest, partly: 'Partly agreed' });

  it('reads a status after "not" or "cannot be" as the status whose label says not', () => {
    expect(statusInQuery('single cell recommendation not accepted', statuses)).toEqual(refusedFor('single cell'));
    expect(statusInQuery('cannot be agreed', statuses)).toEqual({
      printed: 'Not agreed',
      label: 'Not agreed',
      rest: '',
    });
    expect(statusInQuery("what wasn't agreed", statuses)?.label).toBe('Not agreed');
    expect(statusInQuery('accepted in full', statuses)?.label).toBe('Agreed');
  });

  it('reads a status "not fully" or "not completely" given as agreed in part', () => {
    expect(statusInQuery('health care recommendations HMPPS would not fully accept', statuses)).toEqual({
      printed: 'Partly agreed',
      label: 'Partly agreed',
      rest: 'health care hmpps',
    });
    expect(statusInQuery('cannot be completely agreed', statuses)?.label).toBe('Partly agreed');
  });

  it('reads a verb of refusal as that status only beside what was refused', () => {
    expect(statusInQuery('recommendations turned down because too expensive', statuses)).toEqual(refusedFor('funding'));
    expect(statusInQuery('prisoners refused medication', statuses)).toBeNull();
  });

  it('reads a refusal given for a reason as that status, the reason in the plans’ words', () => {
    expect(statusInQuery('turned down because of money', statuses)).toEqual(refusedFor('funding'));
    // "refused" is most like the printed "Rejected", filed under the same label.
    expect(statusInQuery('refused due to national policy', statuses)).toEqual({
      ...refusedFor('to national policy'),
      printed: 'Rejected',
    });
    expect(statusInQuery('couldnt agree because of the layout of the building', statuses)).toEqual(
      refusedFor('of the layout of the building'),
    );
    // Stop words alone are nothing to search for beside the status.
    expect(statusInQuery('what did they say no to', statuses)).toEqual({
      printed: 'Not agreed',
      label: 'Not agreed',
      rest: '',
    });
    expect(statusInQuery('was canteen for new arrivals agreed', statuses)).toEqual({
      printed: 'Agreed',
      label: 'Agreed',
      rest: 'was canteen for new arrivals',
      asked: true,
    });
    expect(statusInQuery('was agreed', statuses)?.asked).toBeUndefined();
    // A reason makes only a refusal a status: "accept" in a question stays a word.
    expect(statusInQuery('will they accept parcels due to covid', statuses)).toBeNull();
    // Without a reason or what was refused, a refusal verb is not a status.
    expect(statusInQuery('prisoners refused medication on the wing', statuses)).toBeNull();
  });
});

describe('a search naming a filter', () => {
  const PAGES: FakePage[] = [
    { id: 'l1', text: 'Healthcare waiting times', filters: { establishment: ['HMP Leicester'], year: ['2018'] } },
    { id: 'r1', text: 'Healthcare waiting times', filters: { establishment: ['HMP & YOI Rochester'], year: ['2017'] } },
    { id: 'l2', text: 'Leicester staff shortages', filters: { establishment: ['HMP Leicester'], year: ['2018'] } },
  ];
  const setUp = () => ({ index: fakePagefind(PAGES), vocabulary: fakeVocabulary(PAGES, {}) });
  const query = (q: string, filters = {}) => ({ q, filters, newest: false, statuses: [], facets: FACETS });

  it("searches the query's other words among that filter's items, then lists its other items, and says so", async () => {
    const { index, vocabulary } = setUp();
    const answer = await find(index, vocabulary, query('Leicester healthcare'));
    // The prison's other items follow those with the words.
    expect(answer.results.map((r) => r.id)).toEqual(['l1', 'l2']);
    expect([answer.itemCount, answer.someCount]).toEqual([1, 1]);
    expect(answer.named).toEqual([{ key: 'establishment', value: 'HMP Leicester', typed: 'Leicester' }]);
    expect(index.calls[0]).toEqual({ term: 'healthcare', filters: { establishment: { any: ['HMP Leicester'] } } });
  });

  it('leaves a prison named alone as words, and a filter the reader chose as chosen', async () => {
    const { index, vocabulary } = setUp();
    const alone = await find(index, vocabulary, query('Leicester'));
    expect([alone.named, alone.results.map((r) => r.id)]).toEqual([[], ['l2']]);
    const chosen = await find(
      index,
      vocabulary,
      query('Leicester healthcare', { establishment: { any: ['HMP & YOI Rochester'] } }),
    );
    expect(chosen.named).toEqual([]);
  });
});
