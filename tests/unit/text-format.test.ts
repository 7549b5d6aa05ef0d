import { describe, expect, it } from 'vitest';
import {
  blockOf,
  formatBlocks,
  formatLinkReason,
  formatPlace,
  placePreposition,
  readBlocks,
  readLinkReason,
  readPlace,
  type LinkReason,
  type Place,
} from '../../src/model/text-format.ts';
import { blockRuns } from '../../src/site/views/blocks.ts';

describe('blocks', () => {
  const blocks = [
    { list: false, text: 'We agree.' },
    { list: true, text: 'a review by May' },
    { list: true, text: 'training in June' },
    { list: false, text: 'Progress will be reported.' },
  ];
  const text = 'We agree.\n• a review by May\n• training in June\n\nProgress will be reported.';

  it('writes paragraphs apart by a blank line and list items on lines of their own', () => {
    expect(formatBlocks(blocks)).toBe(text);
    expect(formatBlocks([{ list: true, text: 'first' }])).toBe('• first');
    expect(formatBlocks([])).toBe('');
  });

  it('reads the text back to the same blocks', () => {
    expect(readBlocks(text)).toEqual(blocks);
    expect(readBlocks('')).toEqual([]);
  });

  it('takes a reader block starting "• " as a list item, and no other', () => {
    expect(blockOf('• in May')).toEqual({ list: true, text: 'in May' });
    expect(blockOf('•in May')).toEqual({ list: false, text: '•in May' });
  });

  it('shows consecutive list items as one list, each paragraph apart', () => {
    expect(blockRuns(blocks)).toEqual([
      { list: false, text: 'We agree.' },
      { list: true, items: ['a review by May', 'training in June'] },
      { list: false, text: 'Progress will be reported.' },
    ]);
  });
});

describe('link reasons', () => {
  const cases: [LinkReason, string][] = [
    [{ kind: 'similar-words' }, 'similar words'],
    [{ kind: 'same-theme', theme: 'security-and-drugs' }, 'similar words, same theme (security-and-drugs)'],
    [{ kind: 'repeated', ref: '1.40' }, 'repeated recommendation 1.40'],
  ];
  it.each(cases)('writes %j as the dataset shows it, and reads it back', (reason, written) => {
    expect(formatLinkReason(reason)).toBe(written);
    expect(readLinkReason(written)).toEqual(reason);
  });

  it('keeps a reason it did not write as it is', () => {
    expect(readLinkReason('same words')).toEqual({ kind: 'other', text: 'same words' });
    expect(formatLinkReason({ kind: 'other', text: 'same words' })).toBe('same words');
  });
});

describe('places', () => {
  const cases: [Place, string][] = [
    [{ kind: 'line', line: 12 }, 'line 12'],
    [{ kind: 'page', pages: [3] }, 'page 3'],
    [{ kind: 'page', pages: [2, 3, 5] }, 'pages 2, 3 and 5'],
    [{ kind: 'table-row', table: 2, row: 5 }, 'table 2, row 5'],
    [{ kind: 'paragraph', paragraph: 4 }, 'paragraph 4'],
  ];
  it.each(cases)('writes %j as the dataset shows it, and reads it back', (place, written) => {
    expect(formatPlace(place)).toBe(written);
    expect(readPlace(written)).toEqual(place);
  });

  it('keeps a place it did not write as it is', () => {
    expect(readPlace('the cover')).toEqual({ kind: 'other', text: 'the cover' });
  });

  it('says "on" a line or page and "in" a table row or paragraph', () => {
    expect(cases.map(([p]) => placePreposition(p))).toEqual(['on', 'on', 'on', 'in', 'in']);
  });
});
