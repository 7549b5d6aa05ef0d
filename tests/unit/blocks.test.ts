import { describe, expect, it } from 'vitest';
import { cellText, collapse, joinBlocks } from '../../src/parse/blocks.ts';

describe('blocks', () => {
  it('collapse: every run of white space, no-break spaces included, becomes one space', () => {
    expect(collapse('  The\u00a0governor \t should\n\nact.  ')).toBe('The governor should act.');
    expect(collapse('already single')).toBe('already single');
  });

  it('cellText: a cell as one line', () => {
    expect(cellText(['First paragraph.', '• a list item'])).toBe('First paragraph. • a list item');
    expect(cellText([])).toBe('');
  });

  it('joinBlocks: paragraphs apart by a blank line, list items on lines of their own', () => {
    expect(joinBlocks(['We will:', '• train staff', '• review cases', 'Then report.'])).toBe(
      'We will:\n• train staff\n• review cases\n\nThen report.',
    );
    expect(joinBlocks([])).toBe('');
  });
});
