// What Pagefind needs to read of a built page: the elements marked
// data-pagefind-body, without the parts inside them marked
// data-pagefind-ignore, in the page's own <html> element (for its language).
// A plan or theme page is tens of kilobytes of tables around a few lines that
// are indexed; Pagefind walks every byte of what it is given, so it is given
// only these lines, and makes the same fragments from them.
//
// Built pages come from Astro, which escapes "<" in text and in attribute
// values, so every "<" starts a tag and tags can be matched by scanning. Where
// anything is not as expected, the page is given whole, as Pagefind would read it.

const BODY = 'data-pagefind-body';
const IGNORE = 'data-pagefind-ignore';
/** Attributes that put something in the index even inside an ignored element (a filter, a meta value...). */
const KEPT_INSIDE_IGNORED = /\sdata-pagefind-(?!ignore)[a-z-]+/;
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

interface Span {
  start: number;
  /** Just past the element's closing tag. */
  end: number;
}

/** The names of the attributes of the start tag that begins at `start` and ends at `close` (its ">"). */
function attributeNames(html: string, start: number, close: number): string[] {
  const tag = html.slice(start, close);
  return [...tag.matchAll(/\s([^\s="'>/]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?/g)].map((m) => m[1]!.toLowerCase());
}

/** Every element whose start tag carries `attribute`, outermost first, in page order; null where the markup is not as expected. */
function elementsWith(html: string, attribute: string, from = 0, to = html.length): Span[] | null {
  const spans: Span[] = [];
  for (let at = html.indexOf(attribute, from); at >= 0 && at < to; at = html.indexOf(attribute, at + 1)) {
    const start = html.lastIndexOf('<', at);
    // Text that mentions the attribute's name, not a tag that carries it.
    if (start < from || html.lastIndexOf('>', at) > start) continue;
    const close = html.indexOf('>', at);
    if (close < 0) return null;
    if (!attributeNames(html, start, close).includes(attribute)) continue;
    // Inside an element already taken: it goes with it.
    if (spans.length && start < spans.at(-1)!.end) continue;
    const end = elementEnd(html, start, close);
    if (end === null || end > to) return null;
    spans.push({ start, end });
  }
  return spans;
}

/** Just past the closing tag of the element whose start tag runs from `start` to `close`. */
function elementEnd(html: string, start: number, close: number): number | null {
  const name = /^<([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(start, start + 40))?.[1]?.toLowerCase();
  if (!name) return null;
  if (VOID.has(name) || html[close - 1] === '/') return close + 1;
  const tags = new RegExp(`<(/?)${name}(?=[\\s/>])`, 'gi');
  tags.lastIndex = close + 1;
  let depth = 1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) {
      const end = html.indexOf('>', m.index);
      return end < 0 ? null : end + 1;
    }
  }
  return null;
}

/** The markup of one indexed element without the ignored elements inside it that carry nothing to the index. */
function withoutIgnored(html: string, body: Span): string | null {
  const ignored = elementsWith(html, IGNORE, body.start + 1, body.end);
  if (!ignored) return null;
  let out = '';
  let from = body.start;
  for (const span of ignored) {
    // Keep an ignored element that holds a filter or meta value; Pagefind reads those inside it.
    if (KEPT_INSIDE_IGNORED.test(html.slice(span.start, span.end))) continue;
    out += html.slice(from, span.start);
    from = span.end;
  }
  return out + html.slice(from, body.end);
}

/**
 * The markup Pagefind should read of a built page: the indexed elements alone,
 * or the page whole where it cannot tell; null for a page with no indexed
 * element (Pagefind leaves such a page out once any page of the site has one).
 */
export function indexedHtml(html: string): string | null {
  const htmlTag = /<html\b[^>]*>/i.exec(html);
  const bodies = elementsWith(html, BODY);
  if (!bodies) return html;
  if (!bodies.length) return null;
  if (!htmlTag) return html;
  const parts: string[] = [];
  for (const body of bodies) {
    const part = withoutIgnored(html, body);
    if (part === null) return html;
    parts.push(part);
  }
  return `<!doctype html>${htmlTag[0]}<body>${parts.join('')}</body></html>`;
}
