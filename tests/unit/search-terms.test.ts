// What ingest works out for search beside the items: here, how many items say
// each word that may name a theme, by the item's main theme, from the items'
// own words and not from the theme's name that every item of the theme carries.
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/site/data.ts';
import { searchTerms } from '../../src/site/search-terms.ts';
import { dataset } from '../support/seeds.ts';

describe('search terms', () => {
  const data = indexDataset(structuredClone(dataset));
  const [plan] = data.plans;
  const [first, second, third] = plan!.items;
  const withText = (item: typeof first, text: string, theme: string) => ({
    ...item!,
    text,
    response: '',
    actions: [],
    themes: [theme],
  });
  const plans = [
    {
      ...plan!,
      items: [
        withText(first, 'Violence and bullying should be reduced.', 'violence-reduction'),
        withText(second, 'Prisoners should feel safe from violence; safety checks.', 'violence-reduction'),
        withText(third, 'Health care staff should respond to violence in the clinic.', 'health-and-social-care'),
      ],
    },
  ];
  const terms = searchTerms(plans, data, '[]', 'everyday-words.json', new Set());

  it("counts the items that say a theme's word by their main theme, in their own words", () => {
    expect(terms.themeWords.get('violenc')).toEqual(
      new Map([
        ['violence-reduction', 2],
        ['health-and-social-care', 1],
      ]),
    );
    expect(terms.themeWords.get('bulli')).toEqual(new Map([['violence-reduction', 1]]));
    // "safety" and "clinic" are words of the themes' keywords; "reduction" is only in a theme's name.
    expect(terms.themeWords.get('safeti')).toEqual(new Map([['violence-reduction', 1]]));
    expect(terms.themeWords.get('clinic')).toEqual(new Map([['health-and-social-care', 1]]));
    expect(terms.themeWords.has('reduct')).toBe(false);
  });

  it('carries the glossary item pages explain, the documents’ definitions with the curated list’s', () => {
    const withDefinition = indexDataset({
      ...structuredClone(dataset),
      glossary: [
        { term: 'ACCT', expansion: 'Assessment, Care in Custody and Teamwork', source: 'curated', file: null },
        { term: 'FNIP', expansion: 'First Night in Prison', source: 'document', file: 'rochester.docx' },
      ],
    });
    expect(searchTerms(plans, withDefinition, '[]', 'everyday-words.json', new Set()).glossary).toEqual([
      { term: 'ACCT', expansion: 'Assessment, Care in Custody and Teamwork' },
      { term: 'FNIP', expansion: 'First Night in Prison' },
    ]);
  });

  it('indexes, out of sight, people’s words for the reasons a response gives for not doing all that was asked', () => {
    // ford-2016/5-15's response: no word that limits, but the item is not agreed, so its opening gives the reason.
    const response =
      'The occupancy of prison cells is determined by establishments in accordance with PSI 17/2012, which provides guidelines for determining cell capacities.';
    const items = [
      { ...withText(first, 'Rooms should be for one.', 'living-conditions'), response, status: 'not_agreed' as const },
      // The same response for an agreed item: the instruction is cited, nothing is refused.
      { ...withText(second, 'Rooms should be for one.', 'living-conditions'), response, status: 'agreed' as const },
    ];
    const found = searchTerms([{ ...plan!, items }], data, '[]', 'everyday-words.json', new Set());
    expect(found.extraByKey.get(first!.key)!.reasons).toEqual(['policy', 'rules', 'national']);
    expect(found.extraByKey.get(second!.key)!.reasons).toEqual([]);
  });
});
