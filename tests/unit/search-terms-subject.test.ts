// What an item is filed under, as words search finds it by (src/site/search-terms-subject.ts).
import { describe, expect, it } from 'vitest';
import type { Item, Plan, Theme } from '../../src/model/schema.ts';
import { searchTerms } from '../../src/site/search-terms.ts';
import { subjectWords } from '../../src/site/search-terms-subject.ts';

const theme = (id: string, name: string, test: Theme['test']) => [id, { id, name, test } as Theme] as const;
const THEMES = new Map([
  theme('violence-reduction', 'Violence reduction', 'safety'),
  theme('self-harm', 'Self-harm and suicide prevention', 'safety'),
  theme('time-out-of-cell', 'Time out of cell and regime', 'purposeful-activity'),
]);

describe('subject words', () => {
  it("gives the words of the item's theme and test names that its text does not say", () => {
    expect(
      subjectWords(
        {
          text: 'The prison should use their local data analysis to reduce levels of violence.',
          section: null,
          themes: ['violence-reduction'],
        },
        THEMES,
      ),
    ).toEqual(['reduction', 'Safety']);
  });

  it('keeps each heading whole, with its stop words, when its words are new; a heading the text or an earlier one says is left out', () => {
    expect(
      subjectWords(
        {
          text: 'Staff should be trained in mediation.',
          section: 'Bullying and violence reduction',
          themes: ['violence-reduction', 'self-harm'],
        },
        THEMES,
      ),
    ).toEqual(['Bullying and violence reduction', 'Self-harm and suicide prevention', 'Safety']);
  });

  it('keeps a heading from its first new word to its last: what the text says in another form ("cells") is left at the ends', () => {
    expect(
      subjectWords(
        {
          text: 'Prisoners should have one hour in the open air every day, and cells cleaned.',
          section: 'Time out of cell',
          themes: ['time-out-of-cell'],
        },
        THEMES,
      ),
    ).toEqual(['Time out', 'regime', 'Purposeful activity']);
  });
});

describe('search terms', () => {
  it("indexes an item's subject words out of sight and counts them in the word list", () => {
    const item = {
      key: 'x-2019/1',
      text: 'Investigations into incidents of violence should be thorough.',
      response: 'Agreed.',
      actions: [],
      glossary: [],
      section: null,
      themes: ['violence-reduction'],
    } as unknown as Item;
    const data = { glossaryByTerm: new Map(), themeById: THEMES };
    const terms = searchTerms([{ items: [item] } as unknown as Plan], data, '[]', 'everyday.json', new Set());
    expect(terms.extraByKey.get('x-2019/1')).toEqual({ spellings: [], everyday: [], subject: ['reduction', 'Safety'] });
    expect(terms.shards.get('s')).toEqual([
      ['safety', 1],
      ['should', 1],
    ]);
  });
});
