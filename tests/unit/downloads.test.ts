// A plan's files: safe addresses whatever the document's file name, and a label a reader understands.
import { describe, expect, it } from 'vitest';
import { planFiles } from '../../src/dataset/urls.ts';
import { documentFormat, originalDocumentLabel } from '../../src/site/downloads.ts';

describe('planFiles', () => {
  it('serves the document under the plan id with its own extension, never its file name', () => {
    expect(planFiles('leicester-2018', 'Leicester 2018 #2 (50% copy) & more.txt')).toEqual({
      json: '/data/plans/leicester-2018.json',
      items: '/data/plans/leicester-2018-items.csv',
      actions: '/data/plans/leicester-2018-actions.csv',
      text: '/documents/leicester-2018.txt',
    });
    expect(planFiles('ford-2016', 'FORD 2016.DOCX').text).toBe('/documents/ford-2016.docx');
    expect(planFiles('ford-2016', 'no extension').text).toBe('/documents/ford-2016');
  });
});

describe('originalDocumentLabel', () => {
  it('names the prison, the inspection and the kind of file', () => {
    expect(originalDocumentLabel({ establishmentName: 'HMP Leicester', year: 2018, source: '004_118ba5f91bde9054.txt' })).toBe('Original document (HMP Leicester, 2018 inspection, text)');
    expect(['a.pdf', 'b.docx', 'c.doc', 'd.odt', 'e.xyz', 'f'].map(documentFormat)).toEqual(['PDF', 'Word', 'Word', 'OpenDocument', 'file', 'file']);
  });
});
