// The themes through the layer of meaning (src/connect/theme-layer.ts): the
// everyday-words list's pairs say a theme where its plans' side names that
// theme's keywords, and only that theme's.
import { describe, expect, it } from 'vitest';
import { classifier, classify } from '../../src/connect/themes.ts';
import { themeInput } from '../support/themes.ts';
import { meaningKeywords } from '../../src/connect/theme-layer.ts';

const THEMES = [
  themeInput('education', 1, ['education', 'work', 'attend']),
  themeInput('faith', 2, ['faith', 'chaplaincy', 'Muslim']),
  themeInput('violence', 3, ['violence', 'debt']),
  themeInput('finance', 4, ['finance', 'benefit']),
  themeInput('family', 5, ['visits', 'families']),
];
const PAIRS = [
  { everyday: ['prayer', 'mosque', 'worship'], plans: ['faith', 'chaplaincy', 'Muslim', 'imam'] },
  // Its plans' side names two themes: it says neither.
  { everyday: ['money', 'bills'], plans: ['finance', 'debt'] },
  // Its plans' side names no theme.
  { everyday: ['buzzer'], plans: ['cell call bells'] },
  { everyday: ['video call', 'facetime', 'see family'], plans: ['social video', 'visits'] },
];

describe('the themes through the everyday words', () => {
  const meanings = meaningKeywords(THEMES, PAIRS);

  it("gives a theme the words of each pair that names only its keywords, less any theme's own keywords", () => {
    expect(Object.fromEntries(meanings)).toEqual({
      faith: ['prayer', 'mosque', 'worship', 'imam'],
      family: ['video call', 'facetime', 'see family', 'social video'],
    });
  });

  it('lets those words choose the theme a reader would look in, where the keywords alone chose another', () => {
    const text = 'Arrangements for Friday prayers should ensure that prisoners are not prevented from going to work.';
    const plain = classify(classifier(THEMES), { section: null, text, response: '' }, null);
    const layered = classify(classifier(THEMES, meanings), { section: null, text, response: '' }, null);
    expect(plain.themes[0]).toBe('education');
    expect(layered.themes[0]).toBe('faith');
    expect(layered.reasons[0]!.reason).toBe('words: prayer');
  });

  it("counts a word of the layer for less than a theme's own keyword", () => {
    const text = 'Prisoners should attend education and be able to worship.';
    expect(classify(classifier(THEMES, meanings), { section: null, text, response: '' }, null).themes[0]).toBe(
      'education',
    );
  });

  it('leaves a theme that no pair names as it was', () => {
    const text = 'Debt should be managed so that violence is reduced.';
    expect(classify(classifier(THEMES, meanings), { section: null, text, response: '' }, null).themes).toEqual(
      classify(classifier(THEMES), { section: null, text, response: '' }, null).themes,
    );
  });
});
