// Where a result's excerpt stands in its page's text: Pagefind cuts a window of
// words around the match, which may start or end inside a sentence. A reader is
// shown an ellipsis there, so a snippet starts at a sentence or with "…".

/** The excerpt's text without Pagefind's <mark> tags. */
export const excerptText = (html: string) => html.replace(/<\/?mark>/g, '');

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Whether an ellipsis belongs before and after an excerpt of `content`: before,
 * unless it starts the text or follows the end of a sentence; after, unless it
 * ends the text or a sentence.
 */
export function snippetEdges(excerpt: string, content: string): { before: boolean; after: boolean } {
  const text = squash(excerptText(excerpt));
  const all = squash(content);
  const at = text ? all.indexOf(text) : -1;
  if (at < 0) return { before: true, after: !/[.!?]["”’)]?$/.test(text) };
  const preceding = all.slice(0, at).trimEnd();
  const end = at + text.length;
  return {
    before: preceding.length > 0 && !/[.!?:]["”’)]?$/.test(preceding),
    after: end < all.length && !/[.!?]["”’)]?$/.test(text),
  };
}
