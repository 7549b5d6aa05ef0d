import { describe, expect, it } from 'vitest';
import { blocks, plainLine, plainText } from '../../src/documents/readers/markup.ts';
import { joinBlocks } from '../../src/parse/blocks.ts';

describe('blocks', () => {
  it('turns <p> paragraphs into blocks and drops inline formatting', () => {
    expect(blocks('<p>First <b>bold</b> and <u>all</u>.</p> <p>Second.</p>')).toEqual([
      'First bold and all.',
      'Second.',
    ]);
  });

  it('treats an unclosed <ul> as a block boundary and bullets as list items', () => {
    expect(
      blocks('reviewed: <ul style="list-style-type: none"> • The use of segregation. • The daily duties. '),
    ).toEqual(['reviewed:', '• The use of segregation.', '• The daily duties.']);
  });

  it('drops empty formatting such as <u> </u>', () => {
    expect(blocks('<u> </u>')).toEqual([]);
  });

  it('keeps tags it does not know as literal text, never as markup', () => {
    expect(plainText('Use <script>alert(1)</script> and <img src=x onerror=alert(1)>')).toBe(
      'Use <script>alert(1)</script> and <img src=x onerror=alert(1)>',
    );
  });

  it('decodes entities and collapses white space', () => {
    expect(plainText('Gov&amp;Facilities&nbsp;&nbsp;Ltd  &#8211; GFSL')).toBe('Gov&Facilities Ltd – GFSL');
  });
});

describe('plainLine', () => {
  it('removes markdown headings and emphasis', () => {
    expect(plainLine('### ESTABLISHMENT: HMP FORD')).toBe('ESTABLISHMENT: HMP FORD');
    expect(plainLine('**ACTION PLAN: HMCIP REPORT**')).toBe('ACTION PLAN: HMCIP REPORT');
  });
});

describe('joinBlocks', () => {
  it('separates paragraphs by a blank line and keeps list items together', () => {
    expect(joinBlocks(['Intro:', '• one', '• two', 'After.'])).toBe('Intro:\n• one\n• two\n\nAfter.');
  });
});
