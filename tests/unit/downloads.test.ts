// A plan's files: safe addresses whatever the document's file name, and a label a reader understands.
import { describe, expect, it } from 'vitest';
import { planFiles } from '../../src/dataset/urls.ts';

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
    // A text plan saved as a page or a picture is offered as text: a host would serve it as one of the site's pages.
    expect(
      ['plan.html', 'plan.HTM', 'plan.svg', 'plan.xhtml', 'plan.xml', 'plan.js', 'plan.md'].map(
        (name) => planFiles('ford-2016', name).text,
      ),
    ).toEqual(Array(7).fill('/documents/ford-2016.txt'));
  });
});
