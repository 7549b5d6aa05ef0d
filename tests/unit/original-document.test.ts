import { describe, expect, it } from 'vitest';
import { originalDocument } from '../../src/site/original.ts';

describe('originalDocument', () => {
  it('serves each format with its media type and names it in the link', () => {
    expect(originalDocument('elmley.docx')).toEqual({ type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'Word document of the plan as published' });
    expect(originalDocument('Rochester 2017.PDF')).toEqual({ type: 'application/pdf', label: 'PDF of the plan as published' });
    expect(originalDocument('ford.odt').type).toBe('application/vnd.oasis.opendocument.text');
    expect(originalDocument('000_653c83a5637c60bc.txt')).toEqual({ type: 'text/plain; charset=utf-8', label: 'Text of the plan as published' });
    expect(originalDocument('no-extension').label).toBe('Text of the plan as published');
  });
});
