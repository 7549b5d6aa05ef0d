// How a recommendation's words weigh when they choose its main theme
// (src/connect/themes.ts; docs/how-it-reads.md, "How the words weigh").
import { describe, expect, it } from 'vitest';
import { classifier, classify } from '../../src/connect/themes.ts';
import { themeInput } from '../support/themes.ts';

const c = classifier([
  themeInput('health', 1, ['waiting times', 'health', 'education']),
  themeInput('family', 2, ['visits', 'telephone call']),
  themeInput('early', 3, ['arrival']),
  themeInput('equality', 5, ['equalities', 'faith', 'protected characteristics']),
  themeInput('peers', 4, ['peer workers']),
]);
const themesOf = (text: string) => classify(c, { section: null, text, response: '' }, null).themes;
const main = (text: string) => themesOf(text)[0];

describe('asides', () => {
  it('counts a keyword after "so that" half: the visits are the point, the waiting its aim', () => {
    expect(main('Visits processes should be streamlined so that waiting times are reduced.')).toBe('family');
  });
  it('counts a keyword after "without" half', () => {
    expect(main('Prisoners should be able to practise their faith without losing their place in education.')).toBe(
      'equality',
    );
  });
  it('still lets a keyword in an aside give a secondary theme', () => {
    expect(themesOf('Visits processes should be streamlined so that waiting times are reduced.')).toEqual([
      'family',
      'health',
    ]);
  });
  it('leaves the words before the aside as they were', () => {
    expect(main('Waiting times for visits should be reduced.')).toBe('health');
  });
});

describe('phrases', () => {
  it('counts a phrase as one mention and each further word half: two phrases no longer tie with a word and a phrase', () => {
    // Equality 2 (a word in the subject) + 1.5, peer workers 1.5 × 2: it was 2 + 2 against 2 × 2, a tie the order broke.
    expect(main('Equalities peer workers should know the support for prisoners with protected characteristics.')).toBe(
      'equality',
    );
  });
  it('still lets a phrase outweigh a single word in the same place', () => {
    expect(main('There should be a telephone call on the day of arrival.')).toBe('family');
  });
  it('keeps a phrase of two words enough for a secondary theme', () => {
    expect(themesOf('Health services should offer a telephone call to those waiting.')).toEqual(['health', 'family']);
  });
});

describe('equal scores', () => {
  it('gives the theme the text names first, not the first in the themes’ order', () => {
    // One keyword each, no subject (no "should"): family is named first, health (first in order) later.
    expect(main('Visits were often cancelled at short notice, and health staff were rarely seen.')).toBe('family');
    expect(main('Health staff were rarely seen, and visits were often cancelled at short notice.')).toBe('health');
  });
  it('still lets a higher score win wherever it stands', () => {
    expect(main('Visits were often cancelled, and waiting times for health care and education grew.')).toBe('health');
  });
});

describe('a subject that names only who is to act', () => {
  const withLeaders = classifier([
    themeInput('leadership', 1, ['leaders', 'staffing']),
    themeInput('violence', 2, ['assaults']),
    themeInput('family', 3, ['visits']),
  ]);
  const mainOf = (text: string) => classify(withLeaders, { section: null, text, response: '' }, null).themes;
  it('does not count its keywords: "Leaders should…" is about what follows', () => {
    expect(mainOf('Leaders should find out what lies behind the rise in assaults.')).toEqual(['violence']);
    expect(mainOf('The governor and senior leaders should make visits start on time.')).toEqual(['family']);
    // Words that carry no meaning ("at the prison") do not stop the subject being actors alone.
    expect(mainOf('Senior leaders at the prison should find out why assaults rose.')).toEqual(['violence']);
    expect(mainOf('The leadership team should make visits start on time.')).toEqual(['family']);
  });
  it('counts the actors as before when nothing after them names a theme', () => {
    expect(mainOf('Leaders should develop a clear strategy.')).toEqual(['leadership']);
  });
  it('counts a keyword of the subject when the subject says more than who acts', () => {
    // "visits" is not an actor's word, so the subject counts (twice, as subjects do).
    expect(mainOf('Leaders of visits should review the assaults.')[0]).toBe('leadership');
  });
  it('still counts the actors’ words where they are the point, after "should" or with no "should"', () => {
    expect(mainOf('Staffing should be reviewed by leaders.')).toEqual(['leadership']);
    expect(mainOf('Leaders had no clear plan to reduce assaults.')[0]).toBe('leadership');
  });
});
