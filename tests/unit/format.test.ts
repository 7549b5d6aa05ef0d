import { describe, expect, it } from 'vitest';
import { counted, listInWords } from '../../src/site/format.ts';
import { ANSWERS, ITEMS } from '../../src/model/item-kind.ts';

describe('listInWords', () => {
  it.each([
    [[], ''],
    [['safety'], 'safety'],
    [['safety', 'respect'], 'safety and respect'],
    [['a', 'b', 'c and d'], 'a, b, and c and d'],
  ])('%j → %s', (names, words) => {
    expect(listInWords(names)).toBe(words);
  });
});

describe('counted', () => {
  it.each([
    [1, ANSWERS.recommendations, '1 recommendation'],
    [2197, ANSWERS.recommendations, '2,197 recommendations'],
    [1, ANSWERS.concerns, '1 priority or key concern'],
    [5, ANSWERS.concerns, '5 priority and key concerns'],
    [0, ITEMS, '0 recommendations and concerns'],
    [1, ITEMS, '1 recommendation or concern'],
  ])('%i of %j → %s', (n, noun, words) => {
    expect(counted(n, noun)).toBe(words);
  });
});
