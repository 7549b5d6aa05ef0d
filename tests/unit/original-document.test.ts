import { describe, expect, it } from 'vitest';
import { originalDocument, originalDocumentLabel } from '../../src/site/original.ts';

describe('originalDocument', () => {
  it('gives the media type and the kind of file in words, by the file name whatever its case', () => {
    expect(originalDocument('elmley.docx')).toEqual({
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      format: 'Word',
    });
    expect(originalDocument('Rochester 2017.PDF')).toEqual({ type: 'application/pdf', format: 'PDF' });
    expect(originalDocument('ford.odt')).toEqual({
      type: 'application/vnd.oasis.opendocument.text',
      format: 'OpenDocument',
    });
    expect(originalDocument('000_653c83a5637c60bc.txt')).toEqual({ type: 'text/plain; charset=utf-8', format: 'text' });
    expect(originalDocument('no-extension').format).toBe('text');
  });

  it('names the original document by its plan, not by its file name', () => {
    expect(
      originalDocumentLabel({ establishmentName: 'HMP Leicester', year: 2018, source: '004_118ba5f91bde9054.txt' }),
    ).toBe('Original document (HMP Leicester, 2018 inspection, text)');
    expect(
      originalDocumentLabel({ establishmentName: 'HMP Elmley', year: 2019, source: 'Elmley plan (final).docx' }),
    ).toBe('Original document (HMP Elmley, 2019 inspection, Word)');
  });
});
