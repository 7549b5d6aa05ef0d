import { describe, expect, it } from 'vitest';
import { indexedHtml } from '../../src/search/indexed-html.ts';

const page = (main: string) =>
  `<!DOCTYPE html><html lang="en-GB"><head><title>T</title></head><body><header><nav><a href="/">Home</a></nav></header><main>${main}</main><footer>F</footer></body></html>`;
const wrap = (body: string) => `<!doctype html><html lang="en-GB"><body>${body}</body></html>`;

describe('indexedHtml: what Pagefind reads of a built page', () => {
  it('keeps the indexed element and its filters and meta, without the ignored parts or the layout', () => {
    const html = page(
      '<h2>Cite</h2><article data-pagefind-body><span data-pagefind-filter="status:Agreed"></span>' +
        '<h1 data-pagefind-ignore><span class="caption" data-pagefind-ignore>HMP X</span>Recommendation 5.1</h1>' +
        '<p class="lead" data-pagefind-weight="5">Staff should be trained.</p>' +
        '<dl class="summary-list" data-pagefind-ignore><dt>Status</dt><dd><ul><li>Agreed</li></ul></dd></dl>' +
        '<h2>Response</h2><p>Done.</p></article><p>Permanent link</p>',
    );
    expect(indexedHtml(html)).toBe(
      wrap(
        '<article data-pagefind-body><span data-pagefind-filter="status:Agreed"></span>' +
          '<p class="lead" data-pagefind-weight="5">Staff should be trained.</p><h2>Response</h2><p>Done.</p></article>',
      ),
    );
  });

  it.each([
    {
      rule: 'matches nested elements of the same name to find where each ends',
      main:
        '<div data-pagefind-body><div data-pagefind-weight="0.3"><p>Kept</p>' +
        '<div data-pagefind-ignore><div><div>Gone</div></div><p>Gone too</p></div><div>Kept too</div></div></div><div>Outside</div>',
      indexed: '<div data-pagefind-body><div data-pagefind-weight="0.3"><p>Kept</p><div>Kept too</div></div></div>',
    },
    {
      rule: 'keeps an ignored element that holds a filter or meta value, which Pagefind reads inside it',
      main: '<div data-pagefind-body><div data-pagefind-ignore><span data-pagefind-meta="title:X"></span>Words</div><p>T</p></div>',
      indexed:
        '<div data-pagefind-body><div data-pagefind-ignore><span data-pagefind-meta="title:X"></span>Words</div><p>T</p></div>',
    },
    {
      rule: 'joins several indexed elements in page order',
      main: '<p data-pagefind-body>One</p><p>Not indexed</p><section data-pagefind-body><p>Two</p></section>',
      indexed: '<p data-pagefind-body>One</p><section data-pagefind-body><p>Two</p></section>',
    },
    {
      rule: 'is not misled by the attribute named in text or in an attribute value',
      main:
        '<p>Mark the element with data-pagefind-body to index it.</p><abbr title="data-pagefind-body">x</abbr>' +
        '<div data-pagefind-body><p>Indexed</p><p>Write data-pagefind-ignore &lt;/div&gt; here</p></div>',
      indexed: '<div data-pagefind-body><p>Indexed</p><p>Write data-pagefind-ignore &lt;/div&gt; here</p></div>',
    },
    {
      rule: 'drops an ignored void element',
      main: '<div data-pagefind-body><img src="a.png" alt="A" data-pagefind-ignore><p>T</p></div>',
      indexed: '<div data-pagefind-body><p>T</p></div>',
    },
  ])('$rule', ({ main, indexed }) => {
    expect(indexedHtml(page(main))).toBe(wrap(indexed));
  });

  it('gives null for a page with nothing marked for the index', () => {
    expect(indexedHtml(page('<h1>Page 2 of a theme</h1><table><tr><td>5.1</td></tr></table>'))).toBeNull();
  });

  it('gives the page whole where its markup is not as expected', () => {
    const unclosed = page('<div data-pagefind-body><p>No end');
    expect(indexedHtml(unclosed)).toBe(unclosed);
    const brokenIgnore =
      '<html lang="en"><body><div data-pagefind-body><dl data-pagefind-ignore><dt>x</div></body></html>';
    expect(indexedHtml(brokenIgnore)).toBe(brokenIgnore);
  });
});
