import { describe, expect, it } from 'vitest';
import { find } from '../../src/search/find.ts';
import { DUE_STATES, itemStates, stateInQuery, statesFirst } from '../../src/search/state-query.ts';
import { statusInQuery, type PrintedStatus } from '../../src/search/status-query.ts';
import { statusAt } from '../../src/search/status-words.ts';
import { dueStateSchema } from '../../src/model/schema.ts';
import type { LexiconShard } from '../../src/search/meanings.ts';
import { fakePagefind, fakeVocabulary, type FakePage } from '../support/fake-pagefind.ts';

// The statuses the fixtures' plans print, each with the status the site files it under.
const STATUSES: PrintedStatus[] = [
  ['Accepted', 'Agreed'],
  ['Accepted Subject to Resources', 'Partly agreed'],
  ['Agreed', 'Agreed'],
  ['No status (concern)', 'No status (concern)'],
  ['Not Agreed', 'Not agreed'],
  ['Not agreed', 'Not agreed'],
  ['Partially Accepted', 'Partly agreed'],
  ['Partly Agreed', 'Partly agreed'],
  ['Partly agreed', 'Partly agreed'],
  ['Rejected', 'Not agreed'],
];

describe('a status in the words people type', () => {
  it('reads the forms of the parser’s wordings, in any order', () => {
    expect(statusAt(['partially', 'agree'], 0)).toEqual({ status: 'partly_agreed', length: 2 });
    expect(statusAt(['agreed', 'subject', 'to', 'the', 'budget'], 0)).toEqual({ status: 'partly_agreed', length: 5 });
    expect(statusAt(['part', 'agreed', 'visits'], 0)).toEqual({ status: 'partly_agreed', length: 2 });
    expect(statusAt(['visits'], 0)).toBeNull();
  });

  it('names the printed status most like the words typed', () => {
    expect(statusInQuery('part agreed time out of cell', STATUSES)).toEqual({
      printed: 'Partly Agreed',
      label: 'Partly agreed',
      rest: 'time out of cell',
    });
    expect(statusInQuery('agreed in part', STATUSES)).toEqual({
      printed: 'Partly Agreed',
      label: 'Partly agreed',
      rest: '',
    });
    expect(statusInQuery('partial acceptance', STATUSES)?.label).toBe('Partly agreed');
    expect(statusInQuery('service level agreement', STATUSES)).toBeNull();
    expect(statusInQuery('partially accept', STATUSES)).toEqual({
      printed: 'Partially Accepted',
      label: 'Partly agreed',
      rest: '',
    });
    expect(statusInQuery('agreed subject to available funding', STATUSES)).toEqual({
      printed: 'Accepted Subject to Resources',
      label: 'Partly agreed',
      rest: '',
      condition: { words: 'subject funding', among: ['Agreed', 'Partly agreed'], printed: true },
    });
    expect(statusInQuery('partly', STATUSES)).toEqual({ printed: 'Partly agreed', label: 'Partly agreed', rest: '' });
    // WordNet's "half": partly.
    expect(statusInQuery('half agreed', STATUSES)).toEqual({
      printed: 'Partly Agreed',
      label: 'Partly agreed',
      rest: '',
    });
    expect(statusInQuery('half accepted staffing', STATUSES)).toEqual({
      printed: 'Partially Accepted',
      label: 'Partly agreed',
      rest: 'staffing',
    });
    expect(statusInQuery('half of recommendations', STATUSES)).toBeNull();
  });

  it('reads a reason given as grounds or reasons, and money in any of its words', () => {
    const refused = (rest: string) => ({ printed: 'Rejected', label: 'Not agreed', rest, partly: 'Partly agreed' });
    expect(statusInQuery('rejected on cost grounds', STATUSES)).toEqual(refused('funding'));
    expect(statusInQuery('recommendations refused for financial reasons', STATUSES)).toEqual(refused('funding'));
    // Every inflection of the verbs: "rejecting", "refusing".
    expect(statusInQuery('reasons for rejecting recommendations', STATUSES)).toEqual({
      printed: 'Rejected',
      label: 'Not agreed',
      rest: '',
    });
    expect(statusInQuery('turned down on grounds of affordability', STATUSES)).toEqual({
      ...refused('funding'),
      printed: 'Not agreed',
    });
  });

  it('reads words that say money was short as money itself, beside a refusal or holding answers back', () => {
    const refused = (rest: string, printed = 'Not agreed') => ({
      printed,
      label: 'Not agreed',
      rest,
      partly: 'Partly agreed',
    });
    // The responses say "due to funding constraints", "not currently funded": "no", "lack of", "not enough" are not theirs.
    expect(statusInQuery('recommendations turned down because of no funding', STATUSES)).toEqual(refused('funding'));
    expect(statusInQuery('not agreed because there is not enough money', STATUSES)).toEqual(
      refused('funding', 'Not Agreed'),
    );
    expect(statusInQuery('rejected for lack of funding showers', STATUSES)).toEqual(
      refused('funding showers', 'Rejected'),
    );
    // No status named, but money given as what held answers back: refusals and agreements in part.
    expect(statusInQuery('improvements blocked by lack of funding', STATUSES)).toEqual(refused('improvements funding'));
    expect(statusInQuery('refurbishment delayed due to cost', STATUSES)).toEqual(refused('refurbishment funding'));
    expect(statusInQuery('refurbishment held back by money', STATUSES)).toEqual(refused('refurbishment funding'));
    // Money that is not a reason for an answer, and holding back that is not for money.
    expect(statusInQuery('he has no money for phone calls', STATUSES)).toBeNull();
    expect(statusInQuery('son owes money for drugs', STATUSES)).toBeNull();
    expect(statusInQuery('drains blocked by rubbish', STATUSES)).toBeNull();
    expect(statusInQuery('transfers delayed due to lack of spaces', STATUSES)).toBeNull();
    // Nor in a person's sentence or a question, where the money is theirs.
    expect(statusInQuery('he cant call home because of the cost', STATUSES)).toBeNull();
    expect(statusInQuery('can families visit if they are held back by money', STATUSES)).toBeNull();
  });

  it('reads what an agreement waits on, typed beside its status, as words of the responses', () => {
    expect(statusInQuery('agreed but no money', STATUSES)).toEqual({
      printed: 'Agreed',
      label: 'Agreed',
      rest: '',
      condition: { words: 'funding', among: ['Agreed', 'Partly agreed'], printed: false },
    });
    expect(statusInQuery('agreed in principle showers', STATUSES)).toEqual({
      printed: 'Agreed',
      label: 'Agreed',
      rest: 'in showers',
      condition: { words: 'principle', among: ['Agreed', 'Partly agreed'], printed: false },
    });
    // A refusal waits on nothing; a status alone has no condition.
    expect(statusInQuery('rejected for lack of funding', STATUSES)?.condition).toBeUndefined();
    expect(statusInQuery('partly agreed', STATUSES)?.condition).toBeUndefined();
  });

  it('reads a refusal not printed so only alone or beside what was refused', () => {
    expect(statusInQuery('refused', STATUSES)).toEqual({ printed: 'Rejected', label: 'Not agreed', rest: '' });
    expect(statusInQuery('recommendations refused', STATUSES)).toEqual({
      printed: 'Rejected',
      label: 'Not agreed',
      rest: '',
    });
    expect(statusInQuery('prisoners refused medication', STATUSES)).toBeNull();
    expect(statusInQuery('will they accept parcels', STATUSES)).toBeNull();
    expect(statusInQuery('disagree', STATUSES)).toEqual({ printed: 'Not agreed', label: 'Not agreed', rest: '' });
  });

  it('reads a refusal typed alone as the refusal status', () => {
    for (const q of ['will not', "won't", 'cannot', "can't"])
      expect(statusInQuery(q, STATUSES)).toEqual({ printed: 'Not agreed', label: 'Not agreed', rest: '' });
    expect(statusInQuery('will not eat', STATUSES)).toBeNull();
  });

  it('takes the verb before a negator with it', () => {
    expect(statusInQuery('did not agree', STATUSES)).toEqual({ printed: 'Not Agreed', label: 'Not agreed', rest: '' });
    expect(statusInQuery("wasn't accepted", STATUSES)).toEqual({
      printed: 'Not Agreed',
      label: 'Not agreed',
      rest: '',
    });
  });

  it('follows a refusal with other words by the items refused in part', () => {
    expect(statusInQuery('not agreed national policy', STATUSES)).toEqual({
      printed: 'Not Agreed',
      label: 'Not agreed',
      rest: 'national policy',
      partly: 'Partly agreed',
    });
    expect(statusInQuery('Leicester not agreed', STATUSES)?.partly).toBe('Partly agreed');
    expect(statusInQuery('not agreed', STATUSES)?.partly).toBeUndefined();
  });
});

describe('a state named in a query', () => {
  it('keeps the schema’s states', () => {
    expect([...DUE_STATES]).toEqual(dueStateSchema.options);
  });

  it('reads the plans’ states and their synonyms, not denied and not in a question', () => {
    expect(stateInQuery('completed and ongoing')).toEqual({ states: ['completed-and-ongoing'], rest: '' });
    expect(stateInQuery('already done since inspection')).toEqual({
      states: ['completed', 'completed-and-ongoing'],
      rest: 'already since inspection',
    });
    expect(stateInQuery('healthcare work in progress')).toEqual({
      states: ['ongoing', 'completed-and-ongoing'],
      rest: 'healthcare work',
    });
    expect(stateInQuery('OASys not completed')).toBeNull();
    expect(stateInQuery('what has been done about drugs')).toBeNull();
    // A question that asks which answers are in a state asks for the state.
    expect(stateInQuery('which Leicester recommendations are finished')).toEqual({
      states: ['completed', 'completed-and-ongoing'],
      rest: 'which leicester are',
    });
    expect(stateInQuery('what actions are still ongoing')?.states).toEqual(['ongoing', 'completed-and-ongoing']);
    // Only with the state its last word: these ask about a subject.
    expect(stateInQuery('what has been done about the recommendations on drugs')).toBeNull();
    expect(stateInQuery('what is the response to concerns about continuing violence')).toBeNull();
    expect(stateInQuery('drug testing')).toBeNull();
  });

  it('reads words that say where a state is printed, or of which items, as none to find', () => {
    expect(stateInQuery('all actions completed')).toEqual({ states: ['completed', 'completed-and-ongoing'], rest: '' });
    expect(stateInQuery('target ongoing')).toEqual({ states: ['ongoing', 'completed-and-ongoing'], rest: '' });
    expect(stateInQuery('recommendations completed')?.rest).toBe('');
    expect(stateInQuery('every action finished')?.rest).toBe('');
    // The query's own subject stays.
    expect(stateInQuery('completed healthcare actions')).toEqual({
      states: ['completed', 'completed-and-ongoing'],
      rest: 'healthcare',
    });
    expect(stateInQuery('OASys completed')?.rest).toBe('oasys');
  });

  it('gives an item each state of its actions once', () => {
    expect(itemStates([{ due: '2019-03' }, { due: 'ongoing' }, { due: 'completed' }, { due: 'ongoing' }])).toEqual([
      'completed',
      'ongoing',
    ]);
    // An action without a target date, or no action at all: what "no target date" finds.
    expect(itemStates([{ due: null }])).toEqual(['no-target-date']);
    expect(itemStates([])).toEqual(['no-target-date']);
    expect(itemStates([{ due: '2019-03' }, { due: null }])).toEqual(['no-target-date']);
    // Every action completed: the item is done.
    expect(itemStates([{ due: 'completed' }, { due: 'completed' }])).toEqual(['completed', 'all-completed']);
    expect(itemStates([{ due: 'completed' }, { due: 'completed-and-ongoing' }])).toEqual([
      'completed',
      'completed-and-ongoing',
    ]);
  });

  it('lists the items done first for "completed", "Ongoing" itself first for "ongoing", and those with a target "Ongoing" after those with none', () => {
    expect(statesFirst(['completed', 'completed-and-ongoing'])).toEqual({ first: ['all-completed'], next: null });
    expect(statesFirst(['completed-and-ongoing'])).toEqual({ first: null, next: null });
    // "ongoing": the targets printed "Ongoing" first, then those printed "Completed and ongoing".
    expect(statesFirst(['ongoing', 'completed-and-ongoing'])).toEqual({ first: ['ongoing'], next: null });
    expect(statesFirst(['no-target-date'])).toEqual({ first: null, next: ['ongoing'] });
  });

  it('reads a target said to be missing, whatever it is called, and not time missing', () => {
    // What every item is ("recommendations", "actions") is nothing to find beside a state.
    expect(stateInQuery('recommendations with no target date')).toEqual({ states: ['no-target-date'], rest: '' });
    expect(stateInQuery('actions without a deadline')?.states).toEqual(['no-target-date']);
    expect(stateInQuery('what has no timescale')?.states).toEqual(['no-target-date']);
    expect(stateInQuery('no time out of cell')).toBeNull();
    // Stop words alone are no other words.
    expect(stateInQuery('but no date')).toEqual({ states: ['no-target-date'], rest: '' });
  });
});

describe('searching by status and state', () => {
  const PAGES: FakePage[] = [
    { id: 'n1', text: 'Ten hours out of cell national policy', filters: { status: ['Not agreed'] } },
    { id: 'n2', text: 'Single cells', filters: { status: ['Not agreed'] } },
    { id: 'p1', text: 'Open air national policy', filters: { status: ['Partly agreed'] } },
    { id: 'p2', text: 'Showers', filters: { status: ['Partly agreed'] } },
    { id: 'c1', text: 'Floors replaced', filters: { status: ['Agreed'], state: ['completed'] } },
    { id: 'c2', text: 'OASys reviews completed', filters: { status: ['Agreed'] } },
    { id: 'c3', text: 'Training', filters: { status: ['Agreed'], state: ['completed-and-ongoing'] } },
    { id: 'o1', text: 'Floors', filters: { status: ['Agreed'], state: ['ongoing'] } },
  ];
  const query = (q: string) => ({ q, filters: {}, newest: false, statuses: STATUSES });
  const ids = async (q: string) =>
    (await find(fakePagefind(PAGES), fakeVocabulary(PAGES), query(q))).results.map((r) => r.id);
  /** The ids listed for a query over other pages (and lexicon). */
  const idsIn = async (pages: FakePage[], q: string, lexicon: Partial<LexiconShard> = {}) =>
    (await find(fakePagefind(pages), fakeVocabulary(pages, lexicon), query(q))).results.map((r) => r.id);

  it('lists a refusal’s items with the words, then those refused in part with them, then the others', async () => {
    expect(await ids('not agreed national policy')).toEqual(['n1', 'p1', 'n2']);
    expect(await ids('not agreed')).toEqual(['n1', 'n2']);
  });

  it('keeps the words’ order among the items with the status and the words, printed words first among the others', async () => {
    const pages: FakePage[] = [
      { id: 'f1', text: 'Use of force paperwork', filters: { status: ['Agreed'], printed: ['Accepted'] } },
      { id: 'e1', text: 'Use of force paperwork', filters: { status: ['Agreed'], printed: ['Agreed'] } },
      { id: 'f2', text: 'Cells', filters: { status: ['Agreed'], printed: ['Accepted'] } },
      { id: 'e2', text: 'Cells', filters: { status: ['Agreed'], printed: ['Agreed'] } },
    ];
    expect(await idsIn(pages, 'agreed use of force')).toEqual(['f1', 'e1', 'e2', 'f2']);
    // A plan's own wording, not the label, lists its items first among those with the words too.
    const [e1, f1] = [pages[1]!, pages[0]!];
    expect(await idsIn([e1, f1, ...pages.slice(2)], 'accepted use of force')).toEqual(['f1', 'e1', 'f2', 'e2']);
    expect(await idsIn([e1, f1, ...pages.slice(2)], 'agreed use of force')).toEqual(['e1', 'f1', 'e2', 'f2']);
  });

  it('lists the items printed with a conditional status, then those whose response says the condition, then the others', async () => {
    const pages: FakePage[] = [
      { id: 's1', text: 'Showers', filters: { status: ['Partly agreed'], printed: ['Accepted Subject to Resources'] } },
      { id: 'a1', text: 'Cells, subject to funding', filters: { status: ['Agreed'], printed: ['Agreed'] } },
      { id: 'p1', text: 'Gym', filters: { status: ['Partly agreed'], printed: ['Partly Agreed'] } },
      {
        id: 'p2',
        text: 'Kitchens: subject to funding',
        filters: { status: ['Partly agreed'], printed: ['Partly Agreed'] },
      },
      { id: 'n1', text: 'Laundry, subject to funding', filters: { status: ['Not agreed'], printed: ['Not Agreed'] } },
    ];
    expect(await idsIn(pages, 'agreed subject to funding')).toEqual(['s1', 'a1', 'p2', 'p1']);
    // A status printed without the condition ("Agreed"): those whose response says it come before the others.
    expect(await idsIn(pages, 'agreed but no money')).toEqual(['a1', 'p2']);
    // The status named in its own words: its items with the condition first, then the other status's.
    expect(await idsIn(pages, 'only partly agreed because of money')).toEqual(['p2', 'a1', 'p1', 's1']);
  });

  it('lists the items of a theme the other words name first among the status’s others', async () => {
    const pages: FakePage[] = [
      { id: 'p1', text: 'Showers', filters: { status: ['Partly agreed'] } },
      {
        id: 'p2',
        text: 'Adaptations for disabilities',
        filters: { status: ['Partly agreed'], 'about-health': ['yes'] },
      },
      { id: 'p3', text: 'Healthcare waiting times', filters: { status: ['Partly agreed'], 'about-health': ['yes'] } },
      { id: 'a1', text: 'Dentist', filters: { status: ['Agreed'], 'about-health': ['yes'] } },
    ];
    const lexicon = { t: { healthcare: ['health'] } };
    expect(await idsIn(pages, 'partly agreed healthcare', lexicon)).toEqual(['p3', 'p2', 'p1']);
    // A theme named by a word no item says: its items are still the first of the status's.
    expect(await idsIn(pages, 'partly agreed healthcare dentist', lexicon)).toEqual(['p3', 'p2', 'p1']);
  });

  it('lists a refusal’s items with some of the words, then those refused in part with some, then the others', async () => {
    const pages: FakePage[] = [
      { id: 'n1', text: 'Laundry: no space in the layout', filters: { status: ['Not agreed'] } },
      { id: 'n2', text: 'Single cells', filters: { status: ['Not agreed'] } },
      { id: 'p1', text: 'Adaptations: the layout of the building', filters: { status: ['Partly agreed'] } },
      { id: 'p2', text: 'Showers', filters: { status: ['Partly agreed'] } },
    ];
    expect(await idsIn(pages, 'couldnt agree because of the layout of the wing')).toEqual(['n1', 'p1', 'n2']);
  });

  it('answers a yes-or-no question about an answer with the subject’s items of any status after the status’s', async () => {
    const pages: FakePage[] = [
      { id: 'a1', text: 'Canteen prices', filters: { status: ['Agreed'] } },
      { id: 'n1', text: 'Canteen for new arrivals', filters: { status: ['Not agreed'] } },
      { id: 'a2', text: 'Canteen for new arrivals on the wing', filters: { status: ['Agreed'] } },
      { id: 'a3', text: 'Showers', filters: { status: ['Agreed'] } },
    ];
    expect(await idsIn(pages, 'was canteen for new arrivals agreed')).toEqual(['a2', 'n1', 'a1', 'a3']);
    // Not a question: only the status's items.
    expect(await idsIn(pages, 'canteen for new arrivals agreed')).toEqual(['a2', 'a1', 'a3']);
  });

  it('lists the items with an action without a target date for "no target date"', async () => {
    const pages: FakePage[] = [
      { id: 't1', text: 'Target date December 2019', filters: { status: ['Agreed'] } },
      { id: 'x1', text: 'Cells', filters: { status: ['Not agreed'], state: ['no-target-date'] } },
      { id: 'x2', text: 'Recommendation on showers', filters: { status: ['Agreed'], state: ['no-target-date'] } },
    ];
    // Those with the query's subject first; "recommendations" is what every item is.
    expect(await idsIn(pages, 'recommendations with no target date on showers')).toEqual(['x2', 'x1']);
    expect((await idsIn(pages, 'recommendations with no target date')).sort()).toEqual(['x1', 'x2']);
  });

  it('lists a status’s items in a state named beside it, then the state’s others, then the status’s', async () => {
    const pages: FakePage[] = [
      { id: 'a1', text: 'Cells', filters: { status: ['Agreed'] } },
      { id: 'a2', text: 'Showers', filters: { status: ['Agreed'], state: ['ongoing'] } },
      { id: 'a3', text: 'Kitchens', filters: { status: ['Agreed'], state: ['no-target-date'] } },
      { id: 'p1', text: 'Laundry', filters: { status: ['Partly agreed'], state: ['no-target-date'] } },
      { id: 'p2', text: 'Gym', filters: { status: ['Partly agreed'], state: ['ongoing'] } },
    ];
    // No date: none written first, then "Ongoing" (no date either); the status's first throughout.
    expect(await idsIn(pages, 'agreed but no date')).toEqual(['a3', 'a2', 'p1', 'p2', 'a1']);
    expect(await idsIn(pages, 'no target date')).toEqual(['a3', 'p1', 'a2', 'p2']);
  });

  it('lists the items done before those with some action completed', async () => {
    const pages: FakePage[] = [
      { id: 's1', text: 'Cells', filters: { status: ['Agreed'], state: ['completed', 'ongoing'] } },
      { id: 'd1', text: 'Showers', filters: { status: ['Agreed'], state: ['completed', 'all-completed'] } },
      { id: 'o1', text: 'Gym', filters: { status: ['Agreed'], state: ['ongoing'] } },
    ];
    expect(await idsIn(pages, 'completed')).toEqual(['d1', 's1']);
    // None partly agreed is done: the state's items answered otherwise.
    expect(await idsIn(pages, 'partly agreed finished')).toEqual(['d1', 's1']);
  });

  it('searches money given as a reason in every word the responses use for it', async () => {
    const pages: FakePage[] = [
      { id: 'n1', text: 'Showers: not affordable', filters: { status: ['Not agreed'] } },
      { id: 'p1', text: 'Gym: significant financial investment needed', filters: { status: ['Partly agreed'] } },
      { id: 'p2', text: 'Cells: for affordability reasons', filters: { status: ['Partly agreed'] } },
      { id: 'p3', text: 'Kitchens: funding constraints', filters: { status: ['Partly agreed'] } },
      { id: 'n2', text: 'Laundry', filters: { status: ['Not agreed'] } },
    ];
    // The refusals for money, then the items partly agreed for it (the plans' commonest word first), then the others.
    expect(await idsIn(pages, 'rejected on cost grounds')).toEqual(['n1', 'p3', 'p1', 'p2', 'n2']);
    // Money short, said as the responses never say it: the same answers, first.
    expect(await idsIn(pages, 'recommendations turned down because of no money')).toEqual([
      'n1',
      'p3',
      'p1',
      'p2',
      'n2',
    ]);
    // No status named: what money held back is refused or partly agreed, never an item agreed for it.
    const held: FakePage[] = [
      ...pages,
      { id: 'a1', text: 'Kitchens: funding agreed for improvements', filters: { status: ['Agreed'] } },
    ];
    expect(await idsIn(held, 'improvements blocked by lack of funding')).toEqual(['n1', 'p3', 'p1', 'p2', 'n2']);
  });

  it('lists the items in a state first, those with the other words before, then what the words find', async () => {
    expect(await ids('completed')).toEqual(['c1', 'c3', 'c2']);
    expect(await ids('floors completed')).toEqual(['c1', 'c2', 'o1', 'c3']);
    expect(await ids('floors training completed')).toEqual(['c1', 'c3', 'c2', 'o1']);
    // The target printed "Ongoing" itself first, then "Completed and ongoing".
    expect(await ids('ongoing')).toEqual(['o1', 'c3']);
  });
});
